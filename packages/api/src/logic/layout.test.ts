import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildLayout, parseLayout, shuffle } from "./layout";

/** A source of randomness that replays the given choices (each taken modulo its bound). */
function replay(choices: readonly number[]) {
  let i = 0;
  return (max: number) => (choices[i++] ?? 0) % max;
}

describe("shuffle", () => {
  it("returns a permutation and leaves its input alone", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.array(fc.nat(), { maxLength: 50 }), (xs, choices) => {
        const copy = [...xs];
        const out = shuffle(xs, replay(choices));
        expect(xs).toEqual(copy);
        expect([...out].sort((a, b) => a - b)).toEqual([...xs].sort((a, b) => a - b));
      }),
    );
  });

  it("is Fisher–Yates: asks for j in [0, i] from the end, and swaps", () => {
    const bounds: number[] = [];
    const out = shuffle(["a", "b", "c", "d"], (max) => {
      bounds.push(max);
      return 0;
    });
    expect(bounds).toEqual([4, 3, 2]);
    expect(out).toEqual(["b", "c", "d", "a"]);
  });

  it("reaches every ordering, each from exactly one sequence of choices", () => {
    const seen = new Set<string>();
    for (let a = 0; a < 3; a++)
      for (let b = 0; b < 2; b++) seen.add(shuffle([1, 2, 3], replay([a, b])).join(""));
    expect([...seen].sort()).toEqual(["123", "132", "213", "231", "312", "321"]);
  });
});

describe("buildLayout", () => {
  const questions = [
    { id: "q1", optionCount: 4 },
    { id: "q2", optionCount: 0 },
    { id: "q3", optionCount: 2 },
    { id: "q4", optionCount: 1 },
  ];

  it("keeps the set's order and adds no option orders when nothing is shuffled", () => {
    const layout = buildLayout(questions, { shuffleQuestions: false, shuffleOptions: false });
    expect(layout).toEqual({ questionIds: ["q1", "q2", "q3", "q4"] });
    expect("optionOrders" in layout).toBe(false);
  });

  it("shuffles the questions when asked", () => {
    const layout = buildLayout(
      questions,
      { shuffleQuestions: true, shuffleOptions: false },
      () => 0,
    );
    expect(layout.questionIds).toEqual(["q2", "q3", "q4", "q1"]);
    expect(layout.optionOrders).toBeUndefined();
  });

  it("orders options only when shuffleOptions is on, for questions with two or more", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 20 }), (choices) => {
        const layout = buildLayout(
          questions,
          { shuffleQuestions: false, shuffleOptions: true },
          replay(choices),
        );
        expect(Object.keys(layout.optionOrders!).sort()).toEqual(["q1", "q3"]);
        expect([...layout.optionOrders!.q1!].sort()).toEqual([0, 1, 2, 3]);
        expect([...layout.optionOrders!.q3!].sort()).toEqual([0, 1]);
      }),
    );
  });
});

describe("parseLayout", () => {
  it("reads a stored layout and tolerates anything else", () => {
    expect(parseLayout({ questionIds: ["a", 2], optionOrders: { a: [1, 0] } })).toEqual({
      questionIds: ["a", "2"],
      optionOrders: { a: [1, 0] },
    });
    expect(parseLayout(null)).toEqual({ questionIds: [] });
    expect(parseLayout({ questionIds: "nope" })).toEqual({ questionIds: [] });
  });
});
