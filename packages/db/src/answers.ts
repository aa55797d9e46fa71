// Recording a student's answer exactly once, however often the client retries the submit.
import type { Answer, Prisma } from "../generated/sqlite/client.ts";
import type { Database } from "./client.ts";
import { isUniqueViolation } from "./errors.ts";

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
