import { beforeAll, describe, expect, it } from "vitest";
import { AnswerConflictError, recordAnswer } from "./answers";
import { storeStudyKit } from "./content";
import { createUser, fixtureKit, uniqueId } from "./testing/factories";
import { ENGINES, useTestDatabase } from "./testing/test-database";

describe.each(ENGINES)("recordAnswer on %s", (engine) => {
  const t = useTestDatabase(engine);
  let studentId: string;
  let articleId: string;
  let questionId: string;

  beforeAll(async () => {
    studentId = await createUser(t.db, "student");
    ({ articleId } = await storeStudyKit(t.db, fixtureKit(uniqueId("answers"))));
    questionId = (await t.db.question.findFirstOrThrow({ where: { articleId, key: "q1" } })).id;
  });

  let attemptNumber = 0;
  // Each test answers in an attempt of its own: an attempt takes one answer per question.
  const newAttempt = async () =>
    (
      await t.db.attempt.create({
        data: {
          studentId,
          articleId,
          number: ++attemptNumber,
          layout: { questionIds: [questionId] },
          questionCount: 1,
        },
      })
    ).id;

  const submit = (attemptId: string, key: string, option: string, correct: boolean) =>
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
    const attemptId = await newAttempt();
    const first = await submit(attemptId, "key-retry", "12", true);
    const retry = await submit(attemptId, "key-retry", "20", false);
    expect(first.duplicate).toBe(false);
    expect(retry.duplicate).toBe(true);
    expect(retry.answer).toEqual(first.answer);
    const stored = await t.db.answer.findMany({ where: { attemptId } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      given: { type: "choice", option: "12" },
      correct: true,
      score: 1,
      timeTakenMs: 4200,
    });
  });

  it("records one row when the same submit arrives several times at once", async () => {
    const attemptId = await newAttempt();
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => submit(attemptId, "key-race", "14", false)),
    );
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(new Set(results.map((r) => r.answer.id)).size).toBe(1);
    expect(await t.db.answer.count({ where: { attemptId } })).toBe(1);
  });

  it("refuses a second answer to the same question under a new key and keeps the first", async () => {
    const attemptId = await newAttempt();
    const first = await submit(attemptId, "key-first", "12", true);
    await expect(submit(attemptId, "key-other", "10", false)).rejects.toBeInstanceOf(
      AnswerConflictError,
    );
    const stored = await t.db.answer.findMany({ where: { attemptId } });
    expect(stored).toEqual([first.answer]);
  });

  it("marks the attempt active at the time of the answer", async () => {
    const attemptId = await newAttempt();
    const answeredAt = new Date("2030-01-02T03:04:05.000Z");
    await recordAnswer(t.db, {
      attemptId,
      questionId,
      idempotencyKey: "key-new",
      given: { type: "choice", option: "10" },
      correct: false,
      score: 0,
      timeTakenMs: 900,
      answeredAt,
    });
    const attempt = await t.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt.lastActivityAt).toEqual(answeredAt);
  });
});
