// `npm run bench`: every benchmark in turn, then the figures together. Each part also runs on its
// own (see docs/BENCHMARKS.md). `--only submissions,scale-out,pages,profile` picks parts.
import { cpus, totalmem } from "node:os";
import { execFileSync } from "node:child_process";
import { benchPages, printPages } from "./pages.ts";
import { printSubmissionPath, profileSubmissionPath } from "./profile/submission-path.ts";
import { benchScaleOut, printScaleOut } from "./scale-out.ts";
import {
  benchSubmissions,
  printSubmissions,
  saveResult,
  submissionOptionsFromArgs,
} from "./submissions.ts";
import { intact } from "./load/integrity.ts";
import { buildWebApp } from "./servers/processes.ts";

const onlyArg = process.argv.indexOf("--only");
const only = new Set(
  onlyArg >= 0
    ? process.argv[onlyArg + 1]!.split(",")
    : ["submissions", "scale-out", "pages", "profile"],
);

const load = execFileSync("uptime", { encoding: "utf8" }).trim();
console.log(
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`,
);
console.log(`Load before the run: ${load}`);

// Figures come from this code: build the web app afresh unless told the build is current.
if (
  !process.argv.includes("--no-build") &&
  ["submissions", "scale-out", "pages"].some((p) => only.has(p))
) {
  buildWebApp(true);
}

const printed: (() => void)[] = [];
let failed = false;

if (only.has("profile")) {
  const p = await profileSubmissionPath();
  saveResult("submission-path", p);
  printed.push(() => printSubmissionPath(p));
}
if (only.has("submissions")) {
  const r = await benchSubmissions({ ...submissionOptionsFromArgs(), rebuild: false });
  saveResult("submissions-web", r);
  printed.push(() => printSubmissions(r));
  failed ||= !intact(r.integrity);
}
if (only.has("scale-out")) {
  const r = await benchScaleOut({ students: 500, seconds: 15, warmupSeconds: 3, rebuild: false });
  saveResult("scale-out", r);
  printed.push(() => printScaleOut(r));
  failed ||= !intact(r.integrity) || r.doubleSends.recordedTwice > 0;
}
if (only.has("pages")) {
  const r = await benchPages({ rebuild: false, runs: 10, sizes: [0, 10_000, 100_000] });
  saveResult("pages", r);
  printed.push(() => printPages(r));
}

console.log(
  `\n════ Figures ════  (load after the run: ${execFileSync("uptime", { encoding: "utf8" }).trim()})`,
);
for (const print of printed) print();
if (failed) {
  console.log("\nA database check failed: see above.");
  process.exitCode = 1;
}
