import type { ChoiceQuestion, Question } from "@studykit/content";
import { fixtureKit } from "@studykit/db/testing";
import { describe, expect, it } from "vitest";
import { alternativeDistractors, editedQuestionProblems, reviewCounts } from "./review";

const choice = fixtureKit("logic").questions[0] as ChoiceQuestion; // 10/12/14/20, answer 12, alt 16

describe("alternativeDistractors", () => {
  it("offers the generator's alternatives, then its own distractors once swapped out", () => {
    expect(alternativeDistractors(choice, choice)).toEqual(["16"]);
    const swapped = { ...choice, options: ["10", "12", "16", "20"] };
    expect(alternativeDistractors(choice, swapped)).toEqual(["14"]);
  });

  it("never offers what the question already shows, in any case or spacing", () => {
    const generated = { ...choice, alternativeDistractors: ["16", " 10 ", "Twenty"] };
    const current = { ...choice, options: ["10", "12", "twenty", "14"] };
    expect(alternativeDistractors(generated, current)).toEqual(["16", "20"]);
  });

  it("has nothing for questions without distractors", () => {
    const cloze = fixtureKit("logic").questions[2]!;
    expect(alternativeDistractors(cloze, cloze)).toEqual([]);
  });
});

describe("editedQuestionProblems", () => {
  it("reports what the validator finds in an edit", () => {
    const edited = { ...choice, options: ["10", "12", "12", "20"] } as Question;
    expect(editedQuestionProblems(choice, edited)).toContain("options are not distinct");
    expect(editedQuestionProblems(choice, choice)).toEqual([]);
  });

  it("does not refuse an imported question for having no source sentence or fact", () => {
    const imported = { ...choice, sourceSentenceIds: [], factIds: [] } as Question;
    expect(editedQuestionProblems(imported, imported)).toEqual([]);
    // A generated question keeps needing its source.
    // Written by a teacher elsewhere: three options are fine, as on import.
    const three = { ...imported, options: ["10", "12", "14"] } as Question;
    expect(editedQuestionProblems(imported, three, { authored: true })).toEqual([]);
    expect(editedQuestionProblems(imported, three)).toEqual([
      "a choice question needs exactly 4 options",
    ]);
    const lost = { ...choice, sourceSentenceIds: [] } as Question;
    expect(editedQuestionProblems(choice, lost)).toEqual(["question cites no source sentence"]);
  });
});

describe("reviewCounts", () => {
  it("counts each status over all questions and over the recommended set", () => {
    expect(
      reviewCounts([
        { status: "pending", recommended: true },
        { status: "accepted", recommended: true },
        { status: "accepted", recommended: false },
        { status: "rejected", recommended: false },
        { status: "pending", recommended: false },
      ]),
    ).toEqual({
      all: { pending: 2, accepted: 2, rejected: 1 },
      recommended: { pending: 1, accepted: 1, rejected: 0 },
    });
    expect(reviewCounts([]).recommended).toEqual({ pending: 0, accepted: 0, rejected: 0 });
  });
});
