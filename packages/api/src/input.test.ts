// Input bounds over HTTP: malformed or oversized input gets a 4xx with zod's field errors and
// changes nothing; a body over the limit is refused (413) before it is read in full; never a 500.
import { request } from "node:http";
import { countRows } from "@studykit/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRequestHandler, DEFAULT_MAX_BODY_BYTES } from "./http";
import { appRouter } from "./router/root";
import { serveApiTestEnv, type ApiTestEnv, type TestServer } from "./testing";
import {
  apiClient,
  settle,
  signIn,
  type ApiClient,
  type CallOutcome,
  closeServer,
} from "./testing-http";

let env: ApiTestEnv;
let server: TestServer;
let teacher: ApiClient;
let student: ApiClient;
let teacherCookie: string;
let articleId: string;
let attemptId: string;
let questionId: string;
const unexpected: unknown[] = [];

beforeAll(async () => {
  ({ env, server } = await serveApiTestEnv({
    onError: (error) => unexpected.push(error),
  }));
  teacherCookie = await signIn(server.url, { username: "teacher", password: "teach-studykit" });
  teacher = apiClient(server.url, teacherCookie);
  student = apiClient(
    server.url,
    await signIn(server.url, { username: "amira", password: "learn-studykit" }),
  );
  articleId = (await teacher.articles.list.query())[0]!.id;
  attemptId = (await student.attempts.practice.mutate({ articleId, count: 3 })).attemptId;
  questionId = (await student.attempts.get.query({ attemptId })).questions[0]!.id;
});

afterAll(async () => {
  // No request in this file may have failed inside the server.
  expect(unexpected).toEqual([]);
  await closeServer(server);
  await env?.close();
});

/** Everything input could change: row counts of every table the demo fills, and a few fields. */
async function snapshot() {
  const [rows, sessions, seedClass, questionEdits] = await Promise.all([
    countRows(env.db),
    env.db.session.count(),
    env.db.class.findUnique({ where: { id: "seed-class" } }),
    env.db.question.count({ where: { editedAt: { not: null } } }),
  ]);
  return { rows, sessions, seedClass, questionEdits };
}

function expectZodRefusal(outcome: CallOutcome, field: string, message?: RegExp) {
  if (outcome.ok) expect.fail(`expected a refusal, got data: ${JSON.stringify(outcome.data)}`);
  expect(outcome.code).toBe("BAD_REQUEST");
  expect(outcome.httpStatus).toBe(400);
  const errors = outcome.zodError?.fieldErrors[field];
  expect(errors, `field errors for ${field}: ${JSON.stringify(outcome.zodError)}`).toBeDefined();
  if (message) expect(errors!.join("; ")).toMatch(message);
}

