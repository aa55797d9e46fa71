import { describe, expect, it } from "vitest";
import { readDefaultArticle } from "../default-article";
import { deriveStudyKit } from "../derive";
import { parseNumber } from "../entities";
import type { ChoiceQuestion } from "../types";

const kit = deriveStudyKit(readDefaultArticle());
const questions = kit.questions.filter((q): q is ChoiceQuestion => q.type === "numeric");
const sentenceText = new Map(kit.article.sentences.map((s) => [s.id, s.text]));

const MODIFIER =
  /^(more than|less than|fewer than|at least|at most|up to|over|nearly|almost|about|around|some|roughly|approximately|only|just) /i;

/** The number an option stands for: "more than 150" → 150, "45 percent" → 45, "three" → 3. */
function valueOf(option: string): number | undefined {
  return parseNumber(option.replace(MODIFIER, ""));
}

describe("numeric questions on the shipped article", () => {
  it("are generated for numbers, percentages and years", () => {
    const answers = questions.map((q) => q.answer);
    expect(answers).toEqual(expect.arrayContaining(["45 percent", "2020"]));
    expect(answers.some((a) => /\b100\b/.test(a))).toBe(true);
  });

  it("offer 4 numeric options in strictly ascending order", () => {
    for (const q of questions) {
      expect(q.options, q.prompt).toHaveLength(4);
      const values = q.options.map(valueOf);
      for (const [i, v] of values.entries()) {
        expect(v, `option "${q.options[i]}" of ${q.prompt}`).toBeTypeOf("number");
      }
      const nums = values as number[];
      for (let i = 1; i < nums.length; i++) expect(nums[i]!).toBeGreaterThan(nums[i - 1]!);
    }
  });

  it("have the answer among the options, exactly once", () => {
    for (const q of questions) {
      expect(
        q.options.filter((o) => o === q.answer),
        q.prompt,
      ).toHaveLength(1);
    }
  });

  it("write every option the way the answer is written", () => {
    for (const q of questions) {
      const shape = (o: string) =>
        o
          .replace(/\d[\d,.]*/g, "#")
          .replace(/^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i, "#");
      for (const o of q.options) expect(shape(o), `${o} vs ${q.answer}`).toBe(shape(q.answer));
    }
  });

  it("keep percentages within (0, 100)", () => {
    for (const q of questions.filter((x) => /percent|%/.test(x.answer))) {
      for (const o of q.options) {
        const v = valueOf(o)!;
        expect(v).toBeGreaterThan(0);
        expect(v).toBeLessThan(100);
      }
    }
  });

  it("take the answer from the source sentence", () => {
    for (const q of questions) {
      const source = q.sourceSentenceIds.map((id) => sentenceText.get(id)!).join(" ");
      expect(source, q.prompt).toContain(q.answer);
    }
  });

  it("ask about the 100 militants as a claim, with the modifier on every option", () => {
    const q = questions.find((x) => x.answer === "more than 100");
    expect(q).toBeDefined();
    expect(q!.prompt).toMatch(/^According to official claims, /);
    for (const o of q!.options) expect(o).toMatch(/^more than \d+$/);
  });

  it("do not leak the answer into the prompt", () => {
    for (const q of questions) {
      const bare = q.answer.replace(MODIFIER, "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      expect(q.prompt, q.prompt).not.toMatch(new RegExp(`(^|[^\\d])${bare}([^\\d]|$)`));
    }
  });
});

describe("a count asked as a question", () => {
  const report = [
    "Games console sales climb",
    "",
    "Console maker Lumen has sold 19.9 million machines across Europe since its launch in 2019 and will open a plant in Porto. The rival firm Norvik shipped 4,000 new handhelds to shops in Lisbon in March. The Porto plant will close in 2027 and will move its 300 workers to Braga. Analysts at Carvell Research expect prices to fall next year.",
  ].join("\n");
  const counts = deriveStudyKit(report).questions.filter(
    (q): q is ChoiceQuestion => q.type === "numeric",
  );
  const prompts = counts.map((q) => q.prompt);

  it("fronts the counted noun, with the auxiliary before the subject", () => {
    expect(prompts).toContain(
      "How many machines has console maker Lumen sold across Europe since its launch in 2019?",
    );
  });

  it("uses do-support for a verb in the past", () => {
    expect(prompts).toContain(
      "How many new handhelds did the rival firm Norvik ship to shops in Lisbon in March?",
    );
  });

  it("stops before a second clause the question cannot carry", () => {
    // "…since its launch in 2019 and will open a plant in Porto": the question ends at "2019".
    expect(prompts.filter((p) => p.startsWith("How many machines"))).toHaveLength(1);
    expect(prompts.join(" ")).not.toMatch(/How many[^?]*Porto/);
  });
});
