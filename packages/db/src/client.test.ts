// Concurrent requests share one client. A statement from one request must never run inside another
// request's open transaction: it would read uncommitted rows, and its acknowledged write would be
// undone when that transaction rolls back (on SQLite every statement shares one connection).
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "./testing/factories";
import { ENGINES, useTestDatabase } from "./testing/test-database";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(ENGINES)("transactions on %s", (engine) => {
  const t = useTestDatabase(engine);
  let userId: string;

  beforeAll(async () => {
    userId = await createUser(t.db, "teacher");
  });

  const nameOf = async () =>
    (await t.db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } })).name;

  it("keeps another request's write when a transaction rolls back", async () => {
    await t.db.user.update({ where: { id: userId }, data: { name: "before" } });
    const rolledBack = t.db
      .$transaction(async (tx) => {
        await tx.user.update({ where: { id: userId }, data: { name: "uncommitted" } });
        await pause(100);
        throw new Error("roll back");
      })
      .then(
        () => "committed",
        (e: Error) => e.message,
      );
    await pause(20);
    // Another request meanwhile, outside any transaction: it reads only committed data …
    expect(await nameOf()).toBe("before");
    // … and its write, once acknowledged, stays.
    await t.db.user.update({ where: { id: userId }, data: { name: "written outside" } });
    expect(await rolledBack).toBe("roll back");
    expect(await nameOf()).toBe("written outside");
  });

  it("still commits transactions and runs statements between them", async () => {
    const writes = Array.from({ length: 20 }, (_, i) =>
      i % 2
        ? t.db.$transaction(async (tx) => {
            await tx.user.update({ where: { id: userId }, data: { name: `tx ${i}` } });
            await pause(2);
          })
        : t.db.user.update({ where: { id: userId }, data: { name: `plain ${i}` } }),
    );
    await Promise.all(writes);
    expect(await nameOf()).toMatch(/^(tx|plain) \d+$/);
  });
});
