// Articles and their question bank. Everyone signed in may read an article and its key facts;
// only teachers see questions with their answers, and only the article's editor (the teacher who
// added it) may edit or disable them.
import { setQuestionDisabled } from "@studykit/db";
import { z } from "zod";
import { byScore } from "../logic/mix";
import { checkArticleDelete, SetRefusedError } from "../logic/set-rules";
import { idSchema, protectedProcedure, router, teacherProcedure } from "../trpc";
import {
  mayEditArticle,
  notFound,
  requireArticleEditor,
  requireNotInOthersAssignments,
} from "./access";
import { loadEditableQuestion, saveQuestionEdit } from "./question-edit";
import {
  difficultySchema,
  factColumns,
  factView,
  liveFactsInOrder,
  loadArticle,
  loadQuestions,
  questionTypeSchema,
  sentenceView,
} from "./shared";

const optionsSchema = z.union([
  z.array(z.string().trim().min(1).max(300)).min(2).max(6),
  z.object({
    left: z.array(z.string().trim().min(1).max(300)).min(2).max(12),
    right: z.array(z.string().trim().min(1).max(300)).min(2).max(12),
  }),
]);

const answerSchema = z.union([
  z.string().trim().min(1).max(300),
  z.boolean(),
  z
    .array(z.object({ left: z.string().max(300), right: z.string().max(300) }))
    .min(2)
    .max(12),
]);

