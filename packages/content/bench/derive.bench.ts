// Benchmark: median time to derive a kit, warm in-process and as a cold CLI process, for the
// shipped article and a ~100 KB article. A script that prints figures, not a timed test.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { deriveStudyKit } from "../src/derive";
import { DEFAULT_ARTICLE_PATH, readDefaultArticle } from "../src/default-article";

const BIN = fileURLToPath(new URL("../bin/study-kit.mjs", import.meta.url));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** A long article made from the shipped one: its paragraphs again and again, figures varied. */
function longArticle(targetBytes: number): string {
  const [title, , ...rest] = readDefaultArticle().split("\n\n");
  const paragraphs = rest.filter((p) => p.length > 80 && !/Scroll to Top/.test(p));
  const out = [`${title} (extended)`];
  let size = out[0]!.length;
  for (let round = 0; size < targetBytes; round++) {
    for (const p of paragraphs) {
      const varied = p.replace(/\d+/g, (n) => String(Number(n) + round));
      out.push(varied);
      size += varied.length + 2;
      if (size >= targetBytes) break;
    }
  }
  return out.join("\n\n");
}

function warm(text: string, runs: number): number {
  for (let i = 0; i < 3; i++) deriveStudyKit(text);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    deriveStudyKit(text);
    times.push(performance.now() - t0);
  }
  return median(times);
}

function cold(path: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [BIN, "derive", path, "--json"], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`CLI failed: ${r.stderr.toString()}`);
  }
  return median(times);
}

const shipped = readDefaultArticle();
const long = longArticle(100_000);
const dir = mkdtempSync(join(tmpdir(), "studykit-bench-"));
const longPath = join(dir, "long-article.txt");
writeFileSync(longPath, long);

const kitShort = deriveStudyKit(shipped);
const kitLong = deriveStudyKit(long);
const rows = [
  ["shipped article", shipped, DEFAULT_ARTICLE_PATH, kitShort, 50],
  ["~100 KB article", long, longPath, kitLong, 10],
] as const;

console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
for (const [name, text, path, kit, runs] of rows) {
  const w = warm(text, runs);
  const c = cold(path, 5);
  console.log(
    `${name.padEnd(16)} ${String(Buffer.byteLength(text)).padStart(7)} bytes  ` +
      `${String(kit.facts.length).padStart(4)} facts ${String(kit.questions.length).padStart(4)} questions  ` +
      `warm median ${w.toFixed(1)} ms  cold CLI median ${c.toFixed(0)} ms`,
  );
}
