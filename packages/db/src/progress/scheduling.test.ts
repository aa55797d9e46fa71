import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { fromFsrsCard, type CardFields } from "./card-fields";
import {
  newCard,
  previewIntervals,
  ratingFromQuizAnswer,
  scheduleReview,
  type StudyRating,
} from "./scheduling";

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

  it("brings a lapsed card back much sooner, and counts the lapse", () => {
    let card = newCard(start);
    let now = start;
    for (let i = 0; i < 5; i++) {
      card = scheduleReview(card, "good", now).card;
      now = card.due;
    }
    const before = card.scheduledDays;
    const lapsed = scheduleReview(card, "again", now);
    expect(before).toBeGreaterThan(5);
    expect(lapsed.card.lapses).toBe(1);
    expect(lapsed.card.scheduledDays).toBeLessThan(before);
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

/** Days from `now` each rating would schedule the card for. */
function previewDays(card: CardFields, now: Date): Record<StudyRating, number> {
  const p = previewIntervals(card, now);
  const days = (d: Date) => (d.getTime() - now.getTime()) / DAY;
  return { again: days(p.again), hard: days(p.hard), good: days(p.good), easy: days(p.easy) };
}

function expectOrdered(days: Record<StudyRating, number>) {
  expect(days.hard).toBeGreaterThanOrEqual(days.again);
  expect(days.good).toBeGreaterThanOrEqual(days.hard);
  expect(days.easy).toBeGreaterThan(days.good);
}

describe("the four ratings on every kind of card (issue 15)", () => {
  // Cards in learning and relearning, as ts-fsrs's default short-term steps left them in the
  // database before issue 15 (and as a student would meet them in Study).
  const steps = fsrs(generatorParameters({ enable_fuzz: false }));
  const stepped = (ratings: Grade[]): { card: CardFields; now: Date } => {
    let card: Card = createEmptyCard(start);
    let now = start;
    for (const r of ratings) {
      card = steps.next(card, now, r).card;
      now = new Date(card.due.getTime() + 60_000);
    }
    return { card: fromFsrsCard(card), now };
  };

  it("gives Easy a longer interval than Good on a new card, and Good at least Hard's", () => {
    const days = previewDays(newCard(start), start);
    expectOrdered(days);
    expect(days).toEqual({ again: 1, hard: 2, good: 3, easy: 8 });
  });

  it("orders them on cards in learning and relearning", () => {
    // A student who missed a new fact then knew it; one who knew it, then forgot it twice.
    const learning = stepped([Rating.Again, Rating.Good]);
    expect(learning.card.state).toBe("learning");
    expectOrdered(previewDays(learning.card, learning.now));
    const relearning = stepped([Rating.Easy, Rating.Again, Rating.Again]);
    expect(relearning.card.state).toBe("relearning");
    expectOrdered(previewDays(relearning.card, relearning.now));
  });

  it("orders them on cards in review, on time, early and late, over many histories", () => {
    const ratings: StudyRating[] = ["again", "hard", "good", "easy"];
    let seed = 15;
    const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
    for (let history = 0; history < 300; history++) {
      let card = newCard(start);
      let now = start;
      for (let step = 0; step < 8; step++) {
        expectOrdered(previewDays(card, now));
        card = scheduleReview(card, ratings[Math.floor(random() * 4)]!, now).card;
        expect(card.state).toBe("review");
        // The next review anywhere from just after this one to half as late again as due.
        const span = card.due.getTime() - now.getTime();
        now = new Date(now.getTime() + Math.max(60_000, span * random() * 1.5));
      }
    }
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
