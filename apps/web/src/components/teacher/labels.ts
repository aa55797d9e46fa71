// Words for the API's codes, as a teacher reads them.
import type { Difficulty, QuestionType } from "@studykit/content";

export const QUESTION_TYPE_LABEL: Record<QuestionType, string> = {
  multiple_choice: "Multiple choice",
  true_false: "True or false",
  cloze: "Fill the gap",
  numeric: "Numeric",
  attribution: "Who said it",
  matching: "Matching",
  open: "Open answer",
};

export const QUESTION_TYPES_IN_ORDER = Object.keys(QUESTION_TYPE_LABEL) as QuestionType[];

export const DIFFICULTY_LABEL: Record<Difficulty, string> = {
  easy: "Easy",
  medium: "Medium",
  hard: "Hard",
};

export const DIFFICULTIES: Difficulty[] = ["easy", "medium", "hard"];

export type FeedbackTiming = "immediately" | "after_submit" | "after_due";

export const FEEDBACK_LABEL: Record<FeedbackTiming, string> = {
  immediately: "After each answer",
  after_submit: "When the student submits",
  after_due: "After the due date",
};

export const STANCE_LABEL = {
  stated: "Stated as fact",
  attributed: "Attributed claim",
  alleged: "Allegation",
  opinion: "Opinion",
} as const;

/** 0.6432 → "64%"; null → "—". */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : `${Math.round(value * 100)}%`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