describe("malformed and oversized inputs", () => {
  const cases: {
    name: string;
    field: string;
    message?: RegExp;
    call: () => Promise<unknown>;
  }[] = [
    {
      name: "an empty class name",
      field: "name",
      message: /give the class a name/,
      call: () => teacher.classes.create.mutate({ name: "   " }),
    },
    {
      name: "a class name over 80 characters",
      field: "name",
      message: /80/,
      call: () => teacher.classes.create.mutate({ name: "x".repeat(81) }),
    },
    {
      name: "a class name that is not a string",
      field: "name",
      call: () => teacher.classes.create.mutate({ name: 42 as unknown as string }),
    },
    {
      name: "a rename of a class id that is not an id",
      field: "classId",
      message: /not a valid id/,
      call: () => teacher.classes.rename.mutate({ classId: "../../etc/passwd", name: "New" }),
    },
    {
      name: "an id over 64 characters",
      field: "classId",
      call: () => teacher.classes.get.query({ classId: "a".repeat(65) }),
    },
    {
      name: "an empty roster",
      field: "names",
      message: /at least one name/,
      call: () => teacher.classes.addStudents.mutate({ classId: "seed-class", names: [] }),
    },
    {
      name: "a roster of 201 names",
      field: "names",
      call: () =>
        teacher.classes.addStudents.mutate({
          classId: "seed-class",
          names: Array.from({ length: 201 }, (_, i) => `Student ${i}`),
        }),
    },
    {
      name: "a join code with symbols",
      field: "joinCode",
      message: /letters and digits/,
      call: () => student.classes.join.mutate({ joinCode: "NEWS-24; DROP" }),
    },
    {
      name: "a mix of 51 questions",
      field: "count",
      call: () => teacher.sets.createFromMix.mutate({ title: "Big", articleId, count: 51 }),
    },
    {
      name: "a mix with a type that does not exist",
      field: "types",
      call: () =>
        teacher.sets.createFromMix.mutate({
          title: "Odd",
          articleId,
          count: 3,
          types: { essay: 3 } as never,
        }),
    },
    {
      name: "a set of 101 questions",
      field: "questionIds",
      call: () =>
        teacher.sets.create.mutate({
          title: "Huge",
          questionIds: Array.from({ length: 101 }, (_, i) => `q${i}`),
        }),
    },
    {
      name: "an assignment due before it opens",
      field: "dueAt",
      message: /due date must be after the opening date/,
      call: () =>
        teacher.assignments.create.mutate({
          classId: "seed-class",
          setId: "seed-set-1",
          opensAt: new Date("2030-01-02"),
          dueAt: new Date("2030-01-01"),
        }),
    },
    {
      name: "feedback after the due date with no due date",
      field: "feedback",
      message: /needs a due date/,
      call: () =>
        teacher.assignments.create.mutate({
          classId: "seed-class",
          setId: "seed-set-1",
          feedback: "after_due",
        }),
    },
    {
      name: "21 attempts allowed",
      field: "attemptsAllowed",
      call: () =>
        teacher.assignments.create.mutate({
          classId: "seed-class",
          setId: "seed-set-1",
          attemptsAllowed: 21,
        }),
    },
    {
      name: "an edited question with seven options",
      field: "options",
      call: () =>
        teacher.articles.editQuestion.mutate({
          questionId,
          options: ["a", "b", "c", "d", "e", "f", "g"],
        }),
    },
    {
      name: "an edited prompt over 1000 characters",
      field: "prompt",
      call: () => teacher.articles.editQuestion.mutate({ questionId, prompt: "w".repeat(1001) }),
    },
    {
      name: "an idempotency key that is too short",
      field: "idempotencyKey",
      call: () =>
        student.attempts.submitAnswer.mutate({
          attemptId,
          questionId,
          idempotencyKey: "short",
          response: { type: "text", text: "x" },
          timeTakenMs: 10,
        }),
    },
    {
      name: "a response of an unknown kind",
      field: "response",
      call: () =>
        student.attempts.submitAnswer.mutate({
          attemptId,
          questionId,
          idempotencyKey: "input-test-key-1",
          response: { type: "essay", text: "x" } as never,
          timeTakenMs: 10,
        }),
    },
    {
      name: "a typed answer over 400 characters",
      field: "response",
      call: () =>
        student.attempts.submitAnswer.mutate({
          attemptId,
          questionId,
          idempotencyKey: "input-test-key-2",
          response: { type: "text", text: "y".repeat(401) },
          timeTakenMs: 10,
        }),
    },
    {
      name: "a matching answer with 13 pairs",
      field: "response",
      call: () =>
        student.attempts.submitAnswer.mutate({
          attemptId,
          questionId,
          idempotencyKey: "input-test-key-3",
          response: {
            type: "matching",
            pairs: Array.from({ length: 13 }, (_, i) => ({ left: `l${i}`, right: `r${i}` })),
          },
          timeTakenMs: 10,
        }),
    },
    {
      name: "a negative time taken",
      field: "timeTakenMs",
      call: () =>
        student.attempts.submitAnswer.mutate({
          attemptId,
          questionId,
          idempotencyKey: "input-test-key-4",
          response: { type: "text", text: "x" },
          timeTakenMs: -1,
        }),
    },
    {
      name: "53 weeks of progress",
      field: "weeks",
      call: () => student.progress.mine.query({ weeks: 53 }),
    },
    {
      name: "a time zone offset beyond 14 hours",
      field: "utcOffsetMinutes",
      call: () => student.progress.mine.query({ utcOffsetMinutes: 15 * 60 }),
    },
    {
      name: "a practice of 41 questions",
      field: "count",
      call: () => student.attempts.practice.mutate({ articleId, count: 41 }),
    },
    {
      name: "a new password over 128 characters",
      field: "newPassword",
      call: () =>
        student.account.completeFirstSignIn.mutate({
          currentPassword: "learn-studykit",
          newPassword: "p".repeat(129),
        }),
    },
  ];

  for (const c of cases) {
    it(`refuses ${c.name} with field errors for ${c.field}, changing nothing`, async () => {
      const before = await snapshot();
      expectZodRefusal(await settle(c.call()), c.field, c.message);
      expect(await snapshot()).toEqual(before);
    });
  }
});

