// Recording a student's answer exactly once, however often the client retries the submit.
import { randomUUID } from "node:crypto";
import type { Answer, Prisma } from "../generated/sqlite/client";
import type { Database } from "./client";
import { isUniqueViolation } from "./errors";
import { CARD_FIELDS, cardFromRow, type CardField, type LogFields } from "./progress/card-fields";
import {
  applyQuizAnswer,
  planQuizReviews,
  reviewQuizTargetAgain,
  type QuizReview,
  type ScheduledCard,
} from "./progress/study";
import {
  inTransaction,
  isRawUniqueViolation,
  jsonValue,
  PG,
  queryRows,
  RawStatement,
  sqlStatement,
  type PgType,
  type Statement,
} from "./raw-sql";

/** How an attempt lays out its questions; stored in Attempt.layout. */
export interface AttemptLayout {
  questionIds: string[];
  /** Per question id, the order its options are shown in (indices into the stored options). */
  optionOrders?: Record<string, number[]>;
}

export interface RecordAnswerInput {
  attemptId: string;
  questionId: string;
  /** Chosen by the client per submit; a retry sends the same key. */
  idempotencyKey: string;
  /** The response as given, a @studykit/content ResponseValue. */
  given: unknown;
  /** From gradeResponse. */
  correct: boolean;
  score: number;
  timeTakenMs: number;
  answeredAt?: Date;
}

export interface RecordAnswerResult {
  answer: Answer;
  /** True when this key was already recorded: nothing was written, the first answer stands. */
  duplicate: boolean;
}

/** The question already has an answer in this attempt, sent with a different idempotency key. */
export class AnswerConflictError extends Error {
  constructor(readonly answer: Answer) {
    super("this question has already been answered in this attempt");
    this.name = "AnswerConflictError";
  }
}

/**
 * Records the answer, or returns the one already recorded for the same submit. One answer per
 * question per attempt: a second answer with a different key is refused, not counted.
 */
export async function recordAnswer(
  db: Database,
  input: RecordAnswerInput,
): Promise<RecordAnswerResult> {
  const answeredAt = input.answeredAt ?? new Date();
  try {
    const [answer] = await db.$transaction([
      db.answer.create({
        data: {
          attemptId: input.attemptId,
          questionId: input.questionId,
          idempotencyKey: input.idempotencyKey,
          given: input.given as Prisma.InputJsonValue,
          correct: input.correct,
          score: input.score,
          timeTakenMs: input.timeTakenMs,
          answeredAt,
        },
      }),
      db.attempt.update({ where: { id: input.attemptId }, data: { lastActivityAt: answeredAt } }),
    ]);
    return { answer, duplicate: false };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const answer = await db.answer.findUniqueOrThrow({
      where: {
        attemptId_questionId: { attemptId: input.attemptId, questionId: input.questionId },
      },
    });
    if (answer.idempotencyKey !== input.idempotencyKey) throw new AnswerConflictError(answer);
    return { answer, duplicate: true };
  }
}

// ─── The submit path: one read, one write ────────────────────────────────────────────────────
// A submission is the app's hottest request. Prisma's model queries cost ~0.75 ms of CPU each in
// its query compiler, raw statements ~0.2 ms, so the path reads everything it needs in one raw
// statement and writes the answer and its effect on the review schedule in one transaction, both
// through raw-sql.ts.

/** How each FSRS field of a card and of a review log binds on PostgreSQL. */
const CARD_TYPES: Record<CardField, PgType> = {
  due: PG.time,
  stability: PG.float,
  difficulty: PG.float,
  elapsedDays: PG.int,
  scheduledDays: PG.int,
  learningSteps: PG.int,
  reps: PG.int,
  lapses: PG.int,
  state: PG.state,
  lastReview: PG.time,
};
const LOG_TYPES: Record<keyof LogFields, PgType> = {
  rating: PG.rating,
  state: PG.state,
  due: PG.time,
  stability: PG.float,
  difficulty: PG.float,
  elapsedDays: PG.int,
  lastElapsedDays: PG.int,
  scheduledDays: PG.int,
  learningSteps: PG.int,
  reviewedAt: PG.time,
};
const LOG_FIELDS = Object.keys(LOG_TYPES) as (keyof LogFields)[];
const quoted = (columns: readonly string[]) => columns.map((c) => `"${c}"`).join(", ");

/** What a submission needs, read in one statement. */
export interface SubmissionContext {
  status: string;
  layout: unknown;
  /** The assignment's feedback timing and due date (null for practice). */
  feedback: string | null;
  dueAt: Date | null;
  /** Null when no question has that id. */
  question: {
    id: string;
    articleId: string;
    generated: unknown;
    override: unknown;
    disabled: boolean;
    factIds: string[];
  } | null;
  /** The student's review cards for the question's facts (by fact id) and for the question. */
  factCards: Map<string, ScheduledCard>;
  questionCard: ScheduledCard | null;
}

