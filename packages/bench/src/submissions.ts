// Answer submission under load: simulated students against the production server (the web app's
// `next start` build) on an embedded SQLite file. All of them sign in and open an attempt; then
// 100, 500 and 2,000 of them submit answers as fast as the server takes them (closed loop), and
// 500 of them submit at a fixed 1,000 a second (open loop: the goal's latency). A bare Node http
// server answering fixed JSON at the same concurrency is the ceiling. Afterwards every
// acknowledged submission is looked up in the database.
import { join } from "node:path";
import {
  HttpTarget,
  prepareStudents,
  runClosedLoop,
  runFixedLoop,
  runOpenLoop,
  SimulatedStudent,
  Tally,
  type PhaseResult,
} from "./load/driver";
import { openRunDatabase, scratchDir, seededSqliteTemplate } from "./load/databases";
import { checkIntegrity, describeIntegrity, intact, type IntegrityReport } from "./load/integrity";
import { createLoadPopulation, giveSessions } from "./load/population";
import { ms } from "./load/stats";
import { printRunInfo, recordRun, type RunInfo } from "./record";
import { printProfile, summarizeCpuProfile } from "./profile/cpu-profile";
import {
  BENCH_SECRET,
  buildWebApp,
  processTreeCpuMs,
  startApiServer,
  startCeilingServer,
  startWebServer,
  type ServeOptions,
  type ServerProcess,
} from "./servers/processes";

export interface SubmissionBenchOptions {
  /** Concurrent students per closed-loop run. */
  students: number[];
  seconds: number;
  warmupSeconds: number;
  /** "web": `next start` (the production server); "api": the same handler on bare Node. */
  target: "web" | "api";
  /** The goal's open-loop run: this many students submitting this many answers a second in all. */
  openLoop: { students: number; perSecond: number } | null;
  rebuild: boolean;
  /** Run the server under --cpu-prof and print where its time went. */
  profile: boolean;
  /** Measure the bare-http ceiling too (default). */
  ceiling?: boolean;
  /** Sign in only this many students over HTTP; the rest get sessions written into the database. */
  signInOverHttp?: number;
}

export interface LoadRun extends PhaseResult {
  students: number;
  /** CPU time of the server process per acknowledged submission (whole run, warm-up included). */
  serverCpuMsPerSubmission: number;
  /** Share of one core the load generator itself used. */
  clientCpuShare: number;
  ceilingPerSecond: number | null;
}

export interface SubmissionBenchResult {
  target: string;
  /** A class signing in at once from one address (a school's NAT): HTTP status → count. */
  oneAddress: Record<string, number>;
  signIn: { students: number; seconds: number; perSecond: number; sessionsWritten?: number };
  runs: LoadRun[];
  openLoop: (LoadRun & { offered: number; notSent: number }) | null;
  ceiling: { connections: number; perSecond: number; p99: number }[];
  integrity: IntegrityReport;
}

export const SUBMIT_BODY = JSON.stringify({
  json: {
    attemptId: "cmwzz0000000000000000000",
    questionId: "cmwzz0000000000000000001",
    idempotencyKey: "00000000-0000-4000-8000-000000000000",
    response: { type: "choice", option: "an option of about this length" },
    timeTakenMs: 4000,
  },
});

async function measureCeiling(connections: number[], seconds: number) {
  const server = await startCeilingServer();
  const out: SubmissionBenchResult["ceiling"] = [];
  try {
    for (const n of connections) {
      const target = new HttpTarget(server.url, n);
      await runFixedLoop(target, n, 1_000, "/api/trpc/attempts.submitAnswer", SUBMIT_BODY);
      const r = await runFixedLoop(
        target,
        n,
        seconds * 1000,
        "/api/trpc/attempts.submitAnswer",
        SUBMIT_BODY,
      );
      out.push({ connections: n, perSecond: r.perSecond, p99: r.latency.p99 });
      await target.close();
    }
  } finally {
    await server.stop();
  }
  return out;
}

