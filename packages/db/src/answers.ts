// Recording a student's answer exactly once, however often the client retries the submit.
import { randomUUID } from "node:crypto";
import type { Answer, Prisma } from "../generated/sqlite/client";
import type BetterSqlite3 from "better-sqlite3";
import { sqliteConnection, type Database } from "./client";
import { isUniqueViolation } from "./errors";
import {
  applyQuizAnswer,
  planQuizReviews,
  reviewQuizTargetAgain,
  type QuizReview,
  type ScheduledCard,
} from "./progress/study";

/** How an attempt lays out its questions; stored in Attempt.layout. */
export interface AttemptLayout {
  questionIds: string[];
  /** Per question id, the order its options are shown in (indices into the stored options). */
  optionOrders?: Record<string, number[]>;
}

export interface RecordAnswerInput {
  attemptId: string;
  questionId: string;
  /** Chosen by the client per submit; a retry sends the same key. */
  idempotencyKey: string;
  /** The response as given, a @studykit/content ResponseValue. */
  given: unknown;
  /** From gradeResponse. */
  correct: boolean;
  score: number;
  timeTakenMs: number;
  answeredAt?: Date;
}

export interface RecordAnswerResult {
  answer: Answer;
  /** True when this key was already recorded: nothing was written, the first answer stands. */
  duplicate: boolean;
}

/** The question already has an answer in this attempt, sent with a different idempotency key. */
export class AnswerConflictError extends Error {
  constructor(readonly answer: Answer) {
    super("this question has already been answered in this attempt");
    this.name = "AnswerConflictError";
  }
}

/**
 * Records the answer, or returns the one already recorded for the same submit. One answer per
 * question per attempt: a second answer with a different key is refused, not counted.
 */
export async function recordAnswer(
  db: Database,
  input: RecordAnswerInput,
): Promise<RecordAnswerResult> {
  const answeredAt = input.answeredAt ?? new Date();
  try {
    const [answer] = await db.$transaction([
      db.answer.create({
        data: {
          attemptId: input.attemptId,
          questionId: input.questionId,
          idempotencyKey: input.idempotencyKey,
          given: input.given as Prisma.InputJsonValue,
          correct: input.correct,
          score: input.score,
          timeTakenMs: input.timeTakenMs,
          answeredAt,
        },
      }),
      db.attempt.update({ where: { id: input.attemptId }, data: { lastActivityAt: answeredAt } }),
    ]);
    return { answer, duplicate: false };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const answer = await db.answer.findUniqueOrThrow({
      where: {
        attemptId_questionId: { attemptId: input.attemptId, questionId: input.questionId },
      },
    });
    if (answer.idempotencyKey !== input.idempotencyKey) throw new AnswerConflictError(answer);
    return { answer, duplicate: true };
  }
}

// ─── The submit path: one read, one write ────────────────────────────────────────────────────
// A submission is the app's hottest request. Prisma's model queries cost ~0.75 ms of CPU each in
// its query compiler, raw statements ~0.2 ms, so the path reads everything it needs in one raw
// statement and writes the answer and its effect on the review schedule in one transaction.

const CARD_COLUMNS = [
  "id",
  "due",
  "stability",
  "difficulty",
  "elapsedDays",
  "scheduledDays",
  "learningSteps",
  "reps",
  "lapses",
  "state",
  "lastReview",
] as const;

type Row = Record<string, unknown>;

function providerOf(db: Database): "sqlite" | "postgresql" {
  return (db as unknown as { _activeProvider?: string })._activeProvider === "postgresql"
    ? "postgresql"
    : "sqlite";
}

