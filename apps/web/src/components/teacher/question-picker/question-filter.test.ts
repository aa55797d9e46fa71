import { describe, expect, it } from "vitest";
import { matchesFilter } from "./question-filter";

const question = {
  type: "cloze",
  difficulty: "medium",
  prompt: "The river floods every ____ in spring.",
} as const;

describe("matchesFilter", () => {
  it("lets every question through an empty filter", () => {
    expect(matchesFilter(question, {})).toBe(true);
    expect(matchesFilter(question, { type: "", difficulty: "", search: "  " })).toBe(true);
  });

  it.each([
    [{ type: "cloze" }, true],
    [{ type: "open" }, false],
    [{ difficulty: "medium" }, true],
    [{ difficulty: "hard" }, false],
    [{ type: "cloze", difficulty: "hard" }, false],
  ] as const)("matches %o: %s", (filter, expected) => {
    expect(matchesFilter(question, filter)).toBe(expected);
  });

  it("searches the prompt ignoring case and the spaces around the words", () => {
    expect(matchesFilter(question, { search: " RIVER floods " })).toBe(true);
    expect(matchesFilter(question, { search: "lake" })).toBe(false);
  });
});
