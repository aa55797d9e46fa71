// After a load run against a real server, every submission the server acknowledged is in the
// database exactly once, under the key the client sent, and nothing else is there.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runClosedLoop } from "./load/driver";
import { startLoadHarness, type LoadHarness } from "./load/harness";
import { checkIntegrity, intact, NOTHING_LOST } from "./load/integrity";

let h: LoadHarness;

beforeAll(async () => {
  h = await startLoadHarness({ students: 24 });
});
afterAll(() => h?.close());

describe("a load run", () => {
  it("stores every acknowledged submission exactly once, with its key", async () => {
    const result = await runClosedLoop(h.students, h.tally, 6_000);
    expect(result.errorKinds).toEqual({});
    // Two dozen students answering for six seconds: enough to cross attempts (finish, start anew).
    expect(h.tally.acks.size).toBeGreaterThan(60);
    const report = await checkIntegrity(h.run.db, h.population.assignmentId, h.tally);
    expect(report).toMatchObject({ ...NOTHING_LOST, unscheduled: 0 });
    expect(report.stored).toBe(report.acknowledged);
    // The answers' attempts agree: no attempt holds more answers than it has questions.
    const attempts = await h.run.db.attempt.findMany({
      where: { assignmentId: h.population.assignmentId },
      select: { questionCount: true, _count: { select: { answers: true } } },
    });
    for (const a of attempts) expect(a._count.answers).toBeLessThanOrEqual(a.questionCount);
  });

  it("would notice an acknowledged answer missing, or one nobody sent", async () => {
    const [id, ack] = [...h.tally.acks.entries()][0]!;
    const row = await h.run.db.answer.findUniqueOrThrow({
      where: { attemptId_questionId: { attemptId: ack.attemptId, questionId: ack.questionId } },
    });
    await h.run.db.answer.delete({ where: { id: row.id } });
    const lost = await checkIntegrity(h.run.db, h.population.assignmentId, h.tally);
    expect(lost.missing).toBe(1);
    expect(intact(lost)).toBe(false);

    // Put it back under another key: now it is stored under the wrong key.
    await h.run.db.answer.create({
      data: { ...row, given: row.given ?? {}, idempotencyKey: "not-the-client-key" },
    });
    const wrong = await checkIntegrity(h.run.db, h.population.assignmentId, h.tally);
    expect(wrong.wrongKey).toBe(1);
    h.tally.acks.delete(id);
    h.tally.unacknowledged.delete(id);
    const unexplained = await checkIntegrity(h.run.db, h.population.assignmentId, h.tally);
    expect(unexplained.unexplained).toBe(1);
    expect(intact(unexplained)).toBe(false);
  });
});
