// Where a submission's time goes, measured in-process without sockets: the API's request handler
// over a seeded SQLite file, with Prisma's query log counting the SQL each submission runs.
// Prints statements per submission, time inside SQLite, and CPU time per submission.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { join } from "node:path";
import { createAuth, createRequestHandler } from "@studykit/api";
import { createDatabase, resolveDatabaseConfig } from "@studykit/db";
import { scratchDir, seededSqliteTemplate } from "../load/databases";
import { responseFor } from "../load/driver";
import { createLoadPopulation } from "../load/population";
import { printProfile, summarizeCpuProfile, type ProfileSummary } from "./cpu-profile";
import { printRunInfo, recordRun, type RunInfo } from "../record";

export interface SubmissionPathProfile {
  submissions: number;
  statementsPerSubmission: number;
  sqlMsPerSubmission: number;
  cpuMsPerSubmission: number;
  wallMsPerSubmission: number;
  /** Statements per submission by kind ("SELECT ReviewCard", "INSERT Answer", …). */
  statements: [string, number][];
  /** CPU time of an anonymous `account.me` (no database): the handler's floor. */
  floorCpuMs: number;
  /** Where the CPU went during the measured submissions (with `cpuProfile`). */
  profile: ProfileSummary | null;
}

/** Frames whose inclusive time the profile reports. */
const SUBMIT_PATH_FRAMES: Record<string, RegExp> = {
  "Prisma (client + query compiler + adapter)": /@prisma|generated\/(sqlite|postgresql)/,
  "  of which the query compiler (wasm)": /wasm:|query_compiler/,
  "better-sqlite3 (prepare + run)": /better-sqlite3\/lib/,
  "better-auth (session from the cookie)": /better-auth|better-call/,
  tRPC: /@trpc\/server/,
  "zod (input validation)": /node_modules\/zod/,
  superjson: /superjson/,
  "grading (@studykit/content)": /packages\/content\//,
  "scheduling (ts-fsrs)": /ts-fsrs/,
  "garbage collection": /\(garbage collector\)/,
};

function statementKind(sql: string): string {
  const verb = sql.trim().split(/\s+/)[0]!.toUpperCase();
  const table = /(?:FROM|INTO|UPDATE)\s+[`"]?(?:main[`"]?\.)?[`"]?(\w+)/i.exec(sql)?.[1];
  return table ? `${verb} ${table}` : verb;
}

/** Samples the CPU (V8's profiler, in-process) while `run` runs: the measured phase alone. */
async function sampled<T>(run: () => Promise<T>): Promise<{ result: T; profile: object }> {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) =>
      session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res))),
    );
  await post("Profiler.enable");
  await post("Profiler.setSamplingInterval", { interval: 200 });
  await post("Profiler.start");
  const result = await run();
  const { profile } = (await post("Profiler.stop")) as { profile: object };
  session.disconnect();
  return { result, profile };
}

