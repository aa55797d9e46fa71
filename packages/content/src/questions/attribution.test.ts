import { describe, expect, it } from "vitest";
import { readDefaultArticle } from "../default-article";
import { deriveStudyKit } from "../derive";
import { normalise } from "../validate";
import type { ChoiceQuestion } from "../types";

const kit = deriveStudyKit(readDefaultArticle());
const questions = kit.questions.filter((q): q is ChoiceQuestion => q.type === "attribution");
const sentenceText = new Map(kit.article.sentences.map((s) => [s.id, s.text]));

// Which side of this conflict a source speaks for, judged from its words alone.
const SIDES: [string, RegExp][] = [
  ["Pakistan", /\b(pakistan|pakistani|islamabad|frontier corps|ispr)\b/i],
  ["Afghanistan", /\b(afghan|afghanistan|kabul|taliban)\b/i],
  ["United States", /\b(united states|us|american|washington)\b/i],
];
function sideOf(source: string): string | undefined {
  // "Tehreek-e-Taliban Pakistan" fights Pakistan; it speaks for neither state.
  if (/tehreek|ttp/i.test(source)) return undefined;
  return SIDES.find(([, pattern]) => pattern.test(source))?.[0];
}

describe("attribution questions on the shipped article", () => {
  it("are generated for the article's claims", () => {
    expect(questions.length).toBeGreaterThanOrEqual(5);
  });

  it("ask who made the claim or which source the article gives", () => {
    for (const q of questions) {
      expect(q.prompt).toMatch(/^(Who|Which source|According to whom)\b/);
      expect(q.prompt).toMatch(/\?$/);
    }
  });

  it("offer 4 distinct sources with the answer exactly once", () => {
    for (const q of questions) {
      expect(q.options).toHaveLength(4);
      expect(new Set(q.options.map(normalise)).size, q.prompt).toBe(4);
      expect(q.options.filter((o) => o === q.answer)).toHaveLength(1);
    }
  });

  it("never offer a wrong source from the answer's own side", () => {
    for (const q of questions) {
      const side = sideOf(q.answer);
      if (!side) continue;
      for (const d of q.options.filter((o) => o !== q.answer)) {
        expect(sideOf(d), `"${d}" is on ${side}'s side, like "${q.answer}": ${q.prompt}`).not.toBe(
          side,
        );
      }
    }
  });

  it("offer no Pakistani voice against Islamabad", () => {
    const islamabad = questions.filter((q) => q.answer === "Islamabad");
    expect(islamabad.length).toBeGreaterThanOrEqual(1);
    for (const q of islamabad) {
      for (const o of q.options) expect(o).not.toMatch(/^(Pakistan|Pakistani officials)$/);
    }
  });

  it("ask who alleged civilian casualties, answered by the Afghan Taliban", () => {
    const q = questions.find(
      (x) => /alleg/i.test(x.prompt) && /civilian casualties/.test(x.prompt),
    );
    expect(q?.answer).toBe("The Afghan Taliban");
    expect(q?.stance).toBe("alleged");
  });

  it("ask for the source of the 100-militants claim, answered by official claims", () => {
    const q = questions.find((x) => /100 militants/.test(x.prompt));
    expect(q?.answer).toMatch(/^official claims$/i);
    // Official claims here are Pakistan's: no state may be offered as a wrong answer.
    for (const o of q!.options) expect(o).not.toMatch(/^(Pakistan|Afghanistan|Islamabad|Kabul)$/);
  });

  it("leave the answer out of the prompt", () => {
    for (const q of questions) {
      expect(` ${normalise(q.prompt)} `, q.prompt).not.toContain(` ${normalise(q.answer)} `);
    }
  });

  it("ask about the claim in the article's words", () => {
    for (const q of questions) {
      const content = q.prompt
        .replace(/^(Who \w+( that)?|Which source does the article give for the claim that) /, "")
        .replace(/\?$/, "");
      const source = q.sourceSentenceIds.map((id) => sentenceText.get(id)!).join(" ");
      expect(source, q.prompt).toContain(content);
    }
  });
});

describe("a speaker's own 'we' and 'you'", () => {
  const kit = deriveStudyKit(
    [
      "Teachers rally for pay",
      "",
      "Thousands of teachers rallied at the Statehouse in Velden on Tuesday to demand higher pay.",
      "House Speaker Brian Vance defended the state budget before lawmakers on Tuesday afternoon.",
      '"The budget was fair to every school," Brian Vance said. "We know that you are worried about class sizes and pay."',
      "Union leader Ann Cole said teachers had waited six years for a rise in base pay.",
      "Mayor Joe Hart said the city would cover the cost of buses for the rally.",
      "School chief Dana Reyes said nearly 300 districts closed for the day.",
    ].join("\n"),
  );
  const prompts = kit.questions.filter((q) => q.type === "attribution").map((q) => q.prompt);

  it("are asked as the words quoted, not reported as the question's own", () => {
    expect(prompts).toContain(
      'Who said, "We know that you are worried about class sizes and pay"?',
    );
    expect(prompts.some((p) => /^Who said that (we|you) /i.test(p))).toBe(false);
  });
});

describe("a claim closed by '…, he argued'", () => {
  it("is asked without the tag, and an acronym keeps its capitals", () => {
    const kit = deriveStudyKit(
      [
        "Minister defends the treaty",
        "",
        "Foreign Secretary Jack Straw defended the new treaty in the Commons on Thursday.",
        "EU cooperation would help the UK control its borders better, he argued.",
        "Shadow minister Michael Ancram said the vote had been put off for too long.",
        "Liberal Democrat Menzies Campbell said the farm policy needed reform first.",
        "Former prime minister Margaret Thatcher secured the budget rebate in 1984.",
      ].join("\n"),
    );
    const prompts = kit.questions.filter((q) => q.type === "attribution").map((q) => q.prompt);
    expect(prompts).toContain(
      "Who said that EU cooperation would help the UK control its borders better?",
    );
  });
});

describe("a claim that opens the sentence", () => {
  it("reads on in lower case after 'the claim that' ('the NFL is expected…')", () => {
    const kit = deriveStudyKit(
      [
        "League to review the tackle",
        "",
        "Detroit defender Sam Hale stepped on the quarterback twice in the second half on Sunday.",
        "The NFL is expected to review the play on Monday, according to reporter Peter King.",
        "Coach Jim Carter said he had not yet seen a replay of the tackle.",
        "Quarterback Aaron Reed said the tackle was a dirty play by a great player.",
      ].join("\n"),
    );
    const prompts = kit.questions.filter((q) => q.type === "attribution").map((q) => q.prompt);
    expect(prompts.some((p) => /claim that the NFL is expected/.test(p))).toBe(true);
    expect(prompts.some((p) => /that The /.test(p))).toBe(false);
  });
});

describe("a source that is no one", () => {
  it("is never 'Which is not to' ('Which is not to say that…')", () => {
    const kit = deriveStudyKit(
      [
        "Questions over the president's health",
        "",
        "The president made an unannounced visit to Walter Reed hospital on Saturday afternoon.",
        "Which is not to say that whatever happened on Saturday was serious or even unusual.",
        "Press secretary Stephanie Grant said the visit was part of a routine annual check-up.",
        "Deputy press secretary Hogan Gill said the president was in excellent health.",
        "Dr Sanjay Patel said that visits of this kind were rarely unannounced.",
      ].join("\n"),
    );
    for (const q of kit.questions.filter((x) => x.type === "attribution"))
      expect(JSON.stringify(q)).not.toMatch(/Which is not to/);
  });
});
