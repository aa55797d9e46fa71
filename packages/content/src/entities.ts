// Finding the entities of a sentence: wink's numbers and dates, gazetteer names, and typed
// proper-noun phrases.
import {
  DEMONYMS,
  GAZETTEER,
  MONTHS,
  ORGANISATION_HEADS,
  PERSON_TITLES,
  PLACE_HEADS,
  WEEKDAYS,
  lookup,
} from "./gazetteer";
import { zipf } from "./keyness";
import { isGivenName, mayBePersonsWords } from "./names";
import { placeOf, type Place } from "./places";
import type { Token } from "./nlp";
import type { ReadSentence } from "./read-article";
import { sideOfSource } from "./sources";
import type { Entity } from "./types";

export interface Mention {
  entity: Entity;
  /** Inclusive token indices within the sentence. */
  first: number;
  last: number;
  /** Character offsets into the article text. */
  start: number;
  end: number;
  /** Words before the value that belong to it, e.g. "more than" in "more than 100". */
  modifier?: string;
  /** The noun a number counts, e.g. "militants" in "100 militants". */
  unit?: string;
  /** The entity's side (country) when known, so a distractor is never the same side. */
  side?: string;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  million: 1_000_000,
  billion: 1_000_000_000,
  dozen: 12,
};

/** Numbers as words, by value: NUMBER_WORDS[3] === "three". */
export const NUMBER_WORDS: readonly string[] = (() => {
  const words = ["zero"];
  for (const [word, value] of Object.entries(WORD_NUMBERS)) {
    if (value <= 20 && word !== "dozen") words[value] ??= word;
  }
  return words;
})();

const VAGUE_NUMBERS = new Set([
  "hundreds",
  "thousands",
  "millions",
  "billions",
  "dozens",
  "scores",
  "tens",
  "several",
  "many",
]);

const NUMBER_MODIFIERS = [
  "more than",
  "less than",
  "fewer than",
  "at least",
  "at most",
  "up to",
  "over",
  "nearly",
  "almost",
  "about",
  "around",
  "some",
  "roughly",
  "approximately",
  "only",
  "just",
  "over",
];

const EVENT_NOUNS = new Set([
  "takeover",
  "withdrawal",
  "agreement",
  "accord",
  "election",
  "elections",
  "operation",
  "ceasefire",
  "riots",
  "protests",
  "war",
  "invasion",
  "earthquake",
  "floods",
  "deal",
  "summit",
  "talks",
  "cases",
  "incident",
  "attack",
  "bombing",
  "uprising",
  "crackdown",
  "budget",
  "award",
]);

/** Parses "45", "1,200", "three", "2.5" into a number; undefined when vague or not a number. */
export function parseNumber(text: string): number | undefined {
  const cleaned = text
    .toLowerCase()
    .replace(/,/g, "")
    .replace(/\s*(percent|per cent|%|pc)$/, "");
  if (/^\d+(\.\d+)?$/.test(cleaned)) return Number(cleaned);
  const m = /^(\d+(?:\.\d+)?)\s*(thousand|million|billion)$/.exec(cleaned);
  if (m) return Number(m[1]) * (WORD_NUMBERS[m[2]!] ?? 1);
  const words = cleaned.split(/[\s-]+/);
  let total = 0;
  let current = 0;
  for (const w of words) {
    if (w === "and") continue;
    const v = WORD_NUMBERS[w];
    if (v === undefined) return undefined;
    if (v === 100) current = (current || 1) * 100;
    else if (v >= 1000) {
      total += (current || 1) * v;
      current = 0;
    } else current += v;
  }
  return total + current || undefined;
}

/** A year as the article writes it: 1800 to 2099. */
export function isYear(text: string): boolean {
  return /^(1[89]\d\d|20\d\d)$/.test(text);
}

// A known name's side is the gazetteer's; an unknown phrase ("Pakistani officials") is read.
function sideOf(name: string): string | undefined {
  const entry = lookup(name);
  return entry ? entry.side : sideOfSource(name);
}

