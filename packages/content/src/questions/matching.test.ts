import { describe, expect, it } from "vitest";
import { readDefaultArticle } from "../default-article";
import { deriveStudyKit } from "../derive";
import { canonicalKey } from "../distractors";
import type { MatchingQuestion } from "../types";

const kit = deriveStudyKit(readDefaultArticle());
const questions = kit.questions.filter((q): q is MatchingQuestion => q.type === "matching");
const sentenceText = new Map(kit.article.sentences.map((s) => [s.id, s.text]));

describe("matching questions on the shipped article", () => {
  it("are generated", () => {
    expect(questions.length).toBeGreaterThanOrEqual(1);
  });

  it("pair each left item exactly once, with at least 3 pairs", () => {
    for (const q of questions) {
      expect(q.options.left.length).toBeGreaterThanOrEqual(3);
      expect(q.answer.map((p) => p.left)).toEqual(q.options.left);
      expect(new Set(q.options.left).size).toBe(q.options.left.length);
    }
  });

  it("show the right column as a permutation of the answers' right items", () => {
    for (const q of questions) {
      const rights = q.answer.map((p) => p.right);
      expect([...q.options.right].sort()).toEqual([...rights].sort());
      expect(new Set(q.options.right).size).toBe(q.options.right.length);
    }
  });

  it("do not show any item beside its partner", () => {
    for (const q of questions) {
      q.options.left.forEach((left, i) => {
        const partner = q.answer.find((p) => p.left === left)!.right;
        expect(q.options.right[i], `${left} sits beside its partner`).not.toBe(partner);
      });
    }
  });

  it("never list two names for the same thing on the left (US and United States)", () => {
    for (const q of questions) {
      const keys = q.options.left.map(canonicalKey);
      expect(new Set(keys).size, `left column: ${q.options.left.join(", ")}`).toBe(keys.length);
    }
  });

  it("describe each item in the article's words, with the item blanked", () => {
    for (const q of questions) {
      const sources = q.sourceSentenceIds.map((id) => sentenceText.get(id)!.toLowerCase());
      for (const { left, right } of q.answer) {
        expect(right).toContain("____");
        expect(right.toLowerCase()).not.toContain(left.toLowerCase());
        const restored = right.replace("____", left).replace(/^…|…$/g, "").toLowerCase();
        expect(
          sources.some((s) => s.includes(restored)),
          `"${right}" is not what the article says about ${left}`,
        ).toBe(true);
      }
    }
  });

  it("name no other left item in a description", () => {
    for (const q of questions) {
      for (const { left, right } of q.answer) {
        for (const other of q.options.left.filter((l) => l !== left)) {
          expect(right.toLowerCase(), `${left}'s description names ${other}`).not.toContain(
            other.toLowerCase(),
          );
        }
      }
    }
  });

  it("quote every source sentence in the explanation", () => {
    for (const q of questions) {
      for (const id of q.sourceSentenceIds) expect(q.explanation).toContain(sentenceText.get(id)!);
    }
  });
});
