// The shapes the quiz components work with, inferred from the API so they never drift from it.
import type { AppRouter } from "@studykit/api";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;

export type AttemptView = Outputs["attempts"]["get"];
export type QuizQuestion = AttemptView["questions"][number];
export type AnswerFeedback = NonNullable<Outputs["attempts"]["submitAnswer"]["feedback"]>;
export type FeedbackSource = AnswerFeedback["sources"][number];
export type AnswerResponse = Inputs["attempts"]["submitAnswer"]["response"];
export type ArticleView = Outputs["articles"]["get"];
export type QuestionType = QuizQuestion["type"];

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  multiple_choice: "Multiple choice",
  true_false: "True or false",
  cloze: "Fill in the blank",
  numeric: "Numbers",
  attribution: "Who said it",
  matching: "Matching",
  open: "Written answer",
};

/** True for the types answered by picking one option. */
export function isChoiceType(type: QuestionType): boolean {
  return type === "multiple_choice" || type === "numeric" || type === "attribution";
}
