// Bringing an article: a teacher pastes text or sends a .txt, .md or .html file; the request
// answers at once with the job's id, and the import queue (import-queue.ts) derives the kit
// afterwards, recording its stage and progress for the teacher's page to poll.
import { checkInput, INPUT_KINDS, MAX_INPUT_HTML_CHARS, type InputKind } from "@studykit/content";
import { z } from "zod";
import { failStaleImports, importQueue, sweepStaleImportsOnce } from "../import-queue";
import { idSchema, router, teacherProcedure } from "../trpc";
import { notFound } from "./access";

/**
 * Largest request body for imports.start: the largest page (2,000,000 characters) at three bytes
 * of UTF-8 each, which no accepted text exceeds even with its JSON escapes.
 */
export const IMPORT_MAX_BODY_BYTES = 6 * 1024 * 1024;

const importSelect = {
  id: true,
  sourceKind: true,
  sourceName: true,
  byteLength: true,
  status: true,
  stage: true,
  progress: true,
  errorCode: true,
  errorMessage: true,
  articleId: true,
  duplicate: true,
  createdAt: true,
  finishedAt: true,
  article: { select: { title: true } },
} as const;

type ImportRow = {
  id: string;
  sourceKind: string;
  sourceName: string | null;
  byteLength: number;
  status: "queued" | "running" | "done" | "failed";
  stage: string;
  progress: number;
  errorCode: string | null;
  errorMessage: string | null;
  articleId: string | null;
  duplicate: boolean;
  createdAt: Date;
  finishedAt: Date | null;
  article: { title: string } | null;
};

function shape(row: ImportRow) {
  const { article, sourceKind, ...rest } = row;
  return {
    ...rest,
    kind: sourceKind as InputKind,
    articleTitle: article?.title ?? null,
    /** One line for the teacher: where the job is, or how it ended. */
    message:
      row.status === "done"
        ? row.duplicate
          ? "This article is already in the library."
          : "Added to the library."
        : row.status === "failed"
          ? (row.errorMessage ?? "the import failed")
          : row.status === "queued"
            ? "Waiting to start…"
            : (STAGE_TEXT[row.stage] ?? "Working…"),
  };
}

const STAGE_TEXT: Record<string, string> = {
  reading: "Reading the article…",
  facts: "Finding the key facts…",
  questions: "Writing questions…",
  saving: "Saving to the library…",
};

const startInput = z.object({
  kind: z.enum(INPUT_KINDS),
  /** The file's name; ignored for pasted text. */
  name: z.string().trim().min(1).max(200).optional(),
  content: z.string().max(MAX_INPUT_HTML_CHARS, {
    message: `the file is longer than the limit of ${MAX_INPUT_HTML_CHARS.toLocaleString("en")} characters`,
  }),
});

export const importsRouter = router({
  /** Starts an import and answers at once with its id; the kit is derived afterwards. */
  start: teacherProcedure.input(startInput).mutation(async ({ ctx, input }) => {
    // The cheap checks answer the request itself (an ArticleError: BAD_REQUEST), so a bad
    // request leaves no job behind.
    checkInput(input.kind, input.content);
    await sweepStaleImportsOnce(ctx.db);
    const sourceName = input.kind === "paste" ? null : (input.name ?? null);
    const row = await ctx.db.articleImport.create({
      data: {
        teacherId: ctx.user.id,
        sourceKind: input.kind,
        sourceName,
        byteLength: Buffer.byteLength(input.content, "utf8"),
      },
      select: { id: true },
    });
    importQueue.enqueue({
      importId: row.id,
      db: ctx.db,
      teacherId: ctx.user.id,
      kind: input.kind,
      sourceName,
      content: input.content,
    });
    return { importId: row.id };
  }),

  /** One of the caller's imports: status, stage, progress, and the article or the error. */
  status: teacherProcedure.input(z.object({ importId: idSchema })).query(async ({ ctx, input }) => {
    await sweepStaleImportsOnce(ctx.db);
    await failStaleImports(ctx.db, { id: input.importId, teacherId: ctx.user.id });
    const row = await ctx.db.articleImport.findFirst({
      where: { id: input.importId, teacherId: ctx.user.id },
      select: importSelect,
    });
    if (!row) notFound("import");
    return shape(row);
  }),

  /**
   * The shared article library, newest first: each article with its key facts, its questions by
   * review status, and who added it (the one who reviews it; anyone, when no one did).
   */
  library: teacherProcedure.query(async ({ ctx }) => {
    const [articles, counts] = await Promise.all([
      ctx.db.article.findMany({
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 500,
        select: {
          id: true,
          title: true,
          kind: true,
          sourceName: true,
          createdAt: true,
          addedById: true,
          addedBy: { select: { name: true } },
          _count: { select: { facts: { where: { retiredAt: null } } } },
        },
      }),
      // Counted in the database: one row per article and status, not one per question.
      ctx.db.question.groupBy({
        by: ["articleId", "reviewStatus"],
        where: { retiredAt: null },
        _count: { _all: true },
      }),
    ]);
    const byArticle = new Map<string, { pending: number; accepted: number; rejected: number }>();
    for (const c of counts) {
      const entry = byArticle.get(c.articleId) ?? { pending: 0, accepted: 0, rejected: 0 };
      entry[c.reviewStatus] = c._count._all;
      byArticle.set(c.articleId, entry);
    }
    return articles.map((a) => {
      const questions = byArticle.get(a.id) ?? { pending: 0, accepted: 0, rejected: 0 };
      return {
        id: a.id,
        title: a.title,
        kind: a.kind,
        sourceName: a.sourceName,
        createdAt: a.createdAt,
        addedBy: a.addedBy?.name ?? null,
        addedByYou: a.addedById === ctx.user.id,
        canReview: a.addedById === null || a.addedById === ctx.user.id,
        facts: a._count.facts,
        questions: {
          ...questions,
          total: questions.pending + questions.accepted + questions.rejected,
        },
      };
    });
  }),

  /** The caller's recent imports, newest first. */
  mine: teacherProcedure.query(async ({ ctx }) => {
    await sweepStaleImportsOnce(ctx.db);
    await failStaleImports(ctx.db, { teacherId: ctx.user.id });
    const rows = await ctx.db.articleImport.findMany({
      where: { teacherId: ctx.user.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 20,
      select: importSelect,
    });
    return rows.map(shape);
  }),
});
