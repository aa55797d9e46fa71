// Spaced repetition through ts-fsrs: a card's next review after a rating, and what a quiz answer
// does to the schedule. The scheduler is the library's; nothing here computes intervals itself.
import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  Rating,
  State,
  type Card,
  type Grade,
  type ReviewLog as FsrsLog,
} from "ts-fsrs";
import type { CardState, ReviewCard, ReviewRating } from "../../generated/sqlite/client";
import { toFsrsCard } from "./mastery";

export type StudyRating = "again" | "hard" | "good" | "easy";

// No fuzz: the same history gives the same schedule, on every server and in every test.
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

const RATINGS: Record<StudyRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

const STATE_NAMES: Record<State, CardState> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};

export type CardFields = Pick<
  ReviewCard,
  | "due"
  | "stability"
  | "difficulty"
  | "elapsedDays"
  | "scheduledDays"
  | "learningSteps"
  | "reps"
  | "lapses"
  | "state"
  | "lastReview"
>;

export interface LogFields {
  rating: ReviewRating;
  state: CardState;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: Date;
}

export function fromFsrsCard(card: Card): CardFields {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_NAMES[card.state],
    lastReview: card.last_review ?? null,
  };
}

function fromFsrsLog(log: FsrsLog, rating: StudyRating): LogFields {
  return {
    rating,
    state: STATE_NAMES[log.state],
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    reviewedAt: log.review,
  };
}

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
  return { card: fromFsrsCard(next.card), log: fromFsrsLog(next.log, rating) };
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
