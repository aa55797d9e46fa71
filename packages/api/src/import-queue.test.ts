// The queue's order and bookkeeping, with jobs that only say when they run (imports.test.ts runs
// real imports through it against a database).
import { describe, expect, it } from "vitest";
import { ImportQueue } from "./import-queue";

interface FakeJob {
  importId: string;
}

function fakeQueue(runMs: number) {
  const log: string[] = [];
  const touched: string[][] = [];
  const queue = new ImportQueue<FakeJob>({
    run: async (job) => {
      log.push(`start ${job.importId}`);
      await new Promise((resolve) => setTimeout(resolve, runMs));
      log.push(`end ${job.importId}`);
    },
    touch: (held) => touched.push(held.map((j) => j.importId)),
    heartbeatMs: 10,
  });
  return { queue, log, touched };
}

describe("ImportQueue", () => {
  it("runs one job at a time, in the order they came", async () => {
    const { queue, log } = fakeQueue(5);
    queue.enqueue({ importId: "a" });
    queue.enqueue({ importId: "b" });
    queue.enqueue({ importId: "c" });
    await queue.idle();
    expect(log).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
  });

  it("holds a job while it is queued or running, and not after", async () => {
    const { queue } = fakeQueue(5);
    expect(queue.has("a")).toBe(false);
    queue.enqueue({ importId: "a" });
    queue.enqueue({ importId: "b" });
    expect(queue.has("a")).toBe(true);
    expect(queue.has("b")).toBe(true);
    await queue.idle();
    expect(queue.has("a")).toBe(false);
    expect(queue.has("b")).toBe(false);
  });

  it("is idle at once when it holds nothing", async () => {
    const { queue, log } = fakeQueue(5);
    await queue.idle();
    expect(log).toEqual([]);
  });

  it("touches the jobs it holds while it works, and stops when it is done", async () => {
    const touched: string[][] = [];
    const release = new Map<string, () => void>();
    const queue = new ImportQueue<FakeJob>({
      run: (job) => new Promise<void>((resolve) => release.set(job.importId, resolve)),
      touch: (held) => touched.push(held.map((j) => j.importId)),
      heartbeatMs: 5,
    });
    const touchedSince = async (count: number) => {
      while (touched.length <= count) await new Promise((resolve) => setTimeout(resolve, 5));
      return touched.at(-1);
    };
    queue.enqueue({ importId: "a" });
    queue.enqueue({ importId: "b" });
    expect(await touchedSince(0)).toEqual(["a", "b"]);
    release.get("a")!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await touchedSince(touched.length)).toEqual(["b"]);
    release.get("b")!();
    await queue.idle();
    const count = touched.length;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(touched.length).toBe(count);
  });

  it("starts again for jobs that come after it went idle", async () => {
    const { queue, log } = fakeQueue(1);
    queue.enqueue({ importId: "a" });
    await queue.idle();
    queue.enqueue({ importId: "b" });
    await queue.idle();
    expect(log).toEqual(["start a", "end a", "start b", "end b"]);
  });
});
