// Key facts: one per independent clause of each substantive sentence, each with its stance,
// entities, category and importance.
import { addSurnameMentions, findMentions, uniqueEntities, type Mention } from "./entities";
import { contentId } from "./hash";
import type { Token } from "./nlp";
import { isSubHeading, type ReadArticle, type ReadSentence } from "./read-article";
import { lookup, MONTHS, WEEKDAYS } from "./gazetteer";
import { judges, readStance, stanceMarkers, type StanceReading } from "./stance";
import type { Fact, FactCategory } from "./types";
import { balanceQuotes } from "./questions/draft";
import { mayBePersonalName } from "./names";
import { danglingReferent } from "./standalone";

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
  /**
   * Words of the clause replaced by what they refer to, found in earlier sentences ("The
   * court" → "The Sindh High Court", "He" → "Ibrahim K"); applied wherever the clause is shown.
   */
  rewrites: { start: number; end: number; text: string }[];
  /** Whether the clause's first word is (part of) a name, and keeps its capital mid-sentence. */
  opensWithName: boolean;
}

// Sentence openers that link to the previous sentence; a fact stands alone without them.
const DISCOURSE_MARKERS =
  /^(however|meanwhile|moreover|furthermore|in addition|additionally|(?:even )?more importantly|most importantly|above all|unfortunately|fortunately|sadly|of course|at the same time|ultimately|still|also|yet|but|and|instead|nevertheless|nonetheless|indeed|in fact|similarly|likewise|consequently|as a result|therefore|thus|meanwhile|separately|earlier|later|finally|overall|in short|in other words|in contrast|on the other hand|for its part|besides|for instance|for example|first|second|third|fourth|(?:surprisingly|interestingly|ironically|notably|importantly|remarkably|tellingly|predictably|curiously|oddly)(?: though| enough)?|to be sure|admittedly|after all|in any case|anyway|now|luckily|thankfully|happily),\s+/i;