/** A raw HTTP request to the server, for what a tRPC client would never send. */
async function raw(path: string, init: RequestInit = {}) {
  const response = await fetch(`${server.url}${path}`, {
    ...init,
    headers: { cookie: teacherCookie, ...(init.headers as Record<string, string> | undefined) },
  });
  return { status: response.status, body: await response.text() };
}

describe("malformed requests", () => {
  it("answers a body that is not JSON with 400, not 500", async () => {
    const before = await snapshot();
    const r = await raw("/api/trpc/classes.create", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"json": {"name": "Unclosed',
    });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).error.json).toMatchObject({
      message: expect.stringMatching(/JSON/),
      data: { code: "BAD_REQUEST" },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("answers a query with unparseable input with 400", async () => {
    const r = await raw(`/api/trpc/classes.get?input=${encodeURIComponent("{not json")}`);
    expect(r.status).toBe(400);
  });

  it("answers a procedure that does not exist with 404", async () => {
    const r = await raw("/api/trpc/classes.drop");
    expect(r.status).toBe(404);
    expect(JSON.parse(r.body).error.json.data.code).toBe("NOT_FOUND");
  });

  it("answers a mutation sent as a GET with 405", async () => {
    const r = await raw(
      `/api/trpc/classes.create?input=${encodeURIComponent(JSON.stringify({ json: { name: "Via GET" } }))}`,
    );
    expect(r.status).toBe(405);
  });

  it("answers a sign-in body that is not JSON with 400", async () => {
    const r = await raw("/api/auth/sign-in/username", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "username=amira&password=x",
    });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toEqual({ message: "the sign-in request is not valid JSON" });
  });

  it("answers garbage input to every procedure with a 4xx (or data where it takes no input), never a 500", async () => {
    const before = await snapshot();
    const garbage: unknown[] = [
      null,
      "text",
      -1,
      [],
      [{ classId: "seed-class" }],
      { classId: { $ne: null } },
      { classId: "seed-class", name: ["array"] },
      { articleId: "x".repeat(10_000) },
      JSON.parse(`${"[".repeat(2000)}${"]".repeat(2000)}`),
    ];
    const paths = Object.keys(appRouter._def.procedures);
    const procedures = appRouter._def.procedures as unknown as Record<
      string,
      { _def: { type: string; inputs: { safeParse(v: unknown): { success: boolean } }[] } }
    >;
    const statuses = new Map<number, number>();
    for (const path of paths) {
      const isQuery = procedures[path]!._def.type === "query";
      for (const input of garbage) {
        const body = JSON.stringify({ json: input });
        const r = isQuery
          ? await raw(`/api/trpc/${path}?input=${encodeURIComponent(body)}`)
          : await raw(`/api/trpc/${path}`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body,
            });
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        expect(r.status, `${path} with ${body.slice(0, 60)}`).toBeLessThan(500);
        if (r.status === 200) {
          // Accepted only where the procedure's own schema accepts it (unknown keys are stripped).
          const parsers = procedures[path]!._def.inputs;
          expect(
            parsers.every((p) => p.safeParse(input).success),
            `${path} accepted ${body.slice(0, 60)}`,
          ).toBe(true);
        }
      }
    }
    expect([...statuses.keys()].every((s) => s === 200 || (s >= 400 && s < 500))).toBe(true);
    expect(await snapshot()).toEqual(before);
  });
});

