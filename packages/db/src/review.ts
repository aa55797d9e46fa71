// A teacher's review of an article's generated kit: each question accepted, rejected or left
// pending, and key facts reworded. Both live in their own columns, so re-deriving the article
// (storeStudyKit) keeps them.
import type { Database } from "./client";

export type QuestionReviewStatus = "pending" | "accepted" | "rejected";

/** The wording students and teachers see: the teacher's edit, else the generated text. */
export function effectiveFactText(fact: { text: string; editedText: string | null }): string {
  return fact.editedText ?? fact.text;
}

/**
 * Sets the review status of questions. Accepting or rejecting records who did it and when;
 * "pending" clears both. Returns how many questions changed.
 */
export async function setReviewStatus(
  db: Database,
  input: {
    questionIds: readonly string[];
    status: QuestionReviewStatus;
    reviewedById: string;
    now?: Date;
  },
): Promise<number> {
  const reviewed = input.status !== "pending";
  const { count } = await db.question.updateMany({
    where: { id: { in: [...input.questionIds] } },
    data: {
      reviewStatus: input.status,
      reviewedById: reviewed ? input.reviewedById : null,
      reviewedAt: reviewed ? (input.now ?? new Date()) : null,
    },
  });
  return count;
}

/**
 * Rewords a key fact, or with `text: null` puts the generated wording back. The generated text
 * stays in `Fact.text`, which re-derivation refreshes; the edit stays in `editedText`.
 */
export async function editFactText(
  db: Database,
  input: { factId: string; text: string | null; editedById: string; now?: Date },
): Promise<void> {
  const row = await db.fact.findUniqueOrThrow({
    where: { id: input.factId },
    select: { text: true },
  });
  // Typing the generated wording back is the same as resetting it.
  const text = input.text === null || input.text === row.text ? null : input.text;
  await db.fact.update({
    where: { id: input.factId },
    data:
      text === null
        ? { editedText: null, editedById: null, editedAt: null }
        : { editedText: text, editedById: input.editedById, editedAt: input.now ?? new Date() },
  });
}

export interface AcceptRecommendedResult {
  /** Pending recommended questions this call accepted (0 when called again). */
  accepted: number;
  /** The article's live recommended questions by review status, after the call. */
  recommended: Record<QuestionReviewStatus, number>;
}

/**
 * Accepts every pending question of an article's recommended set in one statement. Questions a
 * teacher already accepted or rejected keep their decision (and who made it), so calling it again
 * changes nothing.
 */
export async function acceptRecommendedQuestions(
  db: Database,
  input: { articleId: string; reviewedById: string; now?: Date },
): Promise<AcceptRecommendedResult> {
  const live = { articleId: input.articleId, retiredAt: null, recommended: true };
  return db.$transaction(async (tx) => {
    const { count } = await tx.question.updateMany({
      where: { ...live, reviewStatus: "pending" },
      data: {
        reviewStatus: "accepted",
        reviewedById: input.reviewedById,
        reviewedAt: input.now ?? new Date(),
      },
    });
    const groups = await tx.question.groupBy({
      by: ["reviewStatus"],
      where: live,
      _count: { _all: true },
    });
    const recommended = { pending: 0, accepted: 0, rejected: 0 };
    for (const g of groups) recommended[g.reviewStatus] = g._count._all;
    return { accepted: count, recommended };
  });
}
