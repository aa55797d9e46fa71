// The import job queue: imports.start records a job and returns at once; this process derives
// the kit afterwards, one job at a time, writing stage and progress for the teacher's page to
// poll. A live job's row is touched on a heartbeat, so that a job a stopped server left behind
// can be told apart and marked failed (failStaleImports).
import {
  ArticleError,
  articleTextFromInput,
  assertQuestionWorthy,
  deriveStudyKitAsync,
  type InputKind,
} from "@studykit/content";
import { storeStudyKit, type Database } from "@studykit/db";

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

export interface ImportJob {
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
export async function runImport(job: ImportJob): Promise<void> {
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

/** Touches the rows of the jobs this process holds, one statement per database. */
function touchImports(jobs: readonly ImportJob[]): void {
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

/**
 * A process's jobs: one runs at a time, in the order they came, and while any is held the
 * heartbeat is told which. `run` must not throw (runImport records its own failures).
 */
export class ImportQueue<J extends { importId: string } = ImportJob> {
  private waiting: J[] = [];
  private current: J | null = null;
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly work: {
      run: (job: J) => Promise<void>;
      touch: (held: readonly J[]) => void;
      heartbeatMs: number;
    },
  ) {}

  /** Whether this process holds the job (queued or running). */
  has(importId: string): boolean {
    return this.current?.importId === importId || this.waiting.some((j) => j.importId === importId);
  }

  enqueue(job: J): void {
    this.waiting.push(job);
    if (!this.current) void this.drain();
  }

  /** Resolves when no job is queued or running (tests wait on it before checking the database). */
  idle(): Promise<void> {
    if (!this.current && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private touch(): void {
    this.work.touch([...(this.current ? [this.current] : []), ...this.waiting]);
  }

  private async drain(): Promise<void> {
    this.heartbeat ??= setInterval(() => this.touch(), this.work.heartbeatMs);
    this.heartbeat.unref?.();
    while ((this.current = this.waiting.shift() ?? null)) {
      await this.work.run(this.current);
    }
    clearInterval(this.heartbeat);
    this.heartbeat = null;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}

/** This process's import queue. */
export const importQueue = new ImportQueue({
  run: runImport,
  touch: touchImports,
  heartbeatMs: HEARTBEAT_MS,
});

/**
 * Marks as failed the jobs a stopped server left queued or running: not held by this process,
 * and untouched for longer than a live server's heartbeat allows.
 */
export async function failStaleImports(
  db: Database,
  where: { teacherId?: string; id?: string } = {},
): Promise<void> {
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

/** Once per database and process, fails every job a stopped server left behind. */
export async function sweepStaleImportsOnce(db: Database): Promise<void> {
  if (swept.has(db)) return;
  swept.add(db);
  await failStaleImports(db);
}
