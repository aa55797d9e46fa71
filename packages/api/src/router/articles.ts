// Articles and their question bank. Everyone signed in may read an article and its key facts;
// only teachers see questions with their answers, and edit or disable them.
import { TRPCError } from "@trpc/server";
import { validateQuestion, type Question } from "@studykit/content";
import { editQuestion, setQuestionDisabled, type QuestionOverride } from "@studykit/db";
import { z } from "zod";
import { idSchema, protectedProcedure, router, teacherProcedure } from "../trpc.ts";
import { notFound } from "./access.ts";
import { difficultySchema, loadQuestions, questionTypeSchema } from "./shared.ts";

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
        createdAt: true,
        _count: {
          select: {
            facts: { where: { retiredAt: null } },
            questions: { where: { retiredAt: null, disabledAt: null } },
          },
        },
      },
    });
    return articles.map(({ _count, ...a }) => ({
      ...a,
      facts: _count.facts,
      questions: _count.questions,
    }));
  }),

  /** The article's text, sentences and key facts, each fact with the questions built on it. */
  get: protectedProcedure.input(z.object({ articleId: idSchema })).query(async ({ ctx, input }) => {
    const article = await ctx.db.article.findUnique({
      where: { id: input.articleId },
      select: {
        id: true,
        title: true,
        text: true,
        paragraphs: true,
        sentences: {
          orderBy: { position: "asc" },
          select: { key: true, text: true, startOffset: true, endOffset: true, paragraph: true },
        },
        facts: {
          where: { retiredAt: null },
          orderBy: { position: "asc" },
          select: {
            id: true,
            text: true,
            stance: true,
            attribution: true,
            category: true,
            importance: true,
            entities: true,
            sentenceKeys: true,
            questions: {
              where: { question: { retiredAt: null, disabledAt: null } },
              select: { questionId: true },
            },
          },
        },
      },
    });
    if (!article) notFound("article");
    return {
      id: article.id,
      title: article.title,
      text: article.text,
      sentences: article.sentences.map((s) => ({
        id: s.key,
        text: s.text,
        start: s.startOffset,
        end: s.endOffset,
        paragraph: s.paragraph,
      })),
      facts: article.facts.map(({ questions, sentenceKeys, ...f }) => ({
        ...f,
        sentenceIds: sentenceKeys as string[],
        questionIds: questions.map((q) => q.questionId),
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
        includeDisabled: z.boolean().default(true),
      }),
    )
    .query(async ({ ctx, input }) => {
      const exists = await ctx.db.article.count({ where: { id: input.articleId } });
      if (!exists) notFound("article");
      const rows = await ctx.db.question.findMany({
        where: {
          articleId: input.articleId,
          retiredAt: null,
          ...(input.type ? { type: input.type } : {}),
          ...(input.difficulty ? { difficulty: input.difficulty } : {}),
          ...(input.factId ? { facts: { some: { factId: input.factId } } } : {}),
          ...(input.includeDisabled ? {} : { disabledAt: null }),
        },
        orderBy: { position: "asc" },
        select: { id: true, editedAt: true },
      });
      const loaded = await loadQuestions(
        ctx.db,
        rows.map((r) => r.id),
      );
      return rows.map((r) => {
        const q = loaded.get(r.id)!;
        return {
          id: r.id,
          question: q.question,
          disabled: q.disabled,
          edited: r.editedAt !== null,
          factIds: q.factIds,
        };
      });
    }),

  /** Edits a question; the result must still pass the validator. */
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
      const row = await ctx.db.question.findUnique({
        where: { id: input.questionId },
        select: { generated: true, override: true },
      });
      if (!row) notFound("question");
      const { questionId, ...changes } = input;
      const override: QuestionOverride = { ...((row.override ?? {}) as QuestionOverride) };
      for (const [key, value] of Object.entries(changes)) {
        if (value !== undefined) (override as Record<string, unknown>)[key] = value;
      }
      const edited = { ...(row.generated as unknown as Question), ...override } as Question;
      const issues = validateQuestion(edited);
      if (issues.length) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: `the edited question is not valid: ${issues.map((i) => i.message).join("; ")}`,
        });
      }
      await editQuestion(ctx.db, { questionId, editedById: ctx.user.id, override, now: ctx.now() });
      return { id: questionId, question: edited };
    }),

  setQuestionDisabled: teacherProcedure
    .input(z.object({ questionId: idSchema, disabled: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const exists = await ctx.db.question.count({ where: { id: input.questionId } });
      if (!exists) notFound("question");
      await setQuestionDisabled(ctx.db, { ...input, now: ctx.now() });
      return { id: input.questionId, disabled: input.disabled };
    }),
});
