// The bank's filters as they live in the address: reading them (unknown values count as no
// filter), writing changes back, whether any is set, and the words the filters show.
import type { Difficulty, QuestionType } from "@studykit/content";
import { DIFFICULTIES, QUESTION_TYPES_IN_ORDER } from "~/lib/labels";

export const REVIEW_STATUSES = ["pending", "accepted", "rejected"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export type DisabledFilter = "all" | "active" | "disabled";

export const REVIEW_LABEL: Record<ReviewStatus, string> = {
  pending: "Pending review",
  accepted: "Accepted",
  rejected: "Rejected",
};
export const REVIEW_TONE = {
  pending: "warning",
  accepted: "success",
  rejected: "danger",
} as const satisfies Record<ReviewStatus, string>;

const isType = (v: string | null): v is QuestionType =>
  !!v && (QUESTION_TYPES_IN_ORDER as string[]).includes(v);
const isDifficulty = (v: string | null): v is Difficulty =>
  !!v && (DIFFICULTIES as string[]).includes(v);
const isReviewStatus = (v: string | null): v is ReviewStatus =>
  !!v && (REVIEW_STATUSES as readonly string[]).includes(v);

export interface BankFilters {
  type?: QuestionType;
  difficulty?: Difficulty;
  review?: ReviewStatus;
  factId?: string;
  status: DisabledFilter;
}

/** The filters in an address's query. */
export function readFilters(params: { get(name: string): string | null }): BankFilters {
  const type = params.get("type");
  const difficulty = params.get("difficulty");
  const review = params.get("review");
  const status = params.get("status");
  return {
    type: isType(type) ? type : undefined,
    difficulty: isDifficulty(difficulty) ? difficulty : undefined,
    review: isReviewStatus(review) ? review : undefined,
    factId: params.get("fact") || undefined,
    status: status === "disabled" || status === "active" ? status : "all",
  };
}

/** The query with some parameters set (a value) or removed (none), "" when nothing is left. */
export function withParams(
  params: URLSearchParams | string,
  changes: Record<string, string | undefined>,
): string {
  const next = new URLSearchParams(params);
  for (const [k, v] of Object.entries(changes)) {
    if (v) next.set(k, v);
    else next.delete(k);
  }
  return next.size ? `?${next}` : "";
}

/** Every filter off (the article stays). */
export const CLEAR_FILTERS = {
  type: undefined,
  difficulty: undefined,
  fact: undefined,
  status: undefined,
  review: undefined,
};

/** Whether any filter narrows the list. */
export function isFiltered(f: BankFilters): boolean {
  return !!(f.type || f.difficulty || f.factId || f.review || f.status !== "all");
}

/** The entries the in-use/disabled filter keeps. */
export function byDisabled<E extends { disabled: boolean }>(
  entries: readonly E[],
  status: DisabledFilter,
): E[] {
  return entries.filter((e) =>
    status === "all" ? true : status === "disabled" ? e.disabled : !e.disabled,
  );
}

/** A key fact as the fact filter lists it: numbered, long ones cut to 110 characters. */
export function factOption(text: string, index: number): string {
  return `${index + 1}. ${text.length > 110 ? `${text.slice(0, 107)}…` : text}`;
}
