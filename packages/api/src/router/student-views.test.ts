// What the student pages need from the API: practice on one key fact, and links to results.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestEnv, type ApiCaller, type ApiTestEnv } from "../testing.ts";

let env: ApiTestEnv;
let asAmira: ApiCaller;

beforeAll(async () => {
  env = await createApiTestEnv();
  asAmira = env.callerFor(await env.userByUsername("amira"));
});
afterAll(() => env.close());

describe("attempts.practice with a factId", () => {
  it("asks only the questions built on that fact", async () => {
    const articleId = (await asAmira.articles.list())[0]!.id;
    const article = await asAmira.articles.get({ articleId });
    const fact = article.facts.find((f) => f.questionIds.length >= 2)!;
    const { attemptId } = await asAmira.attempts.practice({
      articleId,
      factId: fact.id,
      count: 40,
    });
    const view = await asAmira.attempts.get({ attemptId });
    expect(view.questions.length).toBe(fact.questionIds.length);
    for (const q of view.questions) expect(fact.questionIds).toContain(q.id);
  });
});

describe("assignments.mine", () => {
  it("links a submitted assignment to its newest attempt's results", async () => {
    const mine = await asAmira.assignments.mine();
    const done = mine.find((a) => a.status === "submitted" && a.attemptsUsed > 1);
    expect(done).toBeDefined();
    const attempts = await env.db.attempt.findMany({
      where: {
        assignmentId: done!.id,
        status: "submitted",
        studentId: (await env.userByUsername("amira")).id,
      },
      orderBy: { submittedAt: "desc" },
      select: { id: true },
    });
    expect(done!.lastSubmittedAttemptId).toBe(attempts[0]!.id);
    const review = await asAmira.attempts.review({ attemptId: done!.lastSubmittedAttemptId! });
    expect(review.status).toBe("submitted");
    for (const a of mine.filter((x) => x.attemptsUsed === 0))
      expect(a.lastSubmittedAttemptId).toBeNull();
  });
});
