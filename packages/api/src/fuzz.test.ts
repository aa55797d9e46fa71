// Fuzzing every tRPC procedure over HTTP with fast-check, as each kind of caller: random inputs,
// inputs built from the procedure's own field names with real ids and hostile values, and
// malformed requests (bodies that are not JSON, odd superjson metadata, batches, bad query
// strings, the wrong method). The server must never answer 5xx or fail inside, a refused request
// must change nothing in the database, and the server must keep serving afterwards.
//
// "Changes nothing" is checked with SQLite's `PRAGMA data_version` on a second connection: its
// value moves whenever any other connection commits anything, so an unchanged value after a
// refused request means no row of any table was written.
import { createHash } from "node:crypto";
import { createDatabase, type Database } from "@studykit/db";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importQueue } from "./import-queue";
import { appRouter } from "./router/root";
import { serveApiTestEnv, type ApiTestEnv, type TestServer } from "./testing";
import { apiClient, closeServer, signIn } from "./testing-http";

/** Runs per procedure per caller (FUZZ_RUNS to go deeper locally). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
/** Malformed HTTP requests per caller. */
const MALFORMED_RUNS = RUNS * 15;

const ROLES = ["anonymous", "student", "newStudent", "teacher"] as const;
type Role = (typeof ROLES)[number];

interface ProcedureDef {
  _def: {
    type: "query" | "mutation";
    inputs: {
      shape?: Record<string, unknown>;
      safeParse?: (v: unknown) => { success: boolean };
    }[];
  };
}
const procedures = appRouter._def.procedures as unknown as Record<string, ProcedureDef>;
const PATHS = Object.keys(procedures);
// Mutations whose every field has a default (account.inviteTeacher): any object is a well-formed
// request to them, so a body that merely looks odd is no malformed request there.
const ACCEPT_ANY_OBJECT = new Set(
  PATHS.filter((p) => {
    const def = procedures[p]!._def;
    return def.type === "mutation" && def.inputs[0]?.safeParse?.({}).success === true;
  }),
);
const STRICT_PATHS = PATHS.filter((p) => !ACCEPT_ANY_OBJECT.has(p));

let env: ApiTestEnv;
let server: TestServer;
let monitor: Database;
const cookies: Partial<Record<Role, string>> = {};
const unexpected: { path: string | undefined; error: unknown }[] = [];
const ids: string[] = [];

beforeAll(async () => {
  ({ env, server } = await serveApiTestEnv({
    onError: (error, path) => unexpected.push({ path, error }),
  }));
  monitor = createDatabase(env.t.config);
  cookies.student = await signIn(server.url, { username: "amira", password: "learn-studykit" });
  cookies.teacher = await signIn(server.url, { username: "teacher", password: "teach-studykit" });
  // A student added by the teacher, still holding a one-time password (must change it first).
  const added = await apiClient(server.url, cookies.teacher).classes.addStudents.mutate({
    classId: "seed-class",
    names: ["Fuzz Newcomer"],
  });
  cookies.newStudent = await signIn(server.url, {
    username: added.students[0]!.username,
    password: added.students[0]!.oneTimePassword,
  });
  const student = apiClient(server.url, cookies.student);
  const articleId = (await student.articles.list.query())[0]!.id;
  await student.attempts.practice.mutate({ articleId, count: 5 });

  // Real ids of every kind, so generated inputs reach past validation into the handlers.
  const pick = async (rows: Promise<{ id: string }[]>) => (await rows).map((r) => r.id);
  const take = 4;
  ids.push(
    ...(await pick(env.db.article.findMany({ select: { id: true }, take }))),
    ...(await pick(env.db.question.findMany({ select: { id: true }, take: 8 }))),
    ...(await pick(env.db.fact.findMany({ select: { id: true }, take }))),
    ...(await pick(env.db.class.findMany({ select: { id: true }, take }))),
    ...(await pick(env.db.user.findMany({ select: { id: true }, take: 8 }))),
    ...(await pick(env.db.questionSet.findMany({ select: { id: true }, take }))),
    ...(await pick(env.db.assignment.findMany({ select: { id: true }, take }))),
    ...(await pick(env.db.attempt.findMany({ select: { id: true }, take: 8 }))),
    ...(await pick(env.db.reviewCard.findMany({ select: { id: true }, take }))),
    "NEWS24",
  );
});

