// A review card's FSRS fields: the one list of them, and the one mapping between the database's
// names (camelCase, states and ratings by name) and ts-fsrs's (snake_case, enums by number).
import { Rating, State, type Card, type CardInput, type ReviewLog as FsrsLog } from "ts-fsrs";
import type { CardState, ReviewCard, ReviewRating } from "../../generated/sqlite/client";

/** The columns of ReviewCard that hold its FSRS state, in the schema's order. */
export const CARD_FIELDS = [
  "due",
  "stability",
  "difficulty",
  "elapsedDays",
  "scheduledDays",
  "learningSteps",
  "reps",
  "lapses",
  "state",
  "lastReview",
] as const;

export type CardField = (typeof CARD_FIELDS)[number];
export type CardFields = Pick<ReviewCard, CardField>;

/** The FSRS fields as a Prisma select. */
export const cardFieldsSelect = Object.fromEntries(CARD_FIELDS.map((f) => [f, true])) as {
  readonly [F in CardField]: true;
};

/** What ts-fsrs logs of a review, under the database's names (ReviewLog's columns). */
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

const STATE_NAMES: Record<State, CardState> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};

const STATES: Record<CardState, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

const RATING_NAMES: Record<Rating, ReviewRating> = {
  [Rating.Manual]: "manual",
  [Rating.Again]: "again",
  [Rating.Hard]: "hard",
  [Rating.Good]: "good",
  [Rating.Easy]: "easy",
};

/** The card as ts-fsrs takes it. */
export function toFsrsCard(card: CardFields): CardInput {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATES[card.state],
    last_review: card.lastReview,
  };
}

/** A ts-fsrs card as the database stores it. */
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

/** A ts-fsrs review log as the database stores it. */
export function fromFsrsLog(log: FsrsLog): LogFields {
  return {
    rating: RATING_NAMES[log.rating],
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

/**
 * The card whose fields a raw statement returned as `${prefix}${field}` (with its id), or null
 * when there is none. Drivers may give integers as bigint and times as text; FSRS wants numbers
 * and dates.
 */
export function cardFromRow(
  row: Record<string, unknown>,
  prefix: string,
): (CardFields & { id: string }) | null {
  const value = (field: string) => row[`${prefix}${field}`];
  if (value("id") == null) return null;
  const lastReview = value("lastReview");
  return {
    id: value("id") as string,
    due: new Date(value("due") as Date),
    stability: Number(value("stability")),
    difficulty: Number(value("difficulty")),
    elapsedDays: Number(value("elapsedDays")),
    scheduledDays: Number(value("scheduledDays")),
    learningSteps: Number(value("learningSteps")),
    reps: Number(value("reps")),
    lapses: Number(value("lapses")),
    state: value("state") as CardState,
    lastReview: lastReview == null ? null : new Date(lastReview as Date),
  };
}
