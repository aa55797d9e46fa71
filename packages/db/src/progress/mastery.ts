// Whether a student has mastered a key fact: FSRS retrievability of its card plus recent answers.
import { fsrs } from "ts-fsrs";
import { toFsrsCard, type CardFields } from "./card-fields";

export type MasteryLevel = "new" | "learning" | "mastered";

/** Retrievability at or above which a reviewed card counts as mastered (FSRS's default target). */
export const MASTERED_RETRIEVABILITY = 0.9;

const scheduler = fsrs();

/** Probability of recall now, or null for a card never reviewed. */
export function retrievability(card: CardFields | null, now: Date): number | null {
  if (!card || card.state === "new" || !card.lastReview) return null;
  return scheduler.get_retrievability(toFsrsCard(card), now, false);
}

/**
 * Stability (days until recall falls to 90%) a card needs before it counts as mastered: a week.
 * Without short-term steps (scheduling.ts) a single Good puts a new card in review with recall
 * near 100% for the moment; only a memory that lasts a week is mastered.
 */
export const MASTERED_STABILITY_DAYS = 7;

/**
 * new: never reviewed and never answered. mastered: a card in review whose last review was not a
 * miss, stable for a week, with retrievability at least 0.9 and no miss among the last two
 * answers, or (no reviews yet) the last three answers all correct. learning: anything in between.
 *
 * The recall reported is FSRS's retrievability, except right after a miss: a card just rated
 * Again (in Study, or by a wrong quiz answer) has been shown its answer, so FSRS puts its recall
 * near 100% for the next hours; shown beside "✗ ✗" that reads as a contradiction (issue 15), so
 * it is null until the student next recalls it. (A wrong quiz answer is always an Again.)
 */
export function classifyMastery(input: {
  card: CardFields | null;
  /** The rating of the card's latest review, when the caller knows it. */
  lastRating?: string | null;
  /** Correctness of answers on the fact's questions, newest first. */
  recentAnswers: readonly boolean[];
  now: Date;
}): { level: MasteryLevel; retrievability: number | null } {
  const { card, recentAnswers, now } = input;
  const recall = input.lastRating === "again" ? null : retrievability(card, now);
  const reviewed = card !== null && card.reps > 0;
  if (!reviewed && recentAnswers.length === 0) return { level: "new", retrievability: recall };
  const lastTwoCorrect = recentAnswers.slice(0, 2).every(Boolean);
  if (
    reviewed &&
    card.state === "review" &&
    card.stability >= MASTERED_STABILITY_DAYS &&
    recall !== null &&
    recall >= MASTERED_RETRIEVABILITY &&
    lastTwoCorrect
  ) {
    return { level: "mastered", retrievability: recall };
  }
  if (!reviewed && recentAnswers.length >= 3 && recentAnswers.slice(0, 3).every(Boolean)) {
    return { level: "mastered", retrievability: recall };
  }
  return { level: "learning", retrievability: recall };
}