afterAll(async () => {
  await monitor?.$disconnect();
  await closeServer(server);
  await env?.close();
});

async function dataVersion(): Promise<number> {
  const rows =
    await monitor.$queryRawUnsafe<{ data_version: number | bigint }[]>("PRAGMA data_version");
  return Number(rows[0]!.data_version);
}

/** A hash of every row of every table: for a whole phase that may change nothing at all. */
async function contentHash(except: readonly string[] = []): Promise<string> {
  const tables = await monitor.$queryRawUnsafe<{ name: string }[]>(
    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
  );
  const hash = createHash("sha256");
  for (const { name } of tables) {
    if (except.includes(name)) continue;
    const rows = await monitor.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${name}" ORDER BY rowid`);
    hash.update(name).update(JSON.stringify(rows, (_, v) => (typeof v === "bigint" ? `${v}` : v)));
  }
  return hash.digest("hex");
}

// ─── What to send ────────────────────────────────────────────────────────────────────────────

const hostile = fc.constantFrom(
  "",
  " ",
  "x".repeat(5_000),
  "__proto__",
  "constructor",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "' OR 1=1 --",
  "\u0000",
  "\ud800",
  "NaN",
  "1e309",
  "../../etc/passwd",
  "%00",
);
const idValue = fc
  .constantFrom(...Array.from({ length: 64 }, (_, i) => i))
  .map((i) => ids[i % ids.length]!);
