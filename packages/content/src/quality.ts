// The judged development set: which articles, where their verdicts live, and the tallies the
// `quality` command prints. A verdict belongs to a question's exact text (type, prompt, options
// and answer), so a question that changes in any way is judged again. The file keeps a hash of
// that text, not the text: the corpus articles' sentences are read in place, never copied here.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deriveStudyKit } from "./derive";
import { hashText } from "./hash";
import type { Question, StudyKit } from "./types";
import { validateQuestions } from "./validate";

export type Verdict = "good" | "weak" | "bad";

export interface Judgement {
  article: string;
  type: string;
  /** questionKey: a hash of the question's type, prompt, options and answer. */
  key: string;
  verdict: Verdict;
  tags: string[];
  note: string;
}

const packageRoot = fileURLToPath(new URL("..", import.meta.url));
export const QUALITY_DIR = path.join(packageRoot, "quality");
const repoRoot = path.resolve(packageRoot, "../..");

/** ../shared/corpus beside the checkout, or the workplace's fixed path for a clone elsewhere. */
export function corpusDir(): string | undefined {
  return [
    process.env.STUDYKIT_CORPUS_DIR,
    path.resolve(repoRoot, "../shared/corpus"),
    "/work/shared/corpus",
  ].find((p): p is string => !!p && existsSync(p));
}

export interface DevArticle {
  /** The name verdicts are filed under: the file's base name. */
  name: string;
  /** Where the text is, or undefined when the corpus is not on this machine. */
  file: string | undefined;
}

export function devSet(): DevArticle[] {
  const corpus = corpusDir();
  return readFileSync(path.join(QUALITY_DIR, "dev-set.txt"), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => {
      const [where, rel] = l.split(/:(.*)/s) as [string, string];
      const file =
        where === "package" ? path.join(packageRoot, rel) : corpus && path.join(corpus, rel);
      return { name: path.basename(rel), file: file && existsSync(file) ? file : undefined };
    });
}

export function optionsText(q: Question): string {
  if (q.type === "matching")
    return `${q.options.left.join(" | ")} || ${q.options.right.join(" | ")}`;
  if (q.type === "true_false") return "True | False";
  return q.options ? q.options.join(" | ") : "";
}

export function answerText(q: Question): string {
  if (q.type === "matching") return q.answer.map((p) => `${p.left} -> ${p.right}`).join("; ");
  if (q.type === "open") return q.modelAnswer;
  if (q.type === "true_false") return q.answer ? "True" : "False";
  return q.answer;
}

const clean = (s: string) => s.replace(/[\t\r\n]+/g, " ").trim();

/** The key a verdict is filed under: the question's exact text, hashed. */
export function textKey(type: string, prompt: string, options: string, answer: string): string {
  return hashText([type, clean(prompt), clean(options), clean(answer)].join("\t")).slice(0, 20);
}

export function questionKey(article: string, q: Question): string {
  return `${article}\t${textKey(q.type, q.prompt, optionsText(q), answerText(q))}`;
}

export function loadVerdicts(
  file = path.join(QUALITY_DIR, "verdicts.tsv"),
): Map<string, Judgement> {
  const verdicts = new Map<string, Judgement>();
  const lines = readFileSync(file, "utf8").split("\n").slice(1);
  for (const line of lines) {
    if (!line.trim()) continue;
    const [article, type, key, verdict, tags, note] = line.split("\t");
    if (verdict !== "good" && verdict !== "weak" && verdict !== "bad")
      throw new Error(`verdicts.tsv: "${verdict}" is not good, weak or bad: ${line.slice(0, 80)}`);
    const j: Judgement = {
      article: article!,
      type: type!,
      key: key!,
      verdict,
      tags: (tags ?? "").split(",").filter((t) => t && t !== "-"),
      note: note ?? "",
    };
    verdicts.set(`${j.article}\t${j.key}`, j);
  }
  return verdicts;
}

/**
 * Rows a reviewer filled in (article, type, prompt, options, answer, verdict, tags, note, as
 * `--unjudged` writes them) as verdict rows: the text becomes its key.
 */
export function verdictRows(judged: string): string[] {
  return judged
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => {
      const [article, type, prompt, options, answer, verdict, tags, note] = l.split("\t");
      if (verdict !== "good" && verdict !== "weak" && verdict !== "bad")
        throw new Error(`not judged: ${l.slice(0, 80)}`);
      const key = textKey(type!, prompt!, options ?? "", answer ?? "");
      return [article, type, key, verdict, tags || "-", note ?? ""].join("\t");
    });
}

export interface ArticleQuality {
  name: string;
  recommended: number;
  good: number;
  weak: number;
  bad: number;
  unjudged: Question[];
  /** Recommended questions judged bad: must never happen. */
  badRecommended: Question[];
  candidates: number;
  /** The validator's tally over the kit: questions checked and rejected (none should be). */
  validatorRejected: number;
  /** Candidates the validator rejected while the kit was derived, by rule. */
  rejectedByRule: Record<string, number>;
}

export function assessKit(
  name: string,
  kit: StudyKit,
  verdicts: Map<string, Judgement>,
  rejectedByRule: Record<string, number> = {},
): ArticleQuality {
  const recommended = kit.questions.filter((q) => q.recommended);
  const out: ArticleQuality = {
    name,
    recommended: recommended.length,
    good: 0,
    weak: 0,
    bad: 0,
    unjudged: [],
    badRecommended: [],
    candidates: kit.questions.length,
    validatorRejected: validateQuestions(kit.questions, { sentences: kit.article.sentences })
      .rejected.length,
    rejectedByRule,
  };
  for (const q of recommended) {
    const j = verdicts.get(questionKey(name, q));
    if (!j) out.unjudged.push(q);
    else {
      out[j.verdict]++;
      if (j.verdict === "bad") out.badRecommended.push(q);
    }
  }
  return out;
}

export function assessDevSet(verdicts = loadVerdicts()): ArticleQuality[] {
  return devSet()
    .filter((a) => a.file)
    .map((a) => {
      const byRule: Record<string, number> = {};
      const kit = deriveStudyKit(readFileSync(a.file!, "utf8"), {
        onRejected: (_q, issues) => {
          for (const rule of new Set(issues.map((i) => i.rule)))
            byRule[rule] = (byRule[rule] ?? 0) + 1;
        },
      });
      return assessKit(a.name, kit, verdicts, byRule);
    });
}
