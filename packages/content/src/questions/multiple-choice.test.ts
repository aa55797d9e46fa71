import { describe, expect, it } from "vitest";
import { readDefaultArticle } from "../default-article";
import { deriveStudyKit } from "../derive";
import { lookup } from "../gazetteer";
import { normalise } from "../validate";
import type { ChoiceQuestion } from "../types";

const kit = deriveStudyKit(readDefaultArticle());
const questions = kit.questions.filter((q): q is ChoiceQuestion => q.type === "multiple_choice");
const sentenceText = new Map(kit.article.sentences.map((s) => [s.id, s.text]));

// What kind of thing a name is: as the article's facts typed it, or as the gazetteer knows it.
const articleKinds = new Map<string, string>();
for (const f of kit.facts)
  for (const e of f.entities)
    articleKinds.set(e.text.toLowerCase(), `${e.kind}/${e.subtype ?? ""}`);
function kindOf(name: string): string | undefined {
  const entry = lookup(name);
  if (entry) return `${entry.kind}/${entry.subtype}`;
  return articleKinds.get(name.toLowerCase().replace(/^the /, ""));
}

describe("multiple-choice questions on the shipped article", () => {
  it("are generated", () => {
    expect(questions.length).toBeGreaterThanOrEqual(10);
  });

  it("offer 4 distinct options with the answer exactly once", () => {
    for (const q of questions) {
      expect(q.options, q.prompt).toHaveLength(4);
      expect(new Set(q.options.map(normalise)).size, q.prompt).toBe(4);
      expect(
        q.options.filter((o) => o === q.answer),
        q.prompt,
      ).toHaveLength(1);
    }
  });

  it("draw every distractor from the same kind as the answer", () => {
    for (const q of questions) {
      const kind = kindOf(q.answer);
      expect(kind, `answer "${q.answer}" has no known kind`).toBeDefined();
      for (const d of q.options.filter((o) => o !== q.answer)) {
        expect(kindOf(d), `"${d}" offered against "${q.answer}" in: ${q.prompt}`).toBe(kind);
      }
    }
  });

  it("never offer a name from the source sentence as a wrong answer", () => {
    for (const q of questions) {
      const source = q.sourceSentenceIds.map((id) => sentenceText.get(id) ?? "").join(" ");
      for (const d of q.options.filter((o) => o !== q.answer)) {
        expect(source, `"${d}" is also in the source of: ${q.prompt}`).not.toContain(d);
      }
    }
  });

  it("ask 'Which of these provinces is one of them?' with no other named province as a distractor", () => {
    const q = questions.find((x) => x.prompt.includes("Which of these provinces is one of them?"));
    expect(q).toBeDefined();
    const named = ["Nangarhar", "Paktika", "Khost"];
    expect(named).toContain(q!.answer);
    const distractors = q!.options.filter((o) => o !== q!.answer);
    for (const name of named) expect(distractors).not.toContain(name);
    // The list itself is gone from the prompt, or the question would answer itself.
    for (const name of named) expect(q!.prompt).not.toContain(name);
  });

  it("do not leak the answer into the prompt", () => {
    for (const q of questions) {
      expect(` ${normalise(q.prompt)} `, q.prompt).not.toContain(` ${normalise(q.answer)} `);
    }
  });

  it("are grounded: putting the answer back into the prompt gives the source's words", () => {
    // "An attack in which district further underscored …" + Bannu → "An attack in Bannu further …".
    const simple = questions.filter((q) =>
      / which (district|city|country|province) /.test(q.prompt),
    );
    expect(simple.length).toBeGreaterThanOrEqual(3);
    for (const q of simple) {
      const restored = q.prompt
        .replace(/ which (district|city|country|province) /, ` ${q.answer} `)
        .replace(/\?$/, "");
      const source = q.sourceSentenceIds.map((id) => sentenceText.get(id) ?? "").join(" ");
      expect(source.replace(/\s*the /g, " "), q.prompt).toContain(
        restored.replace(/\s*the /g, " ").replace(/^(However|Meanwhile), /, ""),
      );
    }
  });

  it("keep the attribution of claims in the prompt", () => {
    for (const q of questions.filter((x) => x.stance === "attributed" || x.stance === "alleged")) {
      const cue = q.attribution
        ? q.prompt.toLowerCase().includes(q.attribution.toLowerCase())
        : false;
      expect(cue || /report/i.test(q.prompt), q.prompt).toBe(true);
    }
  });

  it("cite the source sentence, quote it in the explanation and carry metadata", () => {
    for (const q of questions) {
      expect(q.sourceSentenceIds.length).toBeGreaterThan(0);
      const quoted = q.sourceSentenceIds.some((id) =>
        q.explanation.includes(sentenceText.get(id)!),
      );
      expect(quoted, q.explanation).toBe(true);
      expect(["easy", "medium", "hard"]).toContain(q.difficulty);
      expect(["recall", "understanding", "analysis"]).toContain(q.skill);
      expect(q.factIds.length).toBeGreaterThan(0);
    }
  });
});
