// Study mode through the API: today's queue, FSRS reviews, time moving on, and quiz answers
// feeding the schedule. A real seeded SQLite database, a movable clock.
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestEnv, type ApiCaller, type ApiTestEnv } from "../testing";
import { factPrompt } from "./study";

const DAY = 86_400_000;
let env: ApiTestEnv;
let asChen: ApiCaller;

beforeAll(async () => {
  env = await createApiTestEnv();
  asChen = env.callerFor(await env.userByUsername("chen"));
});
afterAll(() => env.close());

describe("factPrompt", () => {
  it("blanks a figure after the attribution, so the claim stays a claim", () => {
    const p = factPrompt(
      "According to official claims, more than 100 militants were killed in the strikes.",
      [{ text: "100", kind: "number", value: 100 }],
      "official claims",
    );
    expect(p).toEqual({
      prompt: "According to official claims, more than ____ militants were killed in the strikes.",
      answer: "100",
    });
  });
});

describe("the study queue", () => {
  it("serves due reviews and new fact cards, each with its sentence in context", async () => {
    const q = await asChen.study.queue();
    expect(q.cards.length).toBeGreaterThan(0);
    for (const c of q.cards) {
      expect(c.front.prompt.length).toBeGreaterThan(5);
      if (c.back.context) expect(c.back.context.sentence.length).toBeGreaterThan(10);
    }
    const claim = q.cards.find(
      (c) => c.back.stance === "attributed" || c.back.stance === "alleged",
    );
    if (claim) expect(claim.back.stanceLabel).toMatch(/claim|allegation/);
  });

  it("rates every card Good; they leave today's queue; a double submit is a conflict", async () => {
    const q = await asChen.study.queue({ newLimit: 3 });
    const first = q.cards[0]!;
    for (const c of q.cards)
      await asChen.study.review({
        cardId: c.id,
        rating: "good",
        expectedReps: c.reps,
        durationMs: 2000,
      });
    await expect(
      asChen.study.review({ cardId: first.id, rating: "good", expectedReps: first.reps }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const after = await asChen.study.queue({ newLimit: 0 });
    const stillDue = after.cards.filter(
      (c) => q.cards.some((x) => x.id === c.id) && c.due.getTime() < env.clock.now.getTime(),
    );
    expect(stillDue).toEqual([]);
    const logs = await env.db.reviewLog.count({
      where: {
        cardId: { in: q.cards.map((c) => c.id) },
        source: "study",
        reviewedAt: env.clock.now,
      },
    });
    expect(logs).toBe(q.cards.length);
  });

  it("brings the right cards back when time moves on", async () => {
    const start = env.clock.now;
    env.clock.now = new Date(start.getTime() + 60 * DAY);
    const later = await asChen.study.queue({ newLimit: 0 });
    // Every review card due by the end of the (UTC) day, and nothing else.
    const endOfDay = new Date((Math.floor(env.clock.now.getTime() / DAY) + 1) * DAY);
    const expected = await env.db.reviewCard.findMany({
      where: { student: { username: "chen" }, state: { not: "new" }, due: { lt: endOfDay } },
      select: { id: true },
    });
    expect(expected.length).toBeGreaterThan(3);
    expect(later.cards.map((c) => c.id).sort()).toEqual(expected.map((c) => c.id).sort());
    // The cards rated Good an hour ago (in the previous test) are among them after 60 days.
    const ratedToday = await env.db.reviewLog.findMany({
      where: { student: { username: "chen" }, source: "study", reviewedAt: start },
      select: { cardId: true },
    });
    for (const r of ratedToday) expect(later.cards.map((c) => c.id)).toContain(r.cardId);
    env.clock.now = start;
  });

  it("a wrong quiz answer brings its fact's card forward", async () => {
    const articleId = (await asChen.articles.list())[0]!.id;
    const { attemptId } = await asChen.attempts.practice({
      articleId,
      count: 5,
      types: ["true_false"],
    });
    const view = await asChen.attempts.get({ attemptId });
    const q = view.questions[0]!;
    const row = await env.db.question.findUniqueOrThrow({
      where: { id: q.id },
      select: { generated: true, facts: { select: { factId: true } } },
    });
    const right = (row.generated as { answer: boolean }).answer;
    const chen = await env.userByUsername("chen");
    const factId = row.facts[0]!.factId;
    // Push the fact's card far out first, as if well learned.
    await env.db.reviewCard.upsert({
      where: { studentId_factId: { studentId: chen.id, factId } },
      create: {
        studentId: chen.id,
        factId,
        due: new Date(env.clock.now.getTime() + 40 * DAY),
        stability: 40,
        difficulty: 5,
        elapsedDays: 10,
        scheduledDays: 40,
        learningSteps: 0,
        reps: 5,
        lapses: 0,
        state: "review",
        lastReview: env.clock.now,
      },
      update: {
        due: new Date(env.clock.now.getTime() + 40 * DAY),
        stability: 40,
        state: "review",
        reps: 5,
        lastReview: env.clock.now,
      },
    });
    // The seeded history may already hold a lapse on this fact: count from here.
    const before = await env.db.reviewCard.findUniqueOrThrow({
      where: { studentId_factId: { studentId: chen.id, factId } },
      select: { id: true, lapses: true },
    });
    const againsBefore = await env.db.reviewLog.count({
      where: { cardId: before.id, source: "quiz", rating: "again" },
    });
    await asChen.attempts.submitAnswer({
      attemptId,
      questionId: q.id,
      idempotencyKey: "study-wrong-1",
      response: { type: "true_false", value: !right },
      timeTakenMs: 1000,
    });
    const card = await env.db.reviewCard.findUniqueOrThrow({
      where: { studentId_factId: { studentId: chen.id, factId } },
    });
    // From 40 days out to FSRS's post-lapse interval, which is shorter (whole days; how many
    // depends on the card's difficulty, which the seeded history set).
    expect(card.due.getTime()).toBeLessThan(env.clock.now.getTime() + 40 * DAY);
    expect(card.scheduledDays).toBeLessThan(40);
    expect(card.lapses).toBe(before.lapses + 1);
    expect(
      await env.db.reviewLog.count({ where: { cardId: card.id, source: "quiz", rating: "again" } }),
    ).toBe(againsBefore + 1);
  });

  it("refuses another student's card", async () => {
    const card = await env.db.reviewCard.findFirstOrThrow({
      where: { student: { username: "ben" } },
    });
    const err = await asChen.study
      .review({ cardId: card.id, rating: "easy", expectedReps: card.reps })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TRPCError);
    expect((err as TRPCError).code).toBe("NOT_FOUND");
  });
});

describe("progress with reviews", () => {
  it("counts reviews by week and what is due", async () => {
    const p = await asChen.progress.mine();
    expect(p.reviews.byWeek).toHaveLength(8);
    expect(p.reviews.byWeek.reduce((s, w) => s + w.reviews, 0)).toBeGreaterThan(0);
    expect(p.reviews.dueToday).toBeGreaterThanOrEqual(p.reviews.overdue);
  });

  it("says what Study says is due and new today, before and after a review (issue 15)", async () => {
    const asBen = env.callerFor(await env.userByUsername("ben"));
    const clock = { utcOffsetMinutes: 60 };
    const queue = await asBen.study.queue(clock);
    const progress = await asBen.progress.mine(clock);
    expect(queue.counts.reviews).toBeGreaterThan(0);
    expect(progress.reviews).toMatchObject({
      dueToday: queue.counts.reviews,
      overdue: queue.counts.overdue,
      newToday: queue.counts.new,
    });
    const card = queue.cards.find((c) => c.state !== "new")!;
    await asBen.study.review({ cardId: card.id, rating: "good", expectedReps: card.reps });
    const after = await asBen.progress.mine(clock);
    expect(after.reviews.dueToday).toBe(queue.counts.reviews - 1);
    expect((await asBen.study.queue(clock)).counts.reviews).toBe(after.reviews.dueToday);
  });

  it("shows the teacher who is falling behind, with reasons", async () => {
    const teacher = env.callerFor(await env.userByUsername("teacher"));
    const c = await teacher.progress.class({ classId: "seed-class" });
    expect(c.fallingBehind).toHaveLength(6);
    const flagged = c.fallingBehind.filter((s) => s.reasons.length > 0);
    expect(flagged.length).toBeGreaterThan(0);
    // Sorted: the most reasons first.
    expect(c.fallingBehind[0]!.reasons.length).toBeGreaterThanOrEqual(
      c.fallingBehind.at(-1)!.reasons.length,
    );
  });
});
