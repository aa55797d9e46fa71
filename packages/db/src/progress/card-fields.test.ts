import { createEmptyCard, fsrs, generatorParameters, Rating, State } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import {
  CARD_FIELDS,
  cardFieldsSelect,
  cardFromRow,
  fromFsrsCard,
  fromFsrsLog,
  toFsrsCard,
} from "./card-fields";

const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));
const start = new Date("2031-02-01T09:00:00Z");
const DAY = 86_400_000;

/** A card rated Easy, then Again a day after it fell due: relearning, with every field set. */
function relearningCard() {
  const first = scheduler.next(createEmptyCard(start), start, Rating.Easy);
  return scheduler.next(first.card, new Date(first.card.due.getTime() + DAY), Rating.Again);
}

describe("the FSRS card mapping", () => {
  it("stores a ts-fsrs card under the database's names, and reads it back unchanged", () => {
    const { card } = relearningCard();
    const stored = fromFsrsCard(card);
    expect(Object.keys(stored).sort()).toEqual([...CARD_FIELDS].sort());
    expect(stored.state).toBe("relearning");
    expect(stored.elapsedDays).toBe(card.elapsed_days);
    expect(stored.lastReview).toEqual(card.last_review);
    expect(toFsrsCard(stored)).toEqual({
      due: card.due,
      stability: card.stability,
      difficulty: card.difficulty,
      elapsed_days: card.elapsed_days,
      scheduled_days: card.scheduled_days,
      learning_steps: card.learning_steps,
      reps: card.reps,
      lapses: card.lapses,
      state: State.Relearning,
      last_review: card.last_review,
    });
  });

  it("names every state both ways, and a card never reviewed has no last review", () => {
    const fresh = fromFsrsCard(createEmptyCard(start));
    expect(fresh).toMatchObject({ state: "new", reps: 0, lastReview: null });
    for (const state of ["new", "learning", "review", "relearning"] as const) {
      const fsrsState = toFsrsCard({ ...fresh, state }).state as State;
      expect(fromFsrsCard({ ...createEmptyCard(start), state: fsrsState }).state).toBe(state);
    }
  });

  it("stores a review log with its rating and state by name", () => {
    const { log } = relearningCard();
    const stored = fromFsrsLog(log);
    expect(stored).toMatchObject({ rating: "again", state: "review", reviewedAt: log.review });
    expect([stored.elapsedDays, stored.lastElapsedDays, stored.scheduledDays]).toEqual([
      log.elapsed_days,
      log.last_elapsed_days,
      log.scheduled_days,
    ]);
  });

  it("selects exactly the card's FSRS fields", () => {
    expect(Object.keys(cardFieldsSelect)).toEqual([...CARD_FIELDS]);
    expect(Object.values(cardFieldsSelect).every((v) => v === true)).toBe(true);
  });
});

describe("cardFromRow", () => {
  it("reads a prefixed card from a raw row, as numbers and dates whatever the driver gave", () => {
    const row = {
      c_id: "card-1",
      c_due: "2031-02-03T09:00:00.000+00:00",
      c_stability: 2.5,
      c_difficulty: 5,
      c_elapsedDays: 1n,
      c_scheduledDays: 2n,
      c_learningSteps: 0n,
      c_reps: 3n,
      c_lapses: 1n,
      c_state: "review",
      c_lastReview: new Date("2031-02-01T09:00:00Z"),
    };
    expect(cardFromRow(row, "c_")).toEqual({
      id: "card-1",
      due: new Date("2031-02-03T09:00:00Z"),
      stability: 2.5,
      difficulty: 5,
      elapsedDays: 1,
      scheduledDays: 2,
      learningSteps: 0,
      reps: 3,
      lapses: 1,
      state: "review",
      lastReview: new Date("2031-02-01T09:00:00Z"),
    });
    expect(cardFromRow({ ...row, c_lastReview: null }, "c_")?.lastReview).toBeNull();
  });

  it("is null when the row has no card under that prefix", () => {
    expect(cardFromRow({ c_id: null }, "c_")).toBeNull();
    expect(cardFromRow({}, "k_")).toBeNull();
  });
});
