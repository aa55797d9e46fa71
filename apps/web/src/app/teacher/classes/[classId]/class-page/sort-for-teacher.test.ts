import { describe, expect, it } from "vitest";
import { sortForTeacher } from "./sort-for-teacher";

const now = Date.parse("2026-03-10T12:00:00Z");
const day = 24 * 60 * 60 * 1000;
const a = (id: string, opens: number, due: number | null) => ({
  id,
  opensAt: new Date(now + opens * day),
  dueAt: due === null ? null : new Date(now + due * day),
});

describe("sortForTeacher", () => {
  it("puts open ones first (soonest due, no due date last), then upcoming, then closed latest first", () => {
    const list = [
      a("closed-old", -20, -10),
      a("upcoming", 2, 9),
      a("open-no-due", -1, null),
      a("closed-recent", -9, -1),
      a("open-soon", -3, 1),
      a("open-later", -3, 5),
    ];
    expect(sortForTeacher(list, now).map((x) => x.id)).toEqual([
      "open-soon",
      "open-later",
      "open-no-due",
      "upcoming",
      "closed-recent",
      "closed-old",
    ]);
    expect(list[0]!.id).toBe("closed-old");
  });
});
