// Spaced repetition through ts-fsrs: a card's next review after a rating, and what a quiz answer
// does to the schedule. The scheduler is the library's; nothing here computes intervals itself.
import { createEmptyCard, fsrs, generatorParameters, Rating, type Grade } from "ts-fsrs";
import {
  fromFsrsCard,
  fromFsrsLog,
  toFsrsCard,
  type CardFields,
  type LogFields,
} from "./card-fields";

export type StudyRating = "again" | "hard" | "good" | "easy";

/**
 * The scheduler's options (ts-fsrs 5.4; the rest are its defaults: retention 0.9, FSRS-6 weights).
 * - No fuzz: the same history gives the same schedule, on every server and in every test.
 * - No short-term (re)learning steps (`enable_short_term: false`, which makes ts-fsrs skip
 *   `learning_steps` and `relearning_steps`): with its default steps (1m, 10m; relearning 10m)
 *   Good and Easy on a card's last step both graduate it to the same one day (issue 15: "Good"
 *   and "Easy" both offering 2 days), and minute steps are pointless here anyway, as Study's
 *   queue is a day's cards worked through as it stood when the session began. Without them
 *   every rating is a whole number of days, ordered Again < Hard < Good < Easy in every state
 *   (a new card: 1, 2, 3 and 8 days), and a missed card comes back the next day.
 */
export const SCHEDULER_OPTIONS = { enable_fuzz: false, enable_short_term: false } as const;

const scheduler = fsrs(generatorParameters(SCHEDULER_OPTIONS));

const RATINGS: Record<StudyRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

/** A card never studied, due now. */
export function newCard(now: Date): CardFields {
  return fromFsrsCard(createEmptyCard(now));
}

/** The card after a review with `rating` at `now`, and the log ts-fsrs keeps of it. */
export function scheduleReview(
  card: CardFields,
  rating: StudyRating,
  now: Date,
): { card: CardFields; log: LogFields } {
  const next = scheduler.next(toFsrsCard(card), now, RATINGS[rating]);
  return { card: fromFsrsCard(next.card), log: fromFsrsLog(next.log) };
}

/** The next due date for each rating, to label the buttons ("Good · 3 days"). */
export function previewIntervals(card: CardFields, now: Date): Record<StudyRating, Date> {
  const preview = scheduler.repeat(toFsrsCard(card), now);
  return {
    again: preview[Rating.Again].card.due,
    hard: preview[Rating.Hard].card.due,
    good: preview[Rating.Good].card.due,
    easy: preview[Rating.Easy].card.due,
  };
}

/**
 * What a quiz answer does to a card: a wrong answer is an "again" (the card comes forward); a
 * right answer counts as "good" only when the card was due anyway, so quizzing does not push
 * reviews out early.
 */
export function ratingFromQuizAnswer(
  card: CardFields,
  correct: boolean,
  now: Date,
): StudyRating | null {
  if (!correct) return "again";
  return card.state === "new" || card.due <= now ? "good" : null;
}
