"use client";
// Dates for teachers and students alike, in the viewer's locale (lib/locale-format.ts) and own
// time zone. The server cannot know the zone, so the first render (server and hydration) shows
// UTC and the browser then swaps in local time without a mismatch.
import { useHydrated } from "~/hooks/use-hydrated";
import {
  FALLBACK_LOCALE,
  formatDate as formatDateIn,
  relativeTime,
  type DateStyle,
} from "~/lib/locale-format";
import { useLocale } from "~/lib/use-locale";

/** For text made in the browser (a notice after a click): its own locale and zone. */
export function formatDate(value: Date, style: DateStyle = "datetime"): string {
  const locale = typeof navigator === "undefined" ? FALLBACK_LOCALE : navigator.language;
  return formatDateIn(value, style, locale);
}

/** "Thu, 12 Mar 2026, 9:30" or "Thu, Mar 12, 2026, 9:30 AM", as the viewer's locale writes it. */
export function DateTime({
  value,
  style = "datetime",
}: {
  value: Date | string;
  style?: DateStyle;
}) {
  const hydrated = useHydrated();
  const locale = useLocale();
  const date = typeof value === "string" ? new Date(value) : value;
  return (
    <time dateTime={date.toISOString()}>
      {hydrated
        ? formatDateIn(date, style, locale)
        : `${formatDateIn(date, style, locale, "UTC")} UTC`}
    </time>
  );
}

/** The same date format on student pages (due dates, submissions). */
export function LocalTime({ date, dayOnly = false }: { date: Date; dayOnly?: boolean }) {
  return <DateTime value={date} style={dayOnly ? "date" : "datetime"} />;
}

/** How far away a date is, once in the browser (the server's clock and zone would be stale). */
export function TimeUntil({ date }: { date: Date }) {
  const hydrated = useHydrated();
  const locale = useLocale();
  return hydrated ? <>{relativeTime(date, new Date(), locale)}</> : null;
}

/** "3 days ago", with the exact time on hover; the date alone until hydrated. */
export function Ago({ value }: { value: Date | null }) {
  const hydrated = useHydrated();
  const locale = useLocale();
  if (!value) return <span className="text-slate-700">Never</span>;
  return (
    <time
      dateTime={value.toISOString()}
      title={hydrated ? formatDateIn(value, "datetime", locale) : undefined}
    >
      {hydrated
        ? relativeTime(value, new Date(), locale)
        : formatDateIn(value, "date", locale, "UTC")}
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
