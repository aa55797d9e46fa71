import { describe, expect, it } from "vitest";
import { requestedTypes, typesSummary } from "./mix";

describe("requestedTypes", () => {
  it("keeps whole numbers above zero and drops blanks, zeros and fractions", () => {
    expect(
      requestedTypes({
        count: "10",
        types: { multiple_choice: "3", true_false: "", cloze: "0", open: "1.5", matching: "2" },
        difficulty: "",
      }),
    ).toEqual({ multiple_choice: 3, matching: 2 });
  });
});

describe("typesSummary", () => {
  it("says how the types relate to the count", () => {
    expect(typesSummary(0, 10)).toBe("All 10 questions are picked from any type.");
    expect(typesSummary(0, 0)).toBe("All the questions are picked from any type.");
    expect(typesSummary(7, 6)).toBe("The types add up to 7, more than the 6 asked for.");
    expect(typesSummary(6, 6)).toBe("The types add up to all 6 questions.");
    expect(typesSummary(5, 6)).toBe("The types add up to 5; the other 1 is picked from any type.");
    expect(typesSummary(3, 6)).toBe("The types add up to 3; the other 3 are picked from any type.");
  });
});
