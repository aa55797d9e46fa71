// What every generator produces before validation assigns ids and final option order.
import type { FactUnit } from "../facts";
import type { Question } from "../types";

type WithoutId<T> = T extends unknown ? Omit<T, "id" | "score" | "recommended"> : never;

/** A candidate question; `id` is derived from its content once it passes the validator. */
export type Draft = WithoutId<Question> & {
  /** For choice types: the index the correct option should take, set when options are placed. */
  rank?: number;
};

export interface Replacement {
  start: number;
  end: number;
  text: string;
}

/** Drops a quotation mark left without its partner where a quote spans sentences. */
export function balanceQuotes(s: string): string {
  const count = s.split('"').length - 1;
  if (count % 2 === 0) return s;
  const at = /"[.!?]?$/.test(s) ? s.lastIndexOf('"') : s.startsWith('"') ? 0 : s.lastIndexOf('"');
  return s.slice(0, at) + s.slice(at + 1);
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Lowers the first letter for use mid-sentence, unless the text opens with a name or acronym. */
export function decapitalise(s: string, opensWithName = false): string {
  const firstWord = /^\S+/.exec(s)?.[0] ?? "";
  if (opensWithName || /^[A-Z0-9]{2,}\b/.test(firstWord) || firstWord === "I") return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Whether the fact's own words begin with a proper noun ("Pakistan has …"). */
export function opensWithName(unit: FactUnit): boolean {
  if (unit.prefix) return false;
  return unit.opensWithName;
}

export function stripStop(s: string): string {
  return s.replace(/[.!?]+(["')]?)$/, "$1").trim();
}

/**
 * The fact's clause with parts replaced, with its attribution lead-in kept in front.
 * Offsets are article offsets within the unit's clause.
 */
export function renderClause(unit: FactUnit, text: string, replacements: Replacement[]): string {
  let out = "";
  let cursor = unit.start;
  // The unit's own rewrites (a resolved "The court"), unless a replacement covers them.
  const own = (unit.rewrites ?? []).filter(
    (w) => !replacements.some((r) => r.start < w.end && w.start < r.end),
  );
  for (const r of [...replacements, ...own].sort((a, b) => a.start - b.start)) {
    out += text.slice(cursor, r.start) + r.text;
    cursor = r.end;
  }
  out += text.slice(cursor, unit.end);
  out = balanceQuotes(
    out
      .replace(/\s{2,}/g, " ")
      .replace(/\s+([,.;:?!)])/g, "$1")
      .trim(),
  );
  if (!unit.prefix) return capitalise(out);
  // After a lead-in ("According to the writer, "), the clause reads on in lower case unless it
  // opens with a name.
  return unit.prefix + (unit.opensWithName ? out : decapitalise(out, false));
}

/** "The article says: "…"": every explanation quotes its source sentence. */
export function quoteSource(unit: FactUnit): string {
  return `The article says: "${unit.sentence.text}"`;
}

/** A reminder that a claim is somebody's, added to explanations of non-stated facts. */
export function stanceNote(unit: FactUnit): string {
  const { stance, attribution } = unit.fact;
  if (stance === "attributed" && attribution)
    return ` This is a claim by ${attribution}, not an established fact.`;
  if (stance === "alleged" && attribution)
    return ` This is an allegation by ${attribution}, not an established fact.`;
  if (stance === "opinion") return " This is the writer's view, not a reported fact.";
  return "";
}

export function base(unit: FactUnit) {
  return {
    sourceSentenceIds: [unit.sentence.id],
    factIds: [unit.fact.id],
    stance: unit.fact.stance,
    attribution: unit.fact.attribution,
  };
}

/** A noun for the kind of thing an entity is, for "which ___" prompts. */
export function kindNoun(kind: string, subtype: string | undefined): string {
  if (kind === "place") {
    return subtype &&
      [
        "province",
        "state",
        "district",
        "city",
        "country",
        "region",
        "village",
        "town",
        "valley",
      ].includes(subtype)
      ? subtype
      : "place";
  }
  if (kind === "organisation") {
    if (subtype === "group") return "group";
    if (subtype === "party") return "party";
    if (subtype === "court") return "court";
    return "organisation";
  }
  if (kind === "person") return "person";
  if (kind === "date") {
    if (subtype === "month") return "month";
    if (subtype === "weekday") return "day";
    if (subtype === "year") return "year";
    return "date";
  }
  if (kind === "event") return "event";
  return "one";
}

export function plural(noun: string): string {
  if (noun === "person") return "people";
  if (/(s|x|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}
