import { ANSWER_TEXT_LIMIT } from "@studykit/content/limits";
import { describe, expect, it } from "vitest";
import { buildResponse } from "./responses";
import type { QuizQuestion } from "./types";

const open = { id: "q1", type: "open", rubric: ["a", "b"] } as unknown as QuizQuestion;
const cloze = { id: "q2", type: "cloze" } as unknown as QuizQuestion;

describe("buildResponse and the written answers' limits", () => {
  it("sends an open answer up to its limit whole", () => {
    const text = "x".repeat(ANSWER_TEXT_LIMIT.self_assessment);
    expect(buildResponse(open, { text, met: [0] })).toEqual({
      response: { type: "self_assessment", rubricPointsMet: 1, text },
    });
  });

  it("refuses a longer open answer, saying by how much, instead of cutting it", () => {
    const built = buildResponse(open, { text: "word ".repeat(2256), met: [0] });
    expect(built).toEqual({
      error:
        "Your answer is 11,279 characters long and can be at most 5,000. Shorten it by 6,279 to submit it; nothing you typed is lost.",
    });
  });

  it("refuses missing words over their limit too", () => {
    const built = buildResponse(cloze, { text: "y".repeat(ANSWER_TEXT_LIMIT.text + 1) });
    expect("error" in built && built.error).toMatch(/^Your answer is 401 characters long/);
  });
});
