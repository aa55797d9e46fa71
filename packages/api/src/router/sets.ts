// Question sets: picked by hand (from any articles' accepted questions) or asked for as a mix of
// types and difficulty; renamed, edited, duplicated, and deleted or archived. What may change when
// is in logic/set-rules.ts.
import { TRPCError } from "@trpc/server";
import type { Database, Prisma, Transaction } from "@studykit/db";
import { z } from "zod";
import { MixShortfallError, pickMix } from "../logic/mix";
import {
  checkSetDelete,
  checkSetQuestions,
  duplicateTitle,
  SetRefusedError,
  type SetRefusal,
} from "../logic/set-rules";
import { idSchema, router, teacherProcedure } from "../trpc";
import { notFound, requireOwnSet } from "./access";
import {
  difficultySchema,
  loadBank,
  loadQuestions,
  questionTypeSchema,
  sentenceColumns,
} from "./shared";

const title = z.string().trim().min(1, "give the set a title").max(120);
const questionIds = z.array(idSchema).min(1, "pick at least one question").max(100);

function refuse(refusal: SetRefusal | null) {
  if (refusal) throw new SetRefusedError(refusal);
}

/** The set's question ids in order, and how many assignments it has had (archived ones too). */
async function setState(db: Database | Transaction, setId: string) {
  const [items, assignments] = await Promise.all([
    db.questionSetItem.findMany({
      where: { setId },
      orderBy: { position: "asc" },
      select: { questionId: true },
    }),
    db.assignment.count({ where: { setId } }),
  ]);
  return { questionIds: items.map((i) => i.questionId), assignments };
}

/**
 * Refuses questions that may not go into a set: not in the bank (or disabled, or retired), or not
 * accepted in review. They may come from any article: each question knows its own.
 */
async function requireUsableQuestions(db: Database, ids: readonly string[]) {
  const usable = await db.question.findMany({
    where: { id: { in: [...ids] }, retiredAt: null, disabledAt: null },
    select: { reviewStatus: true },
  });
  if (usable.length !== ids.length) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "some questions are not in the question bank or are disabled",
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
}

/** The articles a set's questions come from, in the order they first appear. */
async function articlesOf(db: Database, articleIds: readonly string[]) {
  const order = [...new Set(articleIds)];
  const rows = await db.article.findMany({
    where: { id: { in: order } },
    select: { id: true, title: true },
  });
  const byId = new Map(rows.map((a) => [a.id, a]));
  return order.flatMap((id) => byId.get(id) ?? []);
}