const gazetteerNames = GAZETTEER.flatMap((e) => [e.name, ...(e.aliases ?? [])]).sort(
  (a, b) => b.length - a.length,
);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// One alternation, longest names first, so "North Waziristan" wins over "Waziristan".
const gazetteerPattern = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${gazetteerNames.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}]|-[\\p{L}])`,
  "gu",
);

function tokenRange(tokens: Token[], start: number, end: number): [number, number] | undefined {
  let first = -1;
  let last = -1;
  for (const t of tokens) {
    if (t.end > start && t.start < end) {
      if (first < 0) first = t.i;
      last = t.i;
    }
  }
  return first >= 0 ? [first, last] : undefined;
}

function numberMention(
  sentence: ReadSentence,
  first: number,
  last: number,
  kind: "number" | "percentage",
): Mention | undefined {
  const tokens = sentence.tokens;
  const startTok = tokens[first]!;
  const endTok = tokens[last]!;
  const text = sentence.text.slice(startTok.start - sentence.start, endTok.end - sentence.start);
  const value = parseNumber(text);
  if (value === undefined || VAGUE_NUMBERS.has(text.toLowerCase())) return undefined;
  // "from 2o15": a figure run together with letters and digits is a typo or a code, not a number.
  const next = tokens[last + 1];
  if (next && next.start === endTok.end && /^\p{L}+\d/u.test(next.value)) return undefined;
  // The counted noun: skip adjectives and compounds to reach the head ("three Afghan provinces").
  let unit: string | undefined;
  if (kind === "number") {
    for (let j = last + 1; j < tokens.length && j <= last + 3; j++) {
      const t = tokens[j]!;
      if (t.pos === "NOUN") {
        unit = t.value;
        // A compound ("police officers") continues; a plural head ("countries share") ends it.
        const next = tokens[j + 1];
        if (next?.pos === "NOUN" && !/s$/i.test(t.value)) unit = next.value;
        break;
      }
      if (!["ADJ", "PROPN"].includes(t.pos)) break;
    }
  }
  // "more than 100": look back for a modifier of one or two words.
  let modifier: string | undefined;
  let mFirst = first;
  const before2 = tokens
    .slice(Math.max(0, first - 2), first)
    .map((t) => t.lower)
    .join(" ");
  const before1 = tokens[first - 1]?.lower ?? "";
  for (const mod of NUMBER_MODIFIERS) {
    if (mod.includes(" ") ? before2 === mod : before1 === mod) {
      modifier = mod;
      mFirst = first - mod.split(" ").length;
      break;
    }
  }
  if (kind === "number" && value <= 1 && !unit) return undefined;
  const entity: Entity = { text, kind, value };
  if (kind === "number" && unit) entity.subtype = "count";
  const modStart = tokens[mFirst]!.start;
  return {
    entity,
    first: mFirst,
    last,
    start: modStart,
    end: endTok.end,
    ...(modifier ? { modifier } : {}),
    ...(unit ? { unit } : {}),
  };
}

function dateSubtype(text: string): string {
  if (isYear(text)) return "year";
  if (MONTHS.includes(text)) return "month";
  if (WEEKDAYS.includes(text)) return "weekday";
  return "date";
}

// Role words a sentence may open with before a full name ("Comedian Chris Rock", "Singer…").
const LEADING_ROLES = new Set(
  "comedian comedy singer rapper actor actress director striker winger midfielder defender goalkeeper coach manager chairman minister father mother veteran author writer".split(
    " ",
  ),
);

/** Entities mentioned in a sentence, in order, without overlaps. */
// Facts, topic detection and reference resolution all read a sentence's mentions: find them once.
const mentionMemo = new WeakMap<ReadSentence, Mention[]>();

export function findMentions(sentence: ReadSentence): Mention[] {
  let found = mentionMemo.get(sentence);
  if (!found) mentionMemo.set(sentence, (found = findMentionsOnce(sentence)));
  return found;
}

const aliased = new WeakSet<readonly ReadSentence[]>();

/**
 * A person named in full somewhere in the article ("Ricky Gervais") is the same person when a
 * sentence calls them by surname alone ("Gervais has already begun…"): adds those mentions to
 * every sentence's, once per article, so facts, distractors and reference resolution see them.
 */
export function addSurnameMentions(sentences: readonly ReadSentence[]): void {
  if (aliased.has(sentences)) return;
  aliased.add(sentences);
  const surnames = new Set<string>();
  for (const s of sentences)
    for (const m of findMentions(s)) {
      const words = m.entity.text.split(/\s+/);
      if (
        m.entity.kind === "person" &&
        words.length >= 2 &&
        words.every((w) => /^\p{Lu}[\p{Ll}'-]+$/u.test(w) || /^\p{Lu}\.?$/u.test(w))
      )
        surnames.add(words[words.length - 1]!);
    }
  for (const s of sentences) {
    const mentions = findMentions(s);
    const inMention = (i: number) => mentions.some((m) => m.first <= i && i <= m.last);
    let added = false;
    for (const t of s.tokens) {
      if (!surnames.has(t.value) || inMention(t.i)) continue;
      const next = s.tokens[t.i + 1];
      // "Gervais's", "Gervais said": a surname alone, not the start of another name.
      if (next && /^\p{Lu}/u.test(next.value) && next.pos === "PROPN") continue;
      mentions.push({
        entity: { text: t.value, kind: "person" },
        first: t.i,
        last: t.i,
        start: t.start,
        end: t.end,
      });
      added = true;
    }
    if (added) mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}

function findMentionsOnce(sentence: ReadSentence): Mention[] {
  const tokens = sentence.tokens;
  const mentions: Mention[] = [];
  const taken = new Set<number>();
  const add = (m: Mention | undefined) => {
    if (!m) return;
    for (let i = m.first; i <= m.last; i++) if (taken.has(i)) return;
    for (let i = m.first; i <= m.last; i++) taken.add(i);
    mentions.push(m);
  };

  // 1. Gazetteer names: they know multi-word names and their kind.
  for (const match of sentence.text.matchAll(gazetteerPattern)) {
    const name = match[1]!;
    const entry = lookup(name);
    if (!entry) continue;
    const start = sentence.start + match.index;
    const range = tokenRange(tokens, start, start + name.length);
    if (!range) continue;
    // "Afghan Taliban" vs a bare "Taliban": the text says which.
    const entity: Entity = { text: name, kind: entry.kind, subtype: entry.subtype };
    const side = sideOf(name) ?? entry.side;
    add({
      entity,
      first: range[0],
      last: range[1],
      start,
      end: start + name.length,
      ...(side ? { side } : {}),
    });
  }

  // 2. wink's numbers, percentages and dates.
  for (const e of sentence.winkEntities) {
    const text = sentence.text.slice(
      tokens[e.first]!.start - sentence.start,
      tokens[e.last]!.end - sentence.start,
    );
    if (e.type === "PERCENT") add(numberMention(sentence, e.first, e.last, "percentage"));
    else if (e.type === "CARDINAL" || e.type === "MONEY") {
      // "56pc" is how Pakistani papers write a percentage.
      if (/^\d+(\.\d+)?pc$/i.test(text)) {
        add(numberMention(sentence, e.first, e.last, "percentage"));
        continue;
      }
      if (isYear(text)) {
        add({
          entity: { text, kind: "date", subtype: "year", value: Number(text) },
          first: e.first,
          last: e.last,
          start: tokens[e.first]!.start,
          end: tokens[e.last]!.end,
        });
      } else add(numberMention(sentence, e.first, e.last, "number"));
    } else if (e.type === "DATE") {
      // wink reads "since October" and "early February" as dates; keep the date words only.
      let first = e.first;
      while (first < e.last && !/^(\d|[A-Z])/.test(tokens[first]!.value)) first++;
      const value = tokens[first]!.value;
      if (!/^(\d|[A-Z])/.test(value)) continue;
      const dateText = sentence.text.slice(
        tokens[first]!.start - sentence.start,
        tokens[e.last]!.end - sentence.start,
      );
      const subtype = dateSubtype(dateText);
      add({
        entity: {
          text: dateText,
          kind: "date",
          subtype,
          ...(subtype === "year" ? { value: Number(dateText) } : {}),
        },
        first,
        last: e.last,
        start: tokens[first]!.start,
        end: tokens[e.last]!.end,
      });
    } else if (e.type === "DURATION") {
      // "18 months", "four years": a number with its unit; bare "months" carries nothing.
      const num = tokens[e.first]!;
      if (num.pos === "NUM" && e.last > e.first) {
        const m = numberMention(sentence, e.first, e.first, "number");
        if (m) {
          m.unit = tokens[e.last]!.value;
          m.entity.subtype = "duration";
          add(m);
        }
      } else if (/^since$/i.test(num.value) && MONTHS.includes(tokens[e.last]!.value)) {
        const t = tokens[e.last]!;
        add({
          entity: { text: t.value, kind: "date", subtype: "month" },
          first: t.i,
          last: t.i,
          start: t.start,
          end: t.end,
        });
      }
    }
  }
  // Years wink did not tag.
  for (const t of tokens) {
    if (t.pos === "NUM" && isYear(t.value) && !taken.has(t.i)) {
      add({
        entity: { text: t.value, kind: "date", subtype: "year", value: Number(t.value) },
        first: t.i,
        last: t.i,
        start: t.start,
        end: t.end,
      });
    }
  }

  // 3. Proper-noun phrases the gazetteer does not know.
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const capital = /^[A-Z]/.test(t.value);
    if (taken.has(i) || !(t.pos === "PROPN" && capital)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && !taken.has(j + 1)) {
      const next = tokens[j + 1]!;
      const after = tokens[j + 2];
      if (next.pos === "PROPN" && /^[A-Z]/.test(next.value)) j++;
      // Hyphenated and "of" names: "Tehreek-e-Taliban", "Ministry of Interior".
      else if (
        (next.value === "-" || next.lower === "of" || next.lower === "e") &&
        after &&
        after.pos === "PROPN" &&
        /^[A-Z]/.test(after.value) &&
        !taken.has(j + 2)
      )
        j += 2;
      else break;
    }
    const phraseTokens = tokens.slice(i, j + 1);
    let words = phraseTokens.map((x) => x.value);
    const text = sentence.text.slice(
      phraseTokens[0]!.start - sentence.start,
      phraseTokens[phraseTokens.length - 1]!.end - sentence.start,
    );
    const lowerFirst = words[0]!.toLowerCase();
    const prev = tokens[i - 1];
    const head = tokens[j + 1];
    let kind: Entity["kind"] | undefined;
    let subtype: string | undefined;
    let place: Place | undefined;
    let start = phraseTokens[0]!.start;
    let first = i;
    if (MONTHS.includes(text) || WEEKDAYS.includes(text)) {
      kind = "date";
      subtype = dateSubtype(text);
    } else if (PERSON_TITLES.has(lowerFirst) && words.length > 1) {
      // "President Recep Tayyip Erdogan": keep the name, not the title.
      let k = 0;
      while (k < words.length - 1 && PERSON_TITLES.has(words[k]!.toLowerCase())) k++;
      words = words.slice(k);
      first = i + k;
      start = tokens[first]!.start;
      kind = "person";
    } else if (prev && PERSON_TITLES.has(prev.lower) && /^[A-Z]/.test(prev.value)) {
      kind = "person";
    } else if ((place = knownPlace(text, words.length, prev))) {
      // "Port Moresby", "Ann Arbor", "Indiana": a place the world's lists know.
      kind = "place";
      subtype = place.subtype;
    } else if (ORGANISATION_HEADS.has(words[words.length - 1]!.toLowerCase())) {
      kind = "organisation";
      subtype = "organisation";
    } else if (head && ORGANISATION_HEADS.has(head.lower) && head.pos === "NOUN") {
      // "Hafiz Gul Bahadur group": the lower-case head belongs to the name and says its kind.
      kind = "organisation";
      subtype = ["group", "network", "movement", "front"].includes(head.lower)
        ? "group"
        : head.lower;
      j += 1;
    } else if (words.length >= 2 && PLACE_HEADS.has(words[words.length - 1]!.toLowerCase())) {
      // ("New York State": the "State" left after a known place is no place of its own.)
      kind = "place";
      subtype = words[words.length - 1]!.toLowerCase();
    } else if (head && PLACE_HEADS.has(head.lower) && head.pos === "NOUN") {
      kind = "place";
      subtype = head.lower;
    } else if (DEMONYMS[lowerFirst] && words.length === 1) {
      kind = undefined;
    } else if (
      words.length >= 2 &&
      words.length <= 4 &&
      words.every((w) => /^[A-Z][a-z'.]*$/.test(w) || /^[A-Z]\.?$/.test(w))
    ) {
      kind = "person";
      // "Singers Jennifer Lopez and…": the sentence's capitalised first word is a role, not a
      // part of the name, when it is an everyday word before a full name.
      if (
        i === 0 &&
        words.length >= 3 &&
        zipf(words[0]!) >= 3 &&
        (/[^s]s$/.test(words[0]!) || LEADING_ROLES.has(words[0]!.toLowerCase()))
      ) {
        words = words.slice(1);
        first = i + 1;
        start = tokens[first]!.start;
      }
      // "Politician Penelope Easter", "Foreign Secretary Jack Straw": everyday words before a
      // given name are a role.
      else {
        const given = words.findIndex((w) => isGivenName(w));
        if (
          given >= 1 &&
          words.length - given >= 2 &&
          words.slice(0, given).every((w) => zipf(w) >= 3 && !isGivenName(w))
        ) {
          words = words.slice(given);
          first = i + given;
          start = tokens[first]!.start;
        }
      }
      if (!mayBePersonsWords(words)) kind = "name";
      // "Pacific Gas & Electric": a name joined by "&" is a firm's.
      else if (head?.value === "&") {
        kind = "organisation";
        subtype = "organisation";
      }
      // "the Sierra Nevada", "the northern Sierra Nevada": "the" before a name, or before a
      // compass point's adjective and a name, is a place's or a thing's, never a person's.
      // ("the Ben Stiller comedy": a person's name can describe the noun after it.)
      else if (
        !(head?.pos === "NOUN" && /^\p{Ll}/u.test(head.value)) &&
        (prev?.lower === "the" ||
          (/^(northern|southern|eastern|western|central|upper|lower|north|south|east|west)$/.test(
            prev?.lower ?? "",
          ) &&
            tokens[i - 2]?.lower === "the"))
      )
        kind = "name";
    } else if (
      words.length === 1 &&
      prev &&
      ["in", "from", "near"].includes(prev.lower) &&
      /^[A-Z][a-z]+$/.test(text)
    ) {
      kind = "place";
      subtype = "place";
    }
    if (kind) {
      const end = tokens[j]!.end;
      const entityText = sentence.text.slice(start - sentence.start, end - sentence.start);
      const side = sideOf(entityText);
      add({
        entity: { text: entityText, kind, ...(subtype ? { subtype } : {}) },
        first,
        last: j,
        start,
        end,
        ...(side ? { side } : {}),
      });
    }
    i = j + 1;
  }

  // 4. Named events: "Taliban takeover", "US withdrawal", "2020 agreement".
  for (const t of tokens) {
    if (!EVENT_NOUNS.has(t.lower) || taken.has(t.i) || t.pos !== "NOUN") continue;
    const prev = tokens[t.i - 1];
    if (!prev || !(prev.pos === "PROPN" || (prev.pos === "NUM" && isYear(prev.value)))) continue;
    let first = prev.i;
    while (first > 0 && tokens[first - 1]!.pos === "PROPN") first--;
    const start = tokens[first]!.start;
    const text = sentence.text.slice(start - sentence.start, t.end - sentence.start);
    // An event reuses tokens of a name it contains; it is a different question target.
    mentions.push({ entity: { text, kind: "event" }, first, last: t.i, start, end: t.end });
  }

  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The entity list a fact carries: unique by kind and text. */
export function uniqueEntities(mentions: Mention[]): Entity[] {
  const seen = new Set<string>();
  const out: Entity[] = [];
  for (const m of mentions) {
    const key = `${m.entity.kind}:${m.entity.text.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(m.entity);
  }
  return out;
}

/**
 * The place a capitalised phrase names, when the world's lists know it: a name of two words or
 * more, a country, state or province, or a city after "in", "from", "near" or "at" (a lone
 * "Richmond" or "Jordan" may be a person's surname or given name).
 */
function knownPlace(text: string, words: number, prev: Token | undefined): Place | undefined {
  const place = placeOf(text);
  if (!place) return undefined;
  if (words >= 2) return place;
  if (place.subtype === "city")
    return prev && /^(in|from|near|at)$/.test(prev.lower) ? place : undefined;
  return isGivenName(text) && !(prev && /^(in|from|near|at)$/.test(prev.lower)) ? undefined : place;
}
