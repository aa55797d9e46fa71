// The rules of reviewing a generated question: which distractors a teacher may swap in, and
// whether an edited question is still one the generator would have accepted.
import { validateQuestion, type ChoiceQuestion, type Question } from "@studykit/content";

const CHOICE_TYPES = new Set<Question["type"]>(["multiple_choice", "numeric", "attribution"]);

export const isChoiceQuestion = (q: Question): q is ChoiceQuestion => CHOICE_TYPES.has(q.type);

const key = (s: string) => s.trim().toLowerCase();

/**
 * The distractors a teacher may swap in: the generator's alternatives and its original
 * distractors (so a swap can be undone), minus what the question already offers.
 */
export function alternativeDistractors(generated: Question, current: Question): string[] {
  if (!isChoiceQuestion(generated) || !isChoiceQuestion(current)) return [];
  const taken = new Set([...current.options, current.answer].map(key));
  const out: string[] = [];
  for (const option of [
    ...(generated.alternativeDistractors ?? []),
    ...generated.options.filter((o) => key(o) !== key(generated.answer)),
  ]) {
    if (taken.has(key(option))) continue;
    taken.add(key(option));
    out.push(option);
  }
  return out;
}

/**
 * The validator's complaints about an edited question. A question a teacher brought from another
 * tool (`authored`) is held to its shape only, as on import, and is not refused for lacking the
 * source sentence and key fact it never had.
 */
export function editedQuestionProblems(
  generated: Question,
  edited: Question,
  options: { authored?: boolean } = {},
): string[] {
  const candidate = {
    ...edited,
    sourceSentenceIds: generated.sourceSentenceIds.length ? edited.sourceSentenceIds : ["imported"],
    factIds: generated.factIds.length ? edited.factIds : ["imported"],
  } as Question;
  return validateQuestion(candidate, { authored: options.authored === true }).map((i) => i.message);
}

type ReviewStatus = "pending" | "accepted" | "rejected";
export type StatusCounts = Record<ReviewStatus, number>;

/** How many questions stand at each review status, over all and over the recommended set. */
export function reviewCounts(
  questions: readonly { status: ReviewStatus; recommended: boolean }[],
): {
  all: StatusCounts;
  recommended: StatusCounts;
} {
  const all = { pending: 0, accepted: 0, rejected: 0 };
  const recommended = { pending: 0, accepted: 0, rejected: 0 };
  for (const q of questions) {
    all[q.status] += 1;
    if (q.recommended) recommended[q.status] += 1;
  }
  return { all, recommended };
}
