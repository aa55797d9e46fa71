// Property tests: whatever text comes in, deriving either refuses it with an ArticleError or
// yields a kit whose every question passes the validator.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deriveStudyKit } from "./derive";
import { ArticleError } from "./errors";
import { findDuplicates, validateQuestion } from "./validate";

const WORDS = [
  "Pakistan",
  "Afghanistan",
  "Islamabad",
  "Kabul",
  "Nangarhar",
  "Paktika",
  "Khost",
  "Bajaur",
  "Bannu",
  "Karak",
  "Turkey",
  "Saudi Arabia",
  "United States",
  "US",
  "TTP",
  "Tehreek-e-Taliban",
  "Afghan Taliban",
  "Taliban",
  "Hafiz Gul Bahadur group",
  "Frontier Corps",
  "district",
  "province",
  "the",
  "a",
  "of",
  "in",
  "and",
  "or",
  "but",
  "that",
  "which",
  "who",
  "militants",
  "strikes",
  "were",
  "was",
  "is",
  "has",
  "have",
  "been",
  "killed",
  "closed",
  "suspended",
  "attack",
  "border",
  "trade",
  "officials",
  "said",
  "claimed",
  "alleging",
  "argue",
  "maintains",
  "reported",
  "should",
  "would",
  "may",
  "essential",
  "more than",
  "at least",
  "nearly",
  "100",
  "45 percent",
  "45%",
  "12 per cent",
  "2020",
  "1,200",
  "3.5",
  "three",
  "twenty-five",
  "October",
  "Monday",
  "agreement",
  "withdrawal",
  "ceasefire",
  "According to official claims,",
  "From Islamabad's perspective,",
  "Scroll to Top",
  "Dear visitor,",
  "comments section",
  "(TTP)",
  "()",
  "____",
  "caf\u00e9",
  "na\u00efve",
  "\u201cquoted\u201d",
  "\u2018single\u2019",
  "soft\u00adhyphen",
  "\u2014",
  "\u2026",
  "\u0645\u0631\u062d\u0628\u0627",
  "\u65e5\u672c",
  "\ud83d\ude00",
  "e\u0301",
  "\u200b",
  "\u00a0",
];
const PUNCT = [".", ".", ".", "?", "!", ";", ",", ":", '"', "'", "", ".\u201d", "...", ")", "("];
const GAPS = [" ", " ", " ", "", "\n", "\r\n", "\t", "  "];

const word = fc.constantFrom(...WORDS);
const sentence = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 18 }), fc.constantFrom(...PUNCT), fc.boolean())
  .map(([ws, end, capital]) => {
    const s = ws.join(" ");
    return (capital ? s.charAt(0).toUpperCase() + s.slice(1) : s) + end;
  });
const paragraph = fc
  .array(fc.tuple(sentence, fc.constantFrom(...GAPS)), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.map(([s, gap]) => s + gap).join(""));
/** Text shaped like an article: an optional headline and tag line, then paragraphs. */
const articleLike = fc
  .tuple(
    fc.option(fc.array(word, { minLength: 1, maxLength: 10 }).map((w) => w.join(" "))),
    fc.option(fc.array(word, { minLength: 3, maxLength: 6 }).map((w) => w.join(", "))),
    fc.array(paragraph, { minLength: 1, maxLength: 6 }),
    fc.constantFrom("\n\n", "\n", "\r\n\r\n", "\n \n"),
  )
  .map(([title, tags, paragraphs, sep]) =>
    [title, tags, ...paragraphs].filter((p): p is string => p !== null).join(sep),
  );
const anyString = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
);

/**
 * Derives `text` and checks every invariant a kit must keep; refusing with ArticleError is fine.
 * Returns how many questions the kit has, so a run can show it was not vacuous.
 */
function assertValidKitOrArticleError(text: string): number {
  let kit;
  try {
    kit = deriveStudyKit(text);
  } catch (e) {
    if (e instanceof ArticleError) return 0;
    throw e;
  }
  const { article, facts, questions } = kit;
  expect(article.sentences.length).toBeGreaterThan(0);
  for (const s of article.sentences) {
    expect(article.text.slice(s.start, s.end)).toBe(s.text);
    const p = article.paragraphs[s.paragraph]!;
    expect(s.start).toBeGreaterThanOrEqual(p.start);
    expect(s.end).toBeLessThanOrEqual(p.end);
  }
  const sentenceIds = new Set(article.sentences.map((s) => s.id));
  const factIds = new Set(facts.map((f) => f.id));
  const sentenceText = new Map(article.sentences.map((s) => [s.id, s.text]));
  expect(sentenceIds.size).toBe(article.sentences.length);
  expect(factIds.size).toBe(facts.length);
  expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  for (const f of facts) for (const id of f.sentenceIds) expect(sentenceIds.has(id)).toBe(true);
  for (const q of questions) {
    expect(validateQuestion(q, { sentences: article.sentences }), JSON.stringify(q)).toEqual([]);
    for (const id of q.factIds) expect(factIds.has(id), q.prompt).toBe(true);
    // Grounded: a recalled name or figure is one the source sentence contains.
    if (q.type === "cloze" || q.type === "multiple_choice" || q.type === "numeric") {
      const source = q.sourceSentenceIds.map((id) => sentenceText.get(id)).join(" ");
      expect(source.toLowerCase(), q.prompt).toContain(q.answer.toLowerCase());
    }
  }
  expect([...findDuplicates(questions)]).toEqual([]);
  return questions.length;
}

describe("deriveStudyKit on any input", () => {
  it("refuses arbitrary strings with an ArticleError or yields only valid questions", () => {
    fc.assert(
      fc.property(anyString, (text) => {
        assertValidKitOrArticleError(text);
      }),
      { numRuns: 150 },
    );
  });

  it("refuses article-like text built from random sentences or yields only valid questions", () => {
    let withQuestions = 0;
    fc.assert(
      fc.property(articleLike, (text) => {
        if (assertValidKitOrArticleError(text) > 0) withQuestions++;
      }),
      { numRuns: 150 },
    );
    // Most of these texts must give questions, or the property proves nothing.
    expect(withQuestions).toBeGreaterThan(50);
  });

  it("is deterministic: deriving twice gives identical JSON", () => {
    fc.assert(
      fc.property(fc.oneof(articleLike, anyString), (text) => {
        let first: string;
        try {
          first = JSON.stringify(deriveStudyKit(text));
        } catch (e) {
          expect(e).toBeInstanceOf(ArticleError);
          expect(() => deriveStudyKit(text)).toThrow(ArticleError);
          return;
        }
        expect(JSON.stringify(deriveStudyKit(text))).toBe(first);
      }),
      { numRuns: 40 },
    );
  });
});
