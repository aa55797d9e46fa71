import type { Difficulty, QuestionType } from "@studykit/content";
import { describe, expect, it } from "vitest";
import { byScore, MixShortfallError, pickMix, type BankQuestion } from "./mix";

let position = 0;
function q(
  id: string,
  type: QuestionType,
  factIds: string[],
  difficulty: Difficulty = "medium",
  score: number | null = 1 - position / 100,
): BankQuestion {
  return { id, type, difficulty, factIds, score, position: position++ };
}

// Listed best first, as the kit lists them; f1 has many questions, the other facts few.
const bank: BankQuestion[] = [
  q("mc1", "multiple_choice", ["f1"]),
  q("tf1", "true_false", ["f1"]),
  q("cl1", "cloze", ["f1"], "hard"),
  q("mc2", "multiple_choice", ["f2"], "easy"),
  q("tf2", "true_false", ["f2"]),
  q("cl2", "cloze", ["f3"], "hard"),
  q("mc3", "multiple_choice", ["f3"]),
  q("ma1", "matching", ["f1", "f2", "f3"], "hard"),
  q("tf3", "true_false", ["f4"], "easy"),
];
const typeOf = (id: string) => bank.find((b) => b.id === id)!.type;
const factsOf = (id: string) => bank.find((b) => b.id === id)!.factIds;

describe("pickMix", () => {
  it("honours the count of each type and fills the rest from any type", () => {
    const ids = pickMix(bank, { count: 5, types: { multiple_choice: 2, true_false: 1 } });
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    expect(ids.filter((id) => typeOf(id) === "multiple_choice").length).toBeGreaterThanOrEqual(2);
    expect(ids.filter((id) => typeOf(id) === "true_false").length).toBeGreaterThanOrEqual(1);
  });

  it("takes exactly the types asked for when they fill the count", () => {
    const ids = pickMix(bank, { count: 4, types: { cloze: 2, true_false: 2 } });
    expect(ids.map(typeOf).sort()).toEqual(["cloze", "cloze", "true_false", "true_false"]);
  });

  it("keeps to the difficulty asked for", () => {
    const ids = pickMix(bank, { count: 3, difficulty: "hard" });
    expect(ids.sort()).toEqual(["cl1", "cl2", "ma1"]);
    expect(pickMix(bank, { count: 2, difficulty: "easy" })).toEqual(["mc2", "tf3"]);
  });

  it("spreads the questions over the facts before taking two on one fact", () => {
    const ids = pickMix(bank, { count: 4 });
    // One question per fact f1..f4, the best of each.
    expect(ids).toEqual(["mc1", "mc2", "cl2", "tf3"]);
    const facts = ids.flatMap(factsOf);
    expect(new Set(facts).size).toBe(facts.length);
  });

  it("takes a second question on a fact only once every fact is covered", () => {
    const ids = pickMix(bank, { count: 6, types: { multiple_choice: 3 } });
    expect(ids.filter((id) => typeOf(id) === "multiple_choice")).toEqual(["mc1", "mc2", "mc3"]);
    expect(ids).toHaveLength(6);
  });

  it("returns the picks best first", () => {
    const ids = pickMix(bank, { count: 9 });
    expect(ids).toEqual(bank.map((b) => b.id));
  });

  it("draws in score order, not in the order the bank lists them", () => {
    // The bank in another order (as a database might return it), with scores that disagree.
    const shuffled: BankQuestion[] = [
      { ...bank[0]!, id: "low", score: 0.2, position: 0 },
      { ...bank[3]!, id: "high", score: 0.9, position: 1 },
      { ...bank[6]!, id: "mid", score: 0.5, position: 2 },
    ];
    expect(pickMix(shuffled, { count: 2 })).toEqual(["high", "mid"]);
    expect(pickMix(shuffled, { count: 3 })).toEqual(["high", "mid", "low"]);
  });

  it("takes a second question on a fact only after every fact has its best one", () => {
    const twoOnOne: BankQuestion[] = [
      { ...bank[0]!, id: "f1-best", factIds: ["f1"], score: 0.9, position: 0 },
      { ...bank[1]!, id: "f1-next", factIds: ["f1"], score: 0.8, position: 1 },
      { ...bank[3]!, id: "f2-only", factIds: ["f2"], score: 0.3, position: 2 },
    ];
    expect(pickMix(twoOnOne, { count: 2 })).toEqual(["f1-best", "f2-only"]);
  });

  it("says what the bank is short of", () => {
    expect(() => pickMix(bank, { count: 3, types: { matching: 2 } })).toThrow(
      new MixShortfallError("the question bank cannot fill this mix: it needs 1 more matching", {
        kind: "bank_short",
        difficulty: null,
        types: [{ type: "matching", more: 1 }],
        more: 0,
        notAccepted: 0,
      }),
    );
    expect(() =>
      pickMix(bank, { count: 4, types: { multiple_choice: 2, open: 1 }, difficulty: "easy" }),
    ).toThrow(
      "the question bank cannot fill this mix at easy difficulty: it needs 1 more multiple choice, 1 more open",
    );
    expect(() => pickMix(bank, { count: 12 })).toThrow(
      "the question bank cannot fill this mix: it needs 3 more questions",
    );
  });

  it("gives the shortfall as numbers too", () => {
    const shortfallOf = (recipe: Parameters<typeof pickMix>[1]) => {
      try {
        pickMix(bank, recipe);
      } catch (e) {
        if (e instanceof MixShortfallError) return e.shortfall;
      }
      return null;
    };
    expect(
      shortfallOf({ count: 4, types: { multiple_choice: 2, open: 1 }, difficulty: "easy" }),
    ).toEqual({
      kind: "bank_short",
      difficulty: "easy",
      types: [
        { type: "multiple_choice", more: 1 },
        { type: "open", more: 1 },
      ],
      more: 0,
      notAccepted: 0,
    });
    expect(shortfallOf({ count: 12 })).toEqual({
      kind: "bank_short",
      difficulty: null,
      types: [],
      more: 3,
      notAccepted: 0,
    });
    expect(shortfallOf({ count: 3, types: { cloze: 2, true_false: 2 } })).toEqual({
      kind: "types_exceed_count",
      requested: 4,
      count: 3,
      notAccepted: 0,
    });
  });

  it("refuses types that add up to more than the count", () => {
    expect(() => pickMix(bank, { count: 3, types: { cloze: 2, true_false: 2 } })).toThrow(
      "the types add up to 4, more than the 3 asked for",
    );
  });
});

describe("byScore", () => {
  const at = (score: number | null, position: number) => ({ score, position });

  it("puts the highest score first, unscored questions last, ties in the kit's order", () => {
    const list = [at(0.4, 0), at(null, 1), at(0.9, 2), at(0.4, 3), at(null, 4), at(0, 5)];
    expect(list.sort(byScore)).toEqual([
      at(0.9, 2),
      at(0.4, 0),
      at(0.4, 3),
      at(0, 5),
      at(null, 1),
      at(null, 4),
    ]);
  });
});