const response = fc.oneof(
  fc.record({ type: fc.constant("choice"), option: fc.oneof(fc.string(), hostile) }),
  fc.record({ type: fc.constant("true_false"), value: fc.oneof(fc.boolean(), fc.string()) }),
  fc.record({ type: fc.constant("text"), text: fc.oneof(fc.string(), hostile) }),
  fc.record({
    type: fc.constant("matching"),
    pairs: fc.array(fc.record({ left: fc.string(), right: fc.string() }), { maxLength: 14 }),
  }),
  fc.record({
    type: fc.constant("self_assessment"),
    rubricPointsMet: fc.oneof(fc.integer(), fc.double()),
  }),
);
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: idValue },
  { weight: 2, arbitrary: hostile },
  { weight: 2, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)) },
  { weight: 1, arbitrary: fc.array(idValue, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.array(fc.string({ maxLength: 30 }), { maxLength: 60 }) },
  { weight: 1, arbitrary: response },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Inputs for one procedure: objects over its own field names, or anything at all. */
function inputFor(path: string): fc.Arbitrary<unknown> {
  const shape = procedures[path]!._def.inputs[0]?.shape;
  const fields = shape ? Object.keys(shape) : [];
  const keyed = fc.dictionary(fc.constantFrom(...fields, "extra", "__proto__"), value, {
    maxKeys: fields.length + 2,
  });
  const complete = fields.length
    ? fc.record(Object.fromEntries(fields.map((f) => [f, value])), { requiredKeys: [] })
    : fc.constant(undefined);
  return fc.oneof(
    { weight: 4, arbitrary: complete },
    { weight: 2, arbitrary: keyed },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  );
}

interface Sent {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

function call(path: string, input: unknown, wrongMethod = false): Sent {
  const isQuery = procedures[path]!._def.type === "query";
  const payload = JSON.stringify(input === undefined ? {} : { json: input });
  const asGet = isQuery !== wrongMethod;
  return asGet
    ? {
        method: "GET",
        path: `/api/trpc/${path}?input=${encodeURIComponent(payload)}`,
        headers: {},
      }
    : {
        method: "POST",
        path: `/api/trpc/${path}`,
        headers: { "content-type": "application/json" },
        body: payload,
      };
}

/** Requests broken below the level of a procedure's input. */
const malformed: fc.Arbitrary<Sent> = fc.oneof(
  // A body that is not JSON, or JSON cut short.
  fc
    .tuple(
      fc.constantFrom(...PATHS),
      fc.oneof(
        fc.string(),
        fc.jsonValue().map((v) => JSON.stringify(v).slice(0, -1)),
      ),
    )
    .map(([path, body]) => ({
      method: "POST",
      path: `/api/trpc/${path}`,
      headers: { "content-type": "application/json" },
      body,
    })),
  // superjson metadata that points at nothing, or at the wrong things.
  fc
    .tuple(fc.constantFrom(...STRICT_PATHS), inputFor(PATHS[0]!), fc.jsonValue({ maxDepth: 3 }))
    .map(([path, json, meta]) => {
      const sent = call(path, undefined);
      const payload = JSON.stringify({ json, meta: { values: meta, referentialEqualities: meta } });
      return sent.method === "GET"
        ? { ...sent, path: `/api/trpc/${path}?input=${encodeURIComponent(payload)}` }
        : { ...sent, body: payload };
    }),
  // Batches of procedures with inputs that do not line up.
  fc
    .tuple(
      fc.array(fc.constantFrom(...PATHS), { minLength: 1, maxLength: 4 }),
      fc.jsonValue({ maxDepth: 3 }),
    )
    .map(([paths, input]) => ({
      method: "POST",
      path: `/api/trpc/${paths.join(",")}?batch=1`,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(input),
    })),
  // Query strings that do not decode, procedures that do not exist, methods nobody serves.
  fc
    .tuple(
      fc.constantFrom(...PATHS, "nope", "attempts", "attempts.", "__proto__.toString", ""),
      fc.oneof(fc.string(), fc.constantFrom("%E0%A4%A", "%", "%%", "{", "null")),
      fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH"),
    )
    .map(([path, raw, method]) => ({
      method,
      path: `/api/trpc/${path}?input=${raw.replace(/[#\s]/g, "")}`,
      headers: {
        "content-type": fc.sample(
          fc.constantFrom("application/json", "text/plain", "multipart/form-data; boundary=x"),
          1,
        )[0]!,
      },
      ...(method === "GET" ? {} : { body: raw }),
    })),
  // The right procedure with the wrong method.
  fc
    .tuple(fc.constantFrom(...PATHS), fc.jsonValue({ maxDepth: 2 }))
    .map(([path, input]) => call(path, input, true)),
);

// ─── Sending and checking ────────────────────────────────────────────────────────────────────

const statuses = new Map<number, number>();

// A wrong join code is a guess the server counts (issue 12: guesses wait longer each time), so
// its refusal writes the guess counter and nothing else.
const COUNTS_GUESSES = new Set(["classes.join"]);
const GUESS_TABLES = ["SignInThrottle"];
const countsGuesses = (sent: Sent) =>
  COUNTS_GUESSES.has(/^\/api\/trpc\/([\w.]+)(\?|$)/.exec(sent.path)?.[1] ?? "");

/** Sends a request as the role would, with its session cookie if it has one. */
const sendAs = (role: Role, sent: Sent) =>
  fetch(`${server.url}${sent.path}`, {
    method: sent.method,
    headers: { ...sent.headers, ...(cookies[role] ? { cookie: cookies[role] } : {}) },
    ...(sent.body !== undefined ? { body: sent.body } : {}),
  });

async function send(role: Role, sent: Sent): Promise<void> {
  // An accepted import derives after its response; let it finish before measuring what changed.
  await importQueue.idle();
  const hashBefore = countsGuesses(sent) ? await contentHash(GUESS_TABLES) : null;
  const before = await dataVersion();
  unexpected.length = 0;
  const res = await sendAs(role, sent);
  const text = await res.text();
  statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  const what = `${role} ${sent.method} ${sent.path.slice(0, 160)} ${sent.body?.slice(0, 160) ?? ""}`;
  expect(res.status, `${what} → ${text.slice(0, 300)}`).toBeLessThan(500);
  expect(unexpected, what).toEqual([]);
  // A refused request (and a batch refused in part: 207) leaves every table as it was.
  if (res.status >= 400 && hashBefore !== null)
    expect(await contentHash(GUESS_TABLES), `${what} changed the database`).toBe(hashBefore);
  else if (res.status >= 400)
    expect(await dataVersion(), `${what} changed the database`).toBe(before);
}

async function keepsServing(role: Role): Promise<void> {
  const me = await apiClient(server.url, cookies[role]).account.me.query();
  if (role === "anonymous") expect(me).toBeNull();
  else expect(me?.role).toBe(role === "teacher" ? "teacher" : "student");
  if (role === "student") {
    const mine = await apiClient(server.url, cookies.student).classes.mine.query();
    expect(mine.length).toBeGreaterThan(0);
  }
}

it("knows the mutations that take any object (so no odd-looking body to them counts as malformed)", () => {
  expect([...ACCEPT_ANY_OBJECT]).toEqual(["account.inviteTeacher"]);
});

describe.each(ROLES)("fuzzing as %s", (role) => {
  it("answers every procedure's generated inputs without a 5xx, and refusals change nothing", async () => {
    const hashBefore = role === "anonymous" ? await contentHash() : null;
    for (const path of PATHS) {
      await fc.assert(
        fc.asyncProperty(inputFor(path), (input) => send(role, call(path, input))),
        { numRuns: RUNS },
      );
    }
    // Nothing an anonymous caller sends may change anything at all.
    if (hashBefore) expect(await contentHash()).toBe(hashBefore);
    await keepsServing(role);
  });

  it("answers malformed requests without a 5xx, and they change nothing", async () => {
    await fc.assert(
      fc.asyncProperty(malformed, async (sent) => {
        const before = await dataVersion();
        await send(role, sent);
        // Malformed requests are never accepted into a write (send checks a counted guess).
        if (!countsGuesses(sent)) expect(await dataVersion()).toBe(before);
      }),
      { numRuns: MALFORMED_RUNS },
    );
    await keepsServing(role);
  });
});

// Found by this fuzzing: a string with half a surrogate pair (valid JSON, "\ud800") made
// Prisma's query compiler refuse the query, and the request failed with a 500 (on sign-in with
// Prisma's message in the body). The handler now refuses such text with a 400.
describe("text with a lone surrogate", () => {
  const cases: [Role, Sent][] = [
    [
      "anonymous",
      {
        method: "POST",
        path: "/api/auth/sign-in/username",
        headers: { "content-type": "application/json" },
        body: '{"username":"a\\ud800","password":"whatever-1"}',
      },
    ],
    ["teacher", call("classes.create", { name: "Year 9 \ud800" })],
    ["teacher", call("classes.get", { classId: "seed-class\udfff" })],
    [
      "student",
      {
        ...call("attempts.submitAnswer", {}),
        body: '{"json":{"attemptId":"x","questionId":"y","idempotencyKey":"abcdefgh","response":{"type":"text","text":"\\udc00"},"timeTakenMs":1}}',
      },
    ],
  ];
  it.each(cases)("is refused with 400 for %s: %j", async (role, sent) => {
    const res = await sendAs(role, sent);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/lone surrogate/);
  });

  it("passes a well-formed pair (an emoji, escaped) through", async () => {
    const name = "Year 9 \ud83d\ude00";
    const res = await fetch(`${server.url}/api/trpc/classes.create`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: cookies.teacher! },
      body: `{"json":{"name":"${name}"}}`,
    });
    expect(res.status).toBe(200);
  });
});

it("saw refusals of several kinds and some accepted calls", () => {
  const codes = [...statuses.keys()].sort();
  expect(codes).toContain(200);
  expect(codes.filter((c) => c >= 400).length).toBeGreaterThanOrEqual(4);
});
