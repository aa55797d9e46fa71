// Numeric: numbers, percentages and years, offered as choices in ascending order.
import { formatLike, pickNumberDistractors, seededRank } from "../distractors";
import type { FactUnit } from "../facts";
import { isUnaskableCount } from "./lists";
import { base, quoteSource, renderClause, stanceNote, stripStop, type Draft } from "./draft";

export function numericQuestions(units: FactUnit[], text: string): Draft[] {
  const drafts: Draft[] = [];
  for (const unit of units) {
    const numbers = unit.mentions.filter(
      (m) =>
        m.entity.value !== undefined &&
        (m.entity.kind === "number" ||
          m.entity.kind === "percentage" ||
          m.entity.subtype === "year"),
    );
    const others = unit.mentions
      .map((m) => m.entity.value)
      .filter((v): v is number => v !== undefined);
    for (const m of numbers) {
      const value = m.entity.value!;
      // "one year" → "three year": changing a one breaks the grammar around it.
      if (value === 1 || isUnaskableCount(unit, m)) continue;
      const kind =
        m.entity.kind === "percentage"
          ? "percentage"
          : m.entity.subtype === "year"
            ? "year"
            : "number";
      const position = parseInt(seededRank(unit.fact.id, m.entity.text), 16) % 4;
      const values = pickNumberDistractors(value, kind, position, others);
      if (!values) continue;
      const modifier = m.modifier ? `${m.modifier} ` : "";
      const tokens = unit.sentence.tokens;
      const valueStart = m.modifier ? m.end - m.entity.text.length : m.start;
      // "more than 100 militants were killed" opens its clause: ask "how many militants were killed".
      const unitToken = m.unit
        ? tokens.find((t) => t.i > m.last && t.i <= m.last + 3 && t.value === m.unit)
        : undefined;
      const subjectCount =
        kind === "number" &&
        unitToken &&
        m.start === unit.start &&
        tokens[unitToken.i + 1] &&
        ["AUX", "VERB"].includes(tokens[unitToken.i + 1]!.pos);
      let prompt: string;
      let options: string[];
      let answer: string;
      if (subjectCount && unitToken) {
        prompt = `${stripStop(renderClause(unit, text, [{ start: m.start, end: m.end, text: "how many" }]))}?`;
        answer = `${modifier}${m.entity.text}`;
        options = [answer, ...values.map((v) => `${modifier}${formatLike(m.entity.text, v)}`)];
      } else {
        const blanked = renderClause(unit, text, [{ start: valueStart, end: m.end, text: "____" }]);
        prompt = `Which figure completes this statement from the article: "${stripStop(blanked)}"?`;
        answer = m.entity.text;
        options = [answer, ...values.map((v) => formatLike(m.entity.text, v))];
      }
      const all = [value, ...values];
      drafts.push({
        type: "numeric",
        prompt,
        // Ascending order, as a reader scans figures; the answer's place was chosen above.
        options: options
          .map((o, i) => ({ o, v: all[i]! }))
          .sort((a, b) => a.v - b.v)
          .map((x) => x.o),
        answer,
        alternativeDistractors: [],
        explanation: `${quoteSource(unit)}${stanceNote(unit)}`,
        ...base(unit),
        difficulty: others.length > 2 ? "hard" : "medium",
        skill: "recall",
        rank: position,
      });
    }
  }
  return drafts;
}
