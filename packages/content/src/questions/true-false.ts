// True/false: the fact as the article states it, or with one plausible substitution. A claim
// stays a claim in both versions because the attribution is part of the statement.
import {
  formatLike,
  pickEntityDistractors,
  pickNumberDistractors,
  seededRank,
  type Candidate,
} from "../distractors";
import type { FactUnit } from "../facts";
import { lookup } from "../gazetteer";
import {
  base,
  decapitalise,
  opensWithName,
  quoteSource,
  renderClause,
  stanceNote,
  stripStop,
  type Draft,
} from "./draft";
import { findLists } from "./lists";

/** Names read with "the" in running text: "the United States", "the Frontier Corps". */
function takesArticle(name: string): boolean {
  const entry = lookup(name);
  if (/^(United|Netherlands|Philippines)/.test(name)) return true;
  if (entry?.kind === "organisation") return !/^[A-Z-]{2,6}$/.test(name);
  return / (group|network|corps|court|army|union|party|association|institute|commission)$/i.test(
    name,
  );
}

interface Substitution {
  start: number;
  end: number;
  original: string;
  replacement: string;
}

function findSubstitution(
  unit: FactUnit,
  pool: Candidate[],
  articleFigures: readonly number[] = [],
): Substitution | undefined {
  const sourceEnd = unit.reading.verb ? (unit.reading.contentStart ?? unit.start) : unit.start;
  const listed = new Set(findLists(unit).flatMap((l) => l.members));
  const others = [
    ...unit.mentions.map((m) => m.entity.value).filter((v): v is number => v !== undefined),
    ...articleFigures,
  ];
  const candidates = unit.mentions
    .filter((m) => m.start >= sourceEnd && !listed.has(m))
    .sort((a, b) =>
      seededRank(unit.fact.id, a.entity.text).localeCompare(
        seededRank(unit.fact.id, b.entity.text),
      ),
    );
  const tokens = unit.sentence.tokens;
  for (const m of candidates) {
    const after = tokens[m.last + 1];
    // "five-year plans", "7th NFC Award", "Sunni Ittehad Council (SIC)": the name or number is
    // part of a larger term, or its short form follows and would contradict a swap.
    if (after && (after.value === "-" || after.value === "(" || /^-/.test(after.value))) continue;
    if (/-|\d(st|nd|rd|th)\b/i.test(m.entity.text)) continue;
    // "Radio 4", "Article 160", "the 2002 World Cup": a number in a name or naming an event.
    const before = tokens[m.first - 1];
    if (
      m.entity.value !== undefined &&
      (/^\p{Lu}/u.test(before?.value ?? "") || /^\p{Lu}/u.test(after?.value ?? ""))
    )
      continue;
    // "$250,000 (£184,745)": a conversion in brackets is no detail anyone would remember.
    const opened = tokens.slice(0, m.first).filter((t) => t.value === "(").length;
    const closed = tokens.slice(0, m.first).filter((t) => t.value === ")").length;
    if (opened > closed) continue;
    // "…rebate, secured in 1984 by Margaret Thatcher, was…": a change hidden in an aside.
    const commasBefore = tokens.slice(0, m.first).filter((t) => t.value === ",").length;
    const commasAfter = tokens.slice(m.last + 1).filter((t) => t.value === ",").length;
    if (commasBefore % 2 === 1 && commasAfter >= 1 && m.entity.value !== undefined) continue;
    if (m.entity.value !== undefined && m.entity.kind !== "date") {
      if (m.entity.value === 1) continue;
      // "a 911 emergency dispatch operator": an emergency number is a name, not a figure.
      if (/^(911|999|112|000)$/.test(m.entity.text)) continue;
      // "the 49ers' offence": a figure inside a name is no figure to change.
      if (
        after &&
        after.start === m.end &&
        /^\p{L}{3,}$/u.test(after.value) &&
        !/^(mph|kph|lbs|bn|mn|km|kg|pc)$/i.test(after.value)
      )
        continue;
      // "the usual 5 inches (127 millimeters)": the conversion after it tells the figure.
      if (
        tokens[m.last + 1]?.pos !== "PUNCT" &&
        tokens[m.last + 2]?.value === "(" &&
        tokens[m.last + 3]?.pos === "NUM"
      )
        continue;
      const kind = m.entity.kind === "percentage" ? "percentage" : "number";
      const value = m.entity.value;
      const values = pickNumberDistractors(value, kind, 1, others);
      // "six weeks" → "seven weeks" is arguable next to "six to eight weeks": change a figure
      // by at least 30% so the false version is plainly false.
      // "at least five million blogs", "within 18 months": a bound is not contradicted by
      // another figure. Moved down it still holds; moved up ("at least seven million") the
      // article does not say it is false, and the world may well make it true. Not swapped.
      const lead = tokens
        .slice(Math.max(0, m.first - 4), m.first)
        .map((t) => t.lower)
        .join(" ");
      const modifier = `${m.modifier ?? ""} ${lead}`.toLowerCase();
      if (
        /\b(at least|more than|over|above|less than|fewer than|under|below|within|at most|up to|next|coming)\b/.test(
          modifier,
        )
      )
        continue;
      const v = [values?.[1], values?.[0], values?.[2]].find(
        (x) => x !== undefined && Math.abs(x - value) / Math.abs(value) >= 0.3,
      );
      if (v === undefined) continue;
      const valueStart = m.modifier ? m.end - m.entity.text.length : m.start;
      return {
        start: valueStart,
        end: m.end,
        original: m.entity.text,
        replacement: formatLike(m.entity.text, v),
      };
    }
    // ("the Magic Keyboard from 2o15": the article's typo is no year to change.)
    if (
      m.entity.subtype === "year" &&
      m.entity.value !== undefined &&
      /^\d{4}$/.test(m.entity.text)
    ) {
      const values = pickNumberDistractors(m.entity.value, "year", 1, others);
      // An earlier year only: "boomed in 2005" for 2004 may well be true by the time it is read.
      // And not the year before: "won for Unforgiven in 1992" (the film's year) for 1993 is
      // arguable.
      const v = values?.find((x) => x <= m.entity.value! - 2);
      if (v === undefined) continue;
      return { start: m.start, end: m.end, original: m.entity.text, replacement: String(v) };
    }
    // People are not swapped: another name from the article has another role ("Argentinian
    // footballer Recep Tayyip Erdogan"), and a name from elsewhere makes the statement absurd.
    // Only a name of a known, same kind: a city for a city, a country for a country.
    if (
      (m.entity.kind === "place" || m.entity.kind === "organisation") &&
      (!m.entity.subtype || m.entity.subtype === m.entity.kind)
    )
      continue;
    if (["place", "organisation"].includes(m.entity.kind)) {
      const { chosen } = pickEntityDistractors({ answer: m, unit, pool, seed: unit.fact.id }, 3);
      // Only a name the article itself uses: an outside one is a guess nobody would believe.
      const replacement = chosen.find((c) => pool.some((p) => p.text === c && p.fromArticle));
      if (!replacement) continue;
      const before = tokens[m.first - 1];
      const after = tokens[m.last + 1];
      // "the US withdrawal", "Turkiye's Istanbul": a name inside a larger phrase does not swap cleanly.
      if (after?.pos === "NOUN" || after?.pos === "PROPN" || before?.value === "'s") continue;
      // Keep the grammar: "weaken the United States", "inside Turkey", not "the Turkey".
      if (before?.lower === "the" && !takesArticle(replacement)) {
        return { start: before.start, end: m.end, original: `the ${m.entity.text}`, replacement };
      }
      if (before?.lower !== "the" && !takesArticle(m.entity.text) && takesArticle(replacement)) {
        return {
          start: m.start,
          end: m.end,
          original: m.entity.text,
          replacement: `the ${replacement}`,
        };
      }
      return { start: m.start, end: m.end, original: m.entity.text, replacement };
    }
  }
  return undefined;
}

