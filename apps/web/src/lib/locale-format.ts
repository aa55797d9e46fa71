// Dates and numbers, one way for everyone: in the viewer's own locale (the browser's language,
// which the server reads from Accept-Language so both renders agree) and, for times, time zone.

/** When a request names no language we can use. */
export const FALLBACK_LOCALE = "en";

/** The browser's first usable language from an Accept-Language header: "de-CH,de;q=0.9" → "de-CH". */
export function localeFromAcceptLanguage(header: string | null | undefined): string {
  const ranked = (header ?? "")
    .split(",")
    .map((part, i) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((r) => r.tag && r.tag !== "*" && r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical && Intl.DateTimeFormat.supportedLocalesOf(canonical).length) return canonical;
    } catch {
      // not a language tag: try the next
    }
  }
  return FALLBACK_LOCALE;
}

const DATE_STYLES = {
  /** "12 Mar 2026" / "Mar 12, 2026" */
  date: { day: "numeric", month: "short", year: "numeric" },
  /** "Thu, 12 Mar 2026, 9:30" / "Thu, Mar 12, 2026, 9:30 AM" */
  datetime: {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
  },
  /** "12 Mar" / "Mar 12": a week's first day on a chart. */
  dayMonth: { day: "numeric", month: "short" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof DATE_STYLES;

/** A date in `locale`; in `timeZone` when given, else the viewer's own zone. */
export function formatDate(
  value: Date,
  style: DateStyle,
  locale: string,
  timeZone?: string,
): string {
  return new Intl.DateTimeFormat(locale, { ...DATE_STYLES[style], timeZone }).format(value);
}

/** 11280 → "11,280" in English, "11.280" in German. */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

const UNTIL_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400_000],
  ["month", 30 * 86_400_000],
  ["week", 7 * 86_400_000],
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

/** "3 days ago", "in 5 hours", "tomorrow": the largest whole unit; "now" under a minute. */
export function relativeTime(value: Date, now: Date, locale: string): string {
  const diff = value.getTime() - now.getTime();
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  for (const [unit, ms] of UNTIL_UNITS) {
    if (Math.abs(diff) >= ms) return rtf.format(Math.round(diff / ms), unit);
  }
  return rtf.format(0, "second");
}
