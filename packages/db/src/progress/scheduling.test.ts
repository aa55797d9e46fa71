import { describe, expect, it } from "vitest";
import type { CardFields } from "./card-fields";
import { newCard, previewIntervals, ratingFromQuizAnswer, scheduleReview } from "./scheduling";

const DAY = 86_400_000;
const start = new Date("2026-01-05T09:00:00.000Z");

/** Reviews a card with the same rating each time it falls due; returns the intervals in days. */
function intervals(ratings: ("again" | "hard" | "good" | "easy")[]): number[] {
  let card: CardFields = newCard(start);
  let now = start;
  const out: number[] = [];
  for (const r of ratings) {
    const next = scheduleReview(card, r, now);
    out.push((next.card.due.getTime() - now.getTime()) / DAY);
    card = next.card;
    now = card.due;
  }
  return out;
}

describe("scheduleReview (ts-fsrs)", () => {
  it("grows the interval with each Good once the card is in review", () => {
    const days = intervals(["good", "good", "good", "good", "good", "good"]);
    const inReview = days.slice(2);
    for (let i = 1; i < inReview.length; i++)
      expect(inReview[i]!).toBeGreaterThan(inReview[i - 1]!);
    expect(days.at(-1)!).toBeGreaterThan(20);
  });

  it("resets to a short relearning step after Again, and counts the lapse", () => {
    let card = newCard(start);
    let now = start;
    for (let i = 0; i < 5; i++) {
      card = scheduleReview(card, "good", now).card;
      now = card.due;
    }
    const before = card.scheduledDays;
    const lapsed = scheduleReview(card, "again", now);
    expect(before).toBeGreaterThan(5);
    expect(lapsed.card.state).toBe("relearning");
    expect(lapsed.card.lapses).toBe(1);
    expect((lapsed.card.due.getTime() - now.getTime()) / DAY).toBeLessThan(1);
    expect(lapsed.log).toMatchObject({ rating: "again", state: "review", reviewedAt: now });
  });

  it("orders the ratings: again < hard < good < easy", () => {
    let card = newCard(start);
    card = scheduleReview(card, "good", start).card;
    card = scheduleReview(card, "good", card.due).card;
    const p = previewIntervals(card, card.due);
    expect(p.again.getTime()).toBeLessThan(p.hard.getTime());
    expect(p.hard.getTime()).toBeLessThan(p.good.getTime());
    expect(p.good.getTime()).toBeLessThan(p.easy.getTime());
  });

  it("is deterministic: the same history gives the same schedule", () => {
    expect(intervals(["good", "hard", "good", "again", "good"])).toEqual(
      intervals(["good", "hard", "good", "again", "good"]),
    );
  });
});

describe("ratingFromQuizAnswer", () => {
  it("brings a card forward on a wrong answer and rates a right one only when due", () => {
    const fresh = newCard(start);
    expect(ratingFromQuizAnswer(fresh, false, start)).toBe("again");
    expect(ratingFromQuizAnswer(fresh, true, start)).toBe("good");
    const reviewed = scheduleReview(scheduleReview(fresh, "good", start).card, "good", start).card;
    const before = new Date(reviewed.due.getTime() - DAY);
    expect(ratingFromQuizAnswer(reviewed, true, before)).toBeNull();
    expect(ratingFromQuizAnswer(reviewed, true, reviewed.due)).toBe("good");
    expect(ratingFromQuizAnswer(reviewed, false, before)).toBe("again");
  });
});
