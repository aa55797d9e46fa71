// Progress queries on hand-made rows (exact figures) and on the seeded demo (same on both engines).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../config";
import { storeStudyKit } from "../content";
import { DEMO_CLASS, DEMO_STUDENTS, seedDemo } from "../seed/demo";
import { createUser, fixtureKit, uniqueId } from "../testing/factories";
import {
  createTestDatabase,
  ENGINES,
  type TestDatabase,
  useTestDatabase,
} from "../testing/test-database";
import { factMastery, scoresByWeek, studyStreak, summariseMastery } from "./queries";

const NOW = new Date("2030-05-15T10:00:00Z"); // a Wednesday

describe.each(ENGINES)("progress queries on %s", (engine) => {
  const t = useTestDatabase(engine);
  let studentId: string;
  let articleId: string;
  let classId: string;

  beforeAll(async () => {
    studentId = await createUser(t.db, "student");
    const teacherId = await createUser(t.db, "teacher");
    ({ articleId } = await storeStudyKit(t.db, fixtureKit(uniqueId("progress"))));
    classId = (await t.db.class.create({ data: { name: "P", joinCode: uniqueId("J"), teacherId } }))
      .id;
    const set = await t.db.questionSet.create({ data: { title: "S", ownerId: teacherId } });
    const assignment = await t.db.assignment.create({
      data: { classId, setId: set.id, title: "A", opensAt: new Date("2030-04-01T00:00:00Z") },
    });
    const q = new Map(
      (await t.db.question.findMany({ where: { articleId } })).map((row) => [row.key, row.id]),
    );
    // Submitted attempts: two in the week of 5 May, one in the current week; one practice attempt.
    const attempts: [string, number, boolean][] = [
      ["2030-05-05T23:30:00Z", 0.5, true], // Sunday night UTC: 6 May in UTC+1
      ["2030-05-06T08:00:00Z", 0.75, true],
      ["2030-05-13T12:00:00Z", 1, true],
      ["2030-05-14T12:00:00Z", 0.25, false],
    ];
    for (const [index, [submittedAt, score, assigned]] of attempts.entries()) {
      const attempt = await t.db.attempt.create({
        data: {
          studentId,
          ...(assigned ? { assignmentId: assignment.id } : { articleId }),
          number: index + 1,
          status: "submitted",
          layout: { questionIds: [] },
          questionCount: 4,
          correctCount: score * 4,
          score,
          startedAt: new Date(submittedAt),
          submittedAt: new Date(submittedAt),
        },
      });
      // One answer per attempt on q1 (fact f1), correct iff the score is at least 0.75.
      await t.db.answer.create({
        data: {
          attemptId: attempt.id,
          questionId: q.get("q1")!,
          idempotencyKey: "k",
          given: { type: "choice", option: "12" },
          correct: score >= 0.75,
          score: score >= 0.75 ? 1 : 0,
          timeTakenMs: 1000,
          answeredAt: new Date(submittedAt),
        },
      });
    }
    // Reviews on 11, 12 and 15 May (UTC), and an answer on 14 May above: 12–15 is a four-day run.
    const f2 = await t.db.fact.findFirstOrThrow({ where: { articleId, key: "f2" } });
    const card = await t.db.reviewCard.create({
      data: {
        studentId,
        factId: f2.id,
        due: new Date("2030-05-25T00:00:00Z"),
        stability: 10,
        difficulty: 5,
        elapsedDays: 3,
        scheduledDays: 10,
        learningSteps: 0,
        reps: 3,
        lapses: 0,
        state: "review",
        lastReview: new Date("2030-05-15T07:00:00Z"),
      },
    });
    for (const reviewedAt of [
      "2030-05-11T18:00:00Z",
      "2030-05-12T18:00:00Z",
      "2030-05-15T07:00:00Z",
    ]) {
      await t.db.reviewLog.create({
        data: {
          cardId: card.id,
          studentId,
          rating: "good",
          state: "review",
          due: new Date(reviewedAt),
          stability: 5,
          difficulty: 5,
          elapsedDays: 1,
          lastElapsedDays: 1,
          scheduledDays: 3,
          learningSteps: 0,
          reviewedAt: new Date(reviewedAt),
          source: "study",
        },
      });
    }
  });

  it("averages submitted scores per ISO week, oldest first, with empty weeks as null", async () => {
    const weeks = await scoresByWeek(t.db, { studentId }, { now: NOW, weeks: 3 });
    expect(weeks).toEqual([
      { weekStart: "2030-04-29", attempts: 1, averageScore: 0.5 },
      { weekStart: "2030-05-06", attempts: 1, averageScore: 0.75 },
      { weekStart: "2030-05-13", attempts: 2, averageScore: 0.625 },
    ]);
  });

  it("follows the viewer's calendar and scopes by class", async () => {
    const plusOne = await scoresByWeek(
      t.db,
      { studentId },
      { now: NOW, weeks: 3, utcOffsetMinutes: 60 },
    );
    expect(plusOne.map((w) => w.attempts)).toEqual([0, 2, 2]);
    const byClass = await scoresByWeek(t.db, { classId }, { now: NOW, weeks: 2 });
    expect(byClass).toEqual([
      { weekStart: "2030-05-06", attempts: 1, averageScore: 0.75 },
      { weekStart: "2030-05-13", attempts: 1, averageScore: 1 },
    ]);
  });

  it("rates mastery per fact from cards and recent answers", async () => {
    const facts = await factMastery(t.db, { studentId, articleId, now: NOW });
    expect(facts.map((f) => [f.key, f.level])).toEqual([
      ["f1", "learning"], // answers newest first: wrong, right, right
      ["f2", "mastered"], // reviewed this morning, stability 10 days
      ["f3", "new"],
    ]);
    expect(facts[0]!.recentAnswers).toEqual([false, true, true]);
    expect(facts[1]!.retrievability).toBeGreaterThan(0.9);
    expect(summariseMastery(facts)).toEqual({ new: 1, learning: 1, mastered: 1 });
  });

  it("counts the streak of active days up to today and the longest run", async () => {
    expect(await studyStreak(t.db, studentId, { now: NOW })).toEqual({
      current: 5,
      longest: 5,
      activeToday: true,
      lastActiveDay: "2030-05-15",
    });
    // Seen from the morning of the 17th, the run ended the day before yesterday.
    const later = await studyStreak(t.db, studentId, { now: new Date("2030-05-17T08:00:00Z") });
    expect(later).toMatchObject({ current: 0, longest: 5, activeToday: false });
  });
});

