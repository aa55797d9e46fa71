import { beforeAll, describe, expect, it } from "vitest";
import { storeStudyKit } from "../content";
import { createUser, fixtureKit, uniqueId } from "../testing/factories";
import { ENGINES, useTestDatabase } from "../testing/test-database";
import {
  applyQuizAnswer,
  dueCards,
  ensureFactCards,
  recordReview,
  StaleReviewError,
} from "./study";

const DAY = 86_400_000;

describe.each(ENGINES)("study data on %s", (engine) => {
  const t = useTestDatabase(engine);
  let studentId: string;
  let articleId: string;
  const now = new Date("2026-03-02T10:00:00.000Z");

  beforeAll(async () => {
    studentId = await createUser(t.db, "student");
    ({ articleId } = await storeStudyKit(t.db, fixtureKit(uniqueId("study"))));
  });

  it("makes one new card per key fact, once", async () => {
    const facts = await t.db.fact.count({ where: { articleId } });
    expect(await ensureFactCards(t.db, { studentId, articleId, now })).toBe(facts);
    expect(await ensureFactCards(t.db, { studentId, articleId, now })).toBe(0);
    const queue = await dueCards(t.db, { studentId, until: now, newLimit: 10, articleId });
    expect(queue).toHaveLength(facts);
    expect(queue.every((c) => c.state === "new")).toBe(true);
  });

  it("reviews a card, logs it, refuses a stale double submit, and takes it off today's queue", async () => {
    const [card] = await dueCards(t.db, { studentId, until: now, newLimit: 1, articleId });
    const reviewed = await recordReview(t.db, {
      cardId: card!.id,
      studentId,
      rating: "easy",
      now,
      expectedReps: 0,
      durationMs: 3000,
    });
    expect(reviewed!.reps).toBe(1);
    expect(reviewed!.due.getTime()).toBeGreaterThan(now.getTime() + DAY);
    await expect(
      recordReview(t.db, { cardId: card!.id, studentId, rating: "easy", now, expectedReps: 0 }),
    ).rejects.toBeInstanceOf(StaleReviewError);
    expect(await t.db.reviewLog.count({ where: { cardId: card!.id } })).toBe(1);
    const endOfDay = new Date(now.getTime() + 12 * 3_600_000);
    const queue = await dueCards(t.db, { studentId, until: endOfDay, newLimit: 0, articleId });
    expect(queue.map((c) => c.id)).not.toContain(card!.id);
    // Later, when it falls due, it is back.
    // (`until` is the end of a day, exclusive: a queue up to the moment after it is due.)
    const until = new Date(reviewed!.due.getTime() + 1);
    const later = await dueCards(t.db, { studentId, until, newLimit: 0, articleId });
    expect(later.map((c) => c.id)).toContain(card!.id);
  });

  it("another student's card cannot be reviewed", async () => {
    const other = await createUser(t.db, "student");
    const [card] = await dueCards(t.db, { studentId, until: now, newLimit: 1, articleId });
    expect(
      await recordReview(t.db, {
        cardId: card!.id,
        studentId: other,
        rating: "good",
        now,
        expectedReps: card!.reps,
      }),
    ).toBeNull();
  });

  it("a wrong quiz answer brings its facts' cards forward and cards the question", async () => {
    const q = await t.db.question.findFirstOrThrow({
      where: { articleId, facts: { some: {} } },
      select: { id: true, facts: { select: { factId: true } } },
    });
    const factId = q.facts[0]!.factId;
    // Make the fact's card well learned first.
    let card = await t.db.reviewCard.findUniqueOrThrow({
      where: { studentId_factId: { studentId, factId } },
    });
    let at = now;
    for (let i = 0; i < 4; i++) {
      card = (await recordReview(t.db, {
        cardId: card.id,
        studentId,
        rating: "good",
        now: at,
        expectedReps: card.reps,
      }))!;
      at = card.due;
    }
    expect(card.due.getTime()).toBeGreaterThan(at.getTime() - 1);
    const answerAt = new Date(at.getTime() - 2 * DAY);
    const attempt = await t.db.attempt.create({
      data: { studentId, articleId, number: 1, layout: { questionIds: [q.id] }, questionCount: 1 },
    });
    const answer = await t.db.answer.create({
      data: {
        attemptId: attempt.id,
        questionId: q.id,
        idempotencyKey: "k-1",
        given: {},
        correct: false,
        score: 0,
        timeTakenMs: 1,
      },
    });
    await applyQuizAnswer(t.db, {
      studentId,
      questionId: q.id,
      answerId: answer.id,
      correct: false,
      now: answerAt,
    });
    const after = await t.db.reviewCard.findUniqueOrThrow({
      where: { studentId_factId: { studentId, factId } },
    });
    // Forward: the miss shortens the interval (FSRS's post-lapse stability, in whole days).
    expect(after.scheduledDays).toBeLessThan(card.scheduledDays);
    expect(after.due.getTime()).toBeLessThan(answerAt.getTime() + card.scheduledDays * DAY);
    expect(after.lapses).toBe(1);
    const questionCard = await t.db.reviewCard.findUnique({
      where: { studentId_questionId: { studentId, questionId: q.id } },
    });
    expect(questionCard).not.toBeNull();
    const log = await t.db.reviewLog.findFirstOrThrow({
      where: { cardId: after.id, answerId: answer.id },
    });
    expect(log).toMatchObject({ source: "quiz", rating: "again" });
  });
});
