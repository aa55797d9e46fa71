// Reviewing an article's generated kit before it is assigned: each question accepted, edited or
// rejected beside its source sentence, facts reworded, distractors swapped for the generator's
// alternatives. Every teacher may read a review; only the article's editor may change it
// (see requireArticleEditor).
import { TRPCError } from "@trpc/server";
import type { Question } from "@studykit/content";
import {
  acceptRecommendedQuestions,
  editFactText,
  effectiveFactText,
  effectiveQuestion,
  setReviewStatus,
} from "@studykit/db";
import { z } from "zod";
import { alternativeDistractors, isChoiceQuestion, reviewCounts } from "../logic/review";
import { idSchema, router, teacherProcedure } from "../trpc";
import {
  mayEditArticle,
  notFound,
  requireArticleEditor,
  requireNotInOthersAssignments,
} from "./access";
import { loadEditableQuestion, saveQuestionEdit } from "./question-edit";
import { factColumns, factView, liveFactsInOrder, loadArticle, sentenceView } from "./shared";

const statusSchema = z.enum(["pending", "accepted", "rejected"]);
const factText = z.string().trim().min(3, "write the fact in a few words").max(1000);
const optionText = z.string().trim().min(1).max(300);

export const reviewRouter = router({
  /** The article with its sentences, key facts and every live question, as a reviewer needs them. */
  article: teacherProcedure
    .input(z.object({ articleId: idSchema }))
    .query(async ({ ctx, input }) => {
      const article = await loadArticle(ctx.db, input.articleId, {
        sourceName: true,
        addedById: true,
        addedBy: { select: { name: true } },
        facts: { ...liveFactsInOrder, select: factColumns },
        questions: {
          where: { retiredAt: null },
          orderBy: { position: "asc" },
          select: {
            id: true,
            generated: true,
            override: true,
            editedAt: true,
            disabledAt: true,
            reviewStatus: true,
            reviewedAt: true,
            score: true,
            recommended: true,
            facts: { select: { factId: true } },
          },
        },
      });
      const questions = article.questions.map((row) => {
        const generated = row.generated as unknown as Question;
        const question = effectiveQuestion(row);
        return {
          id: row.id,
          status: row.reviewStatus,
          reviewedAt: row.reviewedAt,
          score: row.score,
          recommended: row.recommended,
          question,
          generated,
          alternativeDistractors: isChoiceQuestion(question)
            ? alternativeDistractors(generated, question)
            : null,
          edited: row.editedAt !== null,
          disabled: row.disabledAt !== null,
          sourceSentenceIds: question.sourceSentenceIds ?? [],
          factIds: row.facts.map((f) => f.factId),
        };
      });
      // Questions come best first: the recommended set by score, then the other candidates.
      const counts = reviewCounts(questions);
      return {
        id: article.id,
        title: article.title,
        kind: article.kind,
        sourceName: article.sourceName,
        text: article.text,
        paragraphs: article.paragraphs as { index: number; start: number; end: number }[],
        addedBy: article.addedBy?.name ?? null,
        canEdit: mayEditArticle(article.addedById, ctx.user.id),
        sentences: article.sentences.map(sentenceView),
        facts: article.facts.map((f) => ({
          ...factView(f),
          generatedText: f.text,
          edited: f.editedText !== null,
          questionIds: questions.filter((q) => q.factIds.includes(f.id)).map((q) => q.id),
        })),
        questions,
        counts: counts.all,
        recommended: counts.recommended,
      };
    }),

  /**
   * Accepts every pending question in the article's recommended set, in one statement; decisions
   * already made stand. Calling it again accepts nothing more.
   */
  acceptRecommended: teacherProcedure
    .input(z.object({ articleId: idSchema }))
    .mutation(async ({ ctx, input }) => {
      await requireArticleEditor(ctx, input.articleId);
      return acceptRecommendedQuestions(ctx.db, {
        articleId: input.articleId,
        reviewedById: ctx.user.id,
        now: ctx.now(),
      });
    }),

  /** Accepts, rejects or returns to pending up to 500 questions, all from articles the caller edits. */
  setStatus: teacherProcedure
    .input(
      z.object({
        questionIds: z.array(idSchema).min(1, "choose at least one question").max(500),
        status: statusSchema,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const ids = [...new Set(input.questionIds)];
      const rows = await ctx.db.question.findMany({
        where: { id: { in: ids }, retiredAt: null },
        select: { articleId: true },
      });
      if (rows.length !== ids.length) notFound("question");
      for (const articleId of new Set(rows.map((r) => r.articleId))) {
        await requireArticleEditor(ctx, articleId);
      }
      // A rejected question leaves new attempts: not another teacher's assignment's.
      if (input.status === "rejected") await requireNotInOthersAssignments(ctx, ids);
      const updated = await setReviewStatus(ctx.db, {
        questionIds: ids,
        status: input.status,
        reviewedById: ctx.user.id,
        now: ctx.now(),
      });
      return { updated, status: input.status };
    }),

  /** Rewords a key fact; the generated wording is kept and can be restored with resetFact. */
  editFact: teacherProcedure
    .input(z.object({ factId: idSchema, text: factText }))
    .mutation(({ ctx, input }) => saveFactText(ctx, input.factId, input.text)),

  /** Puts a key fact's generated wording back. */
  resetFact: teacherProcedure
    .input(z.object({ factId: idSchema }))
    .mutation(({ ctx, input }) => saveFactText(ctx, input.factId, null)),

  /** Swaps one distractor of a choice question for one the generator proposed. */
  swapDistractor: teacherProcedure
    .input(z.object({ questionId: idSchema, replace: optionText, with: optionText }))
    .mutation(async ({ ctx, input }) => {
      const question = await loadEditableQuestion(ctx, input.questionId, {
        includeRetired: false,
      });
      const { generated, current } = question;
      if (!isChoiceQuestion(current)) badRequest("only multiple-choice questions have distractors");
      const at = current.options.indexOf(input.replace);
      if (at < 0) badRequest(`"${input.replace}" is not one of this question's options`);
      if (input.replace === current.answer) badRequest("the correct answer cannot be swapped out");
      if (!alternativeDistractors(generated, current).includes(input.with)) {
        badRequest(`"${input.with}" is not one of the alternatives the generator proposed`);
      }
      const options = current.options.map((o, i) => (i === at ? input.with : o));
      const edited = await saveQuestionEdit(
        ctx,
        question,
        { ...question.override, options },
        "swapped",
      );
      return {
        id: input.questionId,
        question: edited,
        alternativeDistractors: alternativeDistractors(generated, edited),
      };
    }),
});

function badRequest(message: string): never {
  throw new TRPCError({ code: "BAD_REQUEST", message });
}

type Ctx = Parameters<typeof requireArticleEditor>[0];

async function loadFact(ctx: Ctx, factId: string) {
  const fact = await ctx.db.fact.findFirst({
    where: { id: factId, retiredAt: null },
    select: { id: true, articleId: true },
  });
  if (!fact) notFound("fact");
  await requireArticleEditor(ctx, fact.articleId);
  return fact;
}

/**
 * Rewords a key fact the caller may edit (null puts the generated wording back), and returns it
 * as the review shows it.
 */
async function saveFactText(ctx: Ctx, factId: string, text: string | null) {
  const fact = await loadFact(ctx, factId);
  await editFactText(ctx.db, { factId: fact.id, text, editedById: ctx.user.id, now: ctx.now() });
  return factResult(ctx, fact.id);
}

async function factResult(ctx: Ctx, factId: string) {
  const f = await ctx.db.fact.findUniqueOrThrow({
    where: { id: factId },
    select: { id: true, text: true, editedText: true },
  });
  return {
    id: f.id,
    text: effectiveFactText(f),
    generatedText: f.text,
    edited: f.editedText !== null,
  };
}
