"use client";
// Dates in the viewer's own time zone. The server cannot know it, so the first render (server
// and hydration) shows UTC and the browser then swaps in local time without a mismatch.
import { useHydrated } from "~/hooks/use-hydrated";

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

/** "12 Mar 2026, 09:30" (teacher pages). */
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

/** "Tue 12 Mar, 9:30" in the viewer's own locale (student pages: due dates, submissions). */
export function LocalTime({ date, dayOnly = false }: { date: Date; dayOnly?: boolean }) {
  const hydrated = useHydrated();
  const text = hydrated ? (dayOnly ? LOCAL_DAY : LOCAL).format(date) : `${UTC.format(date)} UTC`;
  return <time dateTime={date.toISOString()}>{text}</time>;
}

const UNTIL = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });

/** "in 3 days", "tomorrow", "in 5 hours": how far away a date is, in minutes, hours or days. */
export function timeUntil(date: Date, now: Date = new Date()): string {
  const minutes = Math.round((date.getTime() - now.getTime()) / 60_000);
  if (Math.abs(minutes) < 60) return UNTIL.format(minutes, "minute");
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return UNTIL.format(hours, "hour");
  return UNTIL.format(Math.round(hours / 24), "day");
}

/** How far away a date is, once in the browser (the server's clock and zone would be stale). */
export function TimeUntil({ date }: { date: Date }) {
  const hydrated = useHydrated();
  return hydrated ? <>{timeUntil(date)}</> : null;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400_000],
  ["month", 30 * 86_400_000],
  ["week", 7 * 86_400_000],
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

/** "3 days ago", "last week", "just now": the largest whole unit. */
export function timeAgo(value: Date, now: Date): string {
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
      {hydrated ? timeAgo(value, new Date()) : formatDate(value, "date", "UTC")}
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
