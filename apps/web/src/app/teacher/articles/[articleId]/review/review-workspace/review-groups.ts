// Which questions the review page shows and in what order: the recommended set or the other
// candidates, each filtered by review status and grouped under a key fact, best group first.

export type ReviewView = "recommended" | "candidates";
export type StatusFilter = "all" | "pending" | "accepted" | "rejected";

interface GroupableQuestion {
  id: string;
  status: "pending" | "accepted" | "rejected";
  recommended: boolean;
}
interface GroupableFact {
  id: string;
  questionIds: string[];
}

export interface ReviewGroup<F, Q> {
  /** Null for questions built on no current key fact. */
  fact: F | null;
  questions: Q[];
}

/** The view a review opens on: the recommended set, unless nothing is recommended. */
export function initialView(questions: readonly { recommended: boolean }[]): ReviewView {
  return questions.some((q) => q.recommended) ? "recommended" : "candidates";
}

/** The questions of a view, in the order given (the API's: best first). */
export function questionsInView<Q extends GroupableQuestion>(
  questions: readonly Q[],
  view: ReviewView,
): Q[] {
  return questions.filter((q) => q.recommended === (view === "recommended"));
}

/**
 * The groups to show. `questions` come best first; each sits under the first key fact (in the
 * article's order) it is built on, and groups are ordered by their best question, so the page
 * reads best first. With no status filter, the candidates view also lists facts that have no
 * question at all (so they can still be reworded), after the rest; questions on no current fact
 * come last.
 */
export function reviewGroups<F extends GroupableFact, Q extends GroupableQuestion>(
  facts: readonly F[],
  questions: readonly Q[],
  view: ReviewView,
  filter: StatusFilter,
): ReviewGroup<F, Q>[] {
  const rank = new Map(questions.map((q, i) => [q.id, i]));
  const shown = new Set(
    questionsInView(questions, view)
      .filter((q) => filter === "all" || q.status === filter)
      .map((q) => q.id),
  );
  const byId = new Map(questions.map((q) => [q.id, q]));
  const placed = new Set<string>();
  const withQuestions: ReviewGroup<F, Q>[] = [];
  const bare: ReviewGroup<F, Q>[] = [];
  for (const fact of facts) {
    const own = fact.questionIds.filter((id) => byId.has(id) && !placed.has(id));
    own.forEach((id) => placed.add(id));
    const visible = own
      .filter((id) => shown.has(id))
      .sort((a, b) => rank.get(a)! - rank.get(b)!)
      .map((id) => byId.get(id)!);
    if (visible.length) withQuestions.push({ fact, questions: visible });
    else if (own.length === 0 && view === "candidates" && filter === "all")
      bare.push({ fact, questions: [] });
  }
  withQuestions.sort((a, b) => rank.get(a.questions[0]!.id)! - rank.get(b.questions[0]!.id)!);
  const rest = questions.filter((q) => !placed.has(q.id) && shown.has(q.id));
  return [...withQuestions, ...bare, ...(rest.length ? [{ fact: null, questions: rest }] : [])];
}
