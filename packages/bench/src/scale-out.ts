// Scale-out: the web app's production server as two processes sharing one PostgreSQL (durable
// settings), behind a round-robin TCP balancer on loopback. The same students and load as on
// SQLite, first against one process, then against both through the balancer; then every student
// sends one answer to both processes at once with the same idempotency key. Afterwards every
// acknowledged submission must be in the database once, and each double send must have been
// recorded once and replayed once.
import { ensureDatabase, resolveDatabaseConfig } from "@studykit/db";
import { startPostgresCluster } from "@studykit/db/testing";
import {
  eachLimited,
  HttpTarget,
  prepareStudents,
  runClosedLoop,
  SimulatedStudent,
  Tally,
  type PhaseResult,
} from "./load/driver";
import { openRunDatabase } from "./load/databases";
import { checkIntegrity, describeIntegrity, intact, type IntegrityReport } from "./load/integrity";
import { createLoadPopulation, giveSessions } from "./load/population";
import { ms } from "./load/stats";
import {
  BENCH_SECRET,
  buildWebApp,
  processTreeCpuMs,
  startRoundRobin,
  startWebServer,
  type ServerProcess,
} from "./servers/processes";
import { printRunInfo, recordRun, type RunInfo } from "./record";

export interface ScaleOutResult {
  students: number;
  one: PhaseResult & { cpuMsPerSubmission: number[] };
  two: PhaseResult & { cpuMsPerSubmission: number[] };
  doubleSends: { students: number; recordedOnce: number; recordedTwice: number; failed: number };
  integrity: IntegrityReport;
}

async function phase(
  servers: ServerProcess[],
  tally: Tally,
  run: () => Promise<PhaseResult>,
): Promise<PhaseResult & { cpuMsPerSubmission: number[] }> {
  const before = servers.map((s) => processTreeCpuMs(s.child.pid!));
  const acks0 = tally.acks.size;
  const r = await run();
  const acks = Math.max(1, tally.acks.size - acks0);
  return {
    ...r,
    cpuMsPerSubmission: servers.map((s, i) => (processTreeCpuMs(s.child.pid!) - before[i]!) / acks),
  };
}

export async function benchScaleOut(options: {
  students: number;
  seconds: number;
  warmupSeconds: number;
  rebuild: boolean;
  signInOverHttp?: number;
}): Promise<ScaleOutResult> {
  buildWebApp(options.rebuild);
  const cluster = await startPostgresCluster({ durable: true });
  const servers: ServerProcess[] = [];
  const targets: HttpTarget[] = [];
  try {
    const url = await cluster.createDatabase("bench_scale_out");
    await ensureDatabase({ config: resolveDatabaseConfig(url), seedIfEmpty: true });
    const run = await openRunDatabase(url);
    const population = await createLoadPopulation(run.db, { students: options.students });
    // Both processes share the session secret (BENCH_SECRET), as several app servers must.
    servers.push(...(await Promise.all([0, 1].map(() => startWebServer({ databaseUrl: url })))));
    const balancer = await startRoundRobin(servers);
    const direct = servers.map((s) => new HttpTarget(s.url, options.students));
    const balanced = new HttpTarget(balancer.url, options.students);
    targets.push(...direct, balanced);

    const tally = new Tally();
    const driver = {
      assignmentId: population.assignmentId,
      password: population.password,
      distinctClientAddress: true,
    };
    const students = population.usernames.map(
      (username, i) => new SimulatedStudent(balanced, i, username, driver, tally),
    );
    // As in the submissions benchmark, `signInOverHttp` lets the rest start with sessions written
    // into the database (scrypt sign-ins are slow on a busy machine).
    const preset = new Set(students.slice(options.signInOverHttp ?? students.length));
    await giveSessions(run.db, [...preset], BENCH_SECRET);
    console.log(
      `Signing in ${students.length - preset.size} students through the balancer (${preset.size} with sessions written into the database) …`,
    );
    await prepareStudents(students, 32, preset);

    // One process: the same students, straight to the first server (their sessions are in the
    // shared database, so they are valid on either).
    const onFirst = students.map((s, i) => {
      const twin = new SimulatedStudent(direct[0]!, i, s.username, driver, tally);
      twin.cookie = s.cookie;
      return twin;
    });
    await eachLimited(onFirst, 128, (s) => s.openAttempt());
    console.log(`One process: ${options.students} students, ${options.seconds} s …`);
    const one = await phase(servers.slice(0, 1), tally, () =>
      runClosedLoop(onFirst, tally, options.seconds * 1000, options.warmupSeconds * 1000),
    );
    console.log(
      `Two processes behind the balancer: ${options.students} students, ${options.seconds} s …`,
    );
    await eachLimited(students, 128, (s) => s.openAttempt());
    const two = await phase(servers, tally, () =>
      runClosedLoop(students, tally, options.seconds * 1000, options.warmupSeconds * 1000),
    );

    console.log("Every student sends one answer to both processes at once …");
    const doubleSends = { students: students.length, recordedOnce: 0, recordedTwice: 0, failed: 0 };
    await eachLimited(students, 64, async (s) => {
      const flags = await s.submitNextEverywhere(direct);
      const fresh = flags.filter((f) => f === false).length;
      if (flags.includes(null)) doubleSends.failed += 1;
      else if (fresh === 1) doubleSends.recordedOnce += 1;
      else doubleSends.recordedTwice += 1;
    });
    const integrity = await checkIntegrity(run.db, population.assignmentId, tally);
    await run.close();
    await balancer.stop();
    return { students: options.students, one, two, doubleSends, integrity };
  } finally {
    await Promise.all(targets.map((t) => t.close()));
    await Promise.all(servers.map((s) => s.stop()));
    cluster.stop();
  }
}

export function printScaleOut(r: ScaleOutResult & { run?: RunInfo }): void {
  console.log(
    `\nScale-out: web app on PostgreSQL 15 (durable), ${r.students} students, closed loop`,
  );
  printRunInfo(r);
  const line = (name: string, p: ScaleOutResult["one"]) =>
    console.log(
      `  ${name.padEnd(28)} ${p.perSecond.toFixed(0).padStart(6)} subs/s  p50 ${ms(p.latency.p50)} ms  p95 ${ms(p.latency.p95)} ms  p99 ${ms(p.latency.p99)} ms  errors ${p.errors}  app CPU ms/sub ${p.cpuMsPerSubmission.map((c) => c.toFixed(1)).join(" + ")}`,
    );
  line("one process", r.one);
  line("two processes, round-robin", r.two);
  const d = r.doubleSends;
  console.log(
    `  same answer to both processes at once: ${d.students} sent twice → recorded once ${d.recordedOnce}, twice ${d.recordedTwice}, failed ${d.failed}`,
  );
  console.log(`  ${describeIntegrity(r.integrity)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const result = await recordRun(
    "scale-out",
    `npm run bench:scale-out -w @studykit/bench -- ${process.argv.slice(2).join(" ")}`.trim(),
    () =>
      benchScaleOut({
        students: arg("students", 500),
        seconds: arg("seconds", 15),
        warmupSeconds: arg("warmup", 3),
        rebuild: process.argv.includes("--rebuild"),
        ...(process.argv.includes("--sign-in") ? { signInOverHttp: arg("sign-in", 500) } : {}),
      }),
  );
  printScaleOut(result);
  if (!intact(result.integrity) || result.doubleSends.recordedTwice) process.exitCode = 1;
}
