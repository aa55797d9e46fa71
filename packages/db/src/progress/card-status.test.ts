import { describe, expect, it } from "vitest";
import { cardStatus, countStudyCards, studyDay } from "./card-status";
import type { CardFields } from "./card-fields";
import { newCard, scheduleReview } from "./scheduling";

const HOUR = 3_600_000;
// 09:00 in UTC is 10:00 in Paris (UTC+1): the student's day runs 23:00 to 23:00 UTC.
const now = new Date("2026-03-03T09:00:00.000Z");
const day = studyDay(now, 60);
const at = (hoursFromNow: number) => new Date(now.getTime() + hoursFromNow * HOUR);
/** A card in review (studied three days ago) falling due at `due`. */
const review = (due: Date): CardFields => ({
  ...newCard(at(-72)),
  state: "review",
  due,
  stability: 3,
  difficulty: 5,
  scheduledDays: 3,
  reps: 2,
  lastReview: at(-72),
});

describe("studyDay", () => {
  it("runs from the student's midnight to the next", () => {
    expect(day.start.toISOString()).toBe("2026-03-02T23:00:00.000Z");
    expect(day.end.toISOString()).toBe("2026-03-03T23:00:00.000Z");
  });
});

describe("cardStatus", () => {
  it("calls a card never studied new, whatever its due date", () => {
    expect(cardStatus(newCard(at(-100)), day)).toBe("new");
    expect(cardStatus(newCard(at(100)), day)).toBe("new");
  });

  it("calls a review due any time today due, even later today", () => {
    expect(cardStatus(review(at(-1)), day)).toBe("due");
    expect(cardStatus(review(at(13)), day)).toBe("due");
  });

  it("calls one due before the student's day began overdue, and one due tomorrow later", () => {
    expect(cardStatus(review(at(-10.5)), day)).toBe("overdue");
    expect(cardStatus(review(day.end), day)).toBe("later");
    expect(cardStatus(review(at(48)), day)).toBe("later");
  });

  it("takes a card just studied out of today's reviews", () => {
    const card = review(at(-2));
    expect(cardStatus(card, day)).toBe("due");
    expect(cardStatus(scheduleReview(card, "good", now).card, day)).toBe("later");
  });
});

describe("countStudyCards", () => {
  const cards = [
    newCard(at(-1)),
    newCard(at(-1)),
    newCard(at(-1)),
    review(at(-30)),
    review(at(-1)),
    review(at(5)),
    review(at(30)),
  ];

  it("counts today's reviews (overdue included) and the new cards", () => {
    expect(countStudyCards(cards, day)).toEqual({ due: 3, overdue: 1, new: 3 });
  });

  it("brings in no more new cards than the day's limit", () => {
    expect(countStudyCards(cards, day, 2)).toEqual({ due: 3, overdue: 1, new: 2 });
  });

  it("goes down as the session's cards are reviewed", () => {
    const session = cards.filter((c) => cardStatus(c, day) !== "later");
    const before = countStudyCards(session, day);
    const studied = session.map((c, i) => (i === 3 ? scheduleReview(c, "good", now).card : c));
    const after = countStudyCards(studied, day);
    expect(after.due).toBe(before.due - 1);
    expect(after.new).toBe(before.new);
  });
});
