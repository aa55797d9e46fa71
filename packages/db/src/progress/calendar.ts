// Days and ISO weeks (Monday first) as the student's clock reads them, given a UTC offset.

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 in the student's local time. */
export function dayNumber(at: Date, utcOffsetMinutes = 0): number {
  return Math.floor((at.getTime() + utcOffsetMinutes * 60_000) / DAY_MS);
}

/** The day number of the Monday starting `day`'s week (1970-01-01 was a Thursday). */
export function weekStartDay(day: number): number {
  return day - ((day + 3) % 7);
}

export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The UTC instant at which local day `day` starts. */
export function dayStartInstant(day: number, utcOffsetMinutes = 0): Date {
  return new Date(day * DAY_MS - utcOffsetMinutes * 60_000);
}

/**
 * How many weeks (Monday first) from the one holding `since` to the one holding `now`, both
 * counted: a chart of a class created this week has one week, not eight before it existed.
 */
export function weeksSpanned(since: Date, now: Date, utcOffsetMinutes = 0): number {
  const first = weekStartDay(dayNumber(since, utcOffsetMinutes));
  const last = weekStartDay(dayNumber(now, utcOffsetMinutes));
  return Math.max(1, (last - first) / 7 + 1);
}
