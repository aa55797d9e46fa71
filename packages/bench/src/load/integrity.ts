// After a load run: is every submission the server acknowledged in the database exactly once, with
// the key the client sent? And is nothing there that no client sent?
import type { Database } from "@studykit/db";
import type { Tally } from "./driver";

export interface IntegrityReport {
  acknowledged: number;
  stored: number;
  /** Acknowledged but not in the database. */
  missing: number;
  /** Stored under another key than the acknowledged one. */
  wrongKey: number;
  /** A key stored more than once, or a question answered twice in one attempt. */
  duplicates: number;
  /** Stored, not acknowledged, but sent (its answer was lost with the connection). */
  storedUnacknowledged: number;
  /** Stored, and no client ever sent it. */
  unexplained: number;
  /** Review-schedule entries made from the same answer more than once per card. */
  repeatedReviews: number;
  /**
   * Wrong answers stored without their full effect on the review schedule. A wrong answer rates
   * every one of its question's key facts and the question itself "again", so it must have one
   * quiz review per fact plus one; fewer means the schedule lost it (e.g. to a crash).
   */
  unscheduled: number;
}

export async function checkIntegrity(
  db: Database,
  assignmentId: string,
  tally: Tally,
): Promise<IntegrityReport> {
  const rows = await db.answer.findMany({
    where: { attempt: { assignmentId } },
    select: { id: true, attemptId: true, questionId: true, idempotencyKey: true },
  });
  const stored = new Map<string, string>();
  const keys = new Set<string>();
  let duplicates = 0;
  for (const r of rows) {
    const id = `${r.attemptId}|${r.questionId}`;
    if (stored.has(id) || keys.has(r.idempotencyKey)) duplicates += 1;
    stored.set(id, r.idempotencyKey);
    keys.add(r.idempotencyKey);
  }
  let missing = 0;
  let wrongKey = 0;
  for (const [id, ack] of tally.acks) {
    const key = stored.get(id);
    if (key === undefined) missing += 1;
    else if (key !== ack.idempotencyKey) wrongKey += 1;
  }
  let storedUnacknowledged = 0;
  let unexplained = 0;
  for (const [id, key] of stored) {
    if (tally.acks.has(id)) continue;
    if (tally.unacknowledged.get(id) === key) storedUnacknowledged += 1;
    else unexplained += 1;
  }
  // A retried answer must not move the review schedule twice: one quiz review per card per answer.
  const reviews = await db.reviewLog.groupBy({
    by: ["answerId", "cardId"],
    where: { answer: { attempt: { assignmentId } } },
    _count: { _all: true },
  });
  const repeatedReviews = reviews.filter((r) => r._count._all > 1).length;
  const wrong = await db.answer.findMany({
    where: { attempt: { assignmentId }, correct: false },
    select: {
      _count: { select: { reviewLogs: true } },
      question: { select: { _count: { select: { facts: true } } } },
    },
  });
  const unscheduled = wrong.filter(
    (a) => a._count.reviewLogs !== a.question._count.facts + 1,
  ).length;
  return {
    acknowledged: tally.acks.size,
    stored: rows.length,
    missing,
    wrongKey,
    duplicates,
    storedUnacknowledged,
    unexplained,
    repeatedReviews,
    unscheduled,
  };
}

/**
 * The counts the load and crash tests expect at zero after a run: nothing acknowledged missing or
 * under another key, nothing stored twice, unacknowledged or from nowhere, no review repeated.
 */
export const NOTHING_LOST = {
  missing: 0,
  wrongKey: 0,
  duplicates: 0,
  storedUnacknowledged: 0,
  unexplained: 0,
  repeatedReviews: 0,
} as const satisfies Partial<IntegrityReport>;

/** True when nothing acknowledged was lost and nothing was stored twice or from nowhere. */
export function intact(r: IntegrityReport): boolean {
  return (
    r.missing === 0 &&
    r.wrongKey === 0 &&
    r.duplicates === 0 &&
    r.unexplained === 0 &&
    r.repeatedReviews === 0 &&
    r.unscheduled === 0
  );
}

/** The report in one line, as the benchmarks print it. */
export function describeIntegrity(i: IntegrityReport): string {
  return `in the database: ${i.acknowledged} acknowledged, ${i.stored} stored; missing ${i.missing}, wrong key ${i.wrongKey}, duplicates ${i.duplicates}, unexplained ${i.unexplained}, repeated reviews ${i.repeatedReviews}, wrong answers missing from the schedule ${i.unscheduled} → ${intact(i) ? "intact" : "NOT INTACT"}`;
}
