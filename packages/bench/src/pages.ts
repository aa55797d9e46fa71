// Pages: the first-load JavaScript of the quiz page (and a few others) from the `.next-bench`
// build output, checked against the scripts the served HTML actually loads; and the server render
// time of the teacher's class dashboard over the demo seed, then with 10,000 and 100,000
// synthetic responses added to the demo class.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Database } from "@studykit/db";
import { openRunDatabase, seededSqliteTemplate } from "./load/databases";
import { ms, Latencies, type LatencySummary } from "./load/stats";
import { BENCH_DIST_DIR, buildWebApp, startWebServer, WEB_DIR } from "./servers/processes";
import { printRunInfo, recordRun, type RunInfo } from "./record";

export interface RouteJs {
  route: string;
  files: number;
  bytes: number;
  gzipBytes: number;
}

const DIST = () => join(WEB_DIR, BENCH_DIST_DIR);

function sizes(files: Iterable<string>): { files: number; bytes: number; gzipBytes: number } {
  let n = 0;
  let bytes = 0;
  let gzipBytes = 0;
  for (const f of files) {
    const content = readFileSync(join(DIST(), f));
    n += 1;
    bytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files: n, bytes, gzipBytes };
}

/**
 * The JavaScript a first visit to an App Router route loads: the runtime every page shares
 * (rootMainFiles) and the chunks of every segment on the route's path (layouts, loading and
 * not-found boundaries, the page), from its client reference manifest. Error boundaries load
 * only when something fails, so they are not counted (the served HTML agrees).
 */
