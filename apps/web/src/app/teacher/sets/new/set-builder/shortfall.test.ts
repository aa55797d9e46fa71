import { describe, expect, it } from "vitest";
import { shortfallInWords } from "./shortfall";

describe("shortfallInWords", () => {
  it("names each type the bank is short of, with the difficulty asked for", () => {
    expect(
      shortfallInWords({
        kind: "bank_short",
        difficulty: "hard",
        types: [
          { type: "multiple_choice", more: 1 },
          { type: "true_false", more: 2 },
        ],
        more: 0,
        notAccepted: 0,
      }),
    ).toBe("At hard difficulty, it needs 1 more multiple choice, 2 more true or false.");
  });

  it("counts questions of any type when no type falls short", () => {
    expect(
      shortfallInWords({
        kind: "bank_short",
        difficulty: null,
        types: [],
        more: 3,
        notAccepted: 0,
      }),
    ).toBe("It needs 3 more questions.");
  });

  it("says when questions waiting for review stand in the way", () => {
    expect(
      shortfallInWords({
        kind: "bank_short",
        difficulty: null,
        types: [{ type: "cloze", more: 1 }],
        more: 0,
        notAccepted: 1,
      }),
    ).toBe("It needs 1 more fill in the blank (only accepted questions count; 1 is not accepted).");
  });

  it("says when the types add up to more than the count", () => {
    expect(
      shortfallInWords({ kind: "types_exceed_count", requested: 7, count: 6, notAccepted: 2 }),
    ).toBe(
      "The types add up to 7, more than the 6 asked for (only accepted questions count; 2 are not accepted).",
    );
  });
});