const CATEGORY_WORDS: [FactCategory, string[]][] = [
  [
    "military",
    [
      "strike",
      "airstrike",
      "airstrikes",
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
  // ("Matches to be played on weekend of 8/9 January": an infinitive is no finite verb.)
  const infinitive = (i: number) =>
    tokens[i - 1]?.lower === "to" ||
    (/^(be|have)$/.test(tokens[i - 1]?.lower ?? "") && tokens[i - 2]?.lower === "to");
  return tokens.some(
    (t, i) =>
      !infinitive(i) &&
      (t.pos === "AUX" ||
        // (A statement does not open with its finite verb: "Matches to be played…" is a noun.)
        (t.pos === "VERB" && i > 0 && !/ing$/.test(t.lower) && !(tokens[i - 1]?.pos === "DET"))),
  );
}

/** The tokens outside relative clauses ("which are likely…", "who was then…") up to a comma. */
function outsideRelatives(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  let inside = false;
  tokens.forEach((t, i) => {
    if (/^(which|who|whom|whose)$/.test(t.lower) && i > 0) inside = true;
    else if (t.value === "," || t.value === ";") inside = false;
    if (!inside) out.push(t);
  });
  return out;
}

/** A sentence worth learning from: long enough, has a verb, is not a question or a fragment. */
export function isSubstantive(sentence: ReadSentence): boolean {
  const words = sentence.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.value));
  if (words.length < 6 || words.length > 120) return false;
  if (/\?["']?$/.test(sentence.text)) return false;
  // "Pakistan Medical Association calls for filling gaps…": a sub-heading in headlinese.
  if (isSubHeading(sentence)) return false;
  // A lower-case start is a fragment left by scraping (". carried several  about Eros").
  if (/^[a-z]/.test(sentence.text)) return false;
  // "there have been ... of the IMF": words lost in scraping (read-article marks the gap).
  if (/\u2026/.test(sentence.text)) return false;
  // "booked under Foreigners Act A sessions court had…": two sentences run together.
  if (/\b[A-Z][a-z]+ (A|An|The) [a-z]+ [a-z]+/.test(sentence.text.slice(1))) return false;
  // "Given, Andrew O'Brien, Elliott, Bramble, …": a team sheet or a list of names, not a statement.
  const names = words.filter((t) => /^\p{Lu}/u.test(t.value)).length;
  const commas = sentence.tokens.filter((t) => t.value === ",").length;
  if (commas >= 5 && names >= words.length * 0.6) return false;
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
    // "…, cable set-top box, digital video recorder": "set" in a compound is no verb.
    if (rest[subjectEnd + 1]?.value === "-") continue;
    // "…a second, R-rated Star Trek spin-off": "rated" in a compound adjective is no verb.
    if (rest[subjectEnd - 1]?.value === "-") continue;
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

const CONTENT_POS = new Set(["NOUN", "PROPN", "VERB", "ADJ", "NUM"]);
const LIGHT_LEMMAS = new Set([
  "be",
  "have",
  "do",
  "say",
  "said",
  "also",
  "will",
  "would",
  "can",
  "make",
  "take",
]);

function contentLemmas(tokens: Token[]): Set<string> {
  return new Set(
    tokens
      .filter((t) => CONTENT_POS.has(t.pos) && t.lemma.length > 2 && !LIGHT_LEMMAS.has(t.lemma))
      .map((t) => t.lemma.toLowerCase()),
  );
}

/**
 * How central each sentence is: the TextRank-style similarity (shared content lemmas over the
 * log of both lengths) summed over every other sentence, scaled so the most central is 1. A
 * sentence the others build on shares their words. Works the same on one long paragraph.
 */
export function sentenceCentrality(sentences: readonly ReadSentence[]): Map<string, number> {
  const bags = sentences.map((s) => contentLemmas(s.tokens));
  const raw = bags.map((a, i) => {
    let sum = 0;
    bags.forEach((b, j) => {
      if (i === j || a.size < 2 || b.size < 2) return;
      let shared = 0;
      for (const w of a) if (b.has(w)) shared++;
      sum += shared / (Math.log(a.size) + Math.log(b.size));
    });
    return sum;
  });
  const max = Math.max(1e-9, ...raw);
  return new Map(sentences.map((s, i) => [s.id, raw[i]! / max]));
}

const SPEECH_TAG =
  /,"?\s+((?:the\s)?(?:[a-z]+\s){0,2}(?:(?:Dr|Mr|Mrs|Ms|Sir|[A-Z][\w.'-]*)\s){0,4}[A-Z][\w'-]*|the [a-z]+(?: [a-z]+)?|he|she|they|it)\s+(?:has\s+|have\s+|had\s+)?(said|says|added|adds|told|noted|stated|claimed|argued|warned|explained)\b/;

// "…," said Aziz Djibali, 56, who…: the verb before its speaker, after a closing quotation.
// ('…," says philosopher Paul Thagard, author of…': a role in lower case may come first.)
const INVERTED_SPEECH_TAG =
  /,"\s+(?:said|says|added|adds|explained|noted|warned)\s+(?:[a-z]+\s){0,2}?((?:(?:Dr|Mr|Mrs|Ms|Sir|[A-Z][\w.'-]*)\s){0,4}[A-Z][\w'-]*)(?=[\s,.])/;

const LONG_CLAUSE_WORDS = 26;
const TRAILING_OPENERS = new Set([
  "which",
  "who",
  "whom",
  "where",
  "whose",
  "while",
  "whereas",
  "although",
  "though",
  "but",
  "adding",
  "saying",
]);

/**
 * How many tokens of a long clause to keep: a statement of more than LONG_CLAUSE_WORDS words
 * ends before a trailing part that adds to it (", sparking …", ", which …", "… and warned that
 * …"), so a fact is one statement a student can hold. Short clauses keep every token.
 */
export function trimmedLength(tokens: readonly Token[]): number {
  const words = (n: number) =>
    tokens.slice(0, n).filter((t) => /[\p{L}\p{N}]/u.test(t.value)).length;
  // "…a 21 day recuperation period - although based on the experience of animal hibernation":
  // a dash that opens a concession with no verb of its own ends the statement.
  const dash = tokens.findIndex(
    (x, k) =>
      k > 3 &&
      (x.value === "-" || x.value === "–" || x.value === "—") &&
      /^(although|though|while|whereas|but)$/.test(tokens[k + 1]?.lower ?? ""),
  );
  // ("although based on…": a participle is no verb of its own.)
  if (
    dash > 0 &&
    !tokens
      .slice(dash + 2)
      .some((t) => t.pos === "AUX" || (t.pos === "VERB" && !/(ed|en|ing)$/.test(t.lower)))
  )
    return dash;
  if (words(tokens.length) <= LONG_CLAUSE_WORDS) return tokens.length;
  // (A quotation that opens the clause is open from its first token.)
  let open = tokens[0]?.value === '"' || tokens[0]?.value === "(" ? 1 : 0;
  // (Nor inside an aside between spaced dashes: "- one that it had tried and failed… -".)
  let aside = false;
  for (let i = 1; i < tokens.length - 2; i++) {
    const t = tokens[i]!;
    if (t.value === "(" || t.value === '"') open += t.value === "(" ? 1 : open ? -1 : 1;
    if (t.value === ")") open = Math.max(0, open - 1);
    if (
      /^[-–—]$/.test(t.value) &&
      tokens[i - 1]!.end < t.start &&
      (tokens[i + 1]?.start ?? Infinity) > t.end
    )
      aside = !aside;
    if (open > 0 || aside || words(i) < 10) continue;
    const next = tokens[i + 1]!;
    const participle = next.pos === "VERB" && /ing$/.test(next.lower);
    const cut =
      (t.value === "," && (participle || TRAILING_OPENERS.has(next.lower))) ||
      // "…took to the streets on Thursday as the authorities held an election…": a long
      // statement ends before a clause of what went on at the same time.
      (t.lower === "as" &&
        (t.pos === "SCONJ" || t.pos === "ADP") &&
        tokens[i - 1]?.lower !== "such" &&
        tokens[i - 1]?.lower !== "well" &&
        words(i) >= 12 &&
        ["DET", "PROPN", "NOUN", "ADJ"].includes(next.pos) &&
        hasFiniteVerb(tokens.slice(i + 1) as Token[])) ||
      // "…turned up and asserted that …": only a long first part stands without what follows.
      (t.lower === "and" &&
        words(i) >= 14 &&
        next.pos === "VERB" &&
        /ed$/.test(next.lower) &&
        tokens[i - 1]!.value !== ",");
    if (cut && hasFiniteVerb(tokens.slice(0, i) as Token[])) {
      let end = i;
      while (
        end > 0 &&
        tokens[end - 1]!.pos === "PUNCT" &&
        tokens[end - 1]!.value !== ")" &&
        tokens[end - 1]!.value !== '"'
      )
        end--;
      return end;
    }
  }
  return tokens.length;
}

type Rewrite = { start: number; end: number; text: string };

/** The clause's text from `start` to `end` with the rewrites (sorted, disjoint) applied. */
function applyRewrites(text: string, start: number, end: number, rewrites: readonly Rewrite[]) {
  let out = "";
  let cursor = start;
  for (const r of rewrites) {
    if (r.start < cursor) continue;
    out += text.slice(cursor, r.start) + r.text;
    cursor = r.end;
  }
  return (out + text.slice(cursor, end)).replace(/ {2,}/g, " ");
}

/**
 * "(SIC)", "(£131,900)": an acronym spelled out before it, or a figure converted to another
 * currency, adds words and no fact; a question that asks about it keeps it (its own replacement
 * overlaps the rewrite).
 */
function dropAsides(tokens: readonly Token[], text: string): Rewrite[] {
  const out: Rewrite[] = [];
  // "…four of the five candidates - all former senior officials - said…": in a long clause an
  // aside between dashes, with no verb of its own, adds words a question does not need.
  const wordCount = tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.value)).length;
  if (wordCount > LONG_CLAUSE_WORDS)
    tokens.forEach((t, i) => {
      // A dash between spaces, not the hyphens of "Mom-and-Pop".
      const spaced = (x: Token) =>
        /^[-–—]$/.test(x.value) && text[x.start - 1] === " " && text[x.end] === " ";
      if (!spaced(t) || i === 0) return;
      const close = tokens.findIndex((x, j) => j > i && spaced(x));
      // ("a flawed design from 2015 - one that it had tried and failed to perfect many times -
      // with…": an aside that describes the noun before it may have verbs of its own.)
      const describes = /^(one|which|who|whose|a|an)$/.test(tokens[i + 1]?.lower ?? "");
      if (close < 0 || close - i > (describes ? 14 : 9) || close === tokens.length - 1) return;
      if (out.some((r) => r.end > t.start)) return;
      if (
        !describes &&
        tokens
          .slice(i + 1, close)
          .some((x) => x.pos === "VERB" || x.pos === "AUX" || x.value === '"')
      )
        return;
      out.push({ start: tokens[i - 1]!.end, end: tokens[close]!.end, text: "" });
    });
  tokens.forEach((t, i) => {
    if (t.value !== "(" || i === 0) return;
    const close = tokens.findIndex((x, j) => j > i && x.value === ")");
    if (close < 0 || close - i > 6) return;
    const inner = text.slice(t.end, tokens[close]!.start).trim();
    if (
      /^[A-Z][A-Z0-9&-]{1,9}$/.test(inner) ||
      /^(about |around |some )?[£$€¥][\d.,]+\s?(m|bn|million|billion|k)?$/.test(inner)
    )
      out.push({ start: tokens[i - 1]!.end, end: tokens[close]!.end, text: "" });
  });
  return out;
}

/**
 * "Euronext has also said…", "Matt Groening was also at…": an "also" among the first words only
 * adds this clause to one before it; the clause says the same without it.
 */
function dropAdditive(tokens: readonly Token[]): Rewrite[] {
  const at = tokens.findIndex((t, i) => i > 0 && i <= 6 && t.lower === "also");
  if (at < 0) return [];
  const also = tokens[at]!;
  const next = tokens[at + 1];
  return [{ start: also.start, end: next ? next.start : also.end, text: "" }];
}

const NAMED_KINDS = new Set(["person", "organisation", "place", "event", "name"]);

/**
 * The antecedent of a clause's opening reference, from the sentences before it: "The court …"
 * is the last named thing whose name ends in "Court" within three sentences; "He …" / "She …" is
 * the person the sentences before are about (personAntecedent). Undefined when the clause opens
 * otherwise or nothing unambiguous is found.
 */
export function resolveOpening(
  tokens: readonly Token[],
  sentenceIndex: number,
  sentences: readonly ReadSentence[],
  mentionsOf: (s: ReadSentence) => Mention[],
): { start: number; end: number; text: string } | undefined {
  const first = tokens[0];
  if (!first) return undefined;
  if (/^(he|she)$/i.test(first.value) && tokens[1]?.pos !== "PUNCT") {
    const name = personAntecedent(sentenceIndex, sentences, mentionsOf);
    // "He said Morris then tried to flee": the sentence names the antecedent as somebody
    // else, so "he" is another person (the officer), whoever the sentences before were about.
    const surname = name?.split(/\s+/).pop();
    if (surname && tokens.slice(1).some((t) => t.value === surname)) return undefined;
    return name ? { start: first.start, end: first.end, text: name } : undefined;
  }
  if (first.lower !== "the") return undefined;
  return (
    resolveDefinite(tokens, 0, sentenceIndex, sentences, mentionsOf) ??
    resolveBench(tokens, sentenceIndex, sentences, mentionsOf) ??
    resolveAppositive(tokens, 0, sentenceIndex, sentences, mentionsOf) ??
    resolveCompany(tokens, 0, sentenceIndex, sentences, mentionsOf) ??
    resolveTitle(tokens, 0, sentenceIndex, sentences) ??
    resolveDescribed(tokens, sentenceIndex, sentences)
  );
}

const DETERMINERS = /^(a|an|the|its|their|his|her|this|that|these|those)$/;

/**
 * "The drive will target…" after "a fresh polio drive will begin…"; "The official urged…" after
 * "An NIH lab official said…": the nearest of the two sentences before that describes the same
 * noun with a noun of its own ("polio", "NIH lab") tells which one. The clause's own adjectives
 * are kept ("The latest case" → "The latest polio case"). Undefined when the two sentences
 * describe the noun in two ways, or only with adjectives.
 */
function resolveDescribed(
  tokens: readonly Token[],
  sentenceIndex: number,
  sentences: readonly ReadSentence[],
): { start: number; end: number; text: string } | undefined {
  let k = 1;
  while (k < 3 && tokens[k] && /^[a-z][a-z-]*$/.test(tokens[k]!.value) && tokens[k]!.pos === "ADJ")
    k++;
  const head = tokens[k];
  if (!head || head.pos !== "NOUN" || !/^[a-z]+$/.test(head.value)) return undefined;
  // "The case against him", "The drive to vaccinate": completed in place.
  if (/^(of|for|in|against|to|that|who|which|at|on|from|with)$/.test(tokens[k + 1]?.lower ?? ""))
    return undefined;
  const own = tokens.slice(1, k).map((t) => t.lower);
  const found = new Set<string>();
  let modifiers: Token[] | undefined;
  for (const s of sentences.slice(Math.max(0, sentenceIndex - 2), sentenceIndex).reverse()) {
    s.tokens.forEach((t, i) => {
      if (t.lower !== head.lower || t.pos !== "NOUN") return;
      let j = i;
      while (j > 0 && j > i - 4 && ["ADJ", "NOUN", "PROPN", "NUM"].includes(s.tokens[j - 1]!.pos))
        j--;
      if (!DETERMINERS.test(s.tokens[j - 1]?.lower ?? "")) return;
      const mods = s.tokens.slice(j, i);
      if (!mods.some((m) => m.pos === "NOUN" || m.pos === "PROPN")) return;
      if (mods.some((m) => !/^[\p{L}\p{N}-]+$/u.test(m.value))) return;
      found.add(mods.map((m) => m.lower).join(" "));
      modifiers ??= mods;
    });
    if (found.size) break;
  }
  if (found.size !== 1 || !modifiers) return undefined;
  const nouns = (modifiers as Token[]).filter((m) => m.pos === "NOUN" || m.pos === "PROPN");
  const words = own.length
    ? [...own, ...nouns.map((m) => m.value).filter((w) => !own.includes(w.toLowerCase()))]
    : (modifiers as Token[]).map((m) => m.value);
  return { start: tokens[0]!.start, end: head.end, text: `The ${words.join(" ")} ${head.value}` };
}

const memoAppositives = new WeakMap<
  readonly ReadSentence[],
  Map<string, { name: string; from: number }>
>();

/**
 * Nouns the article pins to one name by putting them in front of it ("the film Black Friday",
 * "hit US cartoon The Simpsons", "chairman John Jackson"): noun → name, for the nouns that only
 * ever stand before that one name (a noun used of two names, or on its own with "a", is left
 * out: "a duty judge" may be another judge).
 */
function appositives(
  sentences: readonly ReadSentence[],
  mentionsOf: (s: ReadSentence) => Mention[],
): Map<string, { name: string; from: number }> {
  let map = memoAppositives.get(sentences);
  if (map) return map;
  const names = new Map<string, Set<string>>();
  const loose = new Set<string>();
  // Where each name is first mentioned, so "the film" only ever means a film named before it.
  const firstSeen = new Map<string, number>();
  sentences.forEach((s, index) => {
    for (const m of mentionsOf(s)) {
      const name = m.entity.text.replace(/^the\s+/i, "");
      if (!firstSeen.has(name)) firstSeen.set(name, index);
    }
  });
  for (const s of sentences) {
    const mentions = mentionsOf(s).filter(
      (m) => !["date", "number", "percentage"].includes(m.entity.kind),
    );
    s.tokens.forEach((t, i) => {
      if (t.pos !== "NOUN" || !/^[a-z]{3,}$/.test(t.value)) return;
      const next = mentions.find((m) => m.first === i + 1);
      if (next) {
        const set = names.get(t.lower) ?? new Set<string>();
        set.add(next.entity.text.replace(/^the\s+/i, ""));
        names.set(t.lower, set);
      } else if (/^(a|an|another|one|each|every|any)$/.test(s.tokens[i - 1]?.lower ?? ""))
        loose.add(t.lower);
      else if (/^(of|for)$/.test(s.tokens[i + 1]?.lower ?? "")) loose.add(t.lower);
    });
  }
  map = new Map();
  for (const [noun, set] of names) {
    const name = [...set][0]!;
    if (set.size === 1 && !loose.has(noun))
      map.set(noun, { name, from: firstSeen.get(name) ?? Infinity });
  }
  memoAppositives.set(sentences, map);
  return map;
}

// Nouns a report uses for a company it has named ("a chip startup called Luminous" … "The
// company uses…").
const COMPANY_NOUNS = new Set([
  "company",
  "firm",
  "startup",
  "start-up",
  "giant",
  "maker",
  "retailer",
  "carmaker",
  "manufacturer",
  "group",
  "business",
  "chain",
  "airline",
  "bank",
  "lender",
  "insurer",
]);

const memoCompany = new WeakMap<readonly ReadSentence[], { name: string; from: number } | null>();

/**
 * The one company the article introduces with a company noun before its name ("startup called
 * Luminous", "US retail giant Federated Department Stores", "Console maker Lumen"), or null when
 * it introduces none or more than one.
 */
function introducedCompany(
  sentences: readonly ReadSentence[],
  mentionsOf: (s: ReadSentence) => Mention[],
): { name: string; from: number } | null {
  const memo = memoCompany.get(sentences);
  if (memo !== undefined) return memo;
  const names = new Map<string, number>();
  sentences.forEach((s, index) => {
    const mentions = mentionsOf(s).filter((m) => NAMED_KINDS.has(m.entity.kind));
    s.tokens.forEach((t, i) => {
      if (!COMPANY_NOUNS.has(t.lower)) return;
      const skip = /^(called|named|,)$/.test(s.tokens[i + 1]?.lower ?? "") ? 2 : 1;
      const m = mentions.find((x) => x.first === i + skip);
      if (!m) return;
      const name = m.entity.text.replace(/^the\s+/i, "");
      if (!names.has(name)) names.set(name, index);
    });
  });
  const found = names.size === 1 ? { name: [...names][0]![0], from: [...names][0]![1] } : null;
  memoCompany.set(sentences, found);
  return found;
}

/** "The company uses…" → "Luminous uses…" after "a chip startup called Luminous". */
function resolveCompany(
  tokens: readonly Token[],
  at: number,
  sentenceIndex: number,
  sentences: readonly ReadSentence[],
  mentionsOf: (s: ReadSentence) => Mention[],
): { start: number; end: number; text: string } | undefined {
  // Only the bare noun: "the combined firm" after a merger is another company.
  const k = at + 1;
  const noun = tokens[k];
  if (!noun || !COMPANY_NOUNS.has(noun.lower)) return undefined;
  // "the company's chief" keeps its possessive; "the group of…" is something else.
  if (/^(of|for|that|which|who)$/.test(tokens[k + 1]?.lower ?? "")) return undefined;
  if (/^\p{Lu}/u.test(tokens[k + 1]?.value ?? "") && tokens[k + 1]?.pos === "PROPN")
    return undefined;
  const company = introducedCompany(sentences, mentionsOf);
  if (!company || company.from >= sentenceIndex) return undefined;
  return { start: tokens[at]!.start, end: noun.end, text: company.name };
}

// An office and how the article writes it before a holder's name.
const TITLES: Record<string, string> = {
  governor: "Gov\\.|Governor",
  mayor: "Mayor",
  senator: "Sen\\.|Senator",
  sheriff: "Sheriff",
  judge: "Judge",
  chancellor: "Chancellor",
  commissioner: "Commissioner",
  superintendent: "Superintendent",
};

/**
 * "the governor" → "Governor Jerry Brown" after "Gov. Jerry Brown", "the mayor" → "Mayor Tony
 * Mack" after "Trenton Mayor Tony Mack": the one holder of that office the article named
 * before ("Lt. Gov. Gavin Newsom" holds another office). Undefined when it named none or two.
 */
function resolveTitle(
  tokens: readonly Token[],
  at: number,
  sentenceIndex: number,
  sentences: readonly ReadSentence[],
): { start: number; end: number; text: string } | undefined {
  const noun = tokens[at + 1];
  const pattern = noun && TITLES[noun.lower];
  if (!pattern || /^(of|for)$/.test(tokens[at + 2]?.lower ?? "")) return undefined;
  const holder = new RegExp(
    `(?<!(Lt\\.|Lieutenant|Vice|Deputy|Former|former|ex-|Assistant|Associate) )\\b(?:${pattern}) ((?:\\p{Lu}[\\p{L}'.-]* ){0,2}\\p{Lu}[\\p{L}'-]+)`,
    "gu",
  );
  // "…as a duty judge": another holder of the office the words could mean.
  const another = new RegExp(`\\b(?<!the )${noun.lower}\\b`);
  const names = new Set<string>();
  for (const s of sentences.slice(0, sentenceIndex)) {
    for (const m of s.text.matchAll(holder)) names.add(m[2]!);
    if (another.test(s.text)) return undefined;
  }
  if (names.size !== 1) return undefined;
  const office = noun.lower.charAt(0).toUpperCase() + noun.lower.slice(1);
  return { start: tokens[at]!.start, end: noun.end, text: `${office} ${[...names][0]}` };
}

/** "the film" → "Black Friday" when the article has pinned "film" to that one name before. */
function resolveAppositive(
  tokens: readonly Token[],
  at: number,
  sentenceIndex: number,
  sentences: readonly ReadSentence[],
  mentionsOf: (s: ReadSentence) => Mention[],
): { start: number; end: number; text: string } | undefined {
  const noun = tokens[at + 1];
  const after = tokens[at + 2];
  if (!noun || noun.pos !== "NOUN") return undefined;
  // "the film Black Friday" already names it; "the film of the book" is another thing.
  if (after && (/^\p{Lu}/u.test(after.value) || /^(of|for|that|which|who)$/.test(after.lower)))
    return undefined;
  const pinned = appositives(sentences, mentionsOf).get(noun.lower);
  // Named before this sentence, not only after it.
  if (!pinned || pinned.from >= sentenceIndex) return undefined;
  return { start: tokens[at]!.start, end: noun.end, text: pinned.name };
}

/**
 * "The bench …", "The single-judge bench …": a bench sits in a court, and when the article has
 * named one court and no other, it is that court's ("The Sindh High Court bench").
 */
function resolveBench(
  tokens: readonly Token[],
  sentenceIndex: number,
  sentences: readonly ReadSentence[],
  mentionsOf: (s: ReadSentence) => Mention[],
): { start: number; end: number; text: string } | undefined {
  // "The bench", "The two-judge bench", "The single-member bench".
  let k = 1;
  while (
    k < 5 &&
    tokens[k] &&
    /^([a-z][a-z-]*|-)$/.test(tokens[k]!.value) &&
    tokens[k]!.lower !== "bench"
  )
    k++;
  if (tokens[k]?.lower !== "bench") return undefined;
  const courts = new Set<string>();
  for (const s of sentences.slice(0, sentenceIndex)) {
    for (const m of mentionsOf(s))
      if (/ Court$/.test(m.entity.text)) courts.add(m.entity.text.replace(/^the\s+/i, ""));
    // "a sessions court", "the trial court": another court the bench could sit in.
    if (/\b[a-z][a-z-]+ court\b/.test(s.text)) return undefined;
  }
  if (courts.size !== 1) return undefined;
  return { start: tokens[0]!.start, end: tokens[k]!.end, text: `The ${[...courts][0]} bench` };
}

/**
 * "the court", "The high court", "the awards" at token `at`: the last named thing within three
 * sentences before whose name ends in that noun. Mid-clause the noun must be the name's own
 * word in the same number and not be completed in place ("the award for best comedy" is not
 * the British Comedy Awards).
 */
function resolveDefinite(
  tokens: readonly Token[],
  at: number,
  sentenceIndex: number,
  sentences: readonly ReadSentence[],
  mentionsOf: (s: ReadSentence) => Mention[],
): { start: number; end: number; text: string } | undefined {
  const the = tokens[at]!;
  // "The court", "The high court", "The ministry": one or two lower-case words.
  let k = at + 1;
  while (
    k < at + 3 &&
    tokens[k] &&
    /^[a-z][a-z-]*$/.test(tokens[k]!.value) &&
    (at > 0
      ? ["NOUN", "ADJ"].includes(tokens[k]!.pos)
      : tokens[k]!.pos !== "VERB" && tokens[k]!.pos !== "AUX")
  )
    k++;
  const head = tokens[k - 1]!;
  if (k === at + 1 || !["NOUN", "PROPN"].includes(head.pos)) return undefined;
  if (at > 0 && /^(of|for|in|at|on|from|with|by|that|who|which)$/.test(tokens[k]?.lower ?? ""))
    return undefined;
  const headWord = head.lemma.toLowerCase();
  const earlier = sentences.slice(Math.max(0, sentenceIndex - 3), sentenceIndex).reverse();
  for (const s of earlier) {
    // Mid-clause every word of the description is the name's ("the high court" is the Lahore
    // High Court; "the trial court" is another court).
    const described = tokens.slice(at + 1, k).map((t) => t.lower);
    const found = mentionsOf(s)
      .filter((m) => NAMED_KINDS.has(m.entity.kind))
      .reverse()
      .find((m) => {
        const nameWords = m.entity.text.toLowerCase().split(/\s+/);
        const last = nameWords[nameWords.length - 1]!;
        return at > 0
          ? last === head.lower && described.every((w) => nameWords.includes(w))
          : last === headWord || last === `${headWord}s` || last === head.lower;
      });
    if (found) {
      const name = found.entity.text.replace(/^the\s+/i, "");
      return { start: the.start, end: head.end, text: `${at > 0 ? "the" : "The"} ${name}` };
    }
    // "…anti-terrorism court judge…" in between: another court the words could mean.
    if (s.tokens.some((t) => t.lemma.toLowerCase() === headWord)) return undefined;
  }
  return undefined;
}

/** Every "the <noun>" after the clause's first word that names something said before. */
function resolveDefinites(
  tokens: readonly Token[],
  sentenceIndex: number,
  sentences: readonly ReadSentence[],
  mentionsOf: (s: ReadSentence) => Mention[],
): Rewrite[] {
  const out: Rewrite[] = [];
  const clause = tokens.map((t) => t.value).join(" ");
  tokens.forEach((t, i) => {
    if (i === 0 || t.lower !== "the") return;
    const r =
      resolveDefinite(tokens, i, sentenceIndex, sentences, mentionsOf) ??
      resolveAppositive(tokens, i, sentenceIndex, sentences, mentionsOf) ??
      resolveCompany(tokens, i, sentenceIndex, sentences, mentionsOf) ??
      resolveTitle(tokens, i, sentenceIndex, sentences);
    // "The Lahore High Court directed the Lahore High Court": a name the clause already has is
    // not what its "the court" means.
    if (r && !clause.includes(r.text.replace(/^the /, ""))) out.push(r);
  });
  return out;
}

/**
 * Who speaks a sentence that is only a quotation: the one speaker named by a speech tag in the
 * sentence just before or after it in the same paragraph, where the quotation runs on across
 * the sentences ('"…," Kaye said. "Earnings reports…"'). A short name is given in full when
 * the article named that person before ("Kaye" → "David Kaye").
 */
export function quotationSpeaker(
  sentenceIndex: number,
  sentences: readonly ReadSentence[],
  mentionsOf: (s: ReadSentence) => Mention[],
): string | undefined {
  const here = sentences[sentenceIndex]!;
  const speakers = new Set<string>();
  const speakerOf = (j: number): string | undefined => {
    const s = sentences[j]!;
    const tag = SPEECH_TAG.exec(s.text) ?? INVERTED_SPEECH_TAG.exec(s.text);
    if (!tag || !/["”]/.test(s.text)) return undefined;
    const said = tag[1]!;
    if (/^(he|she)$/i.test(said)) return personAntecedent(j, sentences, mentionsOf);
    if (/^(they|it|the )/i.test(said) || !/^\p{Lu}/u.test(said)) return undefined;
    return said;
  };
  // Back over the quotation's earlier sentences to the one with its speech tag.
  for (let j = sentenceIndex - 1; j >= 0 && sentences[j]!.paragraph === here.paragraph; j--) {
    const who = speakerOf(j);
    if (who) {
      speakers.add(who);
      break;
    }
    if (!/^["']/.test(sentences[j]!.text)) break;
  }
  const next = sentences[sentenceIndex + 1];
  if (next && next.paragraph === here.paragraph && /^["']/.test(next.text)) {
    const who = speakerOf(sentenceIndex + 1);
    if (who) speakers.add(who);
  }
  if (speakers.size !== 1) return undefined;
  return fullName([...speakers][0]!, sentenceIndex, sentences, mentionsOf);
}

/** "Kaye" → "David Kaye": a bare surname in full when the article named that person so before. */
function fullName(
  said: string,
  sentenceIndex: number,
  sentences: readonly ReadSentence[],
  mentionsOf: (s: ReadSentence) => Mention[],
): string {
  // "Mr Straw" → "Jack Straw"; "Dr Shoro" stays when the article gives no first name.
  const titled = /^(Mr|Mrs|Ms|Dr|Sir)\.? (\p{Lu}[\p{L}'-]+)$/u.exec(said);
  if (titled) {
    const name = fullName(titled[2]!, sentenceIndex, sentences, mentionsOf);
    return name === titled[2] ? said : name;
  }
  if (said.includes(" ")) return said;
  const full = new Set<string>();
  for (const s of sentences.slice(0, sentenceIndex + 1))
    for (const m of mentionsOf(s))
      if (
        m.entity.kind === "person" &&
        m.entity.text.endsWith(` ${said}`) &&
        mayBePersonalName(m.entity.text)
      )
        full.add(m.entity.text);
  // (Two people of one surname: the article's own short form stays.)
  const names = [...full].sort((a, b) => a.length - b.length);
  return names.length > 0 && names.every((n) => n.endsWith(names[0]!)) ? names[0]! : said;
}

const memoAntecedent = new WeakMap<readonly ReadSentence[], Map<number, string | undefined>>();

/** Whether the sentence opens with "He" or "She" (after an opening quotation mark at most). */
function opensWithPersonalPronoun(s: ReadSentence): boolean {
  const t = s.tokens.find((x) => x.value !== '"' && x.value !== "'");
  return !!t && /^(he|she)$/i.test(t.value);
}

/**
 * Who "he" or "she" at the start of sentence `sentenceIndex` (or in its closing "…, he said") is:
 * the subject of the sentence before when that is a person (named first, or itself a resolved
 * "He"), else the one person that sentence names; a sentence naming nobody (a quotation) passes
 * the question one sentence further back. Undefined when two people compete. The fullest form
 * of the name the article has used so far is returned ("Ricky Gervais" for "Gervais").
 */
export function personAntecedent(
  sentenceIndex: number,
  sentences: readonly ReadSentence[],
  mentionsOf: (s: ReadSentence) => Mention[],
): string | undefined {
  let memo = memoAntecedent.get(sentences);
  if (!memo) memoAntecedent.set(sentences, (memo = new Map()));
  if (memo.has(sentenceIndex)) return memo.get(sentenceIndex);
  memo.set(sentenceIndex, undefined); // no cycles
  const lastWord = (name: string) => name.split(/\s+/).pop()!;
  let name: string | undefined;
  // People named so far, by last name: a later "Gervais" alone is "Ricky Gervais".
  const known = new Map<string, string>();
  for (const s of sentences.slice(0, sentenceIndex))
    for (const m of mentionsOf(s))
      if (m.entity.kind === "person" && mayBePersonalName(m.entity.text))
        known.set(lastWord(m.entity.text), m.entity.text);
  for (let j = sentenceIndex - 1; j >= Math.max(0, sentenceIndex - 2); j--) {
    const s = sentences[j]!;
    const people: { text: string; first: number }[] = mentionsOf(s)
      .filter((m) => m.entity.kind === "person" && mayBePersonalName(m.entity.text))
      .map((m) => ({ text: m.entity.text, first: m.first }));
    s.tokens.forEach((t, i) => {
      const full = known.get(t.value);
      if (full && !people.some((p) => p.first <= i && lastWord(p.text) === t.value))
        people.push({ text: full, first: i });
    });
    people.sort((a, b) => a.first - b.first);
    const distinct = new Set(people.map((p) => lastWord(p.text)));
    const firstWordIndex = s.tokens.findIndex((t) => /[\p{L}\p{N}]/u.test(t.value));
    // The subject: a name in the sentence's first words ("Mr Straw said", "Gervais has").
    const subject = people.find((p) => p.first <= firstWordIndex + 1);
    if (opensWithPersonalPronoun(s)) name = personAntecedent(j, sentences, mentionsOf);
    else if (subject) name = subject.text;
    // "The 21-year-old missed … after a challenge with Roma's Olivier Dacourt": a described
    // subject may be the person a later "he" means, so the one name is no safe antecedent.
    else if (/^(The|A|An) [a-z0-9]/.test(s.text)) break;
    else if (distinct.size === 1) name = people[0]!.text;
    if (name || distinct.size > 0 || opensWithPersonalPronoun(s)) break;
  }
  if (name) {
    const last = lastWord(name);
    for (const s of sentences.slice(0, sentenceIndex))
      for (const m of mentionsOf(s))
        if (
          m.entity.kind === "person" &&
          lastWord(m.entity.text) === last &&
          m.entity.text.length > name.length
        )
          name = m.entity.text;
  }
  memo.set(sentenceIndex, name);
  return name;
}

// A statement that names its own source at its end.
const OWN_SOURCE =
  /\baccording to\b|, (?:the )?(?:\p{Lu}[\p{L}.&-]*\s?){1,5} (?:reports|reported|says|said|found|estimates)[.!]?["']?$/u;

/**
 * Whether a clause's capitalised first word is a name that keeps its capital after a lead-in
 * ("According to the writer, Pakistan…") or is an everyday word the sentence start capitalised
 * ("…, moderate senators are vanishing"). The article itself tells: a word it writes in lower
 * case elsewhere is everyday, one it capitalises mid-sentence is a name; otherwise a place the
 * gazetteer knows is a name, and the tagger and the name finder decide the rest.
 */
function keepsCapital(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  caseIn: (word: string) => { lower: boolean; capitalisedMid: boolean },
): boolean {
  const first = tokens[0];
  if (!first || !/^\p{Lu}/u.test(first.value)) return false;
  if (/^[A-Z]{2,}/.test(first.value) || first.value === "I") return true;
  const word = first.value.replace(/['’]s$/, "").replace(/[^\p{L}]/gu, "");
  if (!word) return false;
  const { lower, capitalisedMid } = caseIn(word);
  if (lower !== capitalisedMid) return capitalisedMid;
  if (lookup(word)) return true;
  // "Today, the IAB Tech Lab is launching…": a date opens in capitals only when it is a
  // month's or a weekday's name.
  if (MONTHS.includes(word) || WEEKDAYS.includes(word)) return true;
  return (
    mentions.some(
      (m) => m.start === first.start && m.entity.kind !== "number" && m.entity.kind !== "date",
    ) ||
    (first.pos === "PROPN" && tokens[1]?.pos === "PROPN")
  );
}

/**
 * How the article writes a word: anywhere in lower case, and capitalised mid-sentence. Each
 * word is looked up in the whole text once per article, not once per clause that opens with it.
 */
function caseInText(text: string): (word: string) => { lower: boolean; capitalisedMid: boolean } {
  const seen = new Map<string, { lower: boolean; capitalisedMid: boolean }>();
  return (word) => {
    let found = seen.get(word);
    if (!found) {
      found = {
        lower: new RegExp(`(?<!\\p{L})${word.toLowerCase()}(?!\\p{L})`, "u").test(text),
        capitalisedMid: new RegExp(`[\\p{L},;:] ${word}(?!\\p{L})`, "u").test(text),
      };
      seen.set(word, found);
    }
    return found;
  };
}

/** The lead-in an opinion piece's own statements carry. */
export const WRITER_LEAD = "According to the writer, ";

const REPORTED = /\b(said|says|told|according to|added|stated|announced|reported)\b/i;

const OPINION_HEADLINE =
  /^(editorial|opinion|comment|column|analysis|op-ed|view(point)?|letter)\b/i;

/**
 * Whether the article argues rather than reports: its headline says so ("Editorial: …"), or
 * many of its sentences carry the writer's judgement (modal and evaluative wording) and it
 * speaks as "we".
 */
export function isOpinionPiece(read: ReadArticle): boolean {
  if (OPINION_HEADLINE.test(read.article.title)) return true;
  // A writer speaking as "I" or "we" outside any quotation, or asking the reader questions,
  // argues: a report's own voice does neither ("US" the country is not "us").
  // (A sentence inside a quotation that runs over several sentences is the speaker's: "“We are
  // not foreigners in this land. We did not take this land…”".)
  const marksBefore = new Map<ReadSentence, number>();
  read.sentences.forEach((s, i) => {
    const prev = read.sentences[i - 1];
    const carried =
      prev && prev.paragraph === s.paragraph
        ? marksBefore.get(prev)! + (prev.text.match(/["“”]/g)?.length ?? 0)
        : 0;
    marksBefore.set(s, carried);
  });
  const quoted = (s: ReadSentence) => marksBefore.get(s)! % 2 === 1;
  const ownVoice = read.sentences.filter(
    (s) =>
      !/["“”]/.test(s.text) &&
      !quoted(s) &&
      !/\b(said|says|told|added|according)\b/i.test(s.text) &&
      /\b(I|my|me|we|our|us)\b/.test(s.text.replace(/^(We|Our|My)\b/, (w) => w.toLowerCase())),
  ).length;
  const asks = read.sentences.filter(
    (s) => !/["“”]/.test(s.text) && !quoted(s) && /\?$/.test(s.text),
  ).length;
  if (ownVoice >= 3 || (ownVoice >= 2 && asks >= 2)) return true;
  // A column that reports almost nothing (at most one sentence in eight says who said what)
  // and marks its stance often (one marker in eight sentences: "arguably", "clearly", "should")
  // argues in its own voice, even with no "I" in it.
  const n = read.sentences.length;
  const reported = read.sentences.filter((s) => REPORTED.test(s.text)).length;
  const markers = read.sentences.reduce((sum, s) => sum + stanceMarkers(s), 0);
  if (n >= 8 && reported / n <= 0.125 && markers / n >= 0.12) return true;
  const substantive = read.sentences.filter(isSubstantive);
  if (substantive.length < 4) return false;
  // (Only judgements count: a science report's "would" and "could" predict, they do not argue.)
  const opinions = substantive.filter(
    (s) => readStance(s).stance === "opinion" && judges(s),
  ).length;
  const firstPerson = read.sentences
    .flatMap((s) => s.tokens)
    .filter((t) => /^(we|our|us|i|my)$/.test(t.lower)).length;
  const share = opinions / substantive.length;
  return share >= 0.45 || (share >= 0.3 && firstPerson >= 3);
}

/**
 * Whether a stretch of a sentence lies inside a quotation that closes within the sentence (a
 * quotation opened in the sentence before and closed here leaves what follows it outside).
 */
function insideQuotation(
  text: string,
  sentence: ReadSentence,
  start: number,
  end: number,
): boolean {
  const marks = (s: string) => s.match(/["“”]/g)?.length ?? 0;
  const sentenceEnd = sentence.start + sentence.text.length;
  return (
    marks(text.slice(sentence.start, start)) % 2 === 1 && marks(text.slice(end, sentenceEnd)) > 0
  );
}

/** Splits each substantive sentence into fact units. */
export function deriveFactUnits(
  read: ReadArticle,
  onDropped?: (clause: string, reason: string) => void,
): FactUnit[] {
  const { article, sentences } = read;
  addSurnameMentions(sentences);
  const text = article.text;
  const titleLemmas = new Set(
    article.title
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 3),
  );
  const centrality = sentenceCentrality(sentences);
  const mentionCache = new Map<string, Mention[]>();
  const mentionsOf = (s: ReadSentence) => {
    let m = mentionCache.get(s.id);
    if (!m) mentionCache.set(s.id, (m = findMentions(s)));
    return m;
  };
  const opinionPiece = isOpinionPiece(read);
  const caseIn = caseInText(text);
  const units: FactUnit[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    if (!isSubstantive(sentence)) return;
    let reading = readStance(sentence);
    // "The only way … is through vaccination, Dr Shoro said, adding …": the speaker follows.
    const tag = SPEECH_TAG.exec(sentence.text) ?? INVERTED_SPEECH_TAG.exec(sentence.text);
    // Pronouns resolved for the whole sentence: "…, he said" and "He said …" name their speaker.
    const sentenceRewrites: Rewrite[] = [];
    // (A quotation's modal or evaluative words are its speaker's: ""…are enormously important,"
    // Kaye said" is Kaye's claim, not the writer's opinion.)
    if (
      tag &&
      (reading.stance === "stated" || (reading.stance === "opinion" && /^["“]/.test(sentence.text)))
    ) {
      let speaker: string | undefined = tag[1]!;
      if (/^(he|she)$/i.test(speaker)) {
        speaker = personAntecedent(sentenceIndex, sentences, mentionsOf);
        if (speaker) {
          const at = sentence.start + tag.index + tag[0].lastIndexOf(` ${tag[1]!} `) + 1;
          sentenceRewrites.push({ start: at, end: at + tag[1]!.length, text: speaker });
        }
      } else if (/^(they|it)$/i.test(speaker)) speaker = undefined;
      else speaker = fullName(speaker, sentenceIndex, sentences, mentionsOf);
      reading = {
        ...reading,
        stance: "attributed",
        attribution: speaker ?? "a quoted source",
        // What was said runs from the sentence's start to the speech tag: "Who said that …?"
        ...(speaker ? { verb: "say", contentStart: sentence.start } : {}),
      };
    }
    // A sentence that opens a quotation is somebody's words even when the
    // speaker is elsewhere (a closing speech tag, read above, names them when it can).
    if (reading.stance === "stated" && /^["']/.test(sentence.text))
      reading = { ...reading, stance: "attributed", attribution: "a quoted source" };
    // '"Earnings reports are … doing."' after '"…," Kaye said.': a quotation that goes on in
    // its own sentence is the same speaker's.
    const quotedBy =
      reading.attribution === "a quoted source" && !tag
        ? quotationSpeaker(sentenceIndex, sentences, mentionsOf)
        : undefined;
    if (quotedBy)
      reading = { ...reading, attribution: quotedBy, verb: "say", contentStart: sentence.start };
    const mentions = findMentions(sentence);
    let bodyStart = reading.leadEnd ?? sentence.start;
    let prefix = reading.leadEnd
      ? text.slice(sentence.start, reading.leadEnd)
      : reading.trailStart !== undefined
        ? `According to ${reading.attribution}, `
        : "";
    if (quotedBy) prefix = `${quotedBy} said, `;
    // "Mr Ancram said…": the speaker under the name the article first gave in full.
    if (
      reading.attribution &&
      /^((Mr|Mrs|Ms|Dr|Sir)\.? )?\p{Lu}[\p{L}'-]+$/u.test(reading.attribution)
    )
      reading = {
        ...reading,
        attribution: fullName(reading.attribution, sentenceIndex, sentences, mentionsOf),
      };
    // "But anti-hunt campaigners said…": the speaker is the campaigners, not "But …".
    if (reading.attribution && /^(But|And|Yet|So|However,?) /.test(reading.attribution))
      reading = { ...reading, attribution: reading.attribution.replace(/^\S+ /, "") };
    // "And though the Chinese CDC has said that A, it has also acknowledged B": what the source
    // said sits inside a concession, and the sentence's claim is another one.
    if (
      reading.attribution &&
      /^(though|although|while|if|when|because|as) /i.test(reading.attribution)
    ) {
      onDropped?.(sentence.text, "a source's words inside a concession");
      return;
    }
    // "He said …": the lead-in's pronoun is the person the sentences before are about.
    if (prefix && /^(he|she)$/i.test(reading.attribution ?? "")) {
      const speaker = personAntecedent(sentenceIndex, sentences, mentionsOf);
      if (speaker) {
        prefix = prefix.replace(/^(He|She)\b/, speaker);
        reading = { ...reading, attribution: speaker };
      }
    }
    // In an opinion piece the writer's own statements are the writer's claims, and say so.
    if (
      opinionPiece &&
      !reading.leadEnd &&
      reading.stance !== "attributed" &&
      reading.stance !== "alleged" &&
      // "…, according to the National Journal.", "…, the EPA reports.": a source of its own.
      !OWN_SOURCE.test(sentence.text)
    ) {
      reading = { ...reading, stance: "attributed", attribution: "the writer" };
      prefix = WRITER_LEAD;
    }
    if (!reading.leadEnd) {
      // "But The Office missed out…": an opening conjunction only links to the sentence before.
      const marker =
        DISCOURSE_MARKERS.exec(sentence.text) ??
        /^(But|Yet|And)\s+(?=[\p{Lu}\p{Ll}])/u.exec(sentence.text);
      if (marker) bodyStart = sentence.start + marker[0].length;
    }
    const bodyTokens = sentence.tokens.filter(
      (t) => t.start >= bodyStart && t.end <= (reading.trailStart ?? Infinity),
    );
    // Reported speech stays whole: splitting "X argues that A, and B" would drop the speaker.
    const splittable =
      reading.stance === "stated" || reading.leadEnd !== null || reading.trailStart !== undefined;
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
    for (const [first, fullLast] of spans) {
      const last = first + trimmedLength(bodyTokens.slice(first, fullLast + 1)) - 1;
      const whole = bodyTokens.slice(first, last + 1);
      // "Despite such efforts, the sad fact is…": when only the opening phrase leans on another
      // sentence, the main clause after it is the fact.
      for (const tokens of [whole, withoutOpeningPhrase(whole)]) {
        if (!tokens) break;
        if (tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.value)).length < 3) break;
        const start = tokens[0]!.start;
        const end = tokens[tokens.length - 1]!.end;
        const rewrite = resolveOpening(tokens, sentenceIndex, sentences, mentionsOf);
        const rewrites = [
          ...(rewrite ? [rewrite] : []),
          ...sentenceRewrites.filter((r) => r.start >= start && r.end <= end),
          ...dropAdditive(tokens),
          ...dropAsides(tokens, text),
          ...resolveDefinites(tokens, sentenceIndex, sentences, mentionsOf),
        ]
          // ('"The reserve was made naked by the fire," says…': a quotation keeps its own words.)
          .filter((r) => r.text === "" || !insideQuotation(text, sentence, r.start, r.end))
          .sort((a, b) => a.start - b.start);
        const clause = balanceQuotes(applyRewrites(text, start, end, rewrites));
        const clauseMentions = mentions.filter((m) => m.start >= start && m.end <= end);
        // "According to the writer, centralised planning…": a name keeps its capital ("…,
        // Pakistan is…"); the tagger calls a sentence's capitalised first word a name too often.
        const opening = rewrites.find((r) => r.start === start);
        const opensWithName = opening
          ? !/^(The|A|An)\b/.test(opening.text)
          : keepsCapital(tokens, clauseMentions, caseIn);
        const lowered =
          (prefix === WRITER_LEAD || reading.trailStart !== undefined) &&
          !opensWithName &&
          !/^[A-Z]{2,}/.test(clause)
            ? clause.charAt(0).toLowerCase() + clause.slice(1)
            : clause;
        const factText = withStop(prefix + (prefix ? lowered : capitalise(clause)));
        const entities = uniqueEntities(clauseMentions);
        // "In documents filed in a Virginia court ahead of …": a phrase whose only verb is a
        // participle after a noun, with no clause of its own.
        const firstVerb = tokens.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
        if (
          tokens[0]?.pos === "ADP" &&
          !tokens.some((t) => t.value === "," || t.pos === "AUX") &&
          firstVerb > 0 &&
          /ed$/.test(tokens[firstVerb]!.lower) &&
          ["NOUN", "PROPN"].includes(tokens[firstVerb - 1]!.pos)
        )
          break;
        // "Under the city's Ranked Choice Voting system.": a phrase whose only verbs belong to a
        // name ("Voting") states nothing.
        if (
          tokens[0]?.pos === "ADP" &&
          !tokens.some((t) => (t.pos === "VERB" || t.pos === "AUX") && !/^\p{Lu}/u.test(t.value))
        )
          break;
        // A fact that leans on another sentence's referent is no fact a student can learn alone.
        // "In comments which are likely to be seen as…": a verb only inside a relative clause.
        const dangling =
          danglingReferent(factText) ??
          (hasFiniteVerb(outsideRelatives(tokens))
            ? undefined
            : "no verb outside a relative clause") ??
          // ("Whose vocals add a glowing texture…": a relative clause without its noun.)
          (/^(whose|which|whom)$/.test(tokens[0]!.lower)
            ? "a relative clause without its noun"
            : undefined) ??
          // ("…make sure a user is targeted appropriately before.": cut before what it needs.)
          (/\b(but|and|or|to|of|with|than|the|a|an)[.!?]?["']?$/i.test(factText) ||
          // ("…a 'regrettable sign of weakness' while Jonathan Gullis.": cut after its subject.)
          /\b(while|whereas|although|though|because|when) (\p{Lu}[\p{L}'-]+ ?){1,3}[.!?]$/u.test(
            factText,
          ) ||
          (/\b(before|after)[.!?]?$/i.test(factText) &&
            /^,\s+(but|not)\b/i.test(text.slice(end, end + 12)))
            ? "ends before what its last word needs"
            : undefined);
        if (dangling) {
          onDropped?.(factText, dangling);
          continue;
        }
        const words = tokens.filter((t) => /\p{L}/u.test(t.value));
        const titleOverlap = new Set(
          words.flatMap((t) => [t.lower, t.lemma.toLowerCase()]).filter((w) => titleLemmas.has(w)),
        ).size;
        // Position by sentence, not paragraph, so an article pasted as one paragraph still has a lead.
        const lead = 1 / (1 + sentenceIndex / 4);
        const importance =
          0.35 * (centrality.get(sentence.id) ?? 0) +
          0.2 * Math.min(1, titleOverlap / 2) +
          0.2 * lead +
          0.15 * Math.min(1, entities.length / 3) +
          0.1 * (reading.stance === "opinion" ? 0.5 : 1);
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
        units.push({
          fact,
          sentence,
          reading,
          prefix,
          start,
          end,
          tokens,
          mentions: clauseMentions,
          rewrites,
          opensWithName,
        });
        break;
      }
    }
  });
  return units;
}

// Openings whose clause can go without changing what the rest states (a condition, "If…",
// "Unless…", "Without…", cannot: the rest is only true under it).
const DROPPABLE_OPENINGS = new Set([
  "despite",
  "although",
  "though",
  "while",
  "as",
  "after",
  "in",
  "with",
  "along",
  "amid",
  "following",
  "since",
  "because",
  "for",
  "at",
  "during",
  "like",
]);

/**
 * The clause after an opening phrase ("Despite such efforts, …", "Although Amgen received…
 * in this instance, company spokesman David Kaye said…"), or undefined when the clause has
 * no such phrase or the rest is no clause of its own (a subject and a finite verb).
 */
function withoutOpeningPhrase(tokens: Token[]): Token[] | undefined {
  if (!DROPPABLE_OPENINGS.has(tokens[0]?.lower ?? "")) return undefined;
  const comma = tokens.findIndex((t) => t.value === ",");
  if (comma < 2 || comma > 16) return undefined;
  // "While Deebo Samuel, George Kittle and Brandon Aiyuk are…": a conjunction's clause has
  // its own verb before the comma; without one, the comma is a list's and nothing can go.
  if (
    /^(although|though|while|because|since)$/.test(tokens[0]!.lower) &&
    !hasFiniteVerb(tokens.slice(1, comma))
  )
    return undefined;
  const rest = tokens.slice(comma + 1);
  if (rest.filter((t) => /\p{L}/u.test(t.value)).length < 5) return undefined;
  if (rest[0]!.pos === "PRON" || rest[0]!.pos === "CCONJ" || rest[0]!.pos === "VERB")
    return undefined;
  return hasFiniteVerb(rest) ? rest : undefined;
}
