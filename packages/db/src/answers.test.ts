import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAnswer } from "./answers.ts";
import { storeStudyKit } from "./content.ts";
import { createUser, fixtureKit, uniqueId } from "./testing/factories.ts";
import { createTestDatabase, ENGINES, type TestDatabase } from "./testing/test-database.ts";

describe.each(ENGINES)("recordAnswer on %s", (engine) => {
  let t: TestDatabase;
  let attemptId: string;
  let questionId: string;

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    const studentId = await createUser(t.db, "student");
    const { articleId } = await storeStudyKit(t.db, fixtureKit(uniqueId("answers")));
    questionId = (await t.db.question.findFirstOrThrow({ where: { articleId, key: "q1" } })).id;
    attemptId = (
      await t.db.attempt.create({
        data: {
          studentId,
          articleId,
          number: 1,
          layout: { questionIds: [questionId] },
          questionCount: 1,
        },
      })
    ).id;
  });
  afterAll(() => t.drop());

  const submit = (key: string, option: string, correct: boolean) =>
    recordAnswer(t.db, {
      attemptId,
      questionId,
      idempotencyKey: key,
      given: { type: "choice", option },
      correct,
      score: correct ? 1 : 0,
      timeTakenMs: 4200,
    });

  it("treats a retried submit with the same key as a no-op that returns the first answer", async () => {
    const first = await submit("key-retry", "12", true);
    const retry = await submit("key-retry", "20", false);
    expect(first.duplicate).toBe(false);
    expect(retry.duplicate).toBe(true);
    expect(retry.answer).toEqual(first.answer);
    const stored = await t.db.answer.findMany({
      where: { attemptId, idempotencyKey: "key-retry" },
    });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      given: { type: "choice", option: "12" },
      correct: true,
      score: 1,
      timeTakenMs: 4200,
    });
  });

  it("records one row when the same submit arrives several times at once", async () => {
    const results = await Promise.all([1, 2, 3, 4].map(() => submit("key-race", "14", false)));
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(new Set(results.map((r) => r.answer.id)).size).toBe(1);
    expect(await t.db.answer.count({ where: { attemptId, idempotencyKey: "key-race" } })).toBe(1);
  });

  it("records a new key for the same question as a new answer and marks the attempt active", async () => {
    const before = await t.db.answer.count({ where: { attemptId } });
    const answeredAt = new Date("2030-01-02T03:04:05.000Z");
    const result = await recordAnswer(t.db, {
      attemptId,
      questionId,
      idempotencyKey: "key-new",
      given: { type: "choice", option: "10" },
      correct: false,
      score: 0,
      timeTakenMs: 900,
      answeredAt,
    });
    expect(result.duplicate).toBe(false);
    expect(await t.db.answer.count({ where: { attemptId } })).toBe(before + 1);
    const attempt = await t.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt.lastActivityAt).toEqual(answeredAt);
  });
});
