// `npm run quality -w @studykit/content`: re-derives every article of the judged development
// set and prints, per article and overall, good / weak / bad among the judged recommended
// questions, how many recommended questions are not judged yet, and the validator's counts.
// `--unjudged <file>` also writes the unjudged recommended questions as rows to fill in (with
// their text: keep that file outside the repository); `--import <file>` adds filled-in rows to
// quality/verdicts.tsv as keys, never replacing a verdict already there.
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  answerText,
  assessDevSet,
  devSet,
  loadVerdicts,
  optionsText,
  QUALITY_DIR,
  verdictRows,
  type ArticleQuality,
} from "./quality";

const pct = (n: number, d: number) => (d ? `${Math.round((100 * n) / d)}%` : "-");

function row(q: ArticleQuality | (Omit<ArticleQuality, "name"> & { name: string })): string {
  const judged = q.good + q.weak + q.bad;
  return [
    q.name.slice(0, 58).padEnd(58),
    String(q.recommended).padStart(4),
    String(q.candidates).padStart(5),
    `${q.good}/${q.weak}/${q.bad}`.padStart(9),
    pct(q.good, judged).padStart(5),
    pct(q.bad, judged).padStart(5),
    String(q.unjudged.length).padStart(9),
    String(q.validatorRejected).padStart(9),
  ].join(" ");
}

function importVerdicts(file: string): void {
  const known = loadVerdicts();
  const fresh = verdictRows(readFileSync(file, "utf8")).filter((row) => {
    const [article, , key] = row.split("\t");
    return !known.has(`${article}\t${key}`);
  });
  if (fresh.length) appendFileSync(path.join(QUALITY_DIR, "verdicts.tsv"), `${fresh.join("\n")}\n`);
  console.log(`imported ${fresh.length} verdicts from ${file}`);
}

function main(argv: string[]): number {
  const imported = argv.indexOf("--import");
  if (imported >= 0 && argv[imported + 1]) importVerdicts(argv[imported + 1]!);
  const at = argv.indexOf("--unjudged");
  const missing = devSet().filter((a) => !a.file);
  const results = assessDevSet();
  console.log(
    `${"article".padEnd(58)} ${"rec".padStart(4)} ${"cands".padStart(5)} ${"g/w/b".padStart(9)} ${"good".padStart(5)} ${"bad".padStart(5)} ${"unjudged".padStart(9)} ${"rejected".padStart(9)}`,
  );
  for (const r of results) console.log(row(r));
  const total = results.reduce(
    (t, r) => ({
      ...t,
      recommended: t.recommended + r.recommended,
      candidates: t.candidates + r.candidates,
      good: t.good + r.good,
      weak: t.weak + r.weak,
      bad: t.bad + r.bad,
      unjudged: [...t.unjudged, ...r.unjudged],
      badRecommended: [...t.badRecommended, ...r.badRecommended],
      validatorRejected: t.validatorRejected + r.validatorRejected,
      rejectedByRule: Object.fromEntries(
        [...new Set([...Object.keys(t.rejectedByRule), ...Object.keys(r.rejectedByRule)])].map(
          (k) => [k, (t.rejectedByRule[k] ?? 0) + (r.rejectedByRule[k] ?? 0)],
        ),
      ),
    }),
    {
      name: `overall (${results.length} articles)`,
      recommended: 0,
      candidates: 0,
      good: 0,
      weak: 0,
      bad: 0,
      unjudged: [],
      badRecommended: [],
      validatorRejected: 0,
      rejectedByRule: {},
    } as ArticleQuality,
  );
  console.log(row(total));
  console.log(
    "\nrec: recommended questions; cands: all candidates in the kit; g/w/b: verdicts on judged recommended questions;",
  );
  console.log("rejected: kit questions the validator rejects (a kit never holds one; 0 expected).");
  const byRule = Object.entries(total.rejectedByRule).sort((a, b) => b[1] - a[1]);
  console.log(
    `\nvalidator, while deriving: ${byRule.reduce((n, [, c]) => n + c, 0)} candidates rejected (${byRule
      .map(([rule, n]) => `${rule} ${n}`)
      .join(", ")})`,
  );
  if (missing.length)
    console.log(`\nnot on this machine (corpus missing): ${missing.map((m) => m.name).join(", ")}`);
  if (at >= 0 && argv[at + 1]) {
    const lines = results.flatMap((r) =>
      r.unjudged.map((q) =>
        [r.name, q.type, q.prompt, optionsText(q), answerText(q), "", "", ""]
          .map((s) => s.replace(/[\t\r\n]+/g, " ").trim())
          .join("\t"),
      ),
    );
    writeFileSync(argv[at + 1]!, `${lines.join("\n")}\n`);
    console.log(`\nwrote ${lines.length} unjudged questions to ${argv[at + 1]}`);
  }
  return total.badRecommended.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
