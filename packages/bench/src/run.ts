// `npm run bench`: every benchmark in turn, each saved to results/<name>.json with the load
// average at its start and end, then the figures together. Each part also runs on its own (see
// docs/BENCHMARKS.md); `--only content,profile,submissions,submissions-api,scale-out,pages` picks
// parts. At the end the figures in docs/BENCHMARKS.md are rewritten from results/ (as
// `npm run bench:report` does; `--no-report` leaves the document alone).
import { benchContent, printContent } from "./content";
import { intact } from "./load/integrity";
import { benchPages, printPages } from "./pages";
import { printSubmissionPath, profileSubmissionPath } from "./profile/submission-path";
import { machine, recordRun } from "./record";
import { writeReport } from "./report";
import { benchScaleOut, printScaleOut } from "./scale-out";
import { buildWebApp } from "./servers/processes";
import { benchSubmissions, printSubmissions, submissionOptionsFromArgs } from "./submissions";

const PARTS = ["content", "profile", "submissions", "submissions-api", "scale-out", "pages"];
const onlyArg = process.argv.indexOf("--only");
const only = new Set(onlyArg >= 0 ? process.argv[onlyArg + 1]!.split(",") : PARTS);
const passed = process.argv
  .slice(2)
  .filter((a, i, all) => a !== "--only" && all[i - 1] !== "--only" && a !== "--no-report")
  .join(" ");
const command = (part: string) =>
  `npm run bench -w @studykit/bench -- --only ${part} ${passed}`.trim();

const m = machine();
console.log(
  `Machine: ${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}; parts: ${[...only].join(", ")}`,
);

// Figures come from this code: build the web app afresh unless told the build is current.
if (
  !process.argv.includes("--no-build") &&
  ["submissions", "scale-out", "pages"].some((p) => only.has(p))
) {
  buildWebApp(true);
}

const printed: (() => void)[] = [];
let failed = false;

if (only.has("content")) {
  const r = await recordRun("content", command("content"), benchContent);
  printed.push(() => printContent(r));
}
if (only.has("profile")) {
  const r = await recordRun("submission-path", command("profile"), () =>
    profileSubmissionPath(1000, true),
  );
  printed.push(() => printSubmissionPath(r));
}
for (const target of ["web", "api"] as const) {
  const part = target === "web" ? "submissions" : "submissions-api";
  if (!only.has(part)) continue;
  const r = await recordRun(`submissions-${target}`, command(part), () =>
    benchSubmissions({ ...submissionOptionsFromArgs(), target, rebuild: false }),
  );
  printed.push(() => printSubmissions(r));
  failed ||= !intact(r.integrity);
}
if (only.has("scale-out")) {
  const r = await recordRun("scale-out", command("scale-out"), () =>
    benchScaleOut({
      students: 500,
      seconds: 15,
      warmupSeconds: 3,
      rebuild: false,
      ...(submissionOptionsFromArgs().signInOverHttp !== undefined
        ? { signInOverHttp: submissionOptionsFromArgs().signInOverHttp }
        : {}),
    }),
  );
  printed.push(() => printScaleOut(r));
  failed ||= !intact(r.integrity) || r.doubleSends.recordedTwice > 0;
}
if (only.has("pages")) {
  const r = await recordRun("pages", command("pages"), () =>
    benchPages({ rebuild: false, runs: 10, sizes: [0, 10_000, 100_000] }),
  );
  printed.push(() => printPages(r));
}

console.log("\n════ Figures ════");
for (const print of printed) print();
if (!process.argv.includes("--no-report")) await writeReport();
if (failed) {
  console.log("\nA database check failed: see above.");
  process.exitCode = 1;
}