export function routeChunks(route: string): Set<string> {
  const build = JSON.parse(readFileSync(join(DIST(), "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  const manifestFile = join(DIST(), "server", "app", route, "page_client-reference-manifest.js");
  const text = readFileSync(manifestFile, "utf8");
  const json = text.slice(text.indexOf("= {") + 2).replace(/;\s*$/, "");
  const manifest = JSON.parse(json) as { entryJSFiles: Record<string, string[]> };
  const segments = route.split("/").filter(Boolean);
  const onPath = new Set([""]);
  for (let i = 1; i <= segments.length; i++) onPath.add(`/${segments.slice(0, i).join("/")}`);
  const chunks = new Set(build.rootMainFiles);
  for (const [entry, files] of Object.entries(manifest.entryJSFiles)) {
    const m = /\/src\/app(.*)\/(layout|page|loading|not-found|template)$/.exec(entry);
    if (m && onPath.has(m[1]!)) for (const f of files) chunks.add(f);
  }
  return chunks;
}

export function firstLoadJs(route: string): RouteJs {
  return { route, ...sizes(routeChunks(route)) };
}

/**
 * The scripts a served page's HTML loads (its <script src>), as build-relative paths; not the
 * `noModule` polyfills, which modern browsers skip.
 */
function scriptsInHtml(html: string): Set<string> {
  return new Set(
    [...html.matchAll(/<script[^>]+src="\/_next\/([^"]+)"[^>]*>/g)]
      .filter((m) => !/nomodule/i.test(m[0]))
      .map((m) => m[1]!),
  );
}

// ─── Synthetic responses ─────────────────────────────────────────────────────────────────────

const CLASS_ID = "seed-class";
const CLASS_SIZE = 30;
const DAY_MS = 86_400_000;

/**
 * Adds `responses` answers to the demo class: students up to a class of 30, and assignments over
 * the demo's question sets, each student making one or two submitted attempts at each.
 */
export async function addSyntheticResponses(db: Database, responses: number, now = new Date()) {
  const cls = await db.class.findUniqueOrThrow({
    where: { id: CLASS_ID },
    select: { teacherId: true, enrolments: { select: { studentId: true } } },
  });
  const students = cls.enrolments.map((e) => e.studentId);
  const extra = Array.from({ length: Math.max(0, CLASS_SIZE - students.length) }, (_, i) => ({
    id: `synthetic-student-${i}`,
    name: `Synthetic Student ${String(i + 1).padStart(2, "0")}`,
    email: `synthetic${i}@students.studykit.invalid`,
    username: `synthetic${i}`,
    role: "student" as const,
  }));
  if (extra.length) {
    await db.user.createMany({ data: extra });
    await db.enrolment.createMany({
      data: extra.map((s) => ({ classId: CLASS_ID, studentId: s.id })),
    });
    students.push(...extra.map((s) => s.id));
  }
  const sets = await db.questionSet.findMany({
    where: { id: { startsWith: "seed-set-" } },
    select: { id: true, items: { orderBy: { position: "asc" }, select: { questionId: true } } },
  });
  let written = 0;
  let a = await db.assignment.count({ where: { id: { startsWith: "synthetic-assignment-" } } });
  const first = a;
  let random = 1;
  const next = () => (random = (random * 48_271) % 2_147_483_647) / 2_147_483_647;
  while (written < responses) {
    const set = sets[a % sets.length]!;
    const opensAt = new Date(now.getTime() - (400 - (a % 365)) * DAY_MS);
    const assignmentId = `synthetic-assignment-${a}`;
    await db.assignment.create({
      data: {
        id: assignmentId,
        classId: CLASS_ID,
        setId: set.id,
        title: `Synthetic check-in ${a + 1}`,
        opensAt,
        dueAt: new Date(opensAt.getTime() + 7 * DAY_MS),
        feedback: "after_submit",
      },
    });
    const attempts = [];
    const answers = [];
    for (const studentId of students) {
      const tries = next() < 0.3 ? 2 : 1;
      for (let t = 1; t <= tries && written + answers.length < responses; t++) {
        const id = `synthetic-attempt-${a}-${studentId}-${t}`;
        const startedAt = new Date(opensAt.getTime() + (t * 3 + next()) * 3_600_000);
        let correct = 0;
        for (const item of set.items) {
          const ok = next() < 0.65;
          correct += ok ? 1 : 0;
          answers.push({
            attemptId: id,
            questionId: item.questionId,
            idempotencyKey: `${id}-${item.questionId}`.slice(0, 64),
            given: { type: "text", text: ok ? "right" : "wrong" },
            correct: ok,
            score: ok ? 1 : 0,
            timeTakenMs: 5_000 + Math.floor(next() * 20_000),
            answeredAt: startedAt,
          });
        }
        attempts.push({
          id,
          studentId,
          assignmentId,
          number: t,
          status: "submitted" as const,
          layout: { questionIds: set.items.map((i) => i.questionId) },
          questionCount: set.items.length,
          correctCount: correct,
          score: correct / set.items.length,
          startedAt,
          lastActivityAt: startedAt,
          submittedAt: startedAt,
        });
      }
    }
    await db.attempt.createMany({ data: attempts });
    for (let i = 0; i < answers.length; i += 500) {
      await db.answer.createMany({ data: answers.slice(i, i + 500) });
    }
    written += answers.length;
    a += 1;
  }
  return { students: students.length, assignments: a - first, answers: written };
}

// ─── Render time ─────────────────────────────────────────────────────────────────────────────

export interface DashboardRender {
  added: number;
  answersInClass: number;
  assignments: number;
  students: number;
  page: LatencySummary;
  pageBytes: number;
  /** The dashboard's tRPC query alone, for attribution. */
  query: LatencySummary;
}

async function timeGets(url: string, cookie: string, runs: number) {
  const times = new Latencies();
  let bytes = 0;
  for (let i = 0; i < runs + 2; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${body.slice(0, 200)}`);
    if (i >= 2) times.add(performance.now() - t0); // the first two warm the route up
    bytes = body.length;
  }
  return { summary: times.summary(), bytes };
}

export async function benchPages(options: { rebuild: boolean; runs: number; sizes: number[] }) {
  buildWebApp(options.rebuild);
  const routes = [
    "/student/attempts/[attemptId]",
    "/student",
    "/teacher/classes/[classId]/dashboard",
    "/sign-in",
  ];
  const js = routes.map(firstLoadJs);

  const template = await seededSqliteTemplate();
  const dashboards: DashboardRender[] = [];
  let htmlCheck: {
    manifest: number;
    html: number;
    missingFromManifest: string[];
    missingFromPage: string[];
  } | null = null;
  let previous = 0;
  const url = template.copy("pages");
  const run = await openRunDatabase(url);
  try {
    for (const size of options.sizes) {
      if (size > previous) await addSyntheticResponses(run.db, size - previous);
      previous = size;
      const server = await startWebServer({ databaseUrl: url });
      try {
        const signIn = await fetch(`${server.url}/api/auth/sign-in/username`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ username: "teacher", password: "teach-studykit" }),
        });
        const cookie = signIn.headers
          .getSetCookie()
          .map((c) => c.split(";")[0])
          .join("; ");
        const page = await timeGets(
          `${server.url}/teacher/classes/${CLASS_ID}/dashboard`,
          cookie,
          options.runs,
        );
        const input = encodeURIComponent(JSON.stringify({ json: { classId: CLASS_ID } }));
        const query = await timeGets(
          `${server.url}/api/trpc/dashboard.class?input=${input}`,
          cookie,
          options.runs,
        );
        const [answersInClass, assignments, students] = await Promise.all([
          run.db.answer.count({ where: { attempt: { assignment: { classId: CLASS_ID } } } }),
          run.db.assignment.count({ where: { classId: CLASS_ID } }),
          run.db.enrolment.count({ where: { classId: CLASS_ID } }),
        ]);
        dashboards.push({
          added: size,
          answersInClass,
          assignments,
          students,
          page: page.summary,
          pageBytes: page.bytes,
          query: query.summary,
        });
        if (!htmlCheck) {
          // Cross-check the build-output figure with what a served quiz page really loads.
          const student = await fetch(`${server.url}/api/auth/sign-in/username`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ username: "amira", password: "learn-studykit" }),
          });
          const studentCookie = student.headers
            .getSetCookie()
            .map((c) => c.split(";")[0])
            .join("; ");
          const article = await run.db.article.findFirstOrThrow({ select: { id: true } });
          const practice = await fetch(`${server.url}/api/trpc/attempts.practice`, {
            method: "POST",
            headers: { "content-type": "application/json", cookie: studentCookie },
            body: JSON.stringify({ json: { articleId: article.id, count: 5 } }),
          });
          const { attemptId } = (
            (await practice.json()) as { result: { data: { json: { attemptId: string } } } }
          ).result.data.json;
          const html = await (
            await fetch(`${server.url}/student/attempts/${attemptId}`, {
              headers: { cookie: studentCookie },
            })
          ).text();
          const fromHtml = scriptsInHtml(html);
          const fromManifest = routeChunks("/student/attempts/[attemptId]");
          htmlCheck = {
            manifest: fromManifest.size,
            html: fromHtml.size,
            missingFromManifest: [...fromHtml].filter((f) => !fromManifest.has(f)),
            missingFromPage: [...fromManifest].filter((f) => !fromHtml.has(f)),
          };
        }
      } finally {
        await server.stop();
      }
    }
  } finally {
    await run.close();
  }
  return { js, htmlCheck, dashboards };
}

export function printPages(r: Awaited<ReturnType<typeof benchPages>> & { run?: RunInfo }): void {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
  console.log("\nFirst-load JavaScript (build output, .next-bench):");
  printRunInfo(r);
  for (const x of r.js) {
    console.log(
      `  ${x.route.padEnd(40)} ${kb(x.gzipBytes).padStart(10)} gzip  ${kb(x.bytes).padStart(10)} raw  (${x.files} files)`,
    );
  }
  if (r.htmlCheck) {
    console.log(
      `  served quiz page loads ${r.htmlCheck.html} scripts, the build output names ${r.htmlCheck.manifest}; in the page only: ${r.htmlCheck.missingFromManifest.join(", ") || "none"}; counted only: ${r.htmlCheck.missingFromPage.join(", ") || "none"}`,
    );
  }
  console.log("\nTeacher's class dashboard, server render (GET over loopback, whole body):");
  for (const d of r.dashboards) {
    console.log(
      `  seed + ${String(d.added).padStart(6)} responses (${d.answersInClass} answers, ${d.assignments} assignments, ${d.students} students): page p50 ${ms(d.page.p50)} ms, p95 ${ms(d.page.p95)} ms, ${(d.pageBytes / 1024).toFixed(0)} KiB; dashboard.class query p50 ${ms(d.query.p50)} ms`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await recordRun(
    "pages",
    `npm run bench:pages -w @studykit/bench -- ${process.argv.slice(2).join(" ")}`.trim(),
    () =>
      benchPages({
        rebuild: process.argv.includes("--rebuild"),
        runs: 10,
        sizes: [0, 10_000, 100_000],
      }),
  );
  printPages(result);
}
