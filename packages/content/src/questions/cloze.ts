// Cloze: the fact with one key term blanked out; the learner types the missing words.
import { NUMBER_WORDS, type Mention } from "../entities";
import type { FactUnit } from "../facts";
import { isUnaskableCount } from "./lists";
import { base, quoteSource, renderClause, stanceNote, stripStop, type Draft } from "./draft";

const PRIORITY: Record<string, number> = {
  number: 0,
  percentage: 0,
  place: 1,
  organisation: 1,
  person: 1,
  name: 1,
  date: 2,
  event: 3,
};

function acceptable(m: Mention): string[] {
  const out = new Set<string>([m.entity.text]);
  const v = m.entity.value;
  if (v !== undefined) {
    out.add(String(v));
    if (NUMBER_WORDS[v]) out.add(NUMBER_WORDS[v]!);
    if (m.entity.kind === "percentage") out.add(`${v}%`).add(`${v} percent`).add(`${v} per cent`);
  }
  return [...out];
}

function insideBrackets(unit: FactUnit, m: { first: number }): boolean {
  const tokens = unit.sentence.tokens.slice(0, m.first);
  return (
    tokens.filter((t) => t.value === "(").length > tokens.filter((t) => t.value === ")").length
  );
}

function attributive(unit: FactUnit, m: { last: number }): boolean {
  const next = unit.sentence.tokens[m.last + 1];
  return !!next && next.pos === "NOUN" && /^[a-z]/.test(next.value);
}

export function clozeQuestions(units: FactUnit[], text: string): Draft[] {
  const drafts: Draft[] = [];
  for (const unit of units) {
    const sourceEnd = unit.reading.verb ? (unit.reading.contentStart ?? unit.start) : unit.start;
    const targets = unit.mentions
      .filter((m) => m.start >= sourceEnd && PRIORITY[m.entity.kind] !== undefined)
      .filter((m) => !isUnaskableCount(unit, m))
      // "$11bn (£5.7bn)": a conversion in brackets; "US retail giant": a place used as an
      // adjective. Neither is a blank worth one of the clause's two.
      .filter(
        (m) => !insideBrackets(unit, m) && !(m.entity.kind === "place" && attributive(unit, m)),
      )
      .filter(
        (m) =>
          !unit.mentions.some(
            (o) =>
              o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
          ),
      )
      .sort((a, b) => PRIORITY[a.entity.kind]! - PRIORITY[b.entity.kind]! || a.start - b.start);
    const picked: {
      start: number;
      end: number;
      answer: string;
      accept: string[];
      hard: boolean;
    }[] = [];
    for (const m of targets.slice(0, 2)) {
      const valueStart = m.modifier ? m.end - m.entity.text.length : m.start;
      picked.push({
        start: valueStart,
        end: m.end,
        answer: m.entity.text,
        accept: acceptable(m),
        hard: m.entity.value !== undefined,
      });
    }
    if (picked.length === 0) {
      // No names or numbers: blank the longest content noun, the word the fact turns on.
      const noun = unit.tokens
        .filter(
          (t) =>
            t.start >= sourceEnd &&
            t.pos === "NOUN" &&
            t.value.length >= 5 &&
            /^[a-z-]+$/.test(t.value),
        )
        .sort((a, b) => b.value.length - a.value.length || a.start - b.start)[0];
      if (noun)
        picked.push({
          start: noun.start,
          end: noun.end,
          answer: noun.value,
          accept: [noun.value],
          hard: true,
        });
    }
    for (const p of picked) {
      const statement = stripStop(
        renderClause(unit, text, [{ start: p.start, end: p.end, text: "____" }]),
      );
      drafts.push({
        type: "cloze",
        prompt: `Fill in the blank: ${statement}.`,
        options: null,
        answer: p.answer,
        acceptableAnswers: p.accept,
        explanation: `${quoteSource(unit)}${stanceNote(unit)}`,
        ...base(unit),
        difficulty: p.hard ? "hard" : "medium",
        skill: "recall",
      });
    }
  }
  return drafts;
}
