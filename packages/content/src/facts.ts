// Key facts: one per independent clause of each substantive sentence, each with its stance,
// entities, category and importance.
import { findMentions, uniqueEntities, type Mention } from "./entities";
import { contentId } from "./hash";
import type { Token } from "./nlp";
import type { ReadArticle, ReadSentence } from "./read-article";
import { readStance, type StanceReading } from "./stance";
import type { Fact, FactCategory } from "./types";
import { balanceQuotes } from "./questions/draft";

/** A fact with what question generators need: where its words are and what they mention. */
export interface FactUnit {
  fact: Fact;
  sentence: ReadSentence;
  reading: StanceReading;
  /** Attribution lead-in kept in front of anything built from the fact, e.g. "According to X, ". */
  prefix: string;
  /** Article offsets of the clause the fact states (after the prefix and discourse markers). */
  start: number;
  end: number;
  tokens: Token[];
  mentions: Mention[];
}

// Sentence openers that link to the previous sentence; a fact stands alone without them.
const DISCOURSE_MARKERS =
  /^(however|meanwhile|moreover|furthermore|in addition|additionally|at the same time|ultimately|still|also|yet|but|and|instead|nevertheless|nonetheless|indeed|in fact|similarly|likewise|consequently|as a result|therefore|thus|meanwhile|separately|earlier|later|finally|overall|in short|in contrast|on the other hand|for its part|besides),\s+/i;

const CATEGORY_WORDS: [FactCategory, string[]][] = [
  [
    "military",
    [
      "strike",
      "airstrike",
      "militant",
      "military",
      "army",
      "troops",
      "soldier",
      "operation",
      "weapon",
      "weaponry",
      "air",
      "force",
      "commander",
      "fighter",
      "drone",
      "quadcopter",
      "bomb",
      "explosive",
      "fort",
    ],
  ],
  [
    "security",
    [
      "attack",
      "terrorist",
      "terrorism",
      "bombing",
      "suicide",
      "security",
      "violence",
      "killed",
      "kill",
      "injure",
      "threat",
      "insurgency",
      "militancy",
    ],
  ],
  [
    "diplomacy",
    [
      "ceasefire",
      "talk",
      "dialogue",
      "mediation",
      "ambassador",
      "agreement",
      "diplomatic",
      "relation",
      "negotiation",
      "commitment",
      "international",
      "summon",
      "protest",
      "engagement",
      "cooperation",
    ],
  ],
  [
    "economy",
    [
      "trade",
      "economy",
      "economic",
      "border",
      "market",
      "price",
      "budget",
      "tax",
      "revenue",
      "finance",
      "financial",
      "fund",
      "award",
      "resource",
      "cost",
    ],
  ],
  [
    "humanitarian",
    [
      "civilian",
      "refugee",
      "casualty",
      "humanitarian",
      "shelter",
      "healthcare",
      "education",
      "woman",
      "child",
      "family",
      "community",
    ],
  ],
  [
    "health",
    [
      "polio",
      "virus",
      "vaccine",
      "vaccination",
      "disease",
      "health",
      "hospital",
      "patient",
      "immunisation",
      "immunization",
      "sample",
    ],
  ],
  [
    "law",
    [
      "court",
      "judge",
      "bail",
      "case",
      "law",
      "legal",
      "sentence",
      "petition",
      "hearing",
      "constitution",
      "justice",
      "jail",
      "arrest",
      "trial",
      "retry",
    ],
  ],
  [
    "politics",
    [
      "government",
      "minister",
      "election",
      "party",
      "parliament",
      "political",
      "leadership",
      "policy",
      "president",
      "reform",
      "cabinet",
      "provincial",
      "federal",
    ],
  ],
  ["society", ["public", "social", "media", "people", "opinion", "culture", "animal", "citizen"]],
];

function categorise(tokens: Token[], stance: Fact["stance"]): FactCategory {
  const lemmas = new Set(tokens.map((t) => t.lemma));
  let best: FactCategory = stance === "opinion" ? "analysis" : "context";
  let bestScore = 0;
  for (const [category, words] of CATEGORY_WORDS) {
    const score = words.filter((w) => lemmas.has(w)).length;
    if (score > bestScore) {
      best = category;
      bestScore = score;
    }
  }
  return stance === "opinion" && bestScore < 2 ? "analysis" : best;
}

function hasFiniteVerb(tokens: Token[]): boolean {
  return tokens.some(
    (t, i) =>
      t.pos === "AUX" ||
      (t.pos === "VERB" && !/ing$/.test(t.lower) && !(tokens[i - 1]?.pos === "DET")),
  );
}

