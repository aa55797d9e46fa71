// Failed sign-ins counted in the database, so a lock-out holds on every app server.
import type { Database } from "./client.ts";
import { isUniqueViolation } from "./errors.ts";

export interface SignInPolicy {
  maxFailures: number;
  /** Failures older than this no longer count. */
  windowMs: number;
  lockMs: number;
}

export const DEFAULT_SIGN_IN_POLICY: SignInPolicy = {
  maxFailures: 5,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
};

export async function signInLockedUntil(
  db: Database,
  key: string,
  now: Date = new Date(),
): Promise<Date | null> {
  const row = await db.signInThrottle.findUnique({ where: { key }, select: { lockedUntil: true } });
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

export async function recordFailedSignIn(
  db: Database,
  key: string,
  now: Date = new Date(),
  policy: SignInPolicy = DEFAULT_SIGN_IN_POLICY,
): Promise<{ failures: number; lockedUntil: Date | null }> {
  const windowStart = new Date(now.getTime() - policy.windowMs);
  // An old streak of failures starts again from zero (conditional, so a concurrent bump survives).
  await db.signInThrottle.updateMany({
    where: { key, firstFailureAt: { lt: windowStart } },
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
  if (row.failures >= policy.maxFailures) {
    const lockedUntil = new Date(now.getTime() + policy.lockMs);
    await db.signInThrottle.update({ where: { key }, data: { lockedUntil } });
    return { failures: row.failures, lockedUntil };
  }
  return { failures: row.failures, lockedUntil: null };
}

export async function clearFailedSignIns(db: Database, key: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key } });
}
