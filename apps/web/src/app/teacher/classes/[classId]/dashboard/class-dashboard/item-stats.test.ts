import { describe, expect, it } from "vitest";
import { FEW_ATTEMPTS, discriminationWord, wrongOptions } from "./item-stats";

describe("discriminationWord", () => {
  it("reads an index as Moodle does", () => {
    expect(discriminationWord(-0.1, 20)).toEqual({
      word: "Negative: check the answer key",
      tone: "danger",
    });
    expect(discriminationWord(0.1, 20)).toEqual({ word: "Weak", tone: "warning" });
    expect(discriminationWord(0.2, 20)).toEqual({ word: "Fair", tone: "neutral" });
    expect(discriminationWord(0.3, 20)).toEqual({ word: "Good", tone: "success" });
  });

  it("does not judge without spread or with too few students", () => {
    expect(discriminationWord(null, 20).word).toBe("Not enough spread");
    expect(discriminationWord(-0.5, FEW_ATTEMPTS - 1).word).toBe("Too few students to judge");
    expect(discriminationWord(0.5, FEW_ATTEMPTS).word).toBe("Good");
  });
});

describe("wrongOptions", () => {
  it("leaves out the correct answer and puts the most chosen first", () => {
    expect(wrongOptions({ Paris: 9, Lyon: 1, Nice: 3 }, "Paris")).toEqual([
      ["Nice", 3],
      ["Lyon", 1],
    ]);
    expect(wrongOptions({ Paris: 9 }, "Paris")).toEqual([]);
  });
});
