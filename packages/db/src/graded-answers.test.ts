// The submit path's one read and one write (loadSubmission, recordGradedAnswer) on both engines:
// the answer and its reviews commit together, exactly once, and match what the step-by-step path
// (recordAnswer, then applyQuizAnswer) makes of the same history.
import { beforeAll, describe, expect, it } from "vitest";
import {
  AnswerConflictError,
  loadSubmission,
  recordAnswer,
  recordGradedAnswer,
  sentencesForFeedback,
} from "./answers";
import { storeStudyKit } from "./content";
import { applyQuizAnswer, ensureFactCards, recordReview } from "./progress/study";
import { createUser, fixtureKit, uniqueId } from "./testing/factories";
import { ENGINES, useTestDatabase } from "./testing/test-database";

const DAY = 24 * 60 * 60 * 1000;

describe.each(ENGINES)("the graded-answer path on %s", (engine) => {
  const t = useTestDatabase(engine);
  let articleId: string;
  let questionId: string;
  let factIds: string[];
  const now = new Date("2031-03-04T10:00:00.000Z");

  beforeAll(async () => {
    ({ articleId } = await storeStudyKit(t.db, fixtureKit(uniqueId("graded"))));
    const q = await t.db.question.findFirstOrThrow({
      where: { articleId, facts: { some: {} } },
      select: { id: true, facts: { select: { factId: true } } },
    });
    questionId = q.id;
    factIds = q.facts.map((f) => f.factId);
  });

  const attemptFor = async (studentId: string) =>
    (
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

  const submit = async (
    studentId: string,
    attemptId: string,
    key: string,
    correct: boolean,
    at: Date,
    read?: Awaited<ReturnType<typeof loadSubmission>>,
  ) => {
    const found = read ?? (await loadSubmission(t.db, { attemptId, studentId, questionId }));
    return recordGradedAnswer(t.db, {
      attemptId,
      questionId,
      idempotencyKey: key,
      given: { type: "choice", option: correct ? "right" : "wrong" },
      correct,
      score: correct ? 1 : 0,
      timeTakenMs: 1200,
      answeredAt: at,
      studentId,
      factIds: found!.question!.factIds,
      factCards: found!.factCards,
      questionCard: found!.questionCard,
    });
  };

  /** A student's cards and logs, without ids and timestamps of the write, for comparison. */
  const scheduleOf = async (studentId: string) => {
    const cards = await t.db.reviewCard.findMany({
      where: { studentId },
      orderBy: [{ factId: "asc" }, { questionId: "asc" }],
      include: { logs: { orderBy: { reviewedAt: "asc" } } },
    });
    return cards.map(({ id: _i, studentId: _s, createdAt: _c, updatedAt: _u, logs, ...card }) => ({
      ...card,
      logs: logs.map(
        ({ id: _id, cardId: _card, studentId: _st, answerId, createdAt: _cr, ...log }) => ({
          ...log,
          hasAnswer: answerId !== null,
        }),
      ),
    }));
  };

  it("reads only the student's own attempt, with the question, its facts and their cards", async () => {
    const student = await createUser(t.db, "student");
    const other = await createUser(t.db, "student");
    const attemptId = await attemptFor(student);
    expect(await loadSubmission(t.db, { attemptId, studentId: other, questionId })).toBeNull();
    await ensureFactCards(t.db, { studentId: student, articleId, now });
    const found = await loadSubmission(t.db, { attemptId, studentId: student, questionId });
    expect(found).toMatchObject({
      status: "in_progress",
      layout: { questionIds: [questionId] },
      feedback: null,
      dueAt: null,
      questionCard: null,
    });
    expect(found!.question).toMatchObject({ id: questionId, articleId, disabled: false });
    expect(found!.question!.factIds.sort()).toEqual([...factIds].sort());
    expect([...found!.factCards.keys()].sort()).toEqual([...factIds].sort());
    expect(found!.factCards.get(factIds[0]!)).toMatchObject({ reps: 0, state: "new" });
    const missing = await loadSubmission(t.db, { attemptId, studentId: student, questionId: "x" });
    expect(missing!.question).toBeNull();
  });

  it("moves the schedule exactly as recording and then applying the answer does", async () => {
    const fast = await createUser(t.db, "student");
    const slow = await createUser(t.db, "student");
    // The same history for both: a wrong answer (new cards), a right one two days on (due
    // cards move), a wrong one at once (the question card exists now).
    const history: [boolean, Date][] = [
      [false, now],
      [true, new Date(now.getTime() + 2 * DAY)],
      [false, new Date(now.getTime() + 2 * DAY + 60_000)],
    ];
    for (const [i, [correct, at]] of history.entries()) {
      const r = await submit(fast, await attemptFor(fast), `fast-${i}`, correct, at);
      expect(r.duplicate).toBe(false);
      const slowAttempt = await attemptFor(slow);
      const recorded = await recordAnswer(t.db, {
        attemptId: slowAttempt,
        questionId,
        idempotencyKey: `slow-${i}`,
        given: {},
        correct,
        score: correct ? 1 : 0,
        timeTakenMs: 1200,
        answeredAt: at,
      });
      const moved = await applyQuizAnswer(t.db, {
        studentId: slow,
        questionId,
        answerId: recorded.answer.id,
        correct,
        now: at,
      });
      expect(r.reviews).toBe(moved);
    }
    const schedule = await scheduleOf(fast);
    expect(schedule.length).toBe(factIds.length + 1);
    expect(schedule).toEqual(await scheduleOf(slow));
    const answers = await t.db.answer.findMany({
      where: { attempt: { studentId: fast } },
      include: { reviewLogs: true },
    });
    expect(answers).toHaveLength(3);
    expect(answers[0]).toMatchObject({ correct: false, score: 0, timeTakenMs: 1200 });
    expect(answers[0]!.given).toEqual({ type: "choice", option: "wrong" });
  });

  it("answers a retry with the first answer and refuses another key, changing nothing", async () => {
    const student = await createUser(t.db, "student");
    const attemptId = await attemptFor(student);
    const first = await submit(student, attemptId, "key-a", false, now);
    const before = await scheduleOf(student);
    const retry = await submit(student, attemptId, "key-a", true, now);
    expect(retry).toMatchObject({ duplicate: true, reviews: 0 });
    expect(retry.answer.id).toBe(first.answer.id);
    await expect(submit(student, attemptId, "key-b", true, now)).rejects.toBeInstanceOf(
      AnswerConflictError,
    );
    expect(await scheduleOf(student)).toEqual(before);
    expect(await t.db.answer.count({ where: { attemptId } })).toBe(1);
    const attempt = await t.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt.lastActivityAt).toEqual(now);
  });

  it("reviews a card another request moved after the read from where it is now, once", async () => {
    const student = await createUser(t.db, "student");
    await ensureFactCards(t.db, { studentId: student, articleId, now });
    const attemptId = await attemptFor(student);
    const read = await loadSubmission(t.db, { attemptId, studentId: student, questionId });
    // Meanwhile the student reviews the first fact's card in study mode.
    const card = read!.factCards.get(factIds[0]!)!;
    await recordReview(t.db, {
      cardId: card.id,
      studentId: student,
      rating: "good",
      now,
      expectedReps: 0,
    });
    const r = await submit(student, attemptId, "key-stale", false, now, read);
    expect(r.duplicate).toBe(false);
    const moved = await t.db.reviewCard.findUniqueOrThrow({ where: { id: card.id } });
    // The study review and the quiz's "again", one each.
    expect(moved.reps).toBe(2);
    const logs = await t.db.reviewLog.findMany({ where: { cardId: card.id } });
    expect(logs.map((l) => [l.source, l.rating]).sort()).toEqual([
      ["quiz", "again"],
      ["study", "good"],
    ]);
    expect(logs.filter((l) => l.answerId === r.answer.id)).toHaveLength(1);
  });

  it("records the answer once when another request created a card after the read", async () => {
    const student = await createUser(t.db, "student");
    const attemptId = await attemptFor(student);
    const read = await loadSubmission(t.db, { attemptId, studentId: student, questionId });
    expect(read!.factCards.size).toBe(0);
    await ensureFactCards(t.db, { studentId: student, articleId, now });
    const r = await submit(student, attemptId, "key-raced", false, now, read);
    expect(r.duplicate).toBe(false);
    expect(await t.db.answer.count({ where: { attemptId } })).toBe(1);
    const logs = await t.db.reviewLog.findMany({ where: { answerId: r.answer.id } });
    // One review per fact card and one for the new question card, none twice.
    expect(logs).toHaveLength(factIds.length + 1);
    expect(new Set(logs.map((l) => l.cardId)).size).toBe(logs.length);
  });

  it("reads an answer's source sentences by key, and nothing for no keys", async () => {
    const stored = await t.db.sentence.findMany({ where: { articleId }, take: 2 });
    const found = await sentencesForFeedback(t.db, articleId, [stored[0]!.key, "no-such-key"]);
    const { key, text, startOffset, endOffset, paragraph } = stored[0]!;
    expect(found).toEqual([{ key, text, startOffset, endOffset, paragraph }]);
    expect(await sentencesForFeedback(t.db, articleId, [])).toEqual([]);
  });
});
