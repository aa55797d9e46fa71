"use client";
// Dates in the reader's own time zone. The server cannot know it, so the first render (server and
// hydration) shows UTC and the browser then swaps in local time without a hydration mismatch.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** False while rendering on the server and hydrating, true once running in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

const LOCAL = new Intl.DateTimeFormat(undefined, {
  weekday: "short",
  day: "numeric",
  month: "short",
  hour: "numeric",
  minute: "2-digit",
});
const LOCAL_DAY = new Intl.DateTimeFormat(undefined, {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
});
const UTC = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

export function LocalTime({ date, dayOnly = false }: { date: Date; dayOnly?: boolean }) {
  const hydrated = useHydrated();
  const text = hydrated ? (dayOnly ? LOCAL_DAY : LOCAL).format(date) : `${UTC.format(date)} UTC`;
  return <time dateTime={date.toISOString()}>{text}</time>;
}

const RELATIVE = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });

/** "in 3 days", "tomorrow", "in 5 hours": how far away a date is, rounded to a useful unit. */
export function relativeTime(date: Date, now: Date = new Date()): string {
  const minutes = Math.round((date.getTime() - now.getTime()) / 60_000);
  if (Math.abs(minutes) < 60) return RELATIVE.format(minutes, "minute");
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return RELATIVE.format(hours, "hour");
  return RELATIVE.format(Math.round(hours / 24), "day");
}

/** The relative time, once in the browser (the server's clock and zone would be stale). */
export function RelativeTime({ date }: { date: Date }) {
  const hydrated = useHydrated();
  return hydrated ? <>{relativeTime(date)}</> : null;
}
