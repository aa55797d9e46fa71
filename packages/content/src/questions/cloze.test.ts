import { describe, expect, it } from "vitest";
import { readDefaultArticle } from "../default-article";
import { deriveStudyKit } from "../derive";
import { normalise } from "../validate";
import type { ClozeQuestion } from "../types";

const kit = deriveStudyKit(readDefaultArticle());
const questions = kit.questions.filter((q): q is ClozeQuestion => q.type === "cloze");
const sentenceText = new Map(kit.article.sentences.map((s) => [s.id, s.text]));

describe("cloze questions on the shipped article", () => {
  it("are generated", () => {
    expect(questions.length).toBeGreaterThanOrEqual(10);
  });

  it("have exactly one blank and no options", () => {
    for (const q of questions) {
      expect(q.prompt.split("____").length - 1, q.prompt).toBe(1);
      expect(q.prompt).not.toMatch(/_{5,}/);
      expect(q.options).toBeNull();
    }
  });

  it("hide the answer: it appears nowhere else in the prompt", () => {
    for (const q of questions) {
      expect(typeof q.answer).toBe("string");
      expect(q.answer.trim()).not.toBe("");
      expect(` ${normalise(q.prompt)} `, q.prompt).not.toContain(` ${normalise(q.answer)} `);
    }
  });

  it("accept the answer itself among the acceptable answers", () => {
    for (const q of questions) expect(q.acceptableAnswers).toContain(q.answer);
    const percent = questions.find((q) => q.answer === "45 percent");
    expect(percent?.acceptableAnswers).toEqual(expect.arrayContaining(["45", "45%"]));
  });

  it("are grounded: filling the blank with the answer gives the source's words", () => {
    for (const q of questions) {
      const filled = q.prompt
        .replace(/^Fill in the blank: /, "")
        .replace("____", q.answer)
        .replace(/\.$/, "")
        .toLowerCase();
      const source = q.sourceSentenceIds.map((id) => sentenceText.get(id)!).join(" ");
      expect(source.toLowerCase(), q.prompt).toContain(filled);
    }
  });

  it("keep the attribution of a claim around the blank", () => {
    const hundred = questions.find((q) => q.answer === "100");
    expect(hundred?.prompt).toBe(
      "Fill in the blank: According to official claims, more than ____ militants were killed in the strikes.",
    );
    for (const q of questions.filter((x) => x.stance === "attributed" || x.stance === "alleged")) {
      const named =
        (q.attribution && q.prompt.toLowerCase().includes(q.attribution.toLowerCase())) ||
        (q.attribution === "reports" && /\breport(s|ed|edly)?\b/i.test(q.prompt));
      expect(named, q.prompt).toBe(true);
    }
  });

  it("never blank the source of a claim (that is the attribution question's job)", () => {
    for (const q of questions.filter((x) => x.attribution)) {
      const source = q.attribution!.replace(/^the /i, "");
      expect(normalise(q.answer)).not.toBe(normalise(source));
    }
  });

  it("quote the source sentence in the explanation", () => {
    for (const q of questions) {
      const quoted = q.sourceSentenceIds.some((id) =>
        q.explanation.includes(sentenceText.get(id)!),
      );
      expect(quoted, q.explanation).toBe(true);
      expect(["easy", "medium", "hard"]).toContain(q.difficulty);
    }
  });
});
