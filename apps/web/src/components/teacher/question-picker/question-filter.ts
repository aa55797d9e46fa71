// Which of an article's questions a picker shows: by type, by difficulty and by words in the
// prompt. The hand-picker lists those that match; the mix form counts them.
import type { Difficulty, Question, QuestionType } from "@studykit/content";

/** A filter; a part left empty ("" or missing) lets every question through. */
export interface QuestionFilter {
  type?: QuestionType | "";
  difficulty?: Difficulty | "";
  search?: string;
}

/** Whether the question passes every part of the filter; the search ignores case and spaces around it. */
export function matchesFilter(
  question: Pick<Question, "type" | "difficulty" | "prompt">,
  { type, difficulty, search = "" }: QuestionFilter,
): boolean {
  const words = search.trim().toLowerCase();
  return (
    (!type || question.type === type) &&
    (!difficulty || question.difficulty === difficulty) &&
    (!words || question.prompt.toLowerCase().includes(words))
  );
}
