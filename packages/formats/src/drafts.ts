// Builds StudyKit question drafts from what an imported file holds; shared by the Moodle XML and
// GIFT readers so both map the same way.
import type { MatchingPair, QuestionDraft } from "@studykit/content";
import { FormatError, type ImportFormat, type ImportResult } from "./types";

const BASE = {
  sourceSentenceIds: [] as string[],
  factIds: [] as string[],
  difficulty: "medium" as const,
  stance: "stated" as const,
  attribution: null,
};

/** Thrown inside a reader for one question that StudyKit cannot hold; becomes a `skipped` row. */
export class Unsupported extends Error {}

/** A category path's last own part ("$course$/top/Unit 3/Week 2" → "Week 2"): the file's title. */
function categoryTitle(path: string): string | undefined {
  return path
    .split("/")
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith("$") && s !== "top")
    .pop();
}

/** Reads one question into the result, or records why it was skipped. */
function readInto(
  result: ImportResult,
  index: number,
  name: string | null,
  read: () => QuestionDraft,
): void {
  try {
    result.questions.push({ question: read(), name });
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    result.skipped.push({ index, name, reason: error.message });
  }
}

/** The result, or a clear error when not one question in the file could be imported. */
function importedOrRefused(result: ImportResult, seen: number, kind: string): ImportResult {
  if (result.questions.length === 0)
    throw new FormatError(
      seen === 0
        ? `The ${kind} file contains no questions.`
        : `None of the ${seen} questions in the file can be imported (${result.skipped[0]?.reason ?? "unsupported"}).`,
    );
  return result;
}

/** One entry of an imported file, in file order: a category path, or a question to read. */
export type ImportEntry = { category: string } | { name: string | null; read: () => QuestionDraft };

/**
 * Reads a file's entries as both importers do: the first category with a title of its own names
 * the file, each question is read or skipped with its reason, and a file with nothing readable is
 * refused (`kind` names the format in that message).
 */
export function importEntries(
  format: ImportFormat,
  kind: string,
  entries: Iterable<ImportEntry>,
): ImportResult {
  const result: ImportResult = { format, title: null, questions: [], skipped: [] };
  let index = 0;
  for (const entry of entries) {
    if ("category" in entry) {
      result.title ??= categoryTitle(entry.category) ?? null;
      continue;
    }
    readInto(result, index, entry.name, entry.read);
    index += 1;
  }
  return importedOrRefused(result, index, kind);
}

const BLANK = /_{3,}/;

export function choiceDraft(
  prompt: string,
  choices: { text: string; correct: boolean }[],
  explanation: string | null,
): QuestionDraft {
  const correct = choices.filter((c) => c.correct);
  if (correct.length !== 1)
    throw new Unsupported(
      correct.length === 0
        ? "no answer is marked correct"
        : "more than one answer is correct (StudyKit's choice questions have exactly one)",
    );
  if (choices.length < 2) throw new Unsupported("a choice question needs at least two answers");
  const answer = correct[0]!.text;
  return {
    ...BASE,
    type: "multiple_choice",
    skill: "recall",
    prompt,
    options: choices.map((c) => c.text),
    answer,
    alternativeDistractors: [],
    explanation: explanation || `The answer is: ${answer}`,
  };
}

export function trueFalseDraft(
  prompt: string,
  answer: boolean,
  explanation: string | null,
): QuestionDraft {
  return {
    ...BASE,
    type: "true_false",
    skill: "recall",
    prompt,
    options: ["True", "False"],
    answer,
    substitution: null,
    explanation: explanation || `The answer is: ${answer ? "True" : "False"}`,
  };
}

/** A typed answer: the prompt keeps or gains the "____" blank that StudyKit's cloze shows. */
export function clozeDraft(
  prompt: string,
  answers: string[],
  explanation: string | null,
): QuestionDraft {
  const unique = [...new Set(answers.map((a) => a.trim()).filter(Boolean))];
  if (unique.length === 0) throw new Unsupported("no answer is marked correct");
  // A question with no blank gets one after it, worded so the prompt still ends like a sentence.
  const withBlank = BLANK.test(prompt)
    ? prompt.replace(/_{3,}/g, "____")
    : `${prompt} Answer: ____.`;
  if (withBlank.split("____").length - 1 !== 1)
    throw new Unsupported(
      "the text has more than one blank (StudyKit's fill-in questions have one)",
    );
  return {
    ...BASE,
    type: "cloze",
    skill: "recall",
    prompt: withBlank,
    options: null,
    answer: unique[0]!,
    acceptableAnswers: unique,
    explanation: explanation || `The answer is: ${unique[0]}`,
  };
}

export function matchingDraft(
  prompt: string,
  pairs: MatchingPair[],
  explanation: string | null,
): QuestionDraft {
  if (pairs.some((p) => !p.left))
    throw new Unsupported("extra answers without a question to match are not supported");
  if (pairs.length < 2) throw new Unsupported("a matching question needs at least two pairs");
  return {
    ...BASE,
    type: "matching",
    skill: "understanding",
    prompt,
    // Files list the pairs in order; rotate the right column so it does not line up.
    options: {
      left: pairs.map((p) => p.left),
      right: [...pairs.slice(1), pairs[0]!].map((p) => p.right),
    },
    answer: pairs,
    explanation: explanation || pairs.map((p) => `${p.left}: ${p.right}`).join("; "),
  };
}

export function openDraft(
  prompt: string,
  model: { modelAnswer: string; rubric: string[] } | null,
  explanation: string | null,
): QuestionDraft {
  if (!model?.modelAnswer)
    throw new Unsupported(
      "an essay question without a model answer (grader information) cannot be marked in StudyKit",
    );
  return {
    ...BASE,
    type: "open",
    skill: "analysis",
    prompt,
    options: null,
    answer: null,
    modelAnswer: model.modelAnswer,
    rubric: model.rubric.length ? model.rubric : ["Makes the points of the model answer"],
    explanation: explanation || "Compare your answer with the model answer.",
  };
}
