// Flashcards from the set's key facts, for Quizlet (tab-separated) and Anki (CSV with file headers).
// One card per fact: the front is a cue, the back is the fact itself.
import type { Question } from "@studykit/content";
import { stringify } from "csv-stringify/sync";
import { fileStem } from "./feedback";
import type { ExchangeFact, ExchangeSet, ExportFile, SkippedExport } from "./types";

export interface Flashcard {
  factId: string;
  /** The cue: the fact with its key words blanked, or else a question asked about it. */
  front: string;
  /** The fact, with whose claim it is when the article attributes it. */
  back: string;
  stance: ExchangeFact["stance"];
}

function stripLeadIn(prompt: string): string {
  return prompt.replace(/^(Fill in the blank|True or false):\s*/i, "");
}

function backOf(fact: ExchangeFact): string {
  if (fact.stance === "stated") return fact.text;
  const whose = fact.attribution ? ` by ${fact.attribution}` : "";
  const kind =
    fact.stance === "opinion"
      ? "an opinion"
      : fact.stance === "alleged"
        ? "an allegation"
        : "a claim";
  return `${fact.text} (${kind}${whose})`;
}

/** Words a question on this fact asks for, best first: they are what the card should hide. */
function keyWords(fact: ExchangeFact, questions: Question[]): string[] {
  const onFact = questions.filter((q) => q.factIds.includes(fact.id));
  const words: string[] = [];
  for (const q of onFact) if (q.type === "cloze") words.push(q.answer);
  for (const q of onFact)
    if (q.type === "multiple_choice" || q.type === "numeric") words.push(q.answer);
  for (const q of onFact)
    if (q.type === "true_false" && q.substitution) words.push(q.substitution.original);
  for (const q of onFact) if (q.type === "matching") words.push(...q.answer.map((p) => p.left));
  return words.filter((w) => w.trim().length > 0);
}

/** The cue for one fact, from the set's own questions on it; null if none cues it. */
function cueFor(fact: ExchangeFact, questions: Question[]): string | null {
  // Best: the fact's current text with the words a question on it asks for blanked out.
  const hidden = keyWords(fact, questions).find((w) => fact.text.includes(w));
  if (hidden) return fact.text.replace(hidden, "____");
  // Else a question about it whose prompt does not give the fact away.
  const asked = questions.find(
    (q) =>
      q.factIds.length === 1 &&
      q.factIds[0] === fact.id &&
      (q.type === "multiple_choice" ||
        q.type === "numeric" ||
        q.type === "attribution" ||
        q.type === "open"),
  );
  return asked ? stripLeadIn(asked.prompt) : null;
}

export function flashcards(set: ExchangeSet): { cards: Flashcard[]; skipped: SkippedExport[] } {
  const questions = set.questions.map((q) => ({ ...q.question, factIds: q.factIds }));
  const cards: Flashcard[] = [];
  const skipped: SkippedExport[] = [];
  for (const fact of set.facts) {
    const front = cueFor(fact, questions);
    if (front) cards.push({ factId: fact.id, front, back: backOf(fact), stance: fact.stance });
    else
      skipped.push({
        questionId: fact.id,
        reason: "no question in the set gives a cue for this fact",
      });
  }
  return { cards, skipped };
}

function flat(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Quizlet's import: one card a line, term TAB definition (tabs and line breaks cannot occur inside). */
export function exportQuizlet(set: ExchangeSet): ExportFile {
  const { cards, skipped } = flashcards(set);
  return {
    format: "quizlet-tsv",
    filename: `${fileStem(set.title)}.quizlet.tsv`,
    mimeType: "text/tab-separated-values; charset=utf-8",
    body:
      cards.map((c) => `${flat(c.front)}\t${flat(c.back)}`).join("\n") + (cards.length ? "\n" : ""),
    skipped,
  };
}

/** Anki's text import (2.1.55+) with file headers so it picks the separator, note type, deck and tags. */
export function exportAnki(set: ExchangeSet): ExportFile {
  const { cards, skipped } = flashcards(set);
  const deck = `StudyKit::${set.title.replace(/::/g, ":").replace(/[\r\n]/g, " ")}`;
  const header = [
    "#separator:comma",
    "#html:false",
    "#notetype:Basic",
    `#deck:${deck}`,
    "#columns:Front,Back,Tags",
    "#tags column:3",
  ].join("\n");
  const rows = stringify(
    cards.map((c) => [c.front, c.back, `studykit ${c.stance}`]),
    { record_delimiter: "\n" },
  );
  return {
    format: "anki-csv",
    filename: `${fileStem(set.title)}.anki.csv`,
    mimeType: "text/csv; charset=utf-8",
    body: `${header}\n${rows}`,
    skipped,
  };
}
