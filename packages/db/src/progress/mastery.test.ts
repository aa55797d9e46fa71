import { createEmptyCard, fsrs, Rating, type Card, type Grade } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { fromFsrsCard } from "./card-fields";
import { classifyMastery, MASTERED_RETRIEVABILITY } from "./mastery";
import { newCard, scheduleReview } from "./scheduling";

const DAY = 86_400_000;
const start = new Date("2030-03-01T09:00:00Z");
const scheduler = fsrs();

/** Reviews a fresh card with each rating on the day it falls due; returns the stored fields. */
function reviewed(ratings: Grade[]) {
  let card: Card = createEmptyCard(start);
  let at = start;
  for (const rating of ratings) {
    at = new Date(Math.max(at.getTime(), card.due.getTime()));
    card = scheduler.next(card, at, rating).card;
  }
  return { row: fromFsrsCard(card), lastReview: at };
}

describe("classifyMastery", () => {
  it("calls a fact never reviewed nor answered new", () => {
    expect(classifyMastery({ card: null, recentAnswers: [], now: start })).toEqual({
      level: "new",
      retrievability: null,
    });
  });

  it("calls a card just failed learning", () => {
    const { row, lastReview } = reviewed([Rating.Again]);
    expect(classifyMastery({ card: row, recentAnswers: [], now: lastReview }).level).toBe(
      "learning",
    );
  });

  it("calls a card recalled well several times mastered while its retrievability stays high", () => {
    const { row, lastReview } = reviewed([Rating.Good, Rating.Good, Rating.Good, Rating.Good]);
    const soon = classifyMastery({
      card: row,
      recentAnswers: [true],
      now: new Date(lastReview.getTime() + DAY),
    });
    expect(soon.level).toBe("mastered");
    expect(soon.retrievability).toBeGreaterThanOrEqual(MASTERED_RETRIEVABILITY);
    // Long unreviewed, recall drops below the bar and the fact is back to learning.
    const muchLater = classifyMastery({
      card: row,
      recentAnswers: [true],
      now: new Date(lastReview.getTime() + 400 * DAY),
    });
    expect(muchLater.level).toBe("learning");
    expect(muchLater.retrievability).toBeLessThan(MASTERED_RETRIEVABILITY);
  });

  it("lets a recent wrong answer hold back mastery of a well-reviewed card", () => {
    const { row, lastReview } = reviewed([Rating.Good, Rating.Good, Rating.Good, Rating.Good]);
    const now = new Date(lastReview.getTime() + DAY);
    expect(classifyMastery({ card: row, recentAnswers: [false, true], now }).level).toBe(
      "learning",
    );
    expect(classifyMastery({ card: row, recentAnswers: [true, true, false], now }).level).toBe(
      "mastered",
    );
  });

  it("counts three right answers in a row as mastery when the fact was never reviewed", () => {
    expect(
      classifyMastery({ card: null, recentAnswers: [true, true, true], now: start }).level,
    ).toBe("mastered");
    expect(classifyMastery({ card: null, recentAnswers: [true, true], now: start }).level).toBe(
      "learning",
    );
    expect(
      classifyMastery({ card: null, recentAnswers: [true, false, true], now: start }).level,
    ).toBe("learning");
  });

  it("reports no recall right after a miss: never 100% beside two wrong answers (issue 15)", () => {
    // Well learned, then missed twice in a quiz: each wrong answer was an Again on the card.
    let card = reviewed([Rating.Good, Rating.Good, Rating.Good, Rating.Good]).row;
    let at = card.due;
    for (let i = 0; i < 2; i++) {
      card = scheduleReview(card, "again", at).card;
      at = new Date(at.getTime() + 60_000);
    }
    const now = new Date(at.getTime() + 3_600_000);
    const after = classifyMastery({
      card,
      lastRating: "again",
      recentAnswers: [false, false],
      now,
    });
    expect(after).toEqual({ level: "learning", retrievability: null });
    // Recalled again in Study: FSRS's estimate is back.
    const studied = scheduleReview(card, "good", now).card;
    const recalled = classifyMastery({
      card: studied,
      lastRating: "good",
      recentAnswers: [false, false],
      now,
    });
    expect(recalled.retrievability).toBeGreaterThan(0.9);
    expect(recalled.level).toBe("learning");
  });

  it("does not call one Good or Again in Study mastery, though the card is in review", () => {
    const now = new Date(start.getTime() + 3_600_000);
    for (const rating of ["again", "hard", "good"] as const) {
      const card = scheduleReview(newCard(start), rating, start).card;
      expect(card.state).toBe("review");
      expect(classifyMastery({ card, lastRating: rating, recentAnswers: [], now }).level).toBe(
        "learning",
      );
    }
  });
});
