"use client";
// Dates in the viewer's own time zone. The server renders UTC (it cannot know the zone), and the
// browser switches to local time once hydrated, so the two renders never disagree.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** False during the server render and hydration, true after. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

const FORMATS = {
  date: { day: "numeric", month: "short", year: "numeric" },
  datetime: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export function formatDate(
  value: Date,
  style: keyof typeof FORMATS = "datetime",
  timeZone?: string,
): string {
  return new Intl.DateTimeFormat("en-GB", { ...FORMATS[style], timeZone }).format(value);
}

export function DateTime({
  value,
  style = "datetime",
}: {
  value: Date | string;
  style?: keyof typeof FORMATS;
}) {
  const hydrated = useHydrated();
  const date = typeof value === "string" ? new Date(value) : value;
  return (
    <time dateTime={date.toISOString()}>
      {hydrated ? formatDate(date, style) : `${formatDate(date, style, "UTC")} UTC`}
    </time>
  );
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400_000],
  ["month", 30 * 86_400_000],
  ["week", 7 * 86_400_000],
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

export function relativeTime(value: Date, now: Date): string {
  const diff = value.getTime() - now.getTime();
  const rtf = new Intl.RelativeTimeFormat("en-GB", { numeric: "auto" });
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return rtf.format(Math.round(diff / ms), unit);
  }
  return "just now";
}

/** "3 days ago", with the exact time on hover; the date alone until hydrated. */
export function Ago({ value }: { value: Date | null }) {
  const hydrated = useHydrated();
  if (!value) return <span className="text-slate-700">Never</span>;
  return (
    <time dateTime={value.toISOString()} title={formatDate(value)}>
      {hydrated ? relativeTime(value, new Date()) : formatDate(value, "date", "UTC")}
    </time>
  );
}

/** The viewer's offset from UTC in minutes, as the progress API takes it (UTC+1 → 60). */
export function viewerUtcOffset(): number {
  return typeof window === "undefined" ? 0 : -new Date().getTimezoneOffset();
}

/** A Date as a datetime-local input's value, in local time. */
export function toLocalInput(value: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}T${pad(value.getHours())}:${pad(value.getMinutes())}`;
}