/** Sends a body in chunks with no content-length, and resolves with the response status. */
function sendChunked(
  url: string,
  chunks: number,
  chunkBytes: number,
  keepOpen: boolean,
): Promise<{ status: number; body: string; sentBytes: number }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    let sentBytes = 0;
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: "POST",
        headers: {
          "content-type": "application/json",
          "transfer-encoding": "chunked",
          cookie: teacherCookie,
        },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => (body += d));
        res.on("end", () => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, body, sentBytes });
        });
      },
    );
    req.on("error", (e) => {
      // The server may close the connection once it has answered; the answer is what counts.
      if (!("code" in e && (e.code === "ECONNRESET" || e.code === "EPIPE"))) reject(e);
    });
    const chunk = Buffer.alloc(chunkBytes, "a");
    req.write('{"json":{"name":"');
    for (let i = 0; i < chunks; i++) {
      req.write(chunk);
      sentBytes += chunkBytes;
    }
    // keepOpen: never finish the body, to show the server answers without waiting for its end.
    if (!keepOpen) req.end('"}}');
  });
}

describe("request body limit", () => {
  it("refuses a body over 64 KiB with 413 and changes nothing", async () => {
    expect(DEFAULT_MAX_BODY_BYTES).toBe(65_536);
    const before = await snapshot();
    // Valid JSON that would create a class if it were parsed: the padding is an ignored field.
    const body = JSON.stringify({
      json: { name: "Should not exist" },
      padding: "p".repeat(DEFAULT_MAX_BODY_BYTES),
    });
    const r = await raw("/api/trpc/classes.create", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toEqual({
      error: { code: "PAYLOAD_TOO_LARGE", message: "request body is larger than 65536 bytes" },
    });
    expect(await snapshot()).toEqual(before);
    // The same request under the limit is processed: the padding alone was the reason.
    const small = JSON.stringify({ json: { name: "Just under" }, padding: "p".repeat(1000) });
    const ok = await raw("/api/trpc/classes.create", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: small,
    });
    expect(ok.status).toBe(200);
  });

  it("refuses an oversized sign-in body with 413", async () => {
    const r = await raw("/api/auth/sign-in/username", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "amira", password: "x".repeat(70_000) }),
    });
    expect(r.status).toBe(413);
  });

  it("refuses a chunked body with no content-length once it passes the limit", async () => {
    const before = await snapshot();
    const r = await sendChunked(`${server.url}/api/trpc/classes.create`, 9, 8192, false);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(await snapshot()).toEqual(before);
  });

  it("answers 413 while a chunked body is still being sent, without waiting for its end", async () => {
    const r = await sendChunked(`${server.url}/api/trpc/classes.create`, 10, 8192, true);
    expect(r.status).toBe(413);
    expect(r.sentBytes).toBeGreaterThan(DEFAULT_MAX_BODY_BYTES);
  });

  it("honours maxBodyBytes exactly: at the limit the body is read, one byte over it is not", async () => {
    const handle = createRequestHandler({
      db: env.db,
      auth: env.auth,
      now: () => env.clock.now,
      maxBodyBytes: 200,
    });
    const post = (body: string, headers: Record<string, string> = {}) =>
      handle(
        new Request("http://127.0.0.1/api/trpc/classes.create", {
          method: "POST",
          headers: { "content-type": "application/json", cookie: teacherCookie, ...headers },
          body,
        }),
      );
    const json = (padding: number) =>
      JSON.stringify({ json: { name: "Boundary" }, padding: "p".repeat(padding) });
    const base = json(0).length;
    const atLimit = json(200 - base);
    const overLimit = json(201 - base);
    expect(new TextEncoder().encode(atLimit).byteLength).toBe(200);
    expect((await post(atLimit)).status).toBe(200);
    expect((await post(overLimit)).status).toBe(413);
    // A declared length over the limit is refused before a byte of the body is read.
    expect((await post("{}", { "content-length": "201" })).status).toBe(413);
    // Multi-byte characters count as bytes, not as characters.
    const accented = JSON.stringify({ json: { name: "é".repeat(90) }, padding: "" });
    expect(accented.length).toBeLessThan(200);
    expect(new TextEncoder().encode(accented).byteLength).toBeGreaterThan(200);
    expect((await post(accented)).status).toBe(413);
  });
});
