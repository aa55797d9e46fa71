import { describe, expect, it } from "vitest";
import { analyseItems, type AttemptScores } from "./item-analysis";

function attempt(
  id: string,
  scores: Record<string, number>,
  choices: Record<string, string> = {},
): AttemptScores {
  return {
    attemptId: id,
    scores: new Map(Object.entries(scores)),
    choices: new Map(Object.entries(choices)),
  };
}

describe("analyseItems", () => {
  // Four attempts at three questions; a3 left q3 unanswered, which counts as 0.
  //        q1   q2   q3   total
  //   a1   1    1    1    3
  //   a2   1    .5   0    1.5
  //   a3   0    .5   -    0.5
  //   a4   1    0    0    1
  const attempts = [
    attempt("a1", { q1: 1, q2: 1, q3: 1 }, { q1: "Kabul" }),
    attempt("a2", { q1: 1, q2: 0.5, q3: 0 }, { q1: "Kabul", q3: "False" }),
    attempt("a3", { q1: 0, q2: 0.5 }, { q1: "Islamabad" }),
    attempt("a4", { q1: 1, q2: 0, q3: 0 }, { q1: "Kabul", q3: "True" }),
  ];
  const stats = analyseItems(["q1", "q2", "q3"], attempts);
  const byId = (id: string) => stats.find((s) => s.questionId === id)!;

  it("gives facility as the mean score on the item", () => {
    expect(stats.map((s) => [s.questionId, s.attempts, s.facility])).toEqual([
      ["q1", 4, 0.75],
      ["q2", 4, 0.5],
      ["q3", 4, 0.25],
    ]);
  });

  it("gives discrimination as the item's correlation with the rest of the test", () => {
    // q1: item (1,1,0,1), rest (2,.5,.5,0): Sxy = .25, Sxx = .75, Syy = 2.25 → .25/√1.6875 = .19245
    expect(byId("q1").discrimination).toBe(0.192);
    // q2: item (1,.5,.5,0), rest (2,1,0,1): Sxy = .5, Sxx = .5, Syy = 2 → .5/√1 = .5
    expect(byId("q2").discrimination).toBe(0.5);
    // q3: item (1,0,0,0), rest (2,1.5,.5,1): Sxy = .75, Sxx = .75, Syy = 1.25 → .75/√.9375 = .77460
    expect(byId("q3").discrimination).toBe(0.775);
  });

  it("is negative for an item the weaker students get right", () => {
    const [s] = analyseItems(
      ["trick", "a", "b"],
      [
        attempt("strong", { trick: 0, a: 1, b: 1 }),
        attempt("middle", { trick: 0, a: 1, b: 0 }),
        attempt("weak", { trick: 1, a: 0, b: 0 }),
      ],
    );
    // item (0,0,1), rest (2,1,0): Sxy = -1, Sxx = 2/3, Syy = 2 → -1/√(4/3) = -.86603
    expect(s!.discrimination).toBe(-0.866);
  });

  it("counts the options chosen, choice questions only", () => {
    expect(byId("q1").optionCounts).toEqual({ Kabul: 3, Islamabad: 1 });
    expect(byId("q2").optionCounts).toEqual({});
    expect(byId("q3").optionCounts).toEqual({ False: 1, True: 1 });
  });

  it("gives null discrimination when the item's scores do not vary", () => {
    const [s] = analyseItems(
      ["easy", "other"],
      [
        attempt("a", { easy: 1, other: 1 }),
        attempt("b", { easy: 1, other: 0 }),
        attempt("c", { easy: 1, other: 0.5 }),
      ],
    );
    expect(s).toMatchObject({ facility: 1, discrimination: null });
  });

  it("gives null discrimination when the rest of the test does not vary", () => {
    const [s] = analyseItems(
      ["q", "flat"],
      [attempt("a", { q: 1, flat: 1 }), attempt("b", { q: 0, flat: 1 })],
    );
    expect(s).toMatchObject({ facility: 0.5, discrimination: null });
  });

  it("gives null discrimination for a single attempt, and null facility for none", () => {
    expect(analyseItems(["q"], [attempt("a", { q: 1 })])[0]).toMatchObject({
      attempts: 1,
      facility: 1,
      discrimination: null,
    });
    expect(analyseItems(["q"], [])).toEqual([
      { questionId: "q", attempts: 0, facility: null, discrimination: null, optionCounts: {} },
    ]);
  });

  it("ignores scores for questions outside the set", () => {
    const [s] = analyseItems(
      ["q", "r"],
      [attempt("a", { q: 1, r: 0, elsewhere: 1 }), attempt("b", { q: 0, r: 1, elsewhere: 0 })],
    );
    // Rest of test is r alone: item (1,0), rest (0,1) → -1.
    expect(s!.discrimination).toBe(-1);
  });
});
