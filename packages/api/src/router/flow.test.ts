// The main journeys through the API with createCaller against a real, seeded SQLite database.
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestEnv, type ApiCaller, type ApiTestEnv } from "../testing";
import type { SessionUser } from "../trpc";

let env: ApiTestEnv;
let teacher: SessionUser;
let amira: SessionUser;
let asTeacher: ApiCaller;
let asAmira: ApiCaller;
let articleId: string;

beforeAll(async () => {
  env = await createApiTestEnv();
  teacher = await env.userByUsername("teacher");
  amira = await env.userByUsername("amira");
  asTeacher = env.callerFor(teacher);
  asAmira = env.callerFor(amira);
  articleId = (await asTeacher.articles.list())[0]!.id;
});
afterAll(() => env.close());

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "OK";
  } catch (e) {
    return e instanceof TRPCError ? e.code : `THREW ${String(e)}`;
  }
}

describe("teacher: classes and rosters", () => {
  it("creates, renames and archives a class with a join code", async () => {
    const created = await asTeacher.classes.create({ name: "Period 3" });
    expect(created.joinCode).toMatch(/^[A-Z2-9]{6}$/);
    await asTeacher.classes.rename({ classId: created.id, name: "Period 3 (History)" });
    expect((await asTeacher.classes.get({ classId: created.id })).name).toBe("Period 3 (History)");
    await asTeacher.classes.setArchived({ classId: created.id, archived: true });
    expect((await asTeacher.classes.list()).map((c) => c.id)).not.toContain(created.id);
    expect((await asTeacher.classes.list({ includeArchived: true })).map((c) => c.id)).toContain(
      created.id,
    );
  });

  it("adds students in bulk with generated usernames, one-time passwords and a CSV", async () => {
    const cls = await asTeacher.classes.create({ name: "Roster test" });
    const { students, csv } = await asTeacher.classes.addStudents({
      classId: cls.id,
      names: ["Zoë Ángel", "Zoe Adams", "Omar"],
    });
    expect(students.map((s) => s.username)).toEqual(["zoea", "zoea2", "omar"]);
    for (const s of students) expect(s.oneTimePassword).toMatch(/^[a-z2-9]{10}$/);
    expect(csv.split("\n")[0]).toBe("class,join code,name,username,one-time password");
    expect(csv).toContain(
      `Roster test,${cls.joinCode},Zoë Ángel,zoea,${students[0]!.oneTimePassword}`,
    );
    const roster = (await asTeacher.classes.get({ classId: cls.id })).roster;
    expect(roster).toHaveLength(3);
    expect(roster.every((r) => r.awaitingFirstSignIn)).toBe(true);
    // Until they choose their own password they cannot act as students.
    const zoe = env.callerFor(await env.userByUsername("zoea"));
    expect(await code(zoe.assignments.mine())).toBe("FORBIDDEN");
  });

  it("refuses empty and oversized rosters with a clear message", async () => {
    const cls = await asTeacher.classes.create({ name: "Bounds" });
    await expect(asTeacher.classes.addStudents({ classId: cls.id, names: [] })).rejects.toThrow(
      /at least one name/,
    );
    await expect(
      asTeacher.classes.addStudents({
        classId: cls.id,
        names: Array.from({ length: 201 }, (_, i) => `S ${i}`),
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await asTeacher.classes.get({ classId: cls.id })).roster).toHaveLength(0);
  });
});

describe("question bank and sets", () => {
  it("filters the bank by type and difficulty and shows answers to teachers only", async () => {
    const bank = await asTeacher.articles.bank({ articleId, type: "true_false" });
    expect(bank.length).toBeGreaterThan(5);
    expect(
      bank.every((b) => b.question.type === "true_false" && typeof b.question.answer === "boolean"),
    ).toBe(true);
    expect(await code(asAmira.articles.bank({ articleId }))).toBe("FORBIDDEN");
  });

  it("builds a set from a mix and reports what the bank cannot fill", async () => {
    const set = await asTeacher.sets.createFromMix({
      title: "Mix",
      articleId,
      count: 10,
      types: { multiple_choice: 4, true_false: 3, cloze: 3 },
    });
    const detail = await asTeacher.sets.get({ setId: set.id });
    const types = detail.questions.map((q) => q.question.type);
    expect(types.filter((t) => t === "multiple_choice")).toHaveLength(4);
    expect(types.filter((t) => t === "true_false")).toHaveLength(3);
    expect(types.filter((t) => t === "cloze")).toHaveLength(3);
    await expect(
      asTeacher.sets.createFromMix({
        title: "Too many",
        articleId,
        count: 50,
        types: { matching: 40 },
      }),
    ).rejects.toThrow(/cannot fill this mix/);
  });

  it("edits a question, validating the result, and disables another", async () => {
    const [first, second] = await asTeacher.articles.bank({ articleId, type: "multiple_choice" });
    const edited = await asTeacher.articles.editQuestion({
      questionId: first!.id,
      prompt: "Which province was struck first, according to the article?",
    });
    expect(edited.question.prompt).toBe(
      "Which province was struck first, according to the article?",
    );
    await expect(
      asTeacher.articles.editQuestion({ questionId: first!.id, answer: "Not an option at all" }),
    ).rejects.toThrow(/not valid/);
    await asTeacher.articles.setQuestionDisabled({ questionId: second!.id, disabled: true });
    const after = await asTeacher.articles.bank({ articleId, type: "multiple_choice" });
    expect(after.find((q) => q.id === second!.id)?.disabled).toBe(true);
    expect(after.find((q) => q.id === first!.id)?.edited).toBe(true);
  });
});

describe("student: an assignment from start to review", () => {
  let assignmentId: string;
  let attemptId: string;

  beforeAll(async () => {
    const set = await asTeacher.sets.createFromMix({
      title: "Quiz",
      articleId,
      count: 6,
      types: { multiple_choice: 2, true_false: 2, cloze: 1, matching: 1 },
    });
    const classId = (await asTeacher.classes.list()).find(
      (c) => c.name === "Year 10 Current Affairs",
    )!.id;
    const a = await asTeacher.assignments.create({
      classId,
      setId: set.id,
      feedback: "immediately",
      attemptsAllowed: 2,
      dueAt: new Date(env.clock.now.getTime() + 86_400_000),
    });
    assignmentId = a.id;
  });

  it("lists the assignment, starts it and resumes the same attempt", async () => {
    const mine = await asAmira.assignments.mine();
    const a = mine.find((x) => x.id === assignmentId)!;
    expect(a).toMatchObject({
      status: "not_started",
      canStart: true,
      bestScore: null,
      questions: 6,
    });
    const started = await asAmira.attempts.start({ assignmentId });
    const again = await asAmira.attempts.start({ assignmentId });
    expect(again).toEqual({ attemptId: started.attemptId, resumed: true });
    attemptId = started.attemptId;
  });

  it("grades an answer, replays a retry and refuses a second answer", async () => {
    const view = await asAmira.attempts.get({ attemptId });
    const tf = view.questions.find((q) => q.type === "true_false")!;
    const first = await asAmira.attempts.submitAnswer({
      attemptId,
      questionId: tf.id,
      idempotencyKey: "key-tf-000001",
      response: { type: "true_false", value: true },
      timeTakenMs: 3000,
    });
    expect(first.feedback).not.toBeNull();
    expect(first.feedback!.sources[0]!.text.length).toBeGreaterThan(10);
    const retry = await asAmira.attempts.submitAnswer({
      attemptId,
      questionId: tf.id,
      idempotencyKey: "key-tf-000001",
      response: { type: "true_false", value: false },
      timeTakenMs: 9000,
    });
    expect(retry.duplicate).toBe(true);
    expect(retry.feedback!.correct).toBe(first.feedback!.correct);
    expect(
      await code(
        asAmira.attempts.submitAnswer({
          attemptId,
          questionId: tf.id,
          idempotencyKey: "key-tf-000002",
          response: { type: "true_false", value: false },
          timeTakenMs: 1,
        }),
      ),
    ).toBe("CONFLICT");
    expect(await env.db.answer.count({ where: { attemptId } })).toBe(1);
  });

  it("rejects a response of the wrong kind and changes nothing", async () => {
    const view = await asAmira.attempts.get({ attemptId });
    const mc = view.questions.find((q) => q.type === "multiple_choice")!;
    expect(
      await code(
        asAmira.attempts.submitAnswer({
          attemptId,
          questionId: mc.id,
          idempotencyKey: "key-mc-000001",
          response: { type: "choice", option: "Atlantis" },
          timeTakenMs: 10,
        }),
      ),
    ).toBe("BAD_REQUEST");
    expect(
      await code(
        asAmira.attempts.submitAnswer({
          attemptId,
          questionId: mc.id,
          idempotencyKey: "key-mc-000002",
          response: { type: "true_false", value: true },
          timeTakenMs: 10,
        }),
      ),
    ).toBe("BAD_REQUEST");
    expect(await env.db.answer.count({ where: { attemptId } })).toBe(1);
  });

  it("refuses a written answer over its limit as a whole, saying so, and records nothing", async () => {
    const view = await asAmira.attempts.get({ attemptId });
    const mc = view.questions.find((q) => q.type === "multiple_choice")!;
    const refusal = async (
      response: Parameters<ApiCaller["attempts"]["submitAnswer"]>[0]["response"],
    ) => {
      try {
        await asAmira.attempts.submitAnswer({
          attemptId,
          questionId: mc.id,
          idempotencyKey: `key-long-${response.type}`,
          response,
          timeTakenMs: 10,
        });
        return "OK";
      } catch (e) {
        return e instanceof TRPCError ? `${e.code}: ${e.message}` : String(e);
      }
    };
    const essay = "word ".repeat(2256); // 11,280 characters
    expect(await refusal({ type: "self_assessment", rubricPointsMet: 1, text: essay })).toMatch(
      /^BAD_REQUEST: .*an answer can be at most 5,000 characters long/s,
    );
    expect(await refusal({ type: "text", text: "x".repeat(401) })).toMatch(
      /^BAD_REQUEST: .*an answer can be at most 400 characters long/s,
    );
    expect(await env.db.answer.count({ where: { attemptId } })).toBe(1);
  });

  it("finishes with a score over all questions and shows the review", async () => {
    const done = await asAmira.attempts.finish({ attemptId });
    expect(done.questionCount).toBe(6);
    expect(done.score).toBeGreaterThanOrEqual(0);
    expect(done.score).toBeLessThanOrEqual(1 / 6 + 1e-9);
    const twice = await asAmira.attempts.finish({ attemptId });
    expect(twice.score).toBe(done.score);
    const review = await asAmira.attempts.review({ attemptId });
    expect(Object.values(review.answers).every((a) => a.feedback !== null)).toBe(true);
    const mine = (await asAmira.assignments.mine()).find((x) => x.id === assignmentId)!;
    expect(mine.status).toBe("submitted");
    expect(mine.bestScore).toBe(done.score);
  });

  it("keeps other students and other teachers out", async () => {
    const ben = env.callerFor(await env.userByUsername("ben"));
    expect(await code(ben.attempts.get({ attemptId }))).toBe("NOT_FOUND");
    const other = await env.db.user.create({
      data: { id: "other-teacher", name: "Other", email: "other@x.example", role: "teacher" },
    });
    const asOther = env.callerFor({
      ...other,
      username: null,
      role: "teacher",
      mustChangePassword: false,
    });
    const classId = (await asTeacher.classes.list())[0]!.id;
    expect(await code(asOther.classes.get({ classId }))).toBe("NOT_FOUND");
    expect(await code(asOther.dashboard.class({ classId }))).toBe("NOT_FOUND");
    expect(await code(env.callerFor(null).classes.mine())).toBe("UNAUTHORIZED");
  });
});

describe("practice, progress and the dashboard", () => {
  it("practises an article with immediate feedback", async () => {
    // Choice questions only, so the answer below has the right shape whatever ranks best.
    const { attemptId } = await asAmira.attempts.practice({
      articleId,
      count: 5,
      types: ["multiple_choice", "numeric", "attribution"],
    });
    const view = await asAmira.attempts.get({ attemptId });
    expect(view.kind).toBe("practice");
    expect(view.questions).toHaveLength(5);
    const q = view.questions[0]!;
    const res = await asAmira.attempts.submitAnswer({
      attemptId,
      questionId: q.id,
      idempotencyKey: "practice-key-1",
      response: { type: "choice", option: q.options![0]! },
      timeTakenMs: 1200,
    });
    expect(res.feedback?.correctAnswer).toBeTruthy();
  });

  it("shows a student's progress: weeks, mastery and streak", async () => {
    const p = await asAmira.progress.mine();
    expect(p.weeks).toHaveLength(8);
    expect(p.weeks.some((w) => w.attempts > 0)).toBe(true);
    expect(p.mastery[0]!.total).toBeGreaterThanOrEqual(25);
    expect(p.streak.longest).toBeGreaterThan(0);
  });

  it("gives the teacher completion, item analysis, weakest facts and a CSV", async () => {
    const classId = (await asTeacher.classes.list()).find(
      (c) => c.name === "Year 10 Current Affairs",
    )!.id;
    const d = await asTeacher.dashboard.class({ classId });
    expect(d.students).toHaveLength(6);
    expect(d.students.some((s) => s.completed > 0 && s.averageScore !== null)).toBe(true);
    expect(d.itemAnalysis).not.toBeNull();
    for (const item of d.itemAnalysis!.items) {
      if (item.facility !== null) expect(item.facility).toBeGreaterThanOrEqual(0);
      if (item.discrimination !== null)
        expect(Math.abs(item.discrimination)).toBeLessThanOrEqual(1);
    }
    expect(d.weakestFacts.length).toBeGreaterThan(0);
    const sorted = [...d.weakestFacts].sort((a, b) => a.averageScore - b.averageScore);
    expect(d.weakestFacts).toEqual(sorted);
    const { csv } = await asTeacher.dashboard.exportCsv({ classId });
    expect(csv.split("\n")[0]).toBe(
      "student,username,assignment,attempt,status,score %,correct,questions,started,submitted",
    );
    expect(csv.trim().split("\n").length).toBeGreaterThan(10);
  });
});