export const articlesRouter = router({
  list: protectedProcedure.query(async ({ ctx }) => {
    const articles = await ctx.db.article.findMany({
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        title: true,
        kind: true,
        createdAt: true,
        addedById: true,
        _count: {
          select: {
            facts: { where: { retiredAt: null } },
            questions: { where: { retiredAt: null, disabledAt: null } },
          },
        },
      },
    });
    // Per article, how many usable questions are accepted and how many still wait for review.
    const byStatus = await ctx.db.question.groupBy({
      by: ["articleId", "reviewStatus"],
      where: { retiredAt: null, disabledAt: null },
      _count: { _all: true },
    });
    const countOf = (articleId: string, status: string) =>
      byStatus.find((g) => g.articleId === articleId && g.reviewStatus === status)?._count._all ??
      0;
    const listed = articles.map(({ _count, addedById, ...a }) => ({
      ...a,
      facts: _count.facts,
      questions: _count.questions,
      accepted: countOf(a.id, "accepted"),
      pending: countOf(a.id, "pending"),
      canEdit: ctx.user.role === "teacher" && mayEditArticle(addedById, ctx.user.id),
    }));
    // Students practise only what a teacher accepted: an article still in review is not theirs yet.
    // A teacher's imported question file is theirs to assign, not an article to read or practise.
    return ctx.user.role === "student"
      ? listed
          .filter((a) => a.accepted > 0 && a.kind === "article")
          .map((a) => ({ ...a, questions: a.accepted }))
      : listed;
  }),

  /**
   * The article's text, sentences and key facts, each fact with how many accepted questions are
   * built on it. Never which questions: a student mid-attempt would find the fact (and so the
   * answer) of each question they have not answered yet.
   */
  get: protectedProcedure.input(z.object({ articleId: idSchema })).query(async ({ ctx, input }) => {
    const article = await loadArticle(ctx.db, input.articleId, {
      facts: {
        ...liveFactsInOrder,
        select: {
          ...factColumns,
          category: true,
          importance: true,
          entities: true,
          questions: {
            where: {
              question: { retiredAt: null, disabledAt: null, reviewStatus: "accepted" },
            },
            select: { questionId: true },
          },
        },
      },
    });
    return {
      id: article.id,
      kind: article.kind,
      title: article.title,
      text: article.text,
      sentences: article.sentences.map(sentenceView),
      facts: article.facts.map((f) => ({
        ...factView(f),
        category: f.category,
        importance: f.importance,
        entities: f.entities,
        questions: f.questions.length,
      })),
    };
  }),

  /** The question bank with answers, filtered by type, difficulty or fact. */
  bank: teacherProcedure
    .input(
      z.object({
        articleId: idSchema,
        type: questionTypeSchema.optional(),
        difficulty: difficultySchema.optional(),
        factId: idSchema.optional(),
        reviewStatus: z.enum(["pending", "accepted", "rejected"]).optional(),
        includeDisabled: z.boolean().default(true),
      }),
    )
    .query(async ({ ctx, input }) => {
      const article = await ctx.db.article.findUnique({
        where: { id: input.articleId },
        select: { addedById: true },
      });
      if (!article) notFound("article");
      const canEdit = mayEditArticle(article.addedById, ctx.user.id);
      const rows = await ctx.db.question.findMany({
        where: {
          articleId: input.articleId,
          retiredAt: null,
          ...(input.type ? { type: input.type } : {}),
          ...(input.difficulty ? { difficulty: input.difficulty } : {}),
          ...(input.factId ? { facts: { some: { factId: input.factId } } } : {}),
          ...(input.reviewStatus ? { reviewStatus: input.reviewStatus } : {}),
          ...(input.includeDisabled ? {} : { disabledAt: null }),
        },
        orderBy: { position: "asc" },
        select: {
          id: true,
          editedAt: true,
          reviewStatus: true,
          score: true,
          recommended: true,
          position: true,
        },
      });
      const loaded = await loadQuestions(
        ctx.db,
        rows.map((r) => r.id),
      );
      // Best first, as the set builder draws them.
      return rows.sort(byScore).map((r) => {
        const q = loaded.get(r.id)!;
        return {
          id: r.id,
          question: q.question,
          disabled: q.disabled,
          edited: r.editedAt !== null,
          reviewStatus: r.reviewStatus,
          score: r.score,
          recommended: r.recommended,
          canEdit,
          factIds: q.factIds,
        };
      });
    }),

  /** Edits a question (the article's editor only); the result must still pass the validator. */
  editQuestion: teacherProcedure
    .input(
      z.object({
        questionId: idSchema,
        prompt: z.string().trim().min(3).max(1000).optional(),
        explanation: z.string().trim().min(1).max(2000).optional(),
        difficulty: difficultySchema.optional(),
        options: optionsSchema.optional(),
        answer: answerSchema.optional(),
        acceptableAnswers: z.array(z.string().trim().min(1).max(300)).max(20).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { questionId, ...changes } = input;
      const question = await loadEditableQuestion(ctx, questionId, { includeRetired: true });
      const override = question.override;
      for (const [key, value] of Object.entries(changes)) {
        if (value !== undefined) (override as Record<string, unknown>)[key] = value;
      }
      const edited = await saveQuestionEdit(ctx, question, override, "edited");
      return { id: questionId, question: edited };
    }),

  /**
   * Deletes an article with its facts and questions (the teacher who added it only), when no set
   * holds one of its questions and no student has practised it; otherwise refuses, naming the sets.
   */
  delete: teacherProcedure
    .input(z.object({ articleId: idSchema }))
    .mutation(async ({ ctx, input }) => {
      await requireArticleEditor(ctx, input.articleId);
      const ofArticle = { question: { articleId: input.articleId } };
      await ctx.db.$transaction(async (tx) => {
        const [sets, practiceAttempts, reviewCards] = await Promise.all([
          tx.questionSet.findMany({
            where: { items: { some: ofArticle } },
            orderBy: { createdAt: "asc" },
            select: { id: true, title: true, ownerId: true },
          }),
          tx.attempt.count({ where: { articleId: input.articleId } }),
          tx.reviewCard.count({
            where: { OR: [ofArticle, { fact: { articleId: input.articleId } }] },
          }),
        ]);
        const own = sets.filter((set) => set.ownerId === ctx.user.id);
        const refusal = checkArticleDelete({
          ownSets: own.map(({ id, title }) => ({ id, title })),
          othersSets: sets.length - own.length,
          practiceAttempts,
          reviewCards,
        });
        if (refusal) throw new SetRefusedError(refusal);
        await tx.article.delete({ where: { id: input.articleId } });
      });
      return { id: input.articleId, deleted: true };
    }),

  setQuestionDisabled: teacherProcedure
    .input(z.object({ questionId: idSchema, disabled: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const row = await ctx.db.question.findUnique({
        where: { id: input.questionId },
        select: { articleId: true },
      });
      if (!row) notFound("question");
      await requireArticleEditor(ctx, row.articleId);
      await requireNotInOthersAssignments(ctx, [input.questionId]);
      await setQuestionDisabled(ctx.db, { ...input, now: ctx.now() });
      return { id: input.questionId, disabled: input.disabled };
    }),
});
