// Editing a question, as the bank (articles.editQuestion) and the review (review.swapDistractor)
// both do it: only the article's editor may, never under another teacher's live assignment, and
// the edited question must still pass the validator.
import { TRPCError } from "@trpc/server";
import type { Question } from "@studykit/content";
import { editQuestion, effectiveQuestion, type QuestionOverride } from "@studykit/db";
import { editedQuestionProblems } from "../logic/review";
import { notFound, requireArticleEditor, requireNotInOthersAssignments } from "./access";

type Ctx = Parameters<typeof requireArticleEditor>[0];

export interface EditableQuestion {
  id: string;
  /** As the generator (or the imported file) made it. */
  generated: Question;
  /** With the edits so far. */
  current: Question;
  /** The edits so far, a copy the caller may change. */
  override: QuestionOverride;
  /** From a teacher's question file: checked as authored, not as generated. */
  authored: boolean;
}

/** The question, if the caller may edit it now: NOT_FOUND, FORBIDDEN or CONFLICT otherwise. */
export async function loadEditableQuestion(
  ctx: Ctx,
  questionId: string,
  options: { includeRetired: boolean },
): Promise<EditableQuestion> {
  const row = await ctx.db.question.findFirst({
    where: { id: questionId, ...(options.includeRetired ? {} : { retiredAt: null }) },
    select: {
      articleId: true,
      generated: true,
      override: true,
      article: { select: { kind: true } },
    },
  });
  if (!row) notFound("question");
  await requireArticleEditor(ctx, row.articleId);
  await requireNotInOthersAssignments(ctx, [questionId]);
  return {
    id: questionId,
    generated: row.generated as unknown as Question,
    current: effectiveQuestion(row),
    override: { ...((row.override ?? {}) as QuestionOverride) },
    authored: row.article.kind === "question_import",
  };
}

/**
 * Saves `override` as the question's edits and returns the edited question, if it still passes
 * the validator; BAD_REQUEST saying why not otherwise ("the <what> question is not valid: …").
 */
export async function saveQuestionEdit(
  ctx: Ctx,
  question: EditableQuestion,
  override: QuestionOverride,
  what: string,
): Promise<Question> {
  const edited = { ...question.generated, ...override } as Question;
  const problems = editedQuestionProblems(question.generated, edited, {
    authored: question.authored,
  });
  if (problems.length) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `the ${what} question is not valid: ${problems.join("; ")}`,
    });
  }
  await editQuestion(ctx.db, {
    questionId: question.id,
    editedById: ctx.user.id,
    override,
    now: ctx.now(),
  });
  return edited;
}
