// study-kit: the command line. `derive <article.txt> [--json]`. Bad input exits 2 with one line.
import { readFileSync, statSync } from "node:fs";
import { deriveStudyKit } from "./derive";
import { ArticleError, MAX_ARTICLE_BYTES } from "./errors";
import { formatKit } from "./format";

const USAGE = "usage: study-kit derive <article.txt> [--json] [--all]";

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const processIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
};

class UsageError extends Error {}

function readArticleFile(path: string): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new UsageError(`${path} is a directory, not an article file`);
    size = stat.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot read ${path}: no such file`);
  }
  // Refuse before reading: a huge file should not be loaded only to be rejected.
  if (size > MAX_ARTICLE_BYTES) {
    throw new UsageError(
      `${path} is ${size.toLocaleString("en")} bytes; the limit is ${MAX_ARTICLE_BYTES.toLocaleString("en")} bytes`,
    );
  }
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw new UsageError(`${path} looks binary, not text`);
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  return text;
}

/** Runs the CLI and returns its exit code. */
export function run(argv: string[], io: Io = processIo): number {
  const args = argv.filter((a) => !a.startsWith("--"));
  const flags = new Set(argv.filter((a) => a.startsWith("--")));
  if (flags.has("--help") || args[0] === "help") {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const unknown = [...flags].filter((f) => f !== "--json" && f !== "--all");
  if (args[0] !== "derive" || args.length !== 2 || unknown.length) {
    io.err(
      `study-kit: ${unknown.length ? `unknown option ${unknown[0]}` : "expected one article file"}; ${USAGE}\n`,
    );
    return 2;
  }
  const path = args[1]!;
  try {
    const full = deriveStudyKit(readArticleFile(path));
    // The recommended set by default, as a teacher first sees it; every candidate with --all.
    const kit = flags.has("--all")
      ? full
      : { ...full, questions: full.questions.filter((q) => q.recommended) };
    io.out(flags.has("--json") ? `${JSON.stringify(kit, null, 2)}\n` : `${formatKit(kit)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof ArticleError) {
      io.err(`study-kit: ${e instanceof ArticleError ? `${path}: ` : ""}${e.message}\n`);
      return 2;
    }
    io.err(`study-kit: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