function cardFrom(row: Row, prefix: string): ScheduledCard | null {
  if (row[`${prefix}id`] == null) return null;
  const card = Object.fromEntries(CARD_COLUMNS.map((c) => [c, row[`${prefix}${c}`]])) as Row;
  return {
    ...(card as unknown as ScheduledCard),
    // Integers may come back as bigint from a driver; the scheduler wants numbers.
    reps: Number(card.reps),
    lapses: Number(card.lapses),
    elapsedDays: Number(card.elapsedDays),
    scheduledDays: Number(card.scheduledDays),
    learningSteps: Number(card.learningSteps),
    stability: Number(card.stability),
    difficulty: Number(card.difficulty),
    due: new Date(card.due as Date),
    lastReview: card.lastReview == null ? null : new Date(card.lastReview as Date),
  };
}

/** What a submission needs, read in one statement. */
export interface SubmissionContext {
  status: string;
  layout: unknown;
  /** The assignment's feedback timing and due date (null for practice). */
  feedback: string | null;
  dueAt: Date | null;
  /** Null when no question has that id. */
  question: {
    id: string;
    articleId: string;
    generated: unknown;
    override: unknown;
    disabled: boolean;
    factIds: string[];
  } | null;
  /** The student's review cards for the question's facts (by fact id) and for the question. */
  factCards: Map<string, ScheduledCard>;
  questionCard: ScheduledCard | null;
}

/**
 * The student's attempt (null unless it is theirs), its assignment's feedback settings, the
 * question with its key facts, and the student's cards for those facts and that question.
 */
export async function loadSubmission(
  db: Database,
  input: { attemptId: string; studentId: string; questionId: string },
): Promise<SubmissionContext | null> {
  const q = new RawStatement(db);
  const cardColumns = (alias: string) =>
    CARD_COLUMNS.map((c) => `${alias}."${c}" AS "${alias}_${c}"`).join(", ");
  const text = `SELECT a."status" AS "status", a."layout" AS "layout", s."feedback" AS "feedback",
       s."dueAt" AS "dueAt", q."id" AS "questionId", q."articleId" AS "articleId",
       q."generated" AS "generated", q."override" AS "override", q."disabledAt" AS "disabledAt",
       qf."factId" AS "factId", ${cardColumns("c")}, ${cardColumns("k")}
     FROM "Attempt" a
     LEFT JOIN "Assignment" s ON s."id" = a."assignmentId"
     LEFT JOIN "Question" q ON q."id" = ${q.p(input.questionId)}
     LEFT JOIN "QuestionFact" qf ON qf."questionId" = q."id"
     LEFT JOIN "ReviewCard" c ON c."studentId" = a."studentId" AND c."factId" = qf."factId"
     LEFT JOIN "ReviewCard" k ON k."studentId" = a."studentId" AND k."questionId" = q."id"
     WHERE a."id" = ${q.p(input.attemptId)} AND a."studentId" = ${q.p(input.studentId)}`;
  const rows = await queryRows(db, text, q.params);
  const first = rows[0];
  if (!first) return null;
  const factCards = new Map<string, ScheduledCard>();
  const factIds: string[] = [];
  for (const r of rows) {
    if (r.factId == null) continue;
    factIds.push(String(r.factId));
    const card = cardFrom(r, "c_");
    if (card) factCards.set(String(r.factId), card);
  }
  const json = (v: unknown) => (typeof v === "string" ? (JSON.parse(v) as unknown) : v);
  return {
    status: String(first.status),
    layout: json(first.layout),
    feedback: first.feedback == null ? null : String(first.feedback),
    dueAt: first.dueAt == null ? null : new Date(first.dueAt as Date),
    question:
      first.questionId == null
        ? null
        : {
            id: String(first.questionId),
            articleId: String(first.articleId),
            generated: json(first.generated),
            override: first.override == null ? null : json(first.override),
            disabled: first.disabledAt != null,
            factIds,
          },
    factCards,
    questionCard: cardFrom(first, "k_"),
  };
}

/**
 * A raw statement's parameters, numbered in the order they appear: `?` for SQLite, `$n` with a
 * cast for PostgreSQL, which cannot infer a parameter's type in an INSERT … SELECT list.
 */
class RawStatement {
  readonly params: unknown[] = [];
  private readonly pg: boolean;

