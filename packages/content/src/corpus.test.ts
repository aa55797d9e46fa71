// Every article in the shared Dawn corpus must give a valid, sensible kit, in-process and
// through the CLI's JSON. The corpus is read in place; its text is never copied into the repo.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { deriveStudyKit } from "./derive";
import { QUESTION_TYPES } from "./types";
import { danglingReferent } from "./standalone";
import { validateQuestion } from "./validate";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
// ../shared sits beside the checkout on the project's machines; a clone elsewhere (CI's
// scratch directory) finds it at the workplace's fixed path.
const corpusCandidates = [
  process.env.STUDYKIT_CORPUS_DIR,
  path.resolve(repoRoot, "../shared/corpus/dawn"),
  "/work/shared/corpus/dawn",
].filter((p): p is string => !!p);
const corpusDir = corpusCandidates.find((p) => existsSync(p)) ?? corpusCandidates[0]!;
const bin = path.join(repoRoot, "packages/content/bin/study-kit.mjs");

const corpusExists = existsSync(corpusDir) && statSync(corpusDir).isDirectory();
const files = corpusExists
  ? readdirSync(corpusDir)
      .filter((f) => !f.startsWith("."))
      .sort()
  : [];

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: repoRoot });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const PRONOUN = /^(it|he|she|they|we|i|you|this|that|these|those|his|her|their)$/i;
const isString = (v: unknown) => typeof v === "string";
const isStringArray = (v: unknown) => Array.isArray(v) && v.every(isString);

describe("the Dawn corpus", () => {
  it("is present", () => {
    expect(
      corpusExists,
      `corpus directory ${corpusDir} is missing: check out ../shared next to the repo or set STUDYKIT_CORPUS_DIR`,
    ).toBe(true);
    expect(files.length, `corpus directory ${corpusDir} holds no articles`).toBeGreaterThan(0);
  });

  describe.each(files)("%s", (file) => {
    const text = readFileSync(path.join(corpusDir, file), "utf8");
    let derived: ReturnType<typeof deriveStudyKit> | undefined;
    // Derived on first use, inside a test, so a crash fails that test rather than the file.
    const derive = () => (derived ??= deriveStudyKit(text));

    it("derives a kit with at least 4 facts and 10 valid questions", () => {
      const kit = derive();
      expect(kit.facts.length).toBeGreaterThanOrEqual(4);
      expect(kit.questions.length).toBeGreaterThanOrEqual(10);
      for (const q of kit.questions) {
        expect(validateQuestion(q, { sentences: kit.article.sentences }), q.prompt).toEqual([]);
      }
      expect(new Set(kit.questions.map((q) => q.id)).size).toBe(kit.questions.length);
    });

    it("reads a title and leaves the site's boilerplate out", () => {
      const { article } = derive();
      expect(article.title.length).toBeGreaterThan(10);
      expect(article.text).not.toMatch(/dear visitor|comments section|scroll to top/i);
      for (const s of article.sentences) expect(article.text.slice(s.start, s.end)).toBe(s.text);
    });

    it("offers clean options: no stray quotation mark, no pronoun as a source", () => {
      for (const q of derive().questions) {
        if (q.type !== "multiple_choice" && q.type !== "attribution" && q.type !== "numeric")
          continue;
        for (const o of q.options) {
          expect((o.split('"').length - 1) % 2, `option ${o} in: ${q.prompt}`).toBe(0);
          expect(o.replace(/^\W+/, ""), `option ${o} in: ${q.prompt}`).not.toMatch(PRONOUN);
        }
      }
    });

    it("never offers two options that name the same thing", () => {
      // E.g. "The minister" beside "The minister in a statement", or a surname beside the full name.
      for (const q of derive().questions) {
        if (q.type !== "multiple_choice" && q.type !== "attribution") continue;
        const words = q.options.map(
          (o) =>
            new Set(
              o
                .toLowerCase()
                .split(/[^\p{L}\p{N}]+/u)
                .filter((w) => w && w !== "the"),
            ),
        );
        words.forEach((a, i) =>
          words.forEach((b, j) => {
            if (i === j || a.size === 0) return;
            const within = [...a].every((w) => b.has(w));
            expect(within, `"${q.options[i]}" is part of "${q.options[j]}" in: ${q.prompt}`).toBe(
              false,
            );
          }),
        );
      }
    });

    it("turns many of the article's sentences into facts, each standing alone", () => {
      const kit = derive();
      const cited = new Set(kit.facts.flatMap((f) => f.sentenceIds));
      const long = kit.article.sentences.filter((s) => s.text.split(/\s+/).length >= 8);
      const covered = long.filter((s) => cited.has(s.id));
      // Sentences that lean on another's referent, lost words or fragments give no fact.
      expect(covered.length / long.length).toBeGreaterThanOrEqual(0.3);
      for (const f of kit.facts) expect(danglingReferent(f.text), f.text).toBeUndefined();
    });

    it("prints the same kit as JSON through the CLI, with the fixed field names", async () => {
      const { code, stdout, stderr } = await runCli([
        "derive",
        path.join(corpusDir, file),
        "--json",
        "--all",
      ]);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      const json = JSON.parse(stdout);

      expect(json.article.title).toEqual(expect.any(String));
      expect(json.article.hash).toMatch(/^[0-9a-f]{64}$/);
      for (const s of json.article.sentences) {
        expect(s).toEqual(
          expect.objectContaining({
            id: expect.any(String),
            text: expect.any(String),
            start: expect.any(Number),
            end: expect.any(Number),
          }),
        );
      }
      for (const f of json.facts) {
        expect(f).toEqual(
          expect.objectContaining({
            id: expect.any(String),
            text: expect.any(String),
            sentenceIds: expect.any(Array),
            stance: expect.stringMatching(/^(stated|attributed|alleged|opinion)$/),
            entities: expect.any(Array),
          }),
        );
        expect(f.attribution === null || isString(f.attribution)).toBe(true);
      }
      expect(json.questions.length).toBeGreaterThanOrEqual(10);
      for (const q of json.questions) {
        for (const key of ["options", "answer"]) expect(q).toHaveProperty(key);
        expect(QUESTION_TYPES).toContain(q.type);
        expect(isString(q.id) && isString(q.prompt) && isString(q.explanation)).toBe(true);
        expect(isStringArray(q.sourceSentenceIds) && isStringArray(q.factIds)).toBe(true);
        expect(["easy", "medium", "hard"]).toContain(q.difficulty);
      }

      // The CLI and the library agree byte for byte: derivation is deterministic across processes.
      expect(stdout).toBe(`${JSON.stringify(derive(), null, 2)}\n`);
    });
  });
});
