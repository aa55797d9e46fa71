import { describe, expect, it } from "vitest";
import {
  clearFailedGuesses,
  guessDelayMs,
  nextGuessAllowedAt,
  recordFailedGuess,
  type GuessPolicy,
} from "./guess-throttle";
import { uniqueId } from "./testing/factories";
import { ENGINES, useTestDatabase } from "./testing/test-database";

const policy: GuessPolicy = {
  freeFailures: 2,
  firstDelayMs: 1000,
  maxDelayMs: 8000,
  windowMs: 60_000,
};
const at = (seconds: number) => new Date(Date.UTC(2030, 0, 1, 9, 0, seconds));

describe("guessDelayMs", () => {
  it("is free for the first failures, then doubles up to the cap", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 100].map((n) => guessDelayMs(n, policy))).toEqual([
      0, 0, 1000, 2000, 4000, 8000, 8000, 8000,
    ]);
  });
});

describe.each(ENGINES)("guess throttle on %s", (engine) => {
  const t = useTestDatabase(engine);

  it("makes each failure beyond the free ones wait longer, and only until then", async () => {
    const key = uniqueId("account");
    expect(await recordFailedGuess(t.db, key, at(0), policy)).toEqual({
      failures: 1,
      nextAllowedAt: null,
    });
    expect((await recordFailedGuess(t.db, key, at(1), policy)).nextAllowedAt).toBeNull();
    expect(await nextGuessAllowedAt(t.db, key, at(2))).toBeNull();
    const third = await recordFailedGuess(t.db, key, at(2), policy);
    expect(third).toEqual({ failures: 3, nextAllowedAt: at(3) });
    expect(await nextGuessAllowedAt(t.db, key, at(2))).toEqual(at(3));
    expect(await nextGuessAllowedAt(t.db, key, at(3))).toBeNull();
    expect((await recordFailedGuess(t.db, key, at(3), policy)).nextAllowedAt).toEqual(at(5));
  });

  it("forgets a streak after a quiet window", async () => {
    const key = uniqueId("account");
    for (const s of [0, 1, 2]) await recordFailedGuess(t.db, key, at(s), policy);
    expect(await recordFailedGuess(t.db, key, at(120), policy)).toEqual({
      failures: 1,
      nextAllowedAt: null,
    });
  });

  it("counts failures arriving at the same moment from several servers", async () => {
    const key = uniqueId("address");
    await Promise.all(
      [1, 2, 3, 4].map(() => recordFailedGuess(t.db, key, at(5), { ...policy, freeFailures: 10 })),
    );
    const row = await t.db.signInThrottle.findUniqueOrThrow({ where: { key } });
    expect(row.failures).toBe(4);
  });

  it("clears a key", async () => {
    const key = uniqueId("account");
    for (const s of [0, 1, 2]) await recordFailedGuess(t.db, key, at(s), policy);
    await clearFailedGuesses(t.db, key);
    expect(await nextGuessAllowedAt(t.db, key, at(2))).toBeNull();
    expect((await recordFailedGuess(t.db, key, at(4), policy)).failures).toBe(1);
  });
});
