// Question sets: picked by hand or asked for as a mix of types and difficulty.
import { TRPCError } from "@trpc/server";
import type { Prisma } from "@studykit/db";
import { z } from "zod";
import { MixShortfallError, pickMix } from "../logic/mix";
import { idSchema, router, teacherProcedure } from "../trpc";
import { notFound, requireOwnSet } from "./access";
import { difficultySchema, loadBank, loadQuestions, questionTypeSchema } from "./shared";

const title = z.string().trim().min(1, "give the set a title").max(120);

export const setsRouter = router({
  list: teacherProcedure.query(async ({ ctx }) => {
    const sets = await ctx.db.questionSet.findMany({
      where: { ownerId: ctx.user.id },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        title: true,
        source: true,
        createdAt: true,
        article: { select: { id: true, title: true } },
        _count: { select: { items: true, assignments: true } },
      },
    });
    return sets.map(({ _count, ...s }) => ({
      ...s,
      questions: _count.items,
      assignments: _count.assignments,
    }));
  }),

  get: teacherProcedure.input(z.object({ setId: idSchema })).query(async ({ ctx, input }) => {
    const set = await requireOwnSet(ctx, input.setId);
    const items = await ctx.db.questionSetItem.findMany({
      where: { setId: set.id },
      orderBy: { position: "asc" },
      select: { questionId: true },
    });
    const loaded = await loadQuestions(
      ctx.db,
      items.map((i) => i.questionId),
    );
    return {
      ...set,
      questions: items.map((i) => {
        const q = loaded.get(i.questionId)!;
        return { id: q.id, question: q.question, disabled: q.disabled };
      }),
    };
  }),

  /** A set of hand-picked questions, in the order given. */
  create: teacherProcedure
    .input(
      z.object({
        title,
        articleId: idSchema,
        questionIds: z.array(idSchema).min(1, "pick at least one question").max(100),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      if (new Set(input.questionIds).size !== input.questionIds.length) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "a question is picked twice" });
      }
      const usable = await ctx.db.question.findMany({
        where: {
          id: { in: input.questionIds },
          articleId: input.articleId,
          retiredAt: null,
          disabledAt: null,
        },
        select: { reviewStatus: true },
      });
      if (usable.length !== input.questionIds.length) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "some questions are not in this article's bank or are disabled",
        });
      }
      // Only questions a teacher has accepted may reach students.
      const notAccepted = usable.filter((q) => q.reviewStatus !== "accepted").length;
      if (notAccepted > 0) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: `${notAccepted} of these questions ${notAccepted === 1 ? "is" : "are"} not accepted: accept ${notAccepted === 1 ? "it" : "them"} in the article's review first, or leave ${notAccepted === 1 ? "it" : "them"} out`,
        });
      }
      return createSet(ctx.db, {
        ownerId: ctx.user.id,
        title: input.title,
        articleId: input.articleId,
        questionIds: input.questionIds,
        recipe: null,
      });
    }),

  /** A set picked from the bank to a recipe, e.g. 10 questions: 4 multiple choice, 3 cloze. */
  createFromMix: teacherProcedure
    .input(
      z.object({
        title,
        articleId: idSchema,
        count: z.number().int().min(1).max(50),
        types: z.partialRecord(questionTypeSchema, z.number().int().min(0).max(50)).optional(),
        difficulty: difficultySchema.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const exists = await ctx.db.article.count({ where: { id: input.articleId } });
      if (!exists) notFound("article");
      const bank = await loadBank(ctx.db, { articleId: input.articleId });
      if (!bank.length) {
        const waiting = await ctx.db.question.count({
          where: { articleId: input.articleId, retiredAt: null, disabledAt: null },
        });
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: `none of this article's questions is accepted yet (${waiting} ${waiting === 1 ? "is" : "are"} not accepted): review them first`,
        });
      }
      const recipe = {
        count: input.count,
        ...(input.types ? { types: input.types } : {}),
        ...(input.difficulty ? { difficulty: input.difficulty } : {}),
      };
      let questionIds: string[];
      try {
        questionIds = pickMix(bank, recipe);
      } catch (e) {
        if (e instanceof MixShortfallError) {
          // Say when review, not the bank, is what stands in the way.
          const waiting = await ctx.db.question.count({
            where: {
              articleId: input.articleId,
              retiredAt: null,
              disabledAt: null,
              reviewStatus: { not: "accepted" },
            },
          });
          throw new TRPCError({
            code: "BAD_REQUEST",
            message: waiting
              ? `${e.message} (only accepted questions count; ${waiting} ${waiting === 1 ? "is" : "are"} not accepted)`
              : e.message,
            // The numbers travel as data.mixShortfall (see trpc.ts), for the page to word.
            cause: new MixShortfallError(e.message, { ...e.shortfall, notAccepted: waiting }),
          });
        }
        throw e;
      }
      return createSet(ctx.db, {
        ownerId: ctx.user.id,
        title: input.title,
        articleId: input.articleId,
        questionIds,
        recipe,
      });
    }),
});

async function createSet(
  db: Parameters<typeof loadQuestions>[0],
  input: {
    ownerId: string;
    title: string;
    articleId: string;
    questionIds: string[];
    recipe: object | null;
  },
) {
  const set = await db.questionSet.create({
    data: {
      title: input.title,
      ownerId: input.ownerId,
      articleId: input.articleId,
      source: input.recipe ? "generated" : "manual",
      ...(input.recipe ? { recipe: input.recipe as Prisma.InputJsonValue } : {}),
      items: {
        create: input.questionIds.map((questionId, position) => ({ questionId, position })),
      },
    },
    select: { id: true, title: true },
  });
  return { ...set, questionIds: input.questionIds };
}