async function measured<T extends PhaseResult>(
  server: ServerProcess,
  tally: Tally,
  run: () => Promise<T>,
): Promise<T & { serverCpuMsPerSubmission: number; clientCpuShare: number }> {
  const acks0 = tally.acks.size;
  const server0 = processTreeCpuMs(server.child.pid!);
  const client0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await run();
  const client = process.cpuUsage(client0);
  const elapsed = performance.now() - t0;
  const acks = tally.acks.size - acks0;
  return {
    ...r,
    serverCpuMsPerSubmission: (processTreeCpuMs(server.child.pid!) - server0) / Math.max(1, acks),
    clientCpuShare: (client.user + client.system) / 1000 / elapsed,
  };
}

export async function benchSubmissions(
  options: SubmissionBenchOptions,
): Promise<SubmissionBenchResult> {
  const template = await seededSqliteTemplate();
  if (options.target === "web") buildWebApp(options.rebuild);
  const maxStudents = Math.max(...options.students, options.openLoop?.students ?? 0);

  let ceiling: SubmissionBenchResult["ceiling"] = [];
  if (options.ceiling ?? true) {
    console.log(`Ceiling: bare Node http server, ${options.seconds} s per concurrency …`);
    ceiling = await measureCeiling(options.students, options.seconds);
  }

  const url = template.copy("submissions");
  const run = await openRunDatabase(url);
  const population = await createLoadPopulation(run.db, { students: maxStudents });
  const profileDir = options.profile ? scratchDir("cpu-profile") : null;
  const serve: ServeOptions = {
    databaseUrl: url,
    ...(profileDir ? { nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] } : {}),
  };
  const server = await (options.target === "web" ? startWebServer(serve) : startApiServer(serve));
  const target = new HttpTarget(server.url, maxStudents);
  const tally = new Tally();
  const students = population.usernames.map(
    (username, i) =>
      new SimulatedStudent(
        target,
        i,
        username,
        {
          assignmentId: population.assignmentId,
          password: population.password,
          distinctClientAddress: true,
        },
        tally,
      ),
  );
  try {
    // Forty students signing in at once from one address, as a school behind one NAT would.
    const oneAddress: Record<string, number> = {};
    await Promise.all(
      population.usernames.slice(0, 40).map(async (username) => {
        const r = await target.send(
          "POST",
          "/api/auth/sign-in/username",
          {},
          JSON.stringify({ username, password: population.password }),
        );
        oneAddress[r.status] = (oneAddress[r.status] ?? 0) + 1;
      }),
    );
    // With --signed-in-sessions N, all but N students get a session written into the database
    // instead of signing in (scrypt): on a busy machine 2,000 sign-ins take many minutes.
    const signingIn = Math.min(maxStudents, options.signInOverHttp ?? maxStudents);
    const preset = new Set(students.slice(signingIn));
    await giveSessions(run.db, [...preset], BENCH_SECRET);
    console.log(
      `Signing in ${signingIn} students over HTTP${preset.size ? ` (${preset.size} more with sessions written into the database)` : ""} and opening every attempt …`,
    );
    const signIn = await prepareStudents(students, 32, preset);
    const runs: LoadRun[] = [];
    for (const n of options.students) {
      console.log(`Closed loop: ${n} students, ${options.seconds} s …`);
      const r = await measured(server, tally, () =>
        runClosedLoop(
          students.slice(0, n),
          tally,
          options.seconds * 1000,
          options.warmupSeconds * 1000,
        ),
      );
      const c = ceiling.find((x) => x.connections === n);
      runs.push({ ...r, students: n, ceilingPerSecond: c?.perSecond ?? null });
    }
    let openLoop: SubmissionBenchResult["openLoop"] = null;
    if (options.openLoop) {
      const { students: n, perSecond } = options.openLoop;
      console.log(
        `Open loop: ${n} students, ${perSecond} submissions/s due, ${options.seconds} s …`,
      );
      const r = await measured(server, tally, () =>
        runOpenLoop(students.slice(0, n), tally, perSecond, options.seconds * 1000),
      );
      openLoop = { ...r, students: n, ceilingPerSecond: null };
    }
    const integrity = await checkIntegrity(run.db, population.assignmentId, tally);
    return {
      target: options.target === "web" ? "web app (next start)" : "API handler on bare Node http",
      oneAddress,
      signIn: {
        students: signIn.signedIn,
        seconds: signIn.signInSeconds,
        perSecond: signIn.signInsPerSecond,
        sessionsWritten: preset.size,
      },
      runs,
      openLoop,
      ceiling,
      integrity,
    };
  } finally {
    await target.close();
    await server.stop();
    await run.close();
    if (profileDir) {
      const { readdirSync } = await import("node:fs");
      for (const f of readdirSync(profileDir).filter((f) => f.endsWith(".cpuprofile"))) {
        printProfile(summarizeCpuProfile(join(profileDir, f)));
      }
    }
  }
}

