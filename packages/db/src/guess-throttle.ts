// Failed guesses (passwords, join codes) counted in the database under a key, so every app
// server slows the same guesser down. After a few free failures each one makes the next guess
// wait longer (1 s, 2 s, 4 s … up to a cap): nobody is locked out, a guesser is slowed to a crawl.
import type { Database } from "./client";
import { isUniqueViolation } from "./errors";

export interface GuessPolicy {
  /** Failures allowed before any wait. */
  freeFailures: number;
  /** The wait after the first failure beyond the free ones; each further failure doubles it. */
  firstDelayMs: number;
  /** The longest wait. */
  maxDelayMs: number;
  /** A streak of failures is forgotten after this long without one. */
  windowMs: number;
}

/** The wait a streak of `failures` imposes before the next guess (0: none). */
export function guessDelayMs(failures: number, policy: GuessPolicy): number {
  const beyond = failures - policy.freeFailures;
  if (beyond <= 0) return 0;
  // 2 ** 30 ms is days: past the cap long before the exponent matters.
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.min(beyond - 1, 30));
}

/** When the next guess under the key is allowed, if that is later than `now`. */
export async function nextGuessAllowedAt(
  db: Database,
  key: string,
  now: Date = new Date(),
): Promise<Date | null> {
  // The column keeps its first name: it holds when the key may guess again.
  const row = await db.signInThrottle.findUnique({ where: { key }, select: { lockedUntil: true } });
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

export async function recordFailedGuess(
  db: Database,
  key: string,
  now: Date,
  policy: GuessPolicy,
): Promise<{ failures: number; nextAllowedAt: Date | null }> {
  const quietSince = new Date(now.getTime() - policy.windowMs);
  // A streak that went quiet starts again from zero (conditional, so a concurrent bump survives).
  await db.signInThrottle.updateMany({
    where: { key, lastFailureAt: { lt: quietSince } },
    data: { failures: 0, firstFailureAt: now, lockedUntil: null },
  });
  let row;
  try {
    row = await db.signInThrottle.upsert({
      where: { key },
      create: { key, failures: 1, firstFailureAt: now, lastFailureAt: now },
      update: { failures: { increment: 1 }, lastFailureAt: now },
    });
  } catch (error) {
    // Two servers created the row at once; the other insert won, so count on top of it.
    if (!isUniqueViolation(error)) throw error;
    row = await db.signInThrottle.update({
      where: { key },
      data: { failures: { increment: 1 }, lastFailureAt: now },
    });
  }
  const delay = guessDelayMs(row.failures, policy);
  if (delay === 0) return { failures: row.failures, nextAllowedAt: null };
  const nextAllowedAt = new Date(now.getTime() + delay);
  await db.signInThrottle.update({ where: { key }, data: { lockedUntil: nextAllowedAt } });
  return { failures: row.failures, nextAllowedAt };
}

export async function clearFailedGuesses(db: Database, key: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key } });
}
