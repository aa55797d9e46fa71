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
 * new: never reviewed and never answered. mastered: a card in review with retrievability at
 * least 0.9 and no miss among the last two answers, or (no reviews yet) the last three answers
 * all correct. learning: anything in between.
 */
export function classifyMastery(input: {
  card: CardFields | null;
  /** Correctness of answers on the fact's questions, newest first. */
  recentAnswers: readonly boolean[];
  now: Date;
}): { level: MasteryLevel; retrievability: number | null } {
  const { card, recentAnswers, now } = input;
  const recall = retrievability(card, now);
  const reviewed = card !== null && card.reps > 0;
  if (!reviewed && recentAnswers.length === 0) return { level: "new", retrievability: recall };
  const lastTwoCorrect = recentAnswers.slice(0, 2).every(Boolean);
  if (
    reviewed &&
    card.state === "review" &&
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
