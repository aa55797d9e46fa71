import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, localeFromAcceptLanguage, relativeTime } from "./locale-format";

describe("localeFromAcceptLanguage", () => {
  it("takes the browser's first language by weight", () => {
    expect(localeFromAcceptLanguage("de-CH,de;q=0.9,en;q=0.8")).toBe("de-CH");
    expect(localeFromAcceptLanguage("en;q=0.5, fr-FR")).toBe("fr-FR");
    expect(localeFromAcceptLanguage("en-us")).toBe("en-US");
  });

  it("falls back to English when the header names nothing usable", () => {
    expect(localeFromAcceptLanguage(null)).toBe("en");
    expect(localeFromAcceptLanguage("*")).toBe("en");
    expect(localeFromAcceptLanguage("not a tag!!")).toBe("en");
  });
});

describe("one format for teachers and students alike", () => {
  const at = new Date("2026-03-12T09:30:00Z");

  it("writes a date the way the viewer's locale does", () => {
    expect(formatDate(at, "date", "en-GB", "UTC")).toBe("12 Mar 2026");
    expect(formatDate(at, "date", "en-US", "UTC")).toBe("Mar 12, 2026");
    expect(formatDate(at, "datetime", "en-GB", "UTC")).toBe("Thu, 12 Mar 2026, 9:30");
    expect(formatDate(at, "datetime", "en-US", "UTC")).toBe("Thu, Mar 12, 2026, 9:30 AM");
    expect(formatDate(at, "dayMonth", "de-DE", "UTC")).toBe("12. März");
  });

  it("writes numbers and relative times in the same locale", () => {
    expect(formatNumber(11280, "en-US")).toBe("11,280");
    expect(formatNumber(11280, "de-DE")).toBe("11.280");
    const now = new Date("2026-03-12T12:00:00Z");
    expect(relativeTime(new Date("2026-03-09T12:00:00Z"), now, "en")).toBe("3 days ago");
    expect(relativeTime(new Date("2026-03-13T12:00:00Z"), now, "en")).toBe("tomorrow");
    expect(relativeTime(now, now, "en")).toBe("now");
  });
});
