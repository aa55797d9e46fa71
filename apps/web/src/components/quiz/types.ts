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

/** True for the types answered by picking one option. */
export function isChoiceType(type: QuestionType): boolean {
  return type === "multiple_choice" || type === "numeric" || type === "attribution";
}
