import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  clearFailedSignIns,
  recordFailedSignIn,
  signInLockedUntil,
  type SignInPolicy,
} from "./sign-in-throttle.ts";
import { uniqueId } from "./testing/factories.ts";
import { createTestDatabase, ENGINES, type TestDatabase } from "./testing/test-database.ts";

const policy: SignInPolicy = { maxFailures: 3, windowMs: 60_000, lockMs: 300_000 };
const at = (seconds: number) => new Date(Date.UTC(2030, 0, 1, 9, 0, seconds));

describe.each(ENGINES)("sign-in throttle on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
  });
  afterAll(() => t.drop());

  it("locks a key after the allowed failures within the window, until the lock runs out", async () => {
    const key = uniqueId("username");
    expect((await recordFailedSignIn(t.db, key, at(0), policy)).lockedUntil).toBeNull();
    expect((await recordFailedSignIn(t.db, key, at(10), policy)).lockedUntil).toBeNull();
    expect(await signInLockedUntil(t.db, key, at(11))).toBeNull();
    const third = await recordFailedSignIn(t.db, key, at(20), policy);
    expect(third).toEqual({ failures: 3, lockedUntil: new Date(at(20).getTime() + policy.lockMs) });
    expect(await signInLockedUntil(t.db, key, at(21))).toEqual(third.lockedUntil);
    expect(
      await signInLockedUntil(t.db, key, new Date(third.lockedUntil!.getTime() + 1)),
    ).toBeNull();
  });

  it("forgets failures older than the window", async () => {
    const key = uniqueId("username");
    await recordFailedSignIn(t.db, key, at(0), policy);
    await recordFailedSignIn(t.db, key, at(1), policy);
    const later = await recordFailedSignIn(t.db, key, at(120), policy);
    expect(later).toEqual({ failures: 1, lockedUntil: null });
  });

  it("counts failures arriving at the same moment from several servers", async () => {
    const key = uniqueId("ip");
    await Promise.all(
      [1, 2, 3, 4].map(() => recordFailedSignIn(t.db, key, at(5), { ...policy, maxFailures: 10 })),
    );
    const row = await t.db.signInThrottle.findUniqueOrThrow({ where: { key } });
    expect(row.failures).toBe(4);
  });

  it("clears a key after a successful sign-in", async () => {
    const key = uniqueId("username");
    for (const s of [0, 1, 2]) await recordFailedSignIn(t.db, key, at(s), policy);
    await clearFailedSignIns(t.db, key);
    expect(await signInLockedUntil(t.db, key, at(3))).toBeNull();
    expect((await recordFailedSignIn(t.db, key, at(4), policy)).failures).toBe(1);
  });
});
