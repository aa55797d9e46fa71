import type { Question } from "@studykit/content";
import { describe, expect, it } from "vitest";
import { changesOf, draftOf, fieldOfIssue, placeProblems } from "./draft";

const mc = {
  type: "multiple_choice",
  prompt: "Which city?",
  explanation: "Because.",
  difficulty: "easy",
  options: ["Paris", "Lyon", "Nice", "Lille"],
  answer: "Paris",
} as unknown as Question;

describe("fieldOfIssue", () => {
  it("tells the field from the validator's words", () => {
    expect(fieldOfIssue("Prompt is too short")).toBe("prompt");
    expect(fieldOfIssue("the answer appears elsewhere in the prompt")).toBe("prompt");
    expect(fieldOfIssue("explanation must quote the source")).toBe("explanation");
    expect(fieldOfIssue("missing words are too long")).toBe("answer");
    expect(fieldOfIssue("options must differ")).toBe("options");
    expect(fieldOfIssue("difficulty is unknown")).toBe("difficulty");
    expect(fieldOfIssue("something else")).toBeNull();
  });
});

describe("draftOf and changesOf", () => {
  it("has no changes for an untouched draft", () => {
    expect(changesOf(mc, draftOf(mc))).toEqual({});
  });

  it("sends only what changed, and the answer with changed options", () => {
    const d = draftOf(mc);
    expect(d.answerIndex).toBe(0);
    expect(changesOf(mc, { ...d, prompt: "Which French city?" })).toEqual({
      prompt: "Which French city?",
    });
    expect(changesOf(mc, { ...d, options: ["Paris", "Lyon", "Nice", "Metz"] })).toEqual({
      options: ["Paris", "Lyon", "Nice", "Metz"],
      answer: "Paris",
    });
    expect(changesOf(mc, { ...d, answerIndex: 2 })).toEqual({ answer: "Nice" });
  });

  it("reads a cloze's other spellings one per line, trimmed", () => {
    const cloze = {
      type: "cloze",
      prompt: "The ____ fell.",
      explanation: "x",
      difficulty: "medium",
      answer: "wall",
      acceptableAnswers: ["walls"],
    } as unknown as Question;
    const d = draftOf(cloze);
    expect(d.acceptable).toBe("walls");
    expect(changesOf(cloze, { ...d, acceptable: " walls \n\nWall\r\n" })).toEqual({
      acceptableAnswers: ["walls", "Wall"],
    });
  });

  it("keeps a matching question's shuffled partners in place, with new words", () => {
    const matching = {
      type: "matching",
      prompt: "Match",
      explanation: "x",
      difficulty: "hard",
      options: { left: ["a", "b"], right: ["2", "1"] },
      answer: [
        { left: "a", right: "1" },
        { left: "b", right: "2" },
      ],
    } as unknown as Question;
    const d = draftOf(matching);
    const pairs = [
      { left: "a", right: "one" },
      { left: "b", right: "2" },
    ];
    expect(changesOf(matching, { ...d, pairs })).toEqual({
      options: { left: ["a", "b"], right: ["2", "one"] },
      answer: pairs,
    });
  });
});

describe("placeProblems", () => {
  it("puts each validator issue beside its field, the rest for the form", () => {
    expect(
      placeProblems({
        code: "BAD_REQUEST",
        message:
          "The edited question is not valid: prompt is too short; explanation is empty; odd.",
        fieldErrors: {},
      }),
    ).toEqual({
      fieldErrors: { prompt: "Prompt is too short.", explanation: "Explanation is empty." },
      rest: ["Odd."],
    });
  });

  it("keeps the server's own field errors, and a plain message for the form", () => {
    expect(
      placeProblems({ code: "BAD_REQUEST", message: null, fieldErrors: { prompt: "Too long." } }),
    ).toEqual({ fieldErrors: { prompt: "Too long." }, rest: [] });
    expect(
      placeProblems({ code: null, message: "Couldn't reach StudyKit.", fieldErrors: {} }),
    ).toEqual({
      fieldErrors: {},
      rest: ["Couldn't reach StudyKit."],
    });
  });
});
