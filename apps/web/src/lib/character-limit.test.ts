import { describe, expect, it } from "vitest";
import { limitCount, limitState, overLimitError } from "./character-limit";

describe("a written answer's limit", () => {
  it("says nothing until 90% of the limit is used, then counts", () => {
    expect(limitState(4499, 5000)).toBe("quiet");
    expect(limitCount(4499, 5000, "en")).toBeNull();
    expect(limitState(4500, 5000)).toBe("near");
    expect(limitCount(4612, 5000, "en")).toBe("4,612 of 5,000 characters");
    expect(limitCount(5000, 5000, "en")).toBe("5,000 of 5,000 characters");
  });

  it("past the limit says by how much, and refuses rather than cutting", () => {
    expect(limitState(11280, 5000)).toBe("over");
    expect(limitCount(11280, 5000, "en")).toBe("11,280 of 5,000 characters: 6,280 too many");
    expect(overLimitError(5000, 5000, "en")).toBeNull();
    expect(overLimitError(11280, 5000, "en")).toBe(
      "Your answer is 11,280 characters long and can be at most 5,000. Shorten it by 6,280 to submit it; nothing you typed is lost.",
    );
    expect(limitCount(11280, 5000, "de")).toBe("11.280 of 5.000 characters: 6.280 too many");
  });
});
