// Crash test: the server process is killed with SIGKILL in the middle of a load run (twice) and
// started again on the same database. Clients retry what got no answer with the same idempotency key, as
// the quiz page does. Nothing acknowledged is lost, nothing is counted twice.
import { afterAll, beforeAll, expect, it } from "vitest";
import { runClosedLoop } from "./load/driver";
import { startLoadHarness, type LoadHarness } from "./load/harness";
import { checkIntegrity, NOTHING_LOST } from "./load/integrity";

let h: LoadHarness;
let retryUntil = 0;

beforeAll(async () => {
  h = await startLoadHarness({
    students: 24,
    driver: { retryUnknown: { until: () => Date.now() < retryUntil, delayMs: 50 } },
  });
});
afterAll(() => h?.close());

it("loses nothing and counts nothing twice when the server is killed mid-run, twice", async () => {
  retryUntil = Date.now() + 60_000;
  const run = runClosedLoop(h.students, h.tally, 10_000);
  let before = 0;
  // Twice, for more chances to cut a request between its commit and its reply.
  for (const at of [2_500, 2_500]) {
    await new Promise((r) => setTimeout(r, at));
    before ||= h.tally.acks.size;
    await h.server.kill();
    // Down for a moment: requests in flight fail, new ones are refused; clients keep retrying.
    await new Promise((r) => setTimeout(r, 500));
    await h.restart();
  }
  const result = await run;

  expect(before).toBeGreaterThan(10);
  // The kill really cut requests off: clients had to retry.
  expect(h.tally.retries).toBeGreaterThan(0);
  expect(result.errorKinds).toEqual({});
  // Every submission sent was eventually acknowledged.
  expect([...h.tally.unacknowledged.keys()]).toEqual([]);
  expect(h.tally.acks.size).toBeGreaterThan(before);
  const replays = [...h.tally.acks.values()].filter((a) => a.duplicate).length;
  console.log(
    `crash: ${h.tally.acks.size} acknowledged, ${h.tally.retries} retries, ${replays} answered by a replay of a write that made it before the kill`,
  );
  const report = await checkIntegrity(h.run.db, h.population.assignmentId, h.tally);
  expect(report).toMatchObject(NOTHING_LOST);
  expect(report.stored).toBe(report.acknowledged);
});
