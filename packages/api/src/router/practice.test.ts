// Practice narrowed to one key fact: the article reader's "practise this fact" button.
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
