// Study mode: today's review cards (key facts and missed questions), rated Again/Hard/Good/Easy
// and scheduled by FSRS. A claim is studied as a claim: the card says whose it is.
import { effectiveFactText, previewIntervals, recordReview, type Database } from "@studykit/db";
import type { Entity, Stance } from "@studykit/content";
import { z } from "zod";
import { answerText } from "../logic/student-view";
import { idSchema, router, studentProcedure } from "../trpc";
import { notFound } from "./access";
import { loadQuestions } from "./shared";
import { NEW_CARDS_PER_DAY, todaysStudyCards } from "./study-queue";

const BLANK = "____";

/** The front of a fact card: the fact with one named thing blanked, kept after any attribution. */
export function factPrompt(
  text: string,
  entities: readonly Entity[],
  attribution: string | null,
): { prompt: string; answer: string | null } {
  const from = attribution
    ? Math.max(0, text.toLowerCase().indexOf(attribution.toLowerCase()) + attribution.length)
    : 0;
  const kinds = [
    "number",
    "percentage",
    "place",
    "organisation",
    "person",
    "date",
    "event",
    "name",
  ];
  const ordered = [...entities].sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind));
  for (const e of ordered) {
    const at = text.indexOf(e.text, from);
    if (at >= 0)
      return { prompt: text.slice(0, at) + BLANK + text.slice(at + e.text.length), answer: e.text };
  }
  const words = text.split(" ");
  const half = Math.max(3, Math.ceil(words.length / 2));
  return { prompt: `${words.slice(0, half).join(" ")} …`, answer: null };
}

function stanceLabel(stance: Stance, attribution: string | null): string | null {
  if (stance === "attributed")
    return `A claim by ${attribution ?? "a source"}, not an established fact`;
  if (stance === "alleged")
    return `An allegation by ${attribution ?? "a source"}, not an established fact`;
  if (stance === "opinion") return "The writer's view, not a reported fact";
  return null;
}

/** The sentence with the rest of its paragraph around it, for showing it in context. */
async function contextFor(db: Database, articleId: string, sentenceKey: string | undefined) {
  if (!sentenceKey) return null;
  const s = await db.sentence.findUnique({
    where: { articleId_key: { articleId, key: sentenceKey } },
    select: {
      paragraph: true,
      startOffset: true,
      endOffset: true,
      article: { select: { text: true, title: true, paragraphs: true } },
    },
  });
  if (!s) return null;
  const paragraphs = s.article.paragraphs as { start: number; end: number }[];
  const p = paragraphs[s.paragraph] ?? { start: s.startOffset, end: s.endOffset };
  const text = s.article.text;
  return {
    articleTitle: s.article.title,
    before: text.slice(p.start, s.startOffset),
    sentence: text.slice(s.startOffset, s.endOffset),
    after: text.slice(s.endOffset, p.end),
  };
}

export const studyRouter = router({
  /** Today's queue: reviews due by the end of the student's day, then a few new fact cards. */
  queue: studentProcedure
    .input(
      z
        .object({
          articleId: idSchema.optional(),
          utcOffsetMinutes: z.number().int().min(-840).max(840).default(0),
          newLimit: z.number().int().min(0).max(50).default(NEW_CARDS_PER_DAY),
        })
        .default({ utcOffsetMinutes: 0, newLimit: NEW_CARDS_PER_DAY }),
    )
    .query(async ({ ctx, input }) => {
      const now = ctx.now();
      const studentId = ctx.user.id;
      if (input.articleId && !(await ctx.db.article.count({ where: { id: input.articleId } })))
        notFound("article");
      const { day, cards, counts } = await todaysStudyCards(ctx.db, studentId, { ...input, now });
      const factIds = cards.flatMap((c) => (c.factId ? [c.factId] : []));
      const questionIds = cards.flatMap((c) => (c.questionId ? [c.questionId] : []));
      const [facts, questions, reviewedToday, nextLater] = await Promise.all([
        ctx.db.fact.findMany({
          where: { id: { in: factIds } },
          select: {
            id: true,
            articleId: true,
            text: true,
            editedText: true,
            stance: true,
            attribution: true,
            entities: true,
            sentenceKeys: true,
          },
        }),
        loadQuestions(ctx.db, questionIds),
        ctx.db.reviewLog.count({
          where: {
            studentId,
            source: "study",
            reviewedAt: { gte: day.start, lte: now },
          },
        }),
        ctx.db.reviewCard.findFirst({
          where: { studentId, state: { not: "new" }, due: { gte: day.end } },
          orderBy: { due: "asc" },
          select: { due: true },
        }),
      ]);
      const factById = new Map(facts.map((f) => [f.id, f]));
      const views = [];
      for (const c of cards) {
        const intervals = previewIntervals(c, now);
        if (c.factId) {
          const f = factById.get(c.factId);
          if (!f) continue;
          const front = factPrompt(
            effectiveFactText(f),
            f.entities as unknown as Entity[],
            f.attribution,
          );
          views.push({
            id: c.id,
            kind: "fact" as const,
            state: c.state,
            reps: c.reps,
            due: c.due,
            intervals,
            front: { prompt: front.prompt, options: null },
            back: {
              answer: front.answer,
              fact: effectiveFactText(f),
              explanation: null,
              stance: f.stance,
              stanceLabel: stanceLabel(f.stance, f.attribution),
              context: await contextFor(ctx.db, f.articleId, (f.sentenceKeys as string[])[0]),
            },
          });
        } else if (c.questionId) {
          const q = questions.get(c.questionId);
          if (!q) continue;
          const options =
            "options" in q.question && Array.isArray(q.question.options)
              ? q.question.options
              : null;
          views.push({
            id: c.id,
            kind: "question" as const,
            state: c.state,
            reps: c.reps,
            due: c.due,
            intervals,
            front: { prompt: q.question.prompt, options },
            back: {
              answer: answerText(q.question),
              fact: null,
              explanation: q.question.explanation,
              stance: q.question.stance,
              stanceLabel: stanceLabel(q.question.stance, q.question.attribution),
              context: await contextFor(ctx.db, q.articleId, q.question.sourceSentenceIds[0]),
            },
          });
        }
      }
      return {
        cards: views,
        counts: { reviews: counts.due, overdue: counts.overdue, new: counts.new, reviewedToday },
        nextDueAt: nextLater?.due ?? null,
      };
    }),

  /** Rates a card. `expectedReps` (the count shown) makes a double submit harmless. */
  review: studentProcedure
    .input(
      z.object({
        cardId: idSchema,
        rating: z.enum(["again", "hard", "good", "easy"]),
        expectedReps: z.number().int().min(0).max(100_000),
        durationMs: z
          .number()
          .int()
          .min(0)
          .max(60 * 60 * 1000)
          .optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      // A card that moved on since the student saw it is a StaleReviewError: a CONFLICT.
      const card = await recordReview(ctx.db, {
        cardId: input.cardId,
        studentId: ctx.user.id,
        rating: input.rating,
        now: ctx.now(),
        expectedReps: input.expectedReps,
        durationMs: input.durationMs ?? null,
      });
      if (!card) notFound("card");
      return {
        id: card.id,
        due: card.due,
        state: card.state,
        reps: card.reps,
        scheduledDays: card.scheduledDays,
      };
    }),
});
