// Study mode's data: review cards for key facts and missed questions, the due queue, reviews
// with their logs, and quiz answers feeding the same schedule.
import type { Database } from "../client";
import { isUniqueViolation } from "../errors";
import type { ReviewCard, ReviewSource } from "../../generated/sqlite/client";
import { cardFieldsSelect, type CardFields } from "./card-fields";
import { newCard, ratingFromQuizAnswer, scheduleReview, type StudyRating } from "./scheduling";

/** Creates a new card for each current key fact of the article the student has none for. */
export async function ensureFactCards(
  db: Database,
  input: { studentId: string; articleId: string; now: Date },
): Promise<number> {
  const facts = await db.fact.findMany({
    where: {
      articleId: input.articleId,
      retiredAt: null,
      reviewCards: { none: { studentId: input.studentId } },
    },
    select: { id: true },
  });
  if (!facts.length) return 0;
  const fields = newCard(input.now);
  // One insert per fact: a concurrent request may have created some; those are skipped.
  // (createMany has no skipDuplicates on SQLite.)
  let created = 0;
  for (const f of facts) {
    try {
      await db.reviewCard.create({ data: { studentId: input.studentId, factId: f.id, ...fields } });
      created += 1;
    } catch (error) {
      // A concurrent request created it first.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return created;
}

export class StaleReviewError extends Error {
  constructor() {
    super("this card was already reviewed; the queue has moved on");
    this.name = "StaleReviewError";
  }
}

/**
 * Applies a rating to one of the student's cards and logs it. `expectedReps` is the count the
 * client saw: a double-submitted review finds it changed and is refused, not applied twice.
 */
export async function recordReview(
  db: Database,
  input: {
    cardId: string;
    studentId: string;
    rating: StudyRating;
    now: Date;
    expectedReps: number;
    durationMs?: number | null;
    source?: ReviewSource;
    answerId?: string | null;
    /**
     * The card as the caller just read it (the student's own, with `expectedReps` reps). Saves
     * reading it again: the update below applies only while the reps still match.
     */
    card?: ReviewCard;
  },
) {
  return db.$transaction(async (tx) => {
    const card =
      input.card ??
      (await tx.reviewCard.findFirst({
        where: { id: input.cardId, studentId: input.studentId },
      }));
    if (!card) return null;
    if (card.reps !== input.expectedReps) throw new StaleReviewError();
    const next = scheduleReview(card, input.rating, input.now);
    const updated = await tx.reviewCard.updateMany({
      where: { id: card.id, reps: input.expectedReps },
      data: next.card,
    });
    if (updated.count !== 1) throw new StaleReviewError();
    await tx.reviewLog.create({
      data: {
        cardId: card.id,
        studentId: input.studentId,
        ...next.log,
        durationMs: input.durationMs ?? null,
        source: input.source ?? "study",
        answerId: input.answerId ?? null,
      },
    });
    return { ...card, ...next.card };
  });
}

/** A card as the schedule needs it: its id and FSRS fields. */
export type ScheduledCard = CardFields & { id: string };

/** One card a quiz answer moves: created (no `before`) or updated from `before`, and its log. */
export interface QuizReview {
  target: { factId: string } | { questionId: string };
  before: ScheduledCard | null;
  card: CardFields;
  log: ReturnType<typeof scheduleReview>["log"];
}

/**
 * What a graded quiz answer does to the schedule, computed from the student's cards as read:
 * each of the question's facts, and the question itself when missed (or already carded), is
 * rated from the answer; a target without a card gets a new one, reviewed at once.
 */
export function planQuizReviews(input: {
  questionId: string;
  factIds: readonly string[];
  /** The student's cards for those facts, by fact id, and for the question. */
  factCards: ReadonlyMap<string, ScheduledCard>;
  questionCard: ScheduledCard | null;
  correct: boolean;
  now: Date;
}): QuizReview[] {
  const targets: { target: QuizReview["target"]; before: ScheduledCard | null }[] =
    input.factIds.map((factId) => ({
      target: { factId },
      before: input.factCards.get(factId) ?? null,
    }));
  if (!input.correct || input.questionCard) {
    targets.push({ target: { questionId: input.questionId }, before: input.questionCard });
  }
  const out: QuizReview[] = [];
  for (const { target, before } of targets) {
    const card = before ?? newCard(input.now);
    const rating = ratingFromQuizAnswer(card, input.correct, input.now);
    if (!rating) continue;
    const next = scheduleReview(card, rating, input.now);
    out.push({ target, before, card: next.card, log: next.log });
  }
  return out;
}

/**
 * Feeds a graded quiz answer into the schedule: each of the question's facts, and the question
 * itself when missed, gets a card (created if need be) rated from the answer.
 */
export async function applyQuizAnswer(
  db: Database,
  input: {
    studentId: string;
    questionId: string;
    answerId: string;
    correct: boolean;
    now: Date;
    /** The question's key facts, when the caller has them already (saves a query). */
    factIds?: readonly string[];
  },
): Promise<number> {
  let factIds = input.factIds;
  if (!factIds) {
    const question = await db.question.findUnique({
      where: { id: input.questionId },
      select: { facts: { select: { factId: true } } },
    });
    if (!question) return 0;
    factIds = question.facts.map((f) => f.factId);
  }
  // Every card this answer may move, in one query.
  const cards = await db.reviewCard.findMany({
    where: {
      studentId: input.studentId,
      OR: [{ factId: { in: [...factIds] } }, { questionId: input.questionId }],
    },
  });
  const questionCard = cards.find((c) => c.questionId === input.questionId);
  const targets: { factId?: string; questionId?: string; card?: ReviewCard }[] = factIds.map(
    (factId) => ({ factId, card: cards.find((c) => c.factId === factId) }),
  );
  // A missed question becomes a card of its own; one already carded keeps being scheduled.
  if (!input.correct || questionCard) {
    targets.push({ questionId: input.questionId, card: questionCard });
  }
  let moved = 0;
  for (const { card: existing, ...target } of targets) {
    let card: ReviewCard | null = existing ?? null;
    if (!card) {
      const where = target.factId
        ? { studentId_factId: { studentId: input.studentId, factId: target.factId } }
        : { studentId_questionId: { studentId: input.studentId, questionId: target.questionId! } };
      try {
        card = await db.reviewCard.create({
          data: { studentId: input.studentId, ...target, ...newCard(input.now) },
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        card = await db.reviewCard.findUnique({ where });
      }
    }
    // A card another answer moved at the same moment keeps that review.
    if (card && (await reviewFromQuiz(db, card, input)) === "reviewed") moved += 1;
  }
  return moved;
}

/**
 * Rates one of the student's cards from a graded quiz answer: "unmoved" when the answer does not
 * move it, "stale" when another request moved it since `card` was read.
 */
async function reviewFromQuiz(
  db: Database,
  card: ReviewCard,
  input: { studentId: string; answerId: string; correct: boolean; now: Date },
): Promise<"reviewed" | "unmoved" | "stale"> {
  const rating = ratingFromQuizAnswer(card as CardFields, input.correct, input.now);
  if (!rating) return "unmoved";
  try {
    await recordReview(db, {
      cardId: card.id,
      studentId: input.studentId,
      rating,
      now: input.now,
      expectedReps: card.reps,
      source: "quiz",
      answerId: input.answerId,
      card,
    });
    return "reviewed";
  } catch (e) {
    if (!(e instanceof StaleReviewError)) throw e;
    return "stale";
  }
}

/**
 * Reviews one of a quiz answer's targets from a fresh read of its card, after the card moved
 * between the answer's read and its write. Returns 1 when the card was reviewed.
 */
export async function reviewQuizTargetAgain(
  db: Database,
  input: {
    studentId: string;
    target: QuizReview["target"];
    answerId: string;
    correct: boolean;
    now: Date;
  },
): Promise<number> {
  const where =
    "factId" in input.target
      ? { studentId_factId: { studentId: input.studentId, factId: input.target.factId } }
      : {
          studentId_questionId: { studentId: input.studentId, questionId: input.target.questionId },
        };
  for (let attempt = 0; attempt < 5; attempt++) {
    const card = await db.reviewCard.findUnique({ where });
    const outcome = card ? await reviewFromQuiz(db, card, input) : "unmoved";
    if (outcome !== "stale") return outcome === "reviewed" ? 1 : 0;
  }
  return 0;
}

/** Cards due before `until` (reviews first, then up to `newLimit` new cards), oldest due first. */
export async function dueCards(
  db: Database,
  input: { studentId: string; until: Date; newLimit: number; articleId?: string },
) {
  const scope = input.articleId
    ? {
        OR: [
          { fact: { articleId: input.articleId } },
          { question: { articleId: input.articleId } },
        ],
      }
    : {};
  const select = { id: true, ...cardFieldsSelect, factId: true, questionId: true } as const;
  const [reviews, fresh] = await Promise.all([
    db.reviewCard.findMany({
      where: {
        studentId: input.studentId,
        state: { not: "new" },
        // Before, as cardStatus counts: a card due at midnight belongs to tomorrow.
        due: { lt: input.until },
        ...scope,
      },
      orderBy: [{ due: "asc" }, { id: "asc" }],
      select,
    }),
    db.reviewCard.findMany({
      where: { studentId: input.studentId, state: "new", ...scope },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: input.newLimit,
      select,
    }),
  ]);
  return [...reviews, ...fresh];
}