/** A sentence worth learning from: long enough, has a verb, is not a question or a fragment. */
export function isSubstantive(sentence: ReadSentence): boolean {
  const words = sentence.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.value));
  if (words.length < 6 || words.length > 120) return false;
  if (/\?["']?$/.test(sentence.text)) return false;
  // A lower-case start is a fragment left by scraping (". carried several  about Eros").
  if (/^[a-z]/.test(sentence.text)) return false;
  return hasFiniteVerb(sentence.tokens);
}

// Where a sentence splits into independent clauses: ", and", "; ", ", yet", ", but" or a bare
// comma, when the part after it has its own subject and finite verb.
function clauseBreaks(tokens: Token[]): number[] {
  const breaks: number[] = [];
  for (let i = 1; i < tokens.length - 3; i++) {
    const t = tokens[i]!;
    if (t.value !== "," && t.value !== ";") continue;
    let k = i + 1;
    if (["and", "but", "yet", "while", "whereas"].includes(tokens[k]!.lower)) k++;
    const rest = tokens.slice(k);
    // The next clause must open with a noun subject (not a pronoun: "they" needs its antecedent).
    const subjectEnd = rest.findIndex((x) => x.pos === "AUX" || x.pos === "VERB");
    if (subjectEnd < 1 || subjectEnd > 5) continue;
    const subject = rest.slice(0, subjectEnd);
    if (!subject.some((x) => x.pos === "NOUN" || x.pos === "PROPN")) continue;
    if (subject.some((x) => ["PRON", "ADP", "SCONJ", "CCONJ"].includes(x.pos) || x.value === ","))
      continue;
    const verb = rest[subjectEnd]!;
    if (verb.pos === "VERB" && /ing$/.test(verb.lower)) continue;
    const before = tokens.slice(breaks.length ? breaks[breaks.length - 1]! : 0, i);
    if (!hasFiniteVerb(before)) continue;
    breaks.push(i);
  }
  return breaks;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function withStop(s: string): string {
  return /[.!?]["')]?$/.test(s) ? s : `${s}.`;
}

/** Splits each substantive sentence into fact units. */
export function deriveFactUnits(read: ReadArticle): FactUnit[] {
  const { article, sentences } = read;
  const text = article.text;
  const titleWords = new Set(
    article.title
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 3),
  );
  const paragraphCount = Math.max(1, article.paragraphs.length);
  const units: FactUnit[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    if (!isSubstantive(sentence)) return;
    const reading = readStance(sentence);
    const mentions = findMentions(sentence);
    let bodyStart = reading.leadEnd ?? sentence.start;
    const prefix = reading.leadEnd ? text.slice(sentence.start, reading.leadEnd) : "";
    if (!reading.leadEnd) {
      const marker = DISCOURSE_MARKERS.exec(sentence.text);
      if (marker) bodyStart = sentence.start + marker[0].length;
    }
    const bodyTokens = sentence.tokens.filter((t) => t.start >= bodyStart);
    // Reported speech stays whole: splitting "X argues that A, and B" would drop the speaker.
    const splittable = reading.stance === "stated" || reading.leadEnd !== null;
    const breaks = splittable ? clauseBreaks(bodyTokens) : [];
    const spans: [number, number][] = [];
    let from = 0;
    for (const b of [...breaks, bodyTokens.length]) {
      let first = from;
      // Only a clause after a break drops its conjunction; "While A, B" stays whole.
      while (from > 0 && first < b && ["and", "but", "yet"].includes(bodyTokens[first]!.lower))
        first++;
      let last = b - 1;
      while (
        last > first &&
        bodyTokens[last]!.pos === "PUNCT" &&
        bodyTokens[last]!.value !== ")" &&
        bodyTokens[last]!.value !== '"'
      )
        last--;
      if (last >= first) spans.push([first, last]);
      from = b + 1;
    }
    for (const [first, last] of spans) {
      const tokens = bodyTokens.slice(first, last + 1);
      if (tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.value)).length < 3) continue;
      const start = tokens[0]!.start;
      const end = tokens[tokens.length - 1]!.end;
      const clause = balanceQuotes(text.slice(start, end));
      const factText = withStop(prefix + (prefix ? clause : capitalise(clause)));
      const clauseMentions = mentions.filter((m) => m.start >= start && m.end <= end);
      const entities = uniqueEntities(clauseMentions);
      const words = tokens.filter((t) => /\p{L}/u.test(t.value)).map((t) => t.lower);
      const titleOverlap = words.filter((w) => titleWords.has(w)).length;
      const paragraphWeight = 1 - sentence.paragraph / paragraphCount;
      const importance =
        0.3 * Math.min(1, entities.length / 3) +
        0.15 *
          (entities.some((e) => e.kind === "number" || e.kind === "percentage" || e.kind === "date")
            ? 1
            : 0) +
        0.25 * paragraphWeight +
        0.15 * (reading.stance === "opinion" ? 0.3 : 1) +
        0.1 * Math.min(1, titleOverlap / 2) +
        0.05 * (sentenceIndex < 3 ? 1 : 0);
      const fact: Fact = {
        id: contentId("f", sentence.id, factText),
        text: factText,
        sentenceIds: [sentence.id],
        stance: reading.stance,
        attribution: reading.attribution,
        entities,
        category: categorise(tokens, reading.stance),
        importance: Math.round(importance * 1000) / 1000,
      };
      units.push({ fact, sentence, reading, prefix, start, end, tokens, mentions: clauseMentions });
    }
  });
  return units;
}
