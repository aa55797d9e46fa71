// Multiple choice: ask for a named place, group, person or date in the words of the article.
import { pickEntityDistractors, seededRank, type Candidate } from "../distractors";
import type { FactUnit } from "../facts";
import {
  base,
  kindNoun,
  plural,
  quoteSource,
  renderClause,
  stanceNote,
  stripStop,
  type Draft,
} from "./draft";
import { findLists } from "./lists";

const ASKABLE = new Set(["place", "organisation", "person", "event"]);

export function multipleChoiceQuestions(
  units: FactUnit[],
  text: string,
  pool: Candidate[],
): Draft[] {
  const drafts: Draft[] = [];
  for (const unit of units) {
    if (unit.fact.stance === "opinion") continue;
    const lists = findLists(unit);
    const inList = new Set(lists.filter((l) => l.members.length >= 3).flatMap((l) => l.members));
    const tokens = unit.sentence.tokens;
    // The claim's owner is the attribution question's business, not a name to recall.
    const sourceEnd = unit.reading.contentStart ?? unit.start;
    const seen = new Set<string>();

    for (const list of lists) {
      // A pair ("Islamabad and Kabul") is asked one name at a time; its partner is never a distractor.
      if (list.members.length < 3) continue;
      const noun = kindNoun(list.members[0]!.entity.kind, list.members[0]!.entity.subtype);
      if (noun === "one") continue;
      const pickAt = parseInt(seededRank(unit.fact.id, "list"), 16) % list.members.length;
      const answer = list.members[pickAt]!;
      const { chosen, spare } = pickEntityDistractors({
        answer,
        unit,
        pool,
        exclude: list.members.map((m) => m.entity.text),
        seed: unit.fact.id,
      });
      if (chosen.length < 3) continue;
      // "in three Afghan provinces, A, B and C" → drop the names; otherwise say "several ___".
      const tokenBefore = tokens.find(
        (t) => t.end <= list.start && t.value === "," && t.end >= list.start - 2,
      );
      const replacement =
        list.appositive && tokenBefore
          ? { start: tokenBefore.start, end: list.end, text: "" }
          : { start: list.start, end: list.end, text: `several ${plural(noun)}` };
      const statement = stripStop(renderClause(unit, text, [replacement]));
      drafts.push({
        type: "multiple_choice",
        prompt: `${statement}. Which of these ${plural(noun)} is one of them?`,
        options: [answer.entity.text, ...chosen],
        answer: answer.entity.text,
        alternativeDistractors: spare,
        explanation: `${quoteSource(unit)} The ${plural(noun)} it names are ${list.members.map((m) => m.entity.text).join(", ")}.${stanceNote(unit)}`,
        ...base(unit),
        difficulty: "medium",
        skill: "recall",
      });
      list.members.forEach((m) => seen.add(m.entity.text));
    }

    for (const m of unit.mentions) {
      if (!ASKABLE.has(m.entity.kind) || inList.has(m) || seen.has(m.entity.text)) continue;
      if (m.start < sourceEnd && unit.reading.verb) continue;
      // Overlapping mentions (an event that contains a name): ask about the outer one only.
      if (
        unit.mentions.some(
          (o) =>
            o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
        )
      )
        continue;
      const noun = kindNoun(m.entity.kind, m.entity.subtype);
      const next = tokens[m.last + 1];
      const possessive = next && (next.value === "'s" || next.value === "'");
      // "TTP militants", "(TTP)": a name used as a modifier or an alias reads badly as "which group".
      if (
        !possessive &&
        next &&
        (next.pos === "NOUN" || next.pos === "PROPN" || next.value === "(")
      )
        continue;
      const before = tokens[m.first - 1];
      if (before?.value === "(" || before?.value === "'s") continue;
      // A person is asked as "who" at the head of a clause or "whom" after a preposition only:
      // "PTI founder whom" is not English.
      if (m.entity.kind === "person" && !(m.start === unit.start || before?.pos === "ADP"))
        continue;
      if (possessive && tokens[m.last + 2]?.pos === "PROPN") continue;
      const { chosen, spare } = pickEntityDistractors({
        answer: m,
        unit,
        pool,
        seed: unit.fact.id,
      });
      if (chosen.length < 3) continue;
      let start = m.start;
      const prev = tokens[m.first - 1];
      if (prev && prev.lower === "the") start = prev.start;
      const subject = start === unit.start;
      // At the head of a clause the name must be its subject: a verb (or an aside) follows.
      if (
        subject &&
        !(next && (next.pos === "AUX" || next.pos === "VERB" || next.value === "," || possessive))
      )
        continue;
      // At the head of the clause "which of these countries" agrees with any verb that follows.
      const wh =
        m.entity.kind === "person"
          ? subject
            ? "who"
            : "whom"
          : subject
            ? `which of these ${plural(noun)}`
            : `which ${noun}`;
      const replacement = {
        start,
        end: possessive && next ? next.end : m.end,
        text: possessive ? `${m.entity.kind === "person" ? "whose" : `which ${noun}'s`}` : wh,
      };
      const prompt = `${stripStop(renderClause(unit, text, [replacement]))}?`;
      drafts.push({
        type: "multiple_choice",
        prompt,
        options: [m.entity.text, ...chosen],
        answer: m.entity.text,
        alternativeDistractors: spare,
        explanation: `${quoteSource(unit)}${stanceNote(unit)}`,
        ...base(unit),
        difficulty:
          unit.sentence.paragraph <= 1 && subject
            ? "easy"
            : unit.fact.importance < 0.3
              ? "hard"
              : "medium",
        skill: "recall",
      });
      seen.add(m.entity.text);
    }
  }
  return drafts;
}
