// The review as the API sends it, and the page's own states.
import type { RouterOutputs } from "~/components/teacher/types";

export type Review = RouterOutputs["review"]["article"];
export type ReviewQuestion = Review["questions"][number];
export type ReviewFact = Review["facts"][number];
export type Status = ReviewQuestion["status"];
export type Filter = "all" | Status;
export type AcceptRecommendedResult = RouterOutputs["review"]["acceptRecommended"];

/** What became of the last change to a question or fact. */
export type SaveState =
  | { state: "saving"; text: string }
  | { state: "saved"; text: string }
  | { state: "error"; text: string; retry?: () => void };
