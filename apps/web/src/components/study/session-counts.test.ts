import { describe, expect, it } from "vitest";
import { sessionCounts, sessionCountsLabel } from "./session-counts";

const cards = [{ state: "review" }, { state: "review" }, { state: "new" }, { state: "new" }];

describe("sessionCounts", () => {
  it("starts from the whole queue", () => {
    expect(sessionCountsLabel(sessionCounts(cards, 0))).toBe("4 cards left today · 2 due · 2 new");
  });

  it("goes down as cards are rated, due first and then new", () => {
    expect(sessionCounts(cards, 1)).toEqual({ left: 3, due: 1, new: 2 });
    expect(sessionCounts(cards, 3)).toEqual({ left: 1, due: 0, new: 1 });
    expect(sessionCountsLabel(sessionCounts(cards, 3))).toBe("1 card left today · 0 due · 1 new");
  });
});
