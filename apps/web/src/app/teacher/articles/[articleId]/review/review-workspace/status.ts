// Review statuses: their labels and tones, the review after some questions change status,
// the counts per status, the words for "Accept all recommended", and moving through the list.
import { plural } from "~/components/ui/format";

type Status = "pending" | "accepted" | "rejected";

export const STATUS_LABEL: Record<Status, string> = {
  pending: "Pending",
  accepted: "Accepted",
  rejected: "Rejected",
};
export const STATUS_TONE = { pending: "warning", accepted: "success", rejected: "danger" } as const;

/** How many questions have each status. */
export function statusCounts(questions: readonly { status: Status }[]): Record<Status, number> {
  const counts = { pending: 0, accepted: 0, rejected: 0 };
  for (const q of questions) counts[q.status] += 1;
  return counts;
}

/** The review with some questions' status changed, and the counts to match. */
export function withStatus<
  R extends {
    questions: readonly Q[];
    counts: Record<Status, number>;
    recommended: Record<Status, number>;
  },
  Q extends { id: string; status: Status; recommended: boolean },
>(review: R, ids: ReadonlySet<string>, status: Status): R {
  const questions = review.questions.map((q) => (ids.has(q.id) ? { ...q, status } : q));
  const counts = statusCounts(questions);
  const recommended = statusCounts(questions.filter((q) => q.recommended));
  return { ...review, questions, counts, recommended } as R;
}

/** What "Accept all recommended" did, in words, with the counts. */
export function acceptedRecommendedText(out: {
  accepted: number;
  recommended: Record<Status, number>;
}): string {
  const { accepted, rejected } = out.recommended;
  const total = accepted + rejected + out.recommended.pending;
  const first =
    out.accepted === 0
      ? "No recommended question was waiting: nothing changed."
      : `Accepted ${plural(out.accepted, "recommended question")}.`;
  const stand = rejected
    ? ` ${plural(rejected, "question")} you rejected ${rejected === 1 ? "stays" : "stay"} rejected.`
    : "";
  return `${first} ${accepted} of the ${plural(total, "recommended question")} ${accepted === 1 ? "is" : "are"} now accepted and can go into a set.${stand}`;
}

/** The question `by` places from position `at` (-1: none yet), held at the list's ends. */
export function stepInOrder(order: readonly string[], at: number, by: number): string | undefined {
  return order[Math.max(0, Math.min(order.length - 1, at + by))];
}