export async function profileSubmissionPath(
  submissions = 400,
  /** Also sample the CPU during the measured submissions and summarise where it went. */
  cpuProfile = false,
): Promise<SubmissionPathProfile> {
  const template = await seededSqliteTemplate();
  let counting = false;
  let statements = 0;
  let sqlMs = 0;
  const kinds = new Map<string, number>();
  const db = createDatabase(resolveDatabaseConfig(template.copy("profile")), {
    onQuery: (e) => {
      if (!counting) return;
      statements += 1;
      sqlMs += e.duration;
      const kind = statementKind(e.query);
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    },
  });
  const students = 40;
  const population = await createLoadPopulation(db, { students, prefix: "prof" });
  const auth = createAuth({
    db,
    engine: "sqlite",
    secret: "profile-secret-profile-secret-profile-0123",
    baseURL: "http://127.0.0.1",
    secureCookies: false,
    rateLimit: false,
  });
  const handler = createRequestHandler({ db, auth });
  const call = async (path: string, body?: unknown, cookie?: string) => {
    const res = await handler(
      new Request(`http://127.0.0.1${path}`, {
        method: body === undefined ? "GET" : "POST",
        headers: {
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...(cookie ? { cookie } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
    const text = await res.text();
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${text.slice(0, 200)}`);
    return { res, json: JSON.parse(text) as { result: { data: { json: unknown } } } };
  };

  const sessions: {
    cookie: string;
    attemptId: string;
    questions: Parameters<typeof responseFor>[0][];
    next: number;
  }[] = [];
  for (const username of population.usernames) {
    const { res } = await call("/api/auth/sign-in/username", {
      username,
      password: population.password,
    });
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const started = (
      await call(
        "/api/trpc/attempts.start",
        {
          json: { assignmentId: population.assignmentId },
        },
        cookie,
      )
    ).json.result.data.json as { attemptId: string };
    const input = encodeURIComponent(JSON.stringify({ json: { attemptId: started.attemptId } }));
    const view = (await call(`/api/trpc/attempts.get?input=${input}`, undefined, cookie)).json
      .result.data.json as { questions: Parameters<typeof responseFor>[0][] };
    sessions.push({ cookie, attemptId: started.attemptId, questions: view.questions, next: 0 });
  }
  const submit = (i: number) => {
    const s = sessions[i % sessions.length]!;
    const q = s.questions[s.next++ % s.questions.length]!;
    return call(
      "/api/trpc/attempts.submitAnswer",
      {
        json: {
          attemptId: s.attemptId,
          questionId: q.id,
          idempotencyKey: `profile-${i}-key`,
          response: responseFor(q, i),
          timeTakenMs: 3_000,
        },
      },
      s.cookie,
    );
  };
  const total = Math.min(submissions, students * population.questionCount);
  // Warm up the code paths (JIT, Prisma's compiler) on a few submissions first.
  const warm = Math.min(40, Math.floor(total / 4));
  for (let i = 0; i < warm; i++) await submit(i);

  counting = true;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const measure = async () => {
    for (let i = warm; i < total; i++) await submit(i);
  };
  let profile: ProfileSummary | null = null;
  if (cpuProfile) {
    const sample = await sampled(measure);
    const file = join(scratchDir("submit-profile"), "submit.cpuprofile");
    writeFileSync(file, JSON.stringify(sample.profile));
    profile = summarizeCpuProfile(file, SUBMIT_PATH_FRAMES, 15);
  } else {
    await measure();
  }
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  counting = false;
  const n = total - warm;

  const me = `/api/trpc/account.me?input=${encodeURIComponent(JSON.stringify({ json: null }))}`;
  for (let i = 0; i < 100; i++) await call(me);
  const floor0 = process.cpuUsage();
  for (let i = 0; i < 500; i++) await call(me);
  const floor = process.cpuUsage(floor0);
  await db.$disconnect();

  return {
    submissions: n,
    statementsPerSubmission: statements / n,
    sqlMsPerSubmission: sqlMs / n,
    cpuMsPerSubmission: (cpu.user + cpu.system) / 1000 / n,
    wallMsPerSubmission: wall / n,
    statements: [...kinds.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => [k, Math.round((v / n) * 100) / 100]),
    floorCpuMs: (floor.user + floor.system) / 1000 / 500,
    profile,
  };
}

export function printSubmissionPath(p: SubmissionPathProfile & { run?: RunInfo }): void {
  console.log(`Submission path, in-process (${p.submissions} sequential submissions):`);
  printRunInfo(p);
  console.log(`  CPU per submission        ${p.cpuMsPerSubmission.toFixed(2)} ms`);
  console.log(`  wall per submission       ${p.wallMsPerSubmission.toFixed(2)} ms`);
  console.log(`  SQL statements            ${p.statementsPerSubmission.toFixed(1)}`);
  console.log(`  time inside SQLite        ${p.sqlMsPerSubmission.toFixed(2)} ms`);
  console.log(`  floor (anonymous account.me, no database): ${p.floorCpuMs.toFixed(2)} ms CPU`);
  console.log("  statements per submission by kind:");
  for (const [kind, count] of p.statements)
    console.log(`    ${String(count).padStart(5)}  ${kind}`);
  if (p.profile) printProfile(p.profile);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = process.argv.slice(2).find((a) => /^\d+$/.test(a));
  const result = await recordRun(
    "submission-path",
    `npm run bench:profile -w @studykit/bench -- ${process.argv.slice(2).join(" ")}`.trim(),
    () => profileSubmissionPath(Number(n ?? 1000), process.argv.includes("--cpu-prof")),
  );
  printSubmissionPath(result);
}