  constructor(db: Database) {
    this.pg = providerOf(db) === "postgresql";
  }

  p(value: unknown, pgType?: string): string {
    this.params.push(value);
    return this.pg ? `$${this.params.length}${pgType ? `::${pgType}` : ""}` : "?";
  }
}

/** Statements prepared once per connection (Prisma's adapter prepares every one anew). */
const prepared = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

function statement(sqlite: BetterSqlite3.Database, text: string): BetterSqlite3.Statement {
  let cache = prepared.get(sqlite);
  if (!cache) prepared.set(sqlite, (cache = new Map()));
  let stmt = cache.get(text);
  if (!stmt) cache.set(text, (stmt = sqlite.prepare(text)));
  return stmt;
}

/** A parameter as Prisma stores it on SQLite: times as ISO text with +00:00, booleans as 0/1. */
function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace(/Z$/, "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/** Rows of a raw query: on SQLite straight from the connection, else through Prisma. */
async function queryRows(db: Database, text: string, params: unknown[]): Promise<Row[]> {
  const direct = sqliteConnection(db);
  if (!direct) return db.$queryRawUnsafe<Row[]>(text, ...params);
  return direct.run((sqlite) =>
    logged(
      direct.onQuery,
      text,
      () => statement(sqlite, text).all(...params.map(sqliteValue)) as Row[],
    ),
  );
}

/** Runs one statement, reporting it to the query log as Prisma would. */
function logged<T>(
  onQuery: ((e: { query: string; duration: number }) => void) | undefined,
  query: string,
  run: () => T,
): T {
  if (!onQuery) return run();
  const t0 = performance.now();
  const result = run();
  onQuery({ query, duration: performance.now() - t0 });
  return result;
}

/** Runs statements in one transaction and returns the rows each changed. */
async function inTransaction(
  db: Database,
  statements: { text: string; params: unknown[] }[],
): Promise<number[]> {
  const direct = sqliteConnection(db);
  if (!direct) {
    return db.$transaction(statements.map((x) => db.$executeRawUnsafe(x.text, ...x.params)));
  }
  return direct.run((sqlite) => {
    const counts = sqlite.transaction(() =>
      statements.map(
        (x) =>
          logged(direct.onQuery, x.text, () =>
            statement(sqlite, x.text).run(...x.params.map(sqliteValue)),
          ).changes,
      ),
    )();
    direct.onQuery?.({ query: "COMMIT", duration: 0 });
    return counts;
  });
}

const PG = {
  text: "text",
  time: "timestamp(3)",
  float: "double precision",
  int: "integer",
  bool: "boolean",
  json: "jsonb",
  state: `"CardState"`,
  rating: `"ReviewRating"`,
  source: `"ReviewSource"`,
} as const;

export interface GradedAnswerResult {
  answer: Pick<Answer, "id" | "correct" | "score">;
  duplicate: boolean;
  /** Cards the answer moved. */
  reviews: number;
}

/**
 * Records a graded answer and, in the same transaction, its effect on the student's review
 * schedule (planQuizReviews over the cards `loadSubmission` read): the answer and its reviews
 * commit together or not at all, so an acknowledged answer has moved the schedule exactly once,
 * and a crash can never leave one without the other. A card another request moved since it was
 * read is left alone by the transaction (its log and update are conditional on the reps read)
 * and is reviewed again afterwards from a fresh read. A retried submit (same key) returns the
 * first answer; another key for an answered question is an AnswerConflictError.
 */
export async function recordGradedAnswer(
  db: Database,
  input: RecordAnswerInput & {
    studentId: string;
    factIds: readonly string[];
    factCards: ReadonlyMap<string, ScheduledCard>;
    questionCard: ScheduledCard | null;
  },
): Promise<GradedAnswerResult> {
  const now = input.answeredAt ?? new Date();
  const answerId = randomUUID();
  const plan = planQuizReviews({
    questionId: input.questionId,
    factIds: input.factIds,
    factCards: input.factCards,
    questionCard: input.questionCard,
    correct: input.correct,
    now,
  });
  const run = (build: (s: RawStatement) => string) => {
    const s = new RawStatement(db);
    const text = build(s);
    return { text, params: s.params };
  };
  const statements: { text: string; params: unknown[] }[] = [
    run(
      (s) => `INSERT INTO "Answer" ("id", "attemptId", "questionId", "idempotencyKey", "given",
         "correct", "score", "timeTakenMs", "answeredAt")
       VALUES (${s.p(answerId)}, ${s.p(input.attemptId)}, ${s.p(input.questionId)},
         ${s.p(input.idempotencyKey)}, ${s.p(JSON.stringify(input.given), PG.json)},
         ${s.p(input.correct, PG.bool)}, ${s.p(input.score, PG.float)},
         ${s.p(input.timeTakenMs, PG.int)}, ${s.p(now, PG.time)})`,
    ),
    run(
      (s) =>
        `UPDATE "Attempt" SET "lastActivityAt" = ${s.p(now, PG.time)} WHERE "id" = ${s.p(input.attemptId)}`,
    ),
  ];
  // Where the conditional card updates sit in `statements`, to see which found the card moved.
  const updates: { at: number; review: QuizReview }[] = [];
  const written = new Date();
  for (const review of plan) {
    const c = review.card;
    const l = review.log;
    const cardId = review.before?.id ?? randomUUID();
    const log = (s: RawStatement) =>
      [
        s.p(randomUUID()),
        s.p(cardId),
        s.p(input.studentId),
        s.p(l.rating, PG.rating),
        s.p(l.state, PG.state),
        s.p(l.due, PG.time),
        s.p(l.stability, PG.float),
        s.p(l.difficulty, PG.float),
        s.p(l.elapsedDays, PG.int),
        s.p(l.lastElapsedDays, PG.int),
        s.p(l.scheduledDays, PG.int),
        s.p(l.learningSteps, PG.int),
        s.p(l.reviewedAt, PG.time),
        s.p("quiz", PG.source),
        s.p(answerId),
        s.p(written, PG.time),
      ].join(", ");
    const logColumns = `"ReviewLog" ("id", "cardId", "studentId", "rating", "state", "due",
      "stability", "difficulty", "elapsedDays", "lastElapsedDays", "scheduledDays",
      "learningSteps", "reviewedAt", "source", "answerId", "createdAt")`;
    if (!review.before) {
      const [column, value] =
        "factId" in review.target
          ? ["factId", review.target.factId]
          : ["questionId", review.target.questionId];
      statements.push(
        run(
          (s) => `INSERT INTO "ReviewCard" ("id", "studentId", "${column}", "due", "stability",
             "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses",
             "state", "lastReview", "createdAt", "updatedAt")
           VALUES (${s.p(cardId)}, ${s.p(input.studentId)}, ${s.p(value)}, ${s.p(c.due, PG.time)},
             ${s.p(c.stability, PG.float)}, ${s.p(c.difficulty, PG.float)},
             ${s.p(c.elapsedDays, PG.int)}, ${s.p(c.scheduledDays, PG.int)},
             ${s.p(c.learningSteps, PG.int)}, ${s.p(c.reps, PG.int)}, ${s.p(c.lapses, PG.int)},
             ${s.p(c.state, PG.state)}, ${s.p(c.lastReview, PG.time)}, ${s.p(written, PG.time)},
             ${s.p(written, PG.time)})`,
        ),
        run((s) => `INSERT INTO ${logColumns} VALUES (${log(s)})`),
      );
      continue;
    }
    // The log first, while the card still has the reps read; both only if it still does.
    const reps = review.before.reps;
    statements.push(
      run(
        (s) => `INSERT INTO ${logColumns} SELECT ${log(s)}
         WHERE EXISTS (SELECT 1 FROM "ReviewCard" WHERE "id" = ${s.p(cardId)}
           AND "reps" = ${s.p(reps, PG.int)})`,
      ),
    );
    updates.push({ at: statements.length, review });
    statements.push(
      run(
        (s) => `UPDATE "ReviewCard" SET "due" = ${s.p(c.due, PG.time)},
           "stability" = ${s.p(c.stability, PG.float)}, "difficulty" = ${s.p(c.difficulty, PG.float)},
           "elapsedDays" = ${s.p(c.elapsedDays, PG.int)},
           "scheduledDays" = ${s.p(c.scheduledDays, PG.int)},
           "learningSteps" = ${s.p(c.learningSteps, PG.int)}, "reps" = ${s.p(c.reps, PG.int)},
           "lapses" = ${s.p(c.lapses, PG.int)}, "state" = ${s.p(c.state, PG.state)},
           "lastReview" = ${s.p(c.lastReview, PG.time)}, "updatedAt" = ${s.p(written, PG.time)}
         WHERE "id" = ${s.p(cardId)} AND "reps" = ${s.p(reps, PG.int)}`,
      ),
    );
  }
  let counts: number[];
  try {
    counts = await inTransaction(db, statements);
  } catch (error) {
    if (!isUniqueViolation(error) && !isRawUniqueViolation(error)) throw error;
    const existing = await db.answer.findUnique({
      where: {
        attemptId_questionId: { attemptId: input.attemptId, questionId: input.questionId },
      },
    });
    if (existing) {
      if (existing.idempotencyKey !== input.idempotencyKey) throw new AnswerConflictError(existing);
      return { answer: existing, duplicate: true, reviews: 0 };
    }
    // Another request created one of the cards first: record it the long way.
    const result = await recordAnswer(db, { ...input, answeredAt: now });
    const reviews = result.duplicate
      ? 0
      : await applyQuizAnswer(db, {
          studentId: input.studentId,
          questionId: input.questionId,
          answerId: result.answer.id,
          correct: input.correct,
          now,
          factIds: input.factIds,
        });
    return { answer: result.answer, duplicate: result.duplicate, reviews };
  }
  let reviews = plan.length;
  for (const { at, review } of updates) {
    if (counts[at] === 1) continue;
    // Moved by another request since it was read: review it again from where it is now.
    reviews -= 1;
    reviews += await reviewQuizTargetAgain(db, {
      studentId: input.studentId,
      target: review.target,
      answerId,
      correct: input.correct,
      now,
    });
  }
  return {
    answer: { id: answerId, correct: input.correct, score: input.score },
    duplicate: false,
    reviews,
  };
}

/** A unique violation raised by a raw statement (Prisma reports those as P2010). */
function isRawUniqueViolation(error: unknown): boolean {
  const e = error as {
    code?: unknown;
    meta?: { driverAdapterError?: { cause?: { kind?: unknown } } };
  };
  return (
    (e?.code === "P2010" &&
      e.meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation") ||
    // better-sqlite3's own error, on the direct path
    e?.code === "SQLITE_CONSTRAINT_UNIQUE" ||
    e?.code === "SQLITE_CONSTRAINT_PRIMARYKEY"
  );
}

/** The given sentences of an article, for an answer's feedback (one raw statement). */
export async function sentencesForFeedback(
  db: Database,
  articleId: string,
  keys: readonly string[],
): Promise<
  { key: string; text: string; startOffset: number; endOffset: number; paragraph: number }[]
> {
  if (!keys.length) return [];
  const s = new RawStatement(db);
  const rows = await queryRows(
    db,
    `SELECT "key", "text", "startOffset", "endOffset", "paragraph" FROM "Sentence"
     WHERE "articleId" = ${s.p(articleId)} AND "key" IN (${keys.map((k) => s.p(k)).join(", ")})`,
    s.params,
  );
  return rows.map((r) => ({
    key: String(r.key),
    text: String(r.text),
    startOffset: Number(r.startOffset),
    endOffset: Number(r.endOffset),
    paragraph: Number(r.paragraph),
  }));
}
