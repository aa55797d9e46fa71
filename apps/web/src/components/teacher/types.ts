// The API's inputs and outputs, as the teacher pages use them.
import type { AppRouter } from "@studykit/api";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

export type ClassSummary = RouterOutputs["classes"]["list"][number];
export type ClassDetail = RouterOutputs["classes"]["get"];
export type BankEntry = RouterOutputs["articles"]["bank"][number];
export type ArticleDetail = RouterOutputs["articles"]["get"];
export type ClassDashboard = RouterOutputs["dashboard"]["class"];
