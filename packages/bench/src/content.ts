// Content: @studykit/content's own benchmark (packages/content/bench/derive.bench.ts: the shipped
// article and a ~100 KB article, warm in-process and as a cold CLI process), run as it is and its
// printed figures kept, so docs/BENCHMARKS.md can show them beside the others.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { recordRun, printRunInfo, type RunInfo } from "./record";
import { REPO_ROOT } from "./servers/processes";

export interface ContentRow {
  article: string;
  bytes: number;
  facts: number;
  questions: number;
  warmMedianMs: number;
  coldCliMedianMs: number;
}

const ROW =
  /^(.+?)\s+(\d+) bytes\s+(\d+) facts\s+(\d+) questions\s+warm median ([\d.]+) ms\s+cold CLI median ([\d.]+) ms/;

export function benchContent(): Promise<{ rows: ContentRow[]; output: string }> {
  const content = join(REPO_ROOT, "packages", "content");
  const r = spawnSync(join(REPO_ROOT, "node_modules", ".bin", "tsx"), ["bench/derive.bench.ts"], {
    cwd: content,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`the content benchmark failed: ${r.stderr}`);
  const rows = r.stdout.split("\n").flatMap((line) => {
    const m = ROW.exec(line.trim());
    return m
      ? [
          {
            article: m[1]!.trim(),
            bytes: Number(m[2]),
            facts: Number(m[3]),
            questions: Number(m[4]),
            warmMedianMs: Number(m[5]),
            coldCliMedianMs: Number(m[6]),
          },
        ]
      : [];
  });
  if (!rows.length) throw new Error(`no figures in the content benchmark's output:\n${r.stdout}`);
  return Promise.resolve({ rows, output: r.stdout.trim() });
}

export function printContent(r: { rows: ContentRow[]; run?: RunInfo }): void {
  console.log("\nContent: deriving a study kit (median)");
  printRunInfo(r);
  for (const x of r.rows) {
    console.log(
      `  ${x.article.padEnd(16)} ${String(x.bytes).padStart(7)} bytes  ${x.facts} facts, ${x.questions} questions  warm ${x.warmMedianMs} ms  cold CLI ${x.coldCliMedianMs} ms`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printContent(
    await recordRun("content", "npm run bench:content -w @studykit/bench", benchContent),
  );
}
