// Shapes and loaders several routers share.
import type { Question, QuestionType } from "@studykit/content";
import { ANSWER_TEXT_LIMIT, QUESTION_TYPES } from "@studykit/content";
import { effectiveFactText, effectiveQuestion, type Database, type Prisma } from "@studykit/db";
import { z } from "zod";
import type { BankQuestion } from "../logic/mix";
import { notFound } from "./access";

export const questionTypeSchema = z.enum(QUESTION_TYPES as [QuestionType, ...QuestionType[]]);
export const difficultySchema = z.enum(["easy", "medium", "hard"]);

const pairSchema = z.object({ left: z.string().max(400), right: z.string().max(400) });

/** Written answers longer than the limit are refused as a whole, saying so; never cut short. */
const answerText = (limit: number) =>
  z
    .string()
    .max(
      limit,
      `an answer can be at most ${limit.toLocaleString("en")} characters long: shorten it and submit again`,
    );

/** A learner's response, as @studykit/content's gradeResponse takes it. */
export const responseSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("choice"), option: z.string().min(1).max(400) }),
  z.object({ type: z.literal("true_false"), value: z.boolean() }),
  z.object({ type: z.literal("text"), text: answerText(ANSWER_TEXT_LIMIT.text) }),
  z.object({ type: z.literal("matching"), pairs: z.array(pairSchema).min(1).max(12) }),
  z.object({
    type: z.literal("self_assessment"),
    rubricPointsMet: z.number().int().min(0).max(20),
    text: answerText(ANSWER_TEXT_LIMIT.self_assessment).optional(),
  }),
]);

export interface LoadedQuestion {
  id: string;
  articleId: string;
  question: Question;
  disabled: boolean;
  /** Rejected in review after it went into a set: new attempts leave it out. */
  rejected?: boolean;
  factIds: string[];
}

/** Questions by database id, with any teacher edit applied. */
export async function loadQuestions(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, LoadedQuestion>> {
  const rows = await db.question.findMany({
    where: { id: { in: [...ids] } },
    select: {
      id: true,
      articleId: true,
      generated: true,
      override: true,
      disabledAt: true,
      reviewStatus: true,
      facts: { select: { factId: true } },
    },
  });
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        articleId: r.articleId,
        question: effectiveQuestion(r),
        disabled: r.disabledAt !== null,
        rejected: r.reviewStatus === "rejected",
        factIds: r.facts.map((f) => f.factId),
      },
    ]),
  );
}

/**
 * An article's usable questions as the mix picker sees them: enabled, not retired, and accepted
 * in review (a pending or rejected question never reaches a set or a student's practice).
 */
export async function loadBank(
  db: Database,
  where: { articleId: string; types?: QuestionType[]; factId?: string },
): Promise<BankQuestion[]> {
  const rows = await db.question.findMany({
    where: {
      articleId: where.articleId,
      retiredAt: null,
      disabledAt: null,
      reviewStatus: "accepted",
      ...(where.types ? { type: { in: where.types } } : {}),
      ...(where.factId ? { facts: { some: { factId: where.factId } } } : {}),
    },
    select: {
      id: true,
      type: true,
      difficulty: true,
      score: true,
      position: true,
      facts: { select: { factId: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    difficulty: r.difficulty,
    score: r.score,
    position: r.position,
    factIds: r.facts.map((f) => f.factId),
  }));
}

/** The columns a sentence is shown from, and its shape in the API (the kit's key as its id). */
export const sentenceColumns = {
  key: true,
  text: true,
  startOffset: true,
  endOffset: true,
  paragraph: true,
} as const;
export const sentenceView = (s: {
  key: string;
  text: string;
  startOffset: number;
  endOffset: number;
  paragraph: number;
}) => ({ id: s.key, text: s.text, start: s.startOffset, end: s.endOffset, paragraph: s.paragraph });

/** An article's text and its sentences in order: where every view of an article starts. */
export const articleTextSelect = {
  id: true,
  kind: true,
  title: true,
  text: true,
  paragraphs: true,
  sentences: { orderBy: { position: "asc" }, select: sentenceColumns },
} as const satisfies Prisma.ArticleSelect;

/** An article as loadArticle gives it: its text and sentences, and the columns `S` selects. */
export type ArticleWith<S extends Prisma.ArticleSelect> = Prisma.ArticleGetPayload<{
  select: typeof articleTextSelect & S;
}>;

/**
 * An article with its text and sentences (articleTextSelect) and the columns `select` adds: how
 * every procedure that shows one article loads it. NOT_FOUND when there is no such article.
 */
export async function loadArticle<S extends Prisma.ArticleSelect>(
  db: Database,
  articleId: string,
  select: S,
): Promise<ArticleWith<S>> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    // Prisma cannot infer a result through a generic select; ArticleWith names it.
    select: { ...articleTextSelect, ...select } as Prisma.ArticleSelect,
  });
  if (!article) notFound("article");
  return article as unknown as ArticleWith<S>;
}

/** An article's live key facts, in order (spread beside a `select`). */
export const liveFactsInOrder = {
  where: { retiredAt: null },
  orderBy: { position: "asc" },
} as const satisfies Prisma.Article$factsArgs;

/** The columns every view of a key fact shows (see factView). */
export const factColumns = {
  id: true,
  text: true,
  editedText: true,
  stance: true,
  attribution: true,
  sentenceKeys: true,
} as const satisfies Prisma.FactSelect;

/** A key fact as every view shows it: the teacher's wording where there is one, its sentences by id. */
export const factView = <S extends string>(f: {
  id: string;
  text: string;
  editedText: string | null;
  stance: S;
  attribution: string | null;
  sentenceKeys: unknown;
}) => ({
  id: f.id,
  text: effectiveFactText(f),
  stance: f.stance,
  attribution: f.attribution,
  sentenceIds: f.sentenceKeys as string[],
});

/** The article's sentences (or only those with the given keys) by their kit key, to show a source sentence in context. */
export async function sentencesByKey(db: Database, articleId: string, keys?: readonly string[]) {
  const rows = await db.sentence.findMany({
    where: { articleId, ...(keys ? { key: { in: [...keys] } } : {}) },
    select: sentenceColumns,
  });
  return new Map(rows.map((s) => [s.key, sentenceView(s)]));
}