function statementFor(unit: FactUnit, text: string, sub?: Substitution): string {
  const clause = renderClause(
    unit,
    text,
    sub ? [{ start: sub.start, end: sub.end, text: sub.replacement }] : [],
  );
  // The writer's view is put as the writer's: "The article argues that …".
  return unit.fact.stance === "opinion"
    ? `The article argues that ${decapitalise(stripStop(clause), opensWithName(unit))}.`
    : `${stripStop(clause)}.`;
}

export function trueFalseQuestions(units: FactUnit[], text: string, pool: Candidate[]): Draft[] {
  // A changed figure must not be one the article gives anywhere ("at least eight weeks" when
  // the article says "six to eight weeks").
  const articleFigures = units.flatMap((u) =>
    u.mentions.map((m) => m.entity.value).filter((v): v is number => v !== undefined),
  );
  const plans = units.map((unit) => ({ unit, sub: findSubstitution(unit, pool, articleFigures) }));
  // Balance: about half of the facts that can be falsified become false statements.
  const falsifiable = plans
    .filter((p) => p.sub)
    .sort((a, b) =>
      seededRank("tf", a.unit.fact.id).localeCompare(seededRank("tf", b.unit.fact.id)),
    );
  const wantFalse = Math.round(plans.length / 2);
  const makeFalse = new Set(falsifiable.slice(0, wantFalse).map((p) => p.unit));
  return plans.map(({ unit, sub }): Draft => {
    const isFalse = makeFalse.has(unit) && sub !== undefined;
    const statement = statementFor(unit, text, isFalse ? sub : undefined);
    return {
      type: "true_false",
      prompt: `True or false: ${statement}`,
      options: ["True", "False"],
      answer: !isFalse,
      substitution:
        isFalse && sub ? { original: sub.original, replacement: sub.replacement } : null,
      explanation:
        isFalse && sub
          ? `False. The article says ${sub.original}, not ${sub.replacement}. ${quoteSource(unit)}${stanceNote(unit)}`
          : `True. ${quoteSource(unit)}${stanceNote(unit)}`,
      ...base(unit),
      difficulty: isFalse ? "medium" : unit.fact.stance === "stated" ? "easy" : "medium",
      skill: unit.fact.stance === "stated" ? "recall" : "understanding",
    };
  });
}