export function printSubmissions(r: SubmissionBenchResult & { run?: RunInfo }): void {
  console.log(`\nAnswer submission: ${r.target}, embedded SQLite`);
  printRunInfo(r);
  console.log(
    `  sign-in: ${r.signIn.students} students in ${r.signIn.seconds.toFixed(1)} s (${r.signIn.perSecond.toFixed(0)}/s, 32 at a time)`,
  );
  console.log(
    `  40 students signing in at once from one address: ${Object.entries(r.oneAddress)
      .map(([status, n]) => `${n} × HTTP ${status}`)
      .join(", ")}`,
  );
  const head = [
    "students",
    "subs/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "errors",
    "server CPU ms/sub",
    "ceiling req/s",
    "ratio",
  ];
  console.log(`  ${head.map((h) => h.padStart(10)).join(" ")}`);
  const row = (x: LoadRun, label: string) => {
    const cells = [
      label,
      x.perSecond.toFixed(0),
      ms(x.latency.p50),
      ms(x.latency.p95),
      ms(x.latency.p99),
      String(x.errors),
      x.serverCpuMsPerSubmission.toFixed(2),
      x.ceilingPerSecond ? x.ceilingPerSecond.toFixed(0) : "",
      x.ceilingPerSecond ? `${((x.perSecond / x.ceilingPerSecond) * 100).toFixed(1)}%` : "",
    ];
    console.log(`  ${cells.map((c) => c.padStart(10)).join(" ")}`);
  };
  for (const x of r.runs) row(x, String(x.students));
  if (r.openLoop) {
    const o = r.openLoop;
    row(o, `${o.students} open`);
    console.log(
      `  open loop: ${o.offered} submissions fell due at ${(o.offered / (o.seconds || 1)).toFixed(0)}/s; ${o.submissions} acknowledged, ${o.notSent} not yet sent when the time was up`,
    );
  }
  for (const x of [...r.runs, ...(r.openLoop ? [r.openLoop] : [])]) {
    if (x.errors) console.log(`  errors at ${x.students}: ${JSON.stringify(x.errorKinds)}`);
  }
  console.log(
    `  load generator CPU: ${r.runs.map((x) => `${(x.clientCpuShare * 100).toFixed(0)}%`).join(", ")} of one core`,
  );
  console.log(`  ${describeIntegrity(r.integrity)}`);
}

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? "") : undefined;
}

export function submissionOptionsFromArgs(): SubmissionBenchOptions {
  return {
    students: (flag("students") ?? "100,500,2000").split(",").map(Number),
    seconds: Number(flag("seconds") ?? 15),
    warmupSeconds: Number(flag("warmup") ?? 3),
    target: flag("target") === "api" ? "api" : "web",
    openLoop:
      flag("open") === "off" ? null : { students: 500, perSecond: Number(flag("open") ?? 1000) },
    rebuild: process.argv.includes("--rebuild"),
    profile: process.argv.includes("--profile"),
    ceiling: !process.argv.includes("--no-ceiling"),
    ...(flag("sign-in") ? { signInOverHttp: Number(flag("sign-in")) } : {}),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const options = submissionOptionsFromArgs();
  const result = await recordRun(
    `submissions-${options.target}`,
    `npm run bench:submissions -w @studykit/bench -- ${process.argv.slice(2).join(" ")}`.trim(),
    () => benchSubmissions(options),
  );
  printSubmissions(result);
  if (!intact(result.integrity)) process.exitCode = 1;
}
