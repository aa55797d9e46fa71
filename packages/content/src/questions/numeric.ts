// Numeric: numbers, percentages and years, offered as choices in ascending order.
import { formatLike, pickNumberDistractors, seededRank } from "../distractors";
import type { FactUnit } from "../facts";
import { isUnaskableCount } from "./lists";
import type { Mention } from "../entities";
import type { Token } from "../nlp";
import {
  base,
  capitalise,
  decapitalise,
  quoteSource,
  renderClause,
  stanceNote,
  stripStop,
  type Draft,
} from "./draft";

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
      const fronted =
        kind === "number" && unitToken && !subjectCount
          ? frontedCount(unit, text, m, unitToken)
          : undefined;
      if (subjectCount && unitToken) {
        prompt = `${stripStop(renderClause(unit, text, [{ start: m.start, end: m.end, text: "how many" }]))}?`;
        answer = `${modifier}${m.entity.text}`;
        options = [answer, ...values.map((v) => `${modifier}${formatLike(m.entity.text, v)}`)];
      } else if (fronted) {
        prompt = fronted;
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

const AUXILIARIES = new Set([
  "has",
  "have",
  "had",
  "will",
  "would",
  "can",
  "could",
  "should",
  "must",
  "may",
  "might",
]);

/**
 * "three football national championships": the counted noun is the compound's last noun, not
 * its first word ("How many football has…").
 */
function compoundHead(unit: FactUnit, first: Token): Token {
  const all = unit.sentence.tokens;
  let k = first.i;
  while (
    all[k + 1] &&
    all[k + 1]!.end <= unit.end &&
    /^(NOUN|ADJ)$/.test(all[k + 1]!.pos) &&
    all.slice(k + 1).some((t, j) => j <= 2 && t.pos === "NOUN")
  )
    k++;
  while (k > first.i && all[k]!.pos !== "NOUN") k--;
  return all[k]!;
}

/**
 * "Microsoft has sold 19.9 million units worldwide" → "How many units has Microsoft sold
 * worldwide?"; "MessageLabs caught 273 phishing e-mails in September" → "How many phishing
 * e-mails did MessageLabs catch in September?". The count must be the object of the clause's
 * first verb, straight after it; the subject is everything before that verb (a leading "In
 * September 2003," moves to the end). Undefined when the clause has another shape.
 */
export function frontedCount(
  unit: FactUnit,
  text: string,
  m: Mention,
  counted: Token,
): string | undefined {
  const tokens = unit.sentence.tokens.filter((t) => t.start >= unit.start && t.end <= unit.end);
  if (!tokens.length) return undefined;
  // A leading phrase ("In September 2003,") and the subject after it.
  let from = 0;
  if (tokens[0]!.pos === "ADP") {
    const comma = tokens.findIndex((t) => t.value === ",");
    if (comma < 1 || comma > 6 || tokens.slice(0, comma).some((t) => /VERB|AUX/.test(t.pos)))
      return undefined;
    from = comma + 1;
  }
  const verbAt = tokens.findIndex((t, i) => i >= from && (t.pos === "VERB" || t.pos === "AUX"));
  if (verbAt <= from || verbAt - from > 8) return undefined;
  const subject = tokens.slice(from, verbAt);
  // A subject with its own aside or clause ("TCI, which claims…") is too long to move.
  if (subject.some((t) => t.value === "," || t.value === '"' || t.pos === "PRON")) return undefined;
  const verb = tokens[verbAt]!;
  let auxiliary: string;
  let main: Token;
  let mainAt = verbAt;
  if (verb.pos === "AUX") {
    const next = tokens[verbAt + 1];
    if (!AUXILIARIES.has(verb.lower) || next?.pos !== "VERB") return undefined;
    auxiliary = verb.lower;
    main = next;
    mainAt = verbAt + 1;
  } else {
    // Do-support needs the tense: "showcases" → does, "caught" → did; "put" is either.
    if (verb.lower === verb.lemma) return undefined;
    auxiliary =
      /s$/.test(verb.lower) && verb.lower.startsWith(verb.lemma.slice(0, -1)) ? "does" : "did";
    main = { ...verb, value: verb.lemma };
  }
  // The count follows the verb at once: "sold 19.9 million units", "caught only 273 e-mails".
  const countStart = tokens.findIndex((t) => t.start >= m.start);
  let after = mainAt + 1;
  if (/^(only|just|nearly|almost|some|about)$/.test(tokens[after]?.lower ?? "")) after++;
  if (countStart !== after) return undefined;
  const at = (i: number) => tokens[i]!;
  // A referent resolved inside the clause ("It" → "Microsoft") would be lost in the move.
  if (unit.rewrites.some((r) => r.start < unit.end && r.end > unit.start)) return undefined;
  const subjectText = text.slice(at(from).start, at(verbAt - 1).end);
  const lead = from > 0 ? text.slice(at(0).start, at(from - 1).start).trim() : "";
  const unitToken = compoundHead(unit, counted);
  const nounPhrase = text.slice(m.end, unitToken.end).trim();
  // What follows the counted noun, up to a second clause ("…broken in his foot and will be
  // out…"), which the question cannot carry.
  const second = tokens.findIndex(
    (t, i) =>
      t.start >= unitToken.end &&
      (t.lower === "and" || t.lower === "but" || t.value === ";") &&
      /AUX|VERB/.test(tokens[i + 1]?.pos ?? ""),
  );
  const rest = text
    .slice(unitToken.end, second >= 0 ? tokens[second]!.start : unit.end)
    .replace(/[.!?,]+\s*$/, "")
    .trim();
  // The subject's first word keeps its capital only when it begins a name ("Rival Norvik" →
  // "rival Norvik"; "Microsoft" stays).
  const firstWord = subject[0]!;
  const named = unit.mentions.some(
    (n) => n.start <= firstWord.start && n.end > firstWord.start && !/\d/.test(n.entity.text),
  );
  const subjectInQuestion =
    named || /^[A-Z]{2,}/.test(subjectText) ? subjectText : decapitalise(subjectText, false);
  const body = [
    `how many ${nounPhrase}`,
    auxiliary,
    subjectInQuestion,
    main.value,
    rest,
    lead ? decapitalise(lead.replace(/,$/, ""), false) : "",
  ]
    .filter(Boolean)
    .join(" ")
    .replace(/\s+([,;:])/g, "$1")
    .replace(/,\s*$/, "");
  return unit.prefix ? `${unit.prefix}${body}?` : `${capitalise(body)}?`;
}
