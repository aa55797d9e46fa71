// Bringing an article: a teacher pastes text or sends a .txt, .md or .html file; the request
// answers at once with the job's id, and an in-process queue derives the kit afterwards, one job
// at a time, recording its stage and progress for the teacher's page to poll.
import { TRPCError } from "@trpc/server";
import {
  ArticleError,
  articleTextFromInput,
  assertQuestionWorthy,
  checkInput,
  deriveStudyKitAsync,
  INPUT_KINDS,
  MAX_INPUT_HTML_CHARS,
  type InputKind,
} from "@studykit/content";
import { storeStudyKit, type Database } from "@studykit/db";
import { z } from "zod";
import { idSchema, router, teacherProcedure } from "../trpc";
import { notFound } from "./access";

/**
 * Largest request body for imports.start: the largest page (2,000,000 characters) at three bytes
 * of UTF-8 each, which no accepted text exceeds even with its JSON escapes.
 */
export const IMPORT_MAX_BODY_BYTES = 6 * 1024 * 1024;

/** A live job's row is touched this often, so other servers can tell it from a dead one. */
const HEARTBEAT_MS = 5_000;
/** A queued or running job untouched for this long was left by a server that stopped. */
const STALE_AFTER_MS = 20_000;
const INTERRUPTED = {
  status: "failed" as const,
  stage: "failed",
  errorCode: "INTERRUPTED",
  errorMessage: "interrupted — please try again",
};

interface Job {
  importId: string;
  db: Database;
  teacherId: string;
  kind: InputKind;
  sourceName: string | null;
  content: string;
}

/** A pause between derivation steps, long enough for waiting requests (progress polls) to finish. */
const STEP_PAUSE_MS = 20;
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Derives one import's kit and stores it, writing stage and progress as it goes. */
async function runImport(job: Job): Promise<void> {
  const { db, importId } = job;
  const record = (data: Record<string, unknown>) =>
    db.articleImport.update({ where: { id: importId }, data });
  try {
    await record({ status: "running", stage: "reading", progress: 0.02 });
    await pause(STEP_PAUSE_MS);
    const text = articleTextFromInput(job.kind, job.content);
    // Reading the input is the first 5%, deriving the next 85%, saving the rest.
    const kit = await deriveStudyKitAsync(text, {
      onProgress: async (p) => {
        if (p.stage === "done") return;
        await record({ stage: p.stage, progress: 0.05 + 0.85 * p.fraction });
        await pause(STEP_PAUSE_MS);
      },
    });
    assertQuestionWorthy(kit);
    const existing = await db.article.findUnique({
      where: { hash: kit.article.hash },
      select: { id: true },
    });
    let articleId = existing?.id;
    let duplicate = existing !== null;
    if (!existing) {
      await record({ stage: "saving", progress: 0.9 });
      const stored = await storeStudyKit(db, kit, {
        addedById: job.teacherId,
        reviewStatus: "pending",
        sourceName: job.sourceName,
      });
      articleId = stored.articleId;
      // Stored meanwhile by another server: this import found it, it did not add it.
      duplicate = !stored.created;
    }
    await record({
      status: "done",
      stage: "done",
      progress: 1,
      articleId: articleId ?? null,
      duplicate,
      finishedAt: new Date(),
    });
  } catch (error) {
    const known = error instanceof ArticleError;
    if (!known) console.error(`import ${importId} failed:`, error);
    await record({
      status: "failed",
      stage: "failed",
      errorCode: known ? error.code : "INTERNAL",
      errorMessage: known
        ? error.message
        : "something went wrong while reading the article — please try again",
      finishedAt: new Date(),
    })
      // The database itself is gone (shutting down): the job is marked stale when read later.
      .catch(() => undefined);
  }
}

/** The jobs of this process: one runs at a time, in the order they came. */
class ImportQueue {
  private waiting: Job[] = [];
  private current: Job | null = null;
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  private idleWaiters: (() => void)[] = [];

  /** Whether this process holds the job (queued or running). */
  has(importId: string): boolean {
    return this.current?.importId === importId || this.waiting.some((j) => j.importId === importId);
  }

  enqueue(job: Job): void {
    this.waiting.push(job);
    if (!this.current) void this.drain();
  }

  /** Resolves when no job is queued or running (tests wait on it before checking the database). */
  idle(): Promise<void> {
    if (!this.current && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private touch(): void {
    const jobs = [...(this.current ? [this.current] : []), ...this.waiting];
    for (const db of new Set(jobs.map((j) => j.db))) {
      const ids = jobs.filter((j) => j.db === db).map((j) => j.importId);
      void db.articleImport
        .updateMany({
          where: { id: { in: ids }, status: { in: ["queued", "running"] } },
          data: { updatedAt: new Date() },
        })
        .catch(() => undefined);
    }
  }

  private async drain(): Promise<void> {
    this.heartbeat ??= setInterval(() => this.touch(), HEARTBEAT_MS);
    this.heartbeat.unref?.();
    while ((this.current = this.waiting.shift() ?? null)) {
      await runImport(this.current);
    }
    clearInterval(this.heartbeat);
    this.heartbeat = null;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}

export const importQueue = new ImportQueue();

/**
 * Marks as failed the jobs a stopped server left queued or running: not held by this process,
 * and untouched for longer than a live server's heartbeat allows.
 */
async function failStaleImports(db: Database, where: { teacherId?: string; id?: string } = {}) {
  const stale = await db.articleImport.findMany({
    where: {
      ...where,
      status: { in: ["queued", "running"] },
      updatedAt: { lt: new Date(Date.now() - STALE_AFTER_MS) },
    },
    select: { id: true },
  });
  const ids = stale.map((s) => s.id).filter((id) => !importQueue.has(id));
  if (ids.length) {
    await db.articleImport.updateMany({
      where: { id: { in: ids }, status: { in: ["queued", "running"] } },
      data: { ...INTERRUPTED, finishedAt: new Date() },
    });
  }
}

// The first read in a process sweeps every teacher's jobs: those are what a crash left behind.
const swept = new WeakSet<Database>();
async function sweepOnStart(db: Database) {
  if (swept.has(db)) return;
  swept.add(db);
  await failStaleImports(db);
}

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
    // The cheap checks answer the request itself, so a bad request leaves no job behind.
    try {
      checkInput(input.kind, input.content);
    } catch (e) {
      if (e instanceof ArticleError) {
        throw new TRPCError({ code: "BAD_REQUEST", message: e.message, cause: e });
      }
      throw e;
    }
    await sweepOnStart(ctx.db);
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
    await sweepOnStart(ctx.db);
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
    await sweepOnStart(ctx.db);
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
