// Words for the API's codes, the same for students and teachers.
import type { Difficulty, QuestionType } from "@studykit/content";

export const QUESTION_TYPE_LABEL: Record<QuestionType, string> = {
  multiple_choice: "Multiple choice",
  true_false: "True or false",
  cloze: "Fill in the blank",
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
