// The one definition of where a review card stands for a student today ("new", "due",
// "overdue", "later"), and of the counts built on it. Study's queue and counter, the student's
// Progress page and the teacher's "falling behind" all read it from here, so they cannot
// disagree (issue 15: Study said "15 due" while Progress said "Reviews due 0").
import { dayNumber, dayStartInstant } from "./calendar";
import type { CardFields } from "./card-fields";

/**
 * new: never studied. due: scheduled before the end of the student's day (what today's Study
 * serves). overdue: a due card that was already due before today began. later: not due today.
 */
export type CardStatus = "new" | "due" | "overdue" | "later";

/** The student's day, as their clock reads it: Study serves what falls due before its end. */
export interface StudyDay {
  start: Date;
  end: Date;
}

export function studyDay(now: Date, utcOffsetMinutes = 0): StudyDay {
  const today = dayNumber(now, utcOffsetMinutes);
  return {
    start: dayStartInstant(today, utcOffsetMinutes),
    end: dayStartInstant(today + 1, utcOffsetMinutes),
  };
}

export function cardStatus(card: Pick<CardFields, "state" | "due">, day: StudyDay): CardStatus {
  if (card.state === "new") return "new";
  if (card.due < day.start) return "overdue";
  return card.due < day.end ? "due" : "later";
}

export interface StudyCounts {
  /** Reviews to do today, overdue ones included. */
  due: number;
  /** Of those, the ones due before today. */
  overdue: number;
  /** New cards today's session will bring in (at most the day's limit). */
  new: number;
}

/**
 * What today's Study holds for these cards: every due review and up to `newLimit` new cards.
 * Counting the cards a session has left gives the counter its live figures.
 */
export function countStudyCards(
  cards: readonly Pick<CardFields, "state" | "due">[],
  day: StudyDay,
  newLimit = Number.POSITIVE_INFINITY,
): StudyCounts {
  const counts = { due: 0, overdue: 0, new: 0 };
  for (const card of cards) {
    const status = cardStatus(card, day);
    if (status === "new") counts.new += 1;
    else if (status !== "later") counts.due += 1;
    if (status === "overdue") counts.overdue += 1;
  }
  return { ...counts, new: Math.min(counts.new, newLimit) };
}
