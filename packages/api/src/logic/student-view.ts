// What a student may see of a question before answering it: never the answer, the
// explanation, the accepted spellings or the generator's notes.
import type { Question, QuestionType } from "@studykit/content";

export interface StudentQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  /** Choice options in this attempt's order; ["True", "False"] for true/false; null otherwise. */
  options: string[] | null;
  /** Matching: the left items in order and the right items in this attempt's order. */
  matching: { left: string[]; right: string[] } | null;
  /** Open: the criteria the student assesses their own answer against. */
  rubric: string[] | null;
  difficulty: Question["difficulty"];
}

/** Applies a stored order (indices into the original list) to a list. */
export function applyOrder<T>(items: readonly T[], order: readonly number[] | undefined): T[] {
  if (!order || order.length !== items.length) return [...items];
  return order.map((i) => items[i]!);
}

/**
 * Builds the student's view. Fields are copied one by one, so a field added to Question later
 * is not exposed by accident.
 */
export function toStudentQuestion(
  id: string,
  q: Question,
  optionOrder?: readonly number[],
): StudentQuestion {
  const base = { id, type: q.type, prompt: q.prompt, difficulty: q.difficulty };
  switch (q.type) {
    case "multiple_choice":
    case "numeric":
    case "attribution":
      return { ...base, options: applyOrder(q.options, optionOrder), matching: null, rubric: null };
    case "true_false":
      return { ...base, options: ["True", "False"], matching: null, rubric: null };
    case "matching":
      return {
        ...base,
        options: null,
        matching: { left: [...q.options.left], right: applyOrder(q.options.right, optionOrder) },
        rubric: null,
      };
    case "open":
      return { ...base, options: null, matching: null, rubric: [...q.rubric] };
    case "cloze":
      return { ...base, options: null, matching: null, rubric: null };
  }
}

/** How many options a question's order covers (0 when its options are not shuffled). */
export function optionCount(q: Question): number {
  if (q.type === "multiple_choice" || q.type === "numeric" || q.type === "attribution") {
    return q.options.length;
  }
  if (q.type === "matching") return q.options.right.length;
  return 0;
}

/** The right answer as a student is shown it in feedback. */
export function answerText(q: Question): string {
  switch (q.type) {
    case "true_false":
      return q.answer ? "True" : "False";
    case "matching":
      return q.answer.map((p) => `${p.left} → ${p.right}`).join("; ");
    case "open":
      return q.modelAnswer;
    default:
      return q.answer;
  }
}