/**
 * The student's attempt (null unless it is theirs), its assignment's feedback settings, the
 * question with its key facts, and the student's cards for those facts and that question.
 */
export async function loadSubmission(
  db: Database,
  input: { attemptId: string; studentId: string; questionId: string },
): Promise<SubmissionContext | null> {
  const q = new RawStatement(db);
  const cardColumns = (alias: string) =>
    ["id", ...CARD_FIELDS].map((c) => `${alias}."${c}" AS "${alias}_${c}"`).join(", ");
  const text = `SELECT a."status" AS "status", a."layout" AS "layout", s."feedback" AS "feedback",
       s."dueAt" AS "dueAt", q."id" AS "questionId", q."articleId" AS "articleId",
       q."generated" AS "generated", q."override" AS "override", q."disabledAt" AS "disabledAt",
       qf."factId" AS "factId", ${cardColumns("c")}, ${cardColumns("k")}
     FROM "Attempt" a
     LEFT JOIN "Assignment" s ON s."id" = a."assignmentId"
     LEFT JOIN "Question" q ON q."id" = ${q.p(input.questionId)}
     LEFT JOIN "QuestionFact" qf ON qf."questionId" = q."id"
     LEFT JOIN "ReviewCard" c ON c."studentId" = a."studentId" AND c."factId" = qf."factId"
     LEFT JOIN "ReviewCard" k ON k."studentId" = a."studentId" AND k."questionId" = q."id"
     WHERE a."id" = ${q.p(input.attemptId)} AND a."studentId" = ${q.p(input.studentId)}`;
  const rows = await queryRows(db, text, q.params);
  const first = rows[0];
  if (!first) return null;
  const factCards = new Map<string, ScheduledCard>();
  const factIds: string[] = [];
  for (const r of rows) {
    if (r.factId == null) continue;
    factIds.push(String(r.factId));
    const card = cardFromRow(r, "c_");
    if (card) factCards.set(String(r.factId), card);
  }
  return {
    status: String(first.status),
    layout: jsonValue(first.layout),
    feedback: first.feedback == null ? null : String(first.feedback),
    dueAt: first.dueAt == null ? null : new Date(first.dueAt as Date),
    question:
      first.questionId == null
        ? null
        : {
            id: String(first.questionId),
            articleId: String(first.articleId),
            generated: jsonValue(first.generated),
            override: first.override == null ? null : jsonValue(first.override),
            disabled: first.disabledAt != null,
            factIds,
          },
    factCards,
    questionCard: cardFromRow(first, "k_"),
  };
}

export interface GradedAnswerResult {
  answer: Pick<Answer, "id" | "correct" | "score">;
  duplicate: boolean;
  /** Cards the answer moved. */
  reviews: number;
}

/**
 * Records a graded answer and, in the same transaction, its effect on the student's review
 * schedule (planQuizReviews over the cards `loadSubmission` read): the answer and its reviews
 * commit together or not at all, so an acknowledged answer has moved the schedule exactly once,
 * and a crash can never leave one without the other. A card another request moved since it was
 * read is left alone by the transaction (its log and update are conditional on the reps read)
 * and is reviewed again afterwards from a fresh read. A retried submit (same key) returns the
 * first answer; another key for an answered question is an AnswerConflictError.
 */
