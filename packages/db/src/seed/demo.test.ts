import { gradeResponse, type ResponseValue } from "@studykit/content";
import { verifyPassword } from "better-auth/crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureDatabase } from "../migrate";
import { createDatabase } from "../client";
import { effectiveQuestion } from "../content";
import { createEmptyDatabase, ENGINES, useTestDatabase } from "../testing/test-database";
import {
  countRows,
  DEMO_CLASS,
  DEMO_PASSWORD,
  DEMO_STUDENTS,
  DEMO_TEACHER,
  demoCredentials,
  planSets,
  seedDemo,
  type SeedCounts,
} from "./demo";
import { seededRandom } from "./random";

const NOW = new Date("2030-09-10T12:00:00Z");

describe.each(ENGINES)("seedDemo on %s", (engine) => {
  const t = useTestDatabase(engine);
  let first: SeedCounts;

  beforeAll(async () => {
    first = await seedDemo(t.db, { now: NOW });
  });

  it("creates the teacher, the class with its join code, six enrolled students and their history", async () => {
    expect(first).toMatchObject({
      users: 7,
      articles: 1,
      classes: 1,
      enrolments: 6,
      questionSets: 5,
      assignments: 5,
    });
    expect(first.facts).toBeGreaterThan(10);
    expect(first.questions).toBeGreaterThan(first.facts);
    expect(first.attempts).toBeGreaterThanOrEqual(DEMO_STUDENTS.length * 3);
    expect(first.answers).toBeGreaterThan(first.attempts * 4);
    expect(first.reviewLogs).toBeGreaterThan(first.reviewCards);
    const klass = await t.db.class.findUniqueOrThrow({ where: { id: DEMO_CLASS.id } });
    expect(klass.joinCode).toBe(DEMO_CLASS.joinCode);
    // Nothing in the history lies in the future of the clock it was seeded against.
    const latest = await t.db.answer.aggregate({ _max: { answeredAt: true } });
    expect(latest._max.answeredAt!.getTime()).toBeLessThan(NOW.getTime());
  });

  it("gives the same counts when run again", async () => {
    const again = await seedDemo(t.db, { now: new Date(NOW.getTime() + 3 * 86_400_000) });
    expect(again).toEqual(first);
    expect(await countRows(t.db)).toEqual(first);
  });

  it("stores passwords as better-auth hashes that verify against the printed credentials", async () => {
    const credentials = demoCredentials();
    expect(credentials).toHaveLength(7);
    for (const { username, password } of [credentials[0]!, credentials[1]!]) {
      const account = await t.db.account.findFirstOrThrow({
        where: { providerId: "credential", user: { username } },
      });
      expect(await verifyPassword({ hash: account.password!, password })).toBe(true);
      expect(await verifyPassword({ hash: account.password!, password: `${password}x` })).toBe(
        false,
      );
    }
    expect(
      credentials
        .filter((c) => c.role === "student")
        .every((c) => c.password === DEMO_PASSWORD.student),
    ).toBe(true);
  });

  it("stores answers exactly as the content package grades them, and attempt scores as their mean", async () => {
    const answers = await t.db.answer.findMany({ include: { question: true } });
    for (const answer of answers) {
      const grade = gradeResponse(
        effectiveQuestion(answer.question),
        answer.given as unknown as ResponseValue,
      );
      expect({ correct: answer.correct, score: answer.score }).toEqual(grade);
    }
    expect(answers.some((a) => a.correct)).toBe(true);
    expect(answers.some((a) => !a.correct)).toBe(true);
    const attempts = await t.db.attempt.findMany({
      where: { status: "submitted" },
      include: { answers: true },
    });
    for (const attempt of attempts) {
      const total = attempt.answers.reduce((sum, a) => sum + a.score, 0);
      expect(attempt.score).toBeCloseTo(total / attempt.questionCount, 10);
      expect(attempt.correctCount).toBe(attempt.answers.filter((a) => a.correct).length);
    }
  });

  it("builds every set from the recommended questions, each used before any repeats", async () => {
    const items = await t.db.questionSetItem.findMany({
      where: { set: { ownerId: DEMO_TEACHER.id } },
      select: { setId: true, question: { select: { id: true, recommended: true, type: true } } },
    });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.question.recommended)).toBe(true);
    const usable = await t.db.question.count({
      where: { recommended: true, retiredAt: null, type: { not: "open" } },
    });
    const distinct = new Set(items.map((i) => i.question.id)).size;
    expect(distinct).toBe(Math.min(usable, items.length));
  });

  it("leaves some work undone so dashboards show who is behind", async () => {
    const current = await t.db.assignment.findFirstOrThrow({
      where: { dueAt: { gt: NOW } },
      include: { attempts: true },
    });
    const started = new Set(current.attempts.map((a) => a.studentId));
    expect(started.size).toBeGreaterThan(0);
    expect(started.size).toBeLessThan(DEMO_STUDENTS.length);
    expect(current.attempts.some((a) => a.status === "in_progress")).toBe(true);
  });
});

describe.each(ENGINES)("first start on %s", (engine) => {
  it("creates, migrates and seeds an empty database, and only seeds it once", async () => {
    const empty = await createEmptyDatabase(engine);
    try {
      const first = await ensureDatabase({ config: empty.config, seedIfEmpty: true, now: NOW });
      expect(first.applied.length).toBeGreaterThan(0);
      expect(first.seeded).toBe(true);
      const second = await ensureDatabase({ config: empty.config, seedIfEmpty: true, now: NOW });
      expect(second).toMatchObject({ applied: [], seeded: false });
      const db = createDatabase(empty.config);
      expect(await db.user.count()).toBe(7);
      await db.$disconnect();
    } finally {
      await empty.drop();
    }
  });
});

describe("planSets", () => {
  const question = (n: number, recommended: boolean, type = "cloze") => ({
    id: `q${n}`,
    recommended,
    question: { type: type as "cloze" | "open" },
  });

  it("takes only recommended, non-open questions, wrapping round a small pool", () => {
    const bank = [
      ...Array.from({ length: 10 }, (_, i) => question(i, true)),
      question(10, true, "open"),
      question(11, false),
    ];
    const sets = planSets(bank, seededRandom("plan"), 3);
    expect(sets.map((s) => s.length)).toEqual([8, 8, 8]);
    for (const set of sets) expect(new Set(set.map((q) => q.id)).size).toBe(set.length);
    const used = sets.flat().map((q) => q.id);
    expect(used).not.toContain("q10");
    expect(used).not.toContain("q11");
    // All ten are used before the first one comes round again.
    expect(new Set(used.slice(0, 10)).size).toBe(10);
  });

  it("makes smaller sets when fewer than a set's worth are recommended, and none from nothing", () => {
    const few = planSets([question(1, true), question(2, true)], seededRandom("few"), 2);
    expect(few.map((s) => s.length)).toEqual([2, 2]);
    expect(planSets([question(1, false)], seededRandom("none"), 2)).toEqual([[], []]);
  });
});
