import { describe, expect, it } from "vitest";
import { weeksSpanned } from "./calendar";

describe("weeksSpanned", () => {
  // Wednesday 4 March 2026; the week began on Monday 2 March.
  const now = new Date("2026-03-04T10:00:00.000Z");

  it("is one week for a class created this week, even this minute", () => {
    expect(weeksSpanned(now, now)).toBe(1);
    expect(weeksSpanned(new Date("2026-03-02T00:00:00.000Z"), now)).toBe(1);
  });

  it("counts the weeks back to the one the class was created in", () => {
    expect(weeksSpanned(new Date("2026-03-01T23:59:00.000Z"), now)).toBe(2);
    expect(weeksSpanned(new Date("2026-01-05T09:00:00.000Z"), now)).toBe(9);
  });

  it("follows the viewer's calendar", () => {
    // Sunday 23:30 in UTC is already Monday in Paris: the same week as now.
    const sundayNight = new Date("2026-03-01T23:30:00.000Z");
    expect(weeksSpanned(sundayNight, now, 0)).toBe(2);
    expect(weeksSpanned(sundayNight, now, 60)).toBe(1);
  });
});