export async function recordGradedAnswer(
  db: Database,
  input: RecordAnswerInput & {
    studentId: string;
    factIds: readonly string[];
    factCards: ReadonlyMap<string, ScheduledCard>;
    questionCard: ScheduledCard | null;
  },
): Promise<GradedAnswerResult> {
  const now = input.answeredAt ?? new Date();
  const answerId = randomUUID();
  const plan = planQuizReviews({
    questionId: input.questionId,
    factIds: input.factIds,
    factCards: input.factCards,
    questionCard: input.questionCard,
    correct: input.correct,
    now,
  });
  const run = (build: (s: RawStatement) => string) => sqlStatement(db, build);
  const statements: Statement[] = [
    run(
      (s) => `INSERT INTO "Answer" ("id", "attemptId", "questionId", "idempotencyKey", "given",
         "correct", "score", "timeTakenMs", "answeredAt")
       VALUES (${s.p(answerId)}, ${s.p(input.attemptId)}, ${s.p(input.questionId)},
         ${s.p(input.idempotencyKey)}, ${s.p(JSON.stringify(input.given), PG.json)},
         ${s.p(input.correct, PG.bool)}, ${s.p(input.score, PG.float)},
         ${s.p(input.timeTakenMs, PG.int)}, ${s.p(now, PG.time)})`,
    ),
    run(
      (s) =>
        `UPDATE "Attempt" SET "lastActivityAt" = ${s.p(now, PG.time)} WHERE "id" = ${s.p(input.attemptId)}`,
    ),
  ];
  const logColumns = `"ReviewLog" ("id", "cardId", "studentId", ${quoted(LOG_FIELDS)},
    "source", "answerId", "createdAt")`;
  // Where the conditional card updates sit in `statements`, to see which found the card moved.
  const updates: { at: number; review: QuizReview }[] = [];
  const written = new Date();
  for (const review of plan) {
    const c = review.card;
    const cardId = review.before?.id ?? randomUUID();
    const log = (s: RawStatement) =>
      [
        s.p(randomUUID()),
        s.p(cardId),
        s.p(input.studentId),
        ...LOG_FIELDS.map((f) => s.p(review.log[f], LOG_TYPES[f])),
        s.p("quiz", PG.source),
        s.p(answerId),
        s.p(written, PG.time),
      ].join(", ");
    if (!review.before) {
      const [column, value] =
        "factId" in review.target
          ? ["factId", review.target.factId]
          : ["questionId", review.target.questionId];
      statements.push(
        run(
          (s) => `INSERT INTO "ReviewCard" ("id", "studentId", "${column}", ${quoted(CARD_FIELDS)},
             "createdAt", "updatedAt")
           VALUES (${s.p(cardId)}, ${s.p(input.studentId)}, ${s.p(value)},
             ${CARD_FIELDS.map((f) => s.p(c[f], CARD_TYPES[f])).join(", ")},
             ${s.p(written, PG.time)}, ${s.p(written, PG.time)})`,
        ),
        run((s) => `INSERT INTO ${logColumns} VALUES (${log(s)})`),
      );
      continue;
    }
    // The log first, while the card still has the reps read; both only if it still does.
    const reps = review.before.reps;
    statements.push(
      run(
        (s) => `INSERT INTO ${logColumns} SELECT ${log(s)}
         WHERE EXISTS (SELECT 1 FROM "ReviewCard" WHERE "id" = ${s.p(cardId)}
           AND "reps" = ${s.p(reps, PG.int)})`,
      ),
    );
    updates.push({ at: statements.length, review });
    statements.push(
      run(
        (s) => `UPDATE "ReviewCard"
         SET ${CARD_FIELDS.map((f) => `"${f}" = ${s.p(c[f], CARD_TYPES[f])}`).join(", ")},
           "updatedAt" = ${s.p(written, PG.time)}
         WHERE "id" = ${s.p(cardId)} AND "reps" = ${s.p(reps, PG.int)}`,
      ),
    );
  }
  let counts: number[];
  try {
    counts = await inTransaction(db, statements);
  } catch (error) {
    if (!isUniqueViolation(error) && !isRawUniqueViolation(error)) throw error;
    const existing = await db.answer.findUnique({
      where: {
        attemptId_questionId: { attemptId: input.attemptId, questionId: input.questionId },
      },
    });
    if (existing) {
      if (existing.idempotencyKey !== input.idempotencyKey) throw new AnswerConflictError(existing);
      return { answer: existing, duplicate: true, reviews: 0 };
    }
    // Another request created one of the cards first: record it the long way.
    const result = await recordAnswer(db, { ...input, answeredAt: now });
    const reviews = result.duplicate
      ? 0
      : await applyQuizAnswer(db, {
          studentId: input.studentId,
          questionId: input.questionId,
          answerId: result.answer.id,
          correct: input.correct,
          now,
          factIds: input.factIds,
        });
    return { answer: result.answer, duplicate: result.duplicate, reviews };
  }
  let reviews = plan.length;
  for (const { at, review } of updates) {
    if (counts[at] === 1) continue;
    // Moved by another request since it was read: review it again from where it is now.
    reviews -= 1;
    reviews += await reviewQuizTargetAgain(db, {
      studentId: input.studentId,
      target: review.target,
      answerId,
      correct: input.correct,
      now,
    });
  }
  return {
    answer: { id: answerId, correct: input.correct, score: input.score },
    duplicate: false,
    reviews,
  };
}

/** The given sentences of an article, for an answer's feedback (one raw statement). */
export async function sentencesForFeedback(
  db: Database,
  articleId: string,
  keys: readonly string[],
): Promise<
  { key: string; text: string; startOffset: number; endOffset: number; paragraph: number }[]
> {
  if (!keys.length) return [];
  const s = new RawStatement(db);
  const rows = await queryRows(
    db,
    `SELECT "key", "text", "startOffset", "endOffset", "paragraph" FROM "Sentence"
     WHERE "articleId" = ${s.p(articleId)} AND "key" IN (${keys.map((k) => s.p(k)).join(", ")})`,
    s.params,
  );
  return rows.map((r) => ({
    key: String(r.key),
    text: String(r.text),
    startOffset: Number(r.startOffset),
    endOffset: Number(r.endOffset),
    paragraph: Number(r.paragraph),
  }));
}