export const setsRouter = router({
  /** The teacher's sets, newest first: the live ones, or (asked for) the archived ones. */
  list: teacherProcedure
    .input(z.object({ archived: z.boolean().default(false) }).optional())
    .query(async ({ ctx, input }) => {
      const sets = await ctx.db.questionSet.findMany({
        where: { ownerId: ctx.user.id, archivedAt: input?.archived ? { not: null } : null },
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          title: true,
          source: true,
          createdAt: true,
          archivedAt: true,
          items: { select: { question: { select: { articleId: true } } } },
          _count: { select: { items: true, assignments: true } },
        },
      });
      const articles = new Map(
        (
          await articlesOf(
            ctx.db,
            sets.flatMap((s) => s.items.map((i) => i.question.articleId)),
          )
        ).map((a) => [a.id, a]),
      );
      return sets.map(({ _count, items, ...s }) => ({
        ...s,
        articles: [...new Set(items.map((i) => i.question.articleId))].flatMap(
          (id) => articles.get(id) ?? [],
        ),
        questions: _count.items,
        assignments: _count.assignments,
      }));
    }),

  get: teacherProcedure.input(z.object({ setId: idSchema })).query(async ({ ctx, input }) => {
    const set = await requireOwnSet(ctx, input.setId);
    const state = await setState(ctx.db, set.id);
    const loaded = await loadQuestions(ctx.db, state.questionIds);
    const questions = state.questionIds.map((id) => loaded.get(id)!);
    // Each question's source sentences and key facts, from its own article.
    const [sentences, facts, articles] = await Promise.all([
      ctx.db.sentence.findMany({
        where: {
          OR: questions.map((q) => ({
            articleId: q.articleId,
            key: { in: q.question.sourceSentenceIds },
          })),
        },
        select: { ...sentenceColumns, articleId: true },
      }),
      ctx.db.fact.findMany({
        where: { id: { in: questions.flatMap((q) => q.factIds) } },
        select: { id: true, text: true, editedText: true },
      }),
      articlesOf(
        ctx.db,
        questions.map((q) => q.articleId),
      ),
    ]);
    return {
      ...set,
      archived: set.archivedAt !== null,
      assignments: state.assignments,
      articles,
      facts: facts.map((f) => ({ id: f.id, text: f.editedText ?? f.text })),
      questions: questions.map((q) => ({
        id: q.id,
        articleId: q.articleId,
        question: q.question,
        disabled: q.disabled,
        sources: q.question.sourceSentenceIds.flatMap((key) => {
          const s = sentences.find((x) => x.articleId === q.articleId && x.key === key);
          return s ? [{ id: s.key, text: s.text }] : [];
        }),
      })),
    };
  }),

  /** A set of hand-picked questions, from one article or several, in the order given. */
  create: teacherProcedure
    .input(z.object({ title, questionIds }))
    .mutation(async ({ ctx, input }) => {
      refuse(checkSetQuestions({ assignments: 0, questionIds: [] }, input.questionIds));
      await requireUsableQuestions(ctx.db, input.questionIds);
      return createSet(ctx.db, {
        ownerId: ctx.user.id,
        title: input.title,
        questionIds: input.questionIds,
        recipe: null,
      });
    }),

  rename: teacherProcedure
    .input(z.object({ setId: idSchema, title }))
    .mutation(async ({ ctx, input }) => {
      await requireOwnSet(ctx, input.setId);
      return ctx.db.questionSet.update({
        where: { id: input.setId },
        data: { title: input.title },
        select: { id: true, title: true },
      });
    }),

  /**
   * Gives the set a new question list: added, removed and reordered at once. Refused once the set
   * has been assigned (see set-rules.ts): duplicate it and edit the copy instead.
   */
  setQuestions: teacherProcedure
    .input(z.object({ setId: idSchema, questionIds }))
    .mutation(async ({ ctx, input }) => {
      await requireOwnSet(ctx, input.setId);
      const state = await setState(ctx.db, input.setId);
      refuse(checkSetQuestions(state, input.questionIds));
      // Questions already in the set stay even if the bank changed since; new ones must be usable.
      const added = input.questionIds.filter((id) => !state.questionIds.includes(id));
      if (added.length) await requireUsableQuestions(ctx.db, added);
      await ctx.db.$transaction(async (tx) => {
        // Checked again inside the transaction: an assignment made meanwhile locks the list.
        refuse(checkSetQuestions(await setState(tx, input.setId), input.questionIds));
        await tx.questionSetItem.deleteMany({ where: { setId: input.setId } });
        await tx.questionSetItem.createMany({
          data: input.questionIds.map((questionId, position) => ({
            setId: input.setId,
            questionId,
            position,
          })),
        });
      });
      return { id: input.setId, questionIds: input.questionIds };
    }),

  /** A copy of the set, unassigned and free to edit: the way to change an assigned set. */
  duplicate: teacherProcedure
    .input(z.object({ setId: idSchema }))
    .mutation(async ({ ctx, input }) => {
      const set = await requireOwnSet(ctx, input.setId);
      const [state, original] = await Promise.all([
        setState(ctx.db, set.id),
        ctx.db.questionSet.findUniqueOrThrow({
          where: { id: set.id },
          select: { recipe: true },
        }),
      ]);
      return createSet(ctx.db, {
        ownerId: ctx.user.id,
        title: duplicateTitle(set.title),
        questionIds: state.questionIds,
        recipe: (original.recipe as object | null) ?? null,
      });
    }),

  /** Deletes a set that was never assigned; an assigned one is archived instead (setArchived). */
  delete: teacherProcedure.input(z.object({ setId: idSchema })).mutation(async ({ ctx, input }) => {
    await requireOwnSet(ctx, input.setId);
    await ctx.db.$transaction(async (tx) => {
      refuse(
        checkSetDelete({
          assignments: await tx.assignment.count({ where: { setId: input.setId } }),
        }),
      );
      await tx.questionSet.delete({ where: { id: input.setId } });
    });
    return { id: input.setId, deleted: true };
  }),

  /** Hides a set from the list and from new assignments; its assignments and results stay. */
  setArchived: teacherProcedure
    .input(z.object({ setId: idSchema, archived: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      await requireOwnSet(ctx, input.setId);
      const set = await ctx.db.questionSet.update({
        where: { id: input.setId },
        data: { archivedAt: input.archived ? ctx.now() : null },
        select: { id: true, archivedAt: true },
      });
      return { id: set.id, archived: set.archivedAt !== null };
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
        questionIds,
        recipe,
      });
    }),
});

async function createSet(
  db: Database,
  input: {
    ownerId: string;
    title: string;
    questionIds: string[];
    recipe: object | null;
  },
) {
  const set = await db.questionSet.create({
    data: {
      title: input.title,
      ownerId: input.ownerId,
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
