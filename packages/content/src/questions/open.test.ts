import { describe, expect, it } from "vitest";
import { readDefaultArticle } from "../default-article";
import { deriveStudyKit } from "../derive";
import type { OpenQuestion } from "../types";

const kit = deriveStudyKit(readDefaultArticle());
const questions = kit.questions.filter((q): q is OpenQuestion => q.type === "open");
const factText = new Map(kit.facts.map((f) => [f.id, f.text]));

describe("open questions on the shipped article", () => {
  it("are generated", () => {
    expect(questions.length).toBeGreaterThanOrEqual(3);
  });

  it("have no single answer and no options, but a model answer and a rubric", () => {
    for (const q of questions) {
      expect(q.answer).toBeNull();
      expect(q.options).toBeNull();
      expect(q.modelAnswer.trim().length).toBeGreaterThan(20);
      expect(q.rubric.length).toBeGreaterThanOrEqual(2);
      for (const point of q.rubric) expect(point.trim()).not.toBe("");
    }
  });

  it("ask a question the learner must answer in their own words", () => {
    for (const q of questions) {
      expect(q.prompt).toMatch(/\?$/);
      expect(q.prompt).toMatch(/\b(why|what|how|do you agree)\b/i);
      expect(q.skill).toBe("analysis");
    }
  });

  it("build the model answer from the facts they cite", () => {
    for (const q of questions) {
      const first = factText.get(q.factIds[0]!)!;
      expect(q.modelAnswer).toContain(first);
    }
  });

  it("compare the competing accounts of Pakistan and the Afghan Taliban", () => {
    const q = questions.find((x) => /different accounts/.test(x.prompt));
    expect(q).toBeDefined();
    expect(q!.prompt).toMatch(/Pakistan/);
    expect(q!.prompt).toMatch(/Afghan Taliban/);
    expect(q!.rubric.some((r) => /attribut/i.test(r))).toBe(true);
    expect(q!.sourceSentenceIds.length).toBe(2);
  });

  it("put the writer's opinions to the learner as the article's argument", () => {
    const opinions = questions.filter((q) => q.stance === "opinion");
    expect(opinions.length).toBeGreaterThanOrEqual(1);
    for (const q of opinions) expect(q.prompt).toMatch(/^The article argues that /);
  });
});
