import { describe, expect, it } from "vitest";
import {
  byDisabled,
  CLEAR_FILTERS,
  factOption,
  isFiltered,
  readFilters,
  withParams,
} from "./bank-params";

const read = (query: string) => readFilters(new URLSearchParams(query));

describe("readFilters", () => {
  it("reads the filters in the address", () => {
    expect(read("type=true_false&difficulty=hard&review=pending&fact=f1&status=disabled")).toEqual({
      type: "true_false",
      difficulty: "hard",
      review: "pending",
      factId: "f1",
      status: "disabled",
    });
  });

  it("counts unknown or empty values as no filter", () => {
    expect(read("type=essay&difficulty=extreme&review=maybe&fact=&status=gone")).toEqual({
      type: undefined,
      difficulty: undefined,
      review: undefined,
      factId: undefined,
      status: "all",
    });
  });
});

describe("withParams", () => {
  it("sets and removes parameters, keeping the rest", () => {
    expect(withParams("article=a1&type=cloze", { type: undefined, fact: "f2" })).toBe(
      "?article=a1&fact=f2",
    );
  });

  it("is empty when nothing is left", () => {
    expect(withParams("type=cloze&review=accepted", CLEAR_FILTERS)).toBe("");
  });
});

describe("isFiltered", () => {
  it("is true when any filter narrows the list", () => {
    expect(isFiltered(read(""))).toBe(false);
    expect(isFiltered(read("article=a1"))).toBe(false);
    expect(isFiltered(read("status=active"))).toBe(true);
    expect(isFiltered(read("fact=f1"))).toBe(true);
  });
});

describe("byDisabled", () => {
  const entries = [
    { id: "a", disabled: false },
    { id: "b", disabled: true },
  ];
  it("keeps all, those in use, or the disabled ones", () => {
    expect(byDisabled(entries, "all").map((e) => e.id)).toEqual(["a", "b"]);
    expect(byDisabled(entries, "active").map((e) => e.id)).toEqual(["a"]);
    expect(byDisabled(entries, "disabled").map((e) => e.id)).toEqual(["b"]);
  });
});

describe("factOption", () => {
  it("numbers a fact and cuts one over 110 characters to 107 and an ellipsis", () => {
    expect(factOption("Short.", 0)).toBe("1. Short.");
    expect(factOption("x".repeat(110), 1)).toBe(`2. ${"x".repeat(110)}`);
    expect(factOption("x".repeat(111), 2)).toBe(`3. ${"x".repeat(107)}…`);
  });
});
