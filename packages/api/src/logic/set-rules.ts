// The rules of changing a question set and removing an article, as plain functions: which
// question lists a set may take, when a set may be deleted or must be archived instead, and when
// an article may go. The sets and articles routers read the database, ask these, and write.
//
// An assigned set's question list is fixed. Attempts keep the questions they were started with,
// but the class dashboard, item analysis and "which score counts" compare every student's
// attempts at one assignment against the set's one list; removing or reordering under them would
// make earlier attempts and later ones disagree. A teacher who wants a different list duplicates
// the set (the copy is unassigned and free to edit) and assigns the copy.

/** Why a change to a set, or the removal of an article, is refused. */
export type SetRefusal =
  | { reason: "set_assigned"; assignments: number }
  | { reason: "set_archived" }
  | { reason: "question_repeated" }
  | {
      reason: "article_in_use";
      /** The caller's own sets that hold one of the article's questions. */
      sets: { id: string; title: string }[];
      /** How many other teachers' sets hold one. */
      othersSets: number;
    }
  | { reason: "article_practised"; attempts: number; cards: number };

/** A refusal as an error: the procedures throw it and one place (domain-errors) maps it for tRPC. */
export class SetRefusedError extends Error {
  constructor(readonly refusal: SetRefusal) {
    super(describeSetRefusal(refusal));
    this.name = "SetRefusedError";
  }
}

const times = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The sentence a teacher is shown for a refusal. */
export function describeSetRefusal(refusal: SetRefusal): string {
  switch (refusal.reason) {
    case "set_assigned":
      return `this set is assigned (${times(refusal.assignments, "assignment")}), so its questions cannot change: students' attempts are marked against them. Duplicate the set and edit the copy, or archive it instead of deleting`;
    case "set_archived":
      return "this set is archived: restore it before assigning it";
    case "question_repeated":
      return "a question is picked twice";
    case "article_in_use": {
      const names = refusal.sets.map((s) => `“${s.title}”`);
      if (refusal.othersSets) names.push(times(refusal.othersSets, "set") + " of other teachers");
      return `this article's questions are used by ${names.join(", ")}: remove them from ${refusal.sets.length + refusal.othersSets === 1 ? "that set" : "those sets"} (or delete ${refusal.sets.length + refusal.othersSets === 1 ? "it" : "them"}) first`;
    }
    case "article_practised":
      return `students have practised this article (${times(refusal.attempts, "practice attempt")}, ${times(refusal.cards, "review card")}): deleting it would erase their work`;
  }
}

/** The same ids in the same order. */
const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * Whether a set may take a new question list (added, removed, reordered), or the refusal:
 * no question twice, and none at all changed once the set has been assigned.
 */
export function checkSetQuestions(
  set: { assignments: number; questionIds: readonly string[] },
  next: readonly string[],
): SetRefusal | null {
  if (new Set(next).size !== next.length) return { reason: "question_repeated" };
  if (set.assignments > 0 && !sameList(set.questionIds, next)) {
    return { reason: "set_assigned", assignments: set.assignments };
  }
  return null;
}

/** A set may be deleted only while it has never been assigned; otherwise it is archived. */
export function checkSetDelete(set: { assignments: number }): SetRefusal | null {
  return set.assignments > 0 ? { reason: "set_assigned", assignments: set.assignments } : null;
}

/** An archived set is not assigned again (its existing assignments and results stay). */
export function checkSetAssignable(set: { archivedAt: Date | null }): SetRefusal | null {
  return set.archivedAt ? { reason: "set_archived" } : null;
}

/**
 * An article may be deleted only when no set holds one of its questions and no student has
 * practised it or has review cards from it: their attempts and schedules point at its questions.
 */
export function checkArticleDelete(usage: {
  ownSets: { id: string; title: string }[];
  othersSets: number;
  practiceAttempts: number;
  reviewCards: number;
}): SetRefusal | null {
  if (usage.ownSets.length || usage.othersSets) {
    return { reason: "article_in_use", sets: usage.ownSets, othersSets: usage.othersSets };
  }
  if (usage.practiceAttempts || usage.reviewCards) {
    return {
      reason: "article_practised",
      attempts: usage.practiceAttempts,
      cards: usage.reviewCards,
    };
  }
  return null;
}

/** The title a duplicate gets: "Copy of X", kept within the title limit. */
export function duplicateTitle(title: string, maxLength = 120): string {
  const copy = `Copy of ${title}`;
  return copy.length <= maxLength ? copy : `${copy.slice(0, maxLength - 1).trimEnd()}…`;
}
