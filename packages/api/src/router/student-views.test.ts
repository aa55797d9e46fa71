// What the student pages need from the API: practice on one key fact, links to results, and a
// review that covers the questions left unanswered.
import { createUser } from "@studykit/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestEnv, type ApiCaller, type ApiTestEnv } from "../testing";

let env: ApiTestEnv;
let asAmira: ApiCaller;

beforeAll(async () => {
  env = await createApiTestEnv();
  asAmira = env.callerFor(await env.userByUsername("amira"));
});
afterAll(() => env.close());

describe("attempts.practice with a factId", () => {
  it("asks only the questions built on that fact", async () => {
    // A student in no class: no assignment of theirs holds any question back from practice.
    const id = await createUser(env.db, "student");
    const loner = env.callerFor({
      id,
      name: "Lone Learner",
      username: null,
      email: `${id}@school.example`,
      role: "student",
      mustChangePassword: false,
    });
    const articleId = (await loner.articles.list())[0]!.id;
    const article = await loner.articles.get({ articleId });
    const fact = article.facts.find((f) => f.questions >= 2)!;
    const { attemptId } = await loner.attempts.practice({ articleId, factId: fact.id, count: 40 });
    const view = await loner.attempts.get({ attemptId });
    expect(view.questions.length).toBe(fact.questions);
    const built = await env.db.questionFact.findMany({
      where: { factId: fact.id },
      select: { questionId: true },
    });
    for (const q of view.questions) expect(built.map((b) => b.questionId)).toContain(q.id);
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

describe("reviewing a finished attempt", () => {
  it("gives the right answer for the questions left unanswered, only once it is finished", async () => {
    const articleId = (await asAmira.articles.list())[0]!.id;
    const { attemptId } = await asAmira.attempts.practice({ articleId, count: 4 });
    const view = await asAmira.attempts.get({ attemptId });
    const tf = view.questions.find((q) => q.type === "true_false") ?? view.questions[0]!;
    await asAmira.attempts.submitAnswer({
      attemptId,
      questionId: tf.id,
      idempotencyKey: "review-missed-1",
      response:
        tf.type === "true_false"
          ? { type: "true_false", value: true }
          : tf.type === "cloze"
            ? { type: "text", text: "x" }
            : tf.type === "matching"
              ? {
                  type: "matching",
                  pairs: [{ left: tf.matching!.left[0]!, right: tf.matching!.right[0]! }],
                }
              : tf.type === "open"
                ? { type: "self_assessment", rubricPointsMet: 0 }
                : { type: "choice", option: tf.options![0]! },
      timeTakenMs: 1000,
    });
    // In progress, nothing is given away for the questions still to answer.
    expect((await asAmira.attempts.get({ attemptId })).missed).toEqual({});

    await asAmira.attempts.finish({ attemptId });
    const review = await asAmira.attempts.review({ attemptId });
    const unanswered = view.questions.filter((q) => q.id !== tf.id).map((q) => q.id);
    expect(Object.keys(review.missed).sort()).toEqual([...unanswered].sort());
    for (const id of unanswered) {
      expect(review.missed[id]).toMatchObject({ correct: false, score: 0 });
      expect(review.missed[id]!.correctAnswer).toBeTruthy();
      expect(review.missed[id]!.sources.length).toBeGreaterThan(0);
    }
    expect(review.answers[tf.id]).toBeDefined();
  });
});
