import { gradeResponse, type ResponseValue } from "@studykit/content";
import { verifyPassword } from "better-auth/crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDatabase } from "../migrate.ts";
import { createDatabase } from "../client.ts";
import { effectiveQuestion } from "../content.ts";
import {
  createEmptyDatabase,
  createTestDatabase,
  ENGINES,
  type TestDatabase,
} from "../testing/test-database.ts";
import {
  countRows,
  DEMO_CLASS,
  DEMO_PASSWORD,
  DEMO_STUDENTS,
  demoCredentials,
  seedDemo,
  type SeedCounts,
} from "./demo.ts";

const NOW = new Date("2030-09-10T12:00:00Z");

describe.each(ENGINES)("seedDemo on %s", (engine) => {
  let t: TestDatabase;
  let first: SeedCounts;

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    first = await seedDemo(t.db, { now: NOW });
  });
  afterAll(() => t.drop());

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