describe("the seeded demo", () => {
  const databases = new Map<Engine, TestDatabase>();
  const SEED_NOW = new Date("2030-06-12T15:00:00Z");

  beforeAll(async () => {
    for (const engine of ENGINES) {
      const t = await createTestDatabase(engine);
      databases.set(engine, t);
      await seedDemo(t.db, { now: SEED_NOW });
    }
  });
  afterAll(async () => {
    for (const t of databases.values()) await t.drop();
  });

  async function progressReport(t: TestDatabase) {
    const article = await t.db.article.findFirstOrThrow({ select: { id: true } });
    const students = await t.db.user.findMany({
      where: { role: "student" },
      orderBy: { username: "asc" },
    });
    const report: Record<string, unknown> = {
      classWeeks: await scoresByWeek(t.db, { classId: DEMO_CLASS.id }, { now: SEED_NOW, weeks: 6 }),
      // The seeded rows themselves round-trip alike: ids are fixed, dates and floats exact.
      attempts: await t.db.attempt.findMany({
        orderBy: { id: "asc" },
        select: { id: true, score: true, startedAt: true, submittedAt: true, status: true },
      }),
    };
    for (const student of students) {
      const mastery = await factMastery(t.db, {
        studentId: student.id,
        articleId: article.id,
        now: SEED_NOW,
      });
      report[student.username!] = {
        weeks: await scoresByWeek(t.db, { studentId: student.id }, { now: SEED_NOW, weeks: 6 }),
        // Fact ids are generated per database; compare by the kit's keys.
        mastery: mastery.map(({ factId: _factId, ...rest }) => rest),
        streak: await studyStreak(t.db, student.id, { now: SEED_NOW }),
      };
    }
    return report;
  }

  it("gives identical progress on SQLite and PostgreSQL", async () => {
    const sqlite = await progressReport(databases.get("sqlite")!);
    const postgres = await progressReport(databases.get("postgresql")!);
    expect(postgres).toEqual(sqlite);
    expect(Object.keys(sqlite)).toHaveLength(DEMO_STUDENTS.length + 2);
    expect((sqlite.attempts as unknown[]).length).toBeGreaterThan(20);
  });

  it("has scores that vary and improve, mastery in every state, and live streaks", async () => {
    const t = databases.get("sqlite")!;
    const weeks = await scoresByWeek(t.db, { classId: DEMO_CLASS.id }, { now: SEED_NOW, weeks: 5 });
    const averages = weeks.map((w) => w.averageScore);
    expect(averages.every((a) => a !== null)).toBe(true);
    expect(new Set(averages).size).toBeGreaterThan(3);
    expect(averages.at(-1)!).toBeGreaterThan(averages[0]!);

    const article = await t.db.article.findFirstOrThrow({ select: { id: true } });
    const levels = { new: 0, learning: 0, mastered: 0 };
    for (const student of DEMO_STUDENTS) {
      const facts = await factMastery(t.db, {
        studentId: `seed-student-${student.username}`,
        articleId: article.id,
        now: SEED_NOW,
      });
      const summary = summariseMastery(facts);
      for (const level of ["new", "learning", "mastered"] as const) levels[level] += summary[level];
    }
    expect(levels.new).toBeGreaterThan(0);
    expect(levels.learning).toBeGreaterThan(0);
    expect(levels.mastered).toBeGreaterThan(0);

    const farah = await studyStreak(t.db, "seed-student-farah", { now: SEED_NOW });
    const dara = await studyStreak(t.db, "seed-student-dara", { now: SEED_NOW });
    expect(farah.current).toBeGreaterThanOrEqual(12);
    expect(dara.current).toBeLessThan(farah.current);
  });
});
