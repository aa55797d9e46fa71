import { describe, expect, it } from "vitest";
import { readDefaultArticle } from "./default-article";
import { deriveStudyKit } from "./derive";
import { GradingError, gradeResponse, matchesTypedAnswer } from "./grade";
import type { Question } from "./types";

const kit = deriveStudyKit(readDefaultArticle());
function first<T extends Question["type"]>(type: T): Question & { type: T } {
  const q = kit.questions.find((x): x is Question & { type: T } => x.type === type);
  if (!q) throw new Error(`no ${type} question`);
  return q;
}

describe("gradeResponse", () => {
  it("grades a choice by its option text", () => {
    const q = first("multiple_choice");
    const wrong = q.options.find((o) => o !== q.answer)!;
    expect(gradeResponse(q, { type: "choice", option: q.answer })).toEqual({
      correct: true,
      score: 1,
    });
    expect(gradeResponse(q, { type: "choice", option: wrong })).toEqual({
      correct: false,
      score: 0,
    });
    expect(() => gradeResponse(q, { type: "choice", option: "Atlantis" })).toThrow(GradingError);
  });

  it("grades true/false against a boolean and refuses another kind of response", () => {
    const q = first("true_false");
    expect(gradeResponse(q, { type: "true_false", value: q.answer }).correct).toBe(true);
    expect(gradeResponse(q, { type: "true_false", value: !q.answer }).correct).toBe(false);
    expect(() => gradeResponse(q, { type: "choice", option: "True" })).toThrow(
      /true_false response/,
    );
  });

  it("accepts a typed cloze answer regardless of case, punctuation and one typo", () => {
    const q = first("cloze");
    expect(gradeResponse(q, { type: "text", text: q.answer.toUpperCase() }).correct).toBe(true);
    expect(gradeResponse(q, { type: "text", text: "" }).correct).toBe(false);
    expect(matchesTypedAnswer("Nangarhr", ["Nangarhar"])).toBe(true);
    expect(matchesTypedAnswer("Paktika", ["Nangarhar"])).toBe(false);
    // Numbers must be exact: 45 is not 46.
    expect(matchesTypedAnswer("46 percent", ["45 percent"])).toBe(false);
    expect(matchesTypedAnswer("the Afghan Taliban", ["Afghan Taliban"])).toBe(true);
  });

  it("gives partial credit for matching and rejects items the question lacks", () => {
    const q = first("matching");
    expect(gradeResponse(q, { type: "matching", pairs: q.answer })).toEqual({
      correct: true,
      score: 1,
    });
    const swapped = q.answer.map((p, i, all) => ({
      left: p.left,
      right: i < 2 ? all[1 - i]!.right : p.right,
    }));
    const g = gradeResponse(q, { type: "matching", pairs: swapped });
    expect(g.correct).toBe(false);
    expect(g.score).toBeCloseTo((q.answer.length - 2) / q.answer.length);
    expect(() =>
      gradeResponse(q, { type: "matching", pairs: [{ left: "x", right: "y" }] }),
    ).toThrow(GradingError);
  });

  it("grades open questions by rubric points met, within bounds", () => {
    const q = first("open");
    const n = q.rubric.length;
    expect(gradeResponse(q, { type: "self_assessment", rubricPointsMet: n })).toEqual({
      correct: true,
      score: 1,
    });
    expect(gradeResponse(q, { type: "self_assessment", rubricPointsMet: 0 }).correct).toBe(false);
    expect(() => gradeResponse(q, { type: "self_assessment", rubricPointsMet: n + 1 })).toThrow(
      GradingError,
    );
    expect(() => gradeResponse(q, { type: "self_assessment", rubricPointsMet: 1.5 })).toThrow(
      GradingError,
    );
  });
});
