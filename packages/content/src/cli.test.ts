// The study-kit command, run as a real Node process the way a user runs it.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_ARTICLE_PATH, readDefaultArticle } from "./default-article";
import { deriveStudyKit } from "./derive";
import { MAX_ARTICLE_BYTES } from "./errors";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
const bin = "packages/content/bin/study-kit.mjs";

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

const tmp = mkdtempSync(path.join(tmpdir(), "study-kit-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function tempFile(name: string, content: string | Buffer): string {
  const file = path.join(tmp, name);
  writeFileSync(file, content);
  return file;
}

describe("study-kit derive on the shipped article", () => {
  it("prints a readable kit: the facts, then each question with its answer", async () => {
    const { code, stdout, stderr } = await runCli(["derive", DEFAULT_ARTICLE_PATH]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Cross-Border Strikes and Ceasefire Deadlock/);
    expect(stdout).toContain("KEY FACTS");
    expect(stdout).toContain("Answer:");
    expect(stdout.indexOf("KEY FACTS")).toBeLessThan(stdout.indexOf("QUESTIONS"));
    const kit = deriveStudyKit(readDefaultArticle());
    // The recommended set by default, in the kit's order (best first).
    const recommended = kit.questions.filter((q) => q.recommended);
    expect(stdout.match(/^\s+Answer: /gm)).toHaveLength(recommended.length);
    expect(stdout).toContain(recommended[0]!.prompt);
    expect(stdout).not.toContain(kit.questions.find((q) => !q.recommended)!.prompt);
  });

  it("prints every candidate with --all, the recommended ones marked", async () => {
    const { code, stdout } = await runCli(["derive", DEFAULT_ARTICLE_PATH, "--all"]);
    expect(code).toBe(0);
    const kit = deriveStudyKit(readDefaultArticle());
    expect(stdout.match(/^\s+Answer: /gm)).toHaveLength(kit.questions.length);
    expect(stdout.match(/^\s*\d+\.\*/gm)).toHaveLength(
      kit.questions.filter((q) => q.recommended).length,
    );
  });

  it("prints the kit as JSON with --json, with answers typed as the spec says", async () => {
    const { code, stdout, stderr } = await runCli([
      "derive",
      DEFAULT_ARTICLE_PATH,
      "--json",
      "--all",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(["article", "facts", "questions"]));
    expect(json.article.hash).toMatch(/^[0-9a-f]{64}$/);
    const types = new Set<string>();
    for (const q of json.questions) {
      types.add(q.type);
      switch (q.type) {
        case "true_false":
          expect(typeof q.answer).toBe("boolean");
          break;
        case "matching":
          expect(Array.isArray(q.answer)).toBe(true);
          for (const pair of q.answer) {
            expect(pair).toEqual({ left: expect.any(String), right: expect.any(String) });
          }
          break;
        case "open":
          expect(q.answer).toBeNull();
          break;
        case "cloze":
          expect(typeof q.answer).toBe("string");
          expect(q.prompt).toContain("____");
          break;
        default:
          expect(typeof q.answer).toBe("string");
          expect(q.options).toContain(q.answer);
      }
    }
    expect(types.size).toBe(7);
    // The same bytes as the library gives in this process: deterministic across processes.
    expect(stdout).toBe(`${JSON.stringify(deriveStudyKit(readDefaultArticle()), null, 2)}\n`);
  });
});

describe.concurrent("study-kit derive on bad input", () => {
  const cases: [string, () => string[]][] = [
    ["a missing file", () => ["derive", path.join(tmp, "no-such-article.txt")]],
    ["a directory", () => ["derive", tmp]],
    ["an empty file", () => ["derive", tempFile("empty.txt", "")]],
    [
      "a binary file",
      () => ["derive", tempFile("image.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))],
    ],
    ["text with no sentences", () => ["derive", tempFile("dashes.txt", "--- *** ...\n\n!!!\n")]],
    [
      "a file over 1 MB",
      () => ["derive", tempFile("huge.txt", "The river rose. ".repeat(MAX_ARTICLE_BYTES / 16 + 1))],
    ],
    ["no file argument", () => ["derive"]],
    ["an unknown option", () => ["derive", DEFAULT_ARTICLE_PATH, "--yaml"]],
  ];

  it.each(cases)("exits 2 with one clear line on stderr for %s", async (_what, args) => {
    const { code, stdout, stderr } = await runCli(args());
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.endsWith("\n")).toBe(true);
    expect(stderr.trimEnd().split("\n"), stderr).toHaveLength(1);
    expect(stderr).toMatch(/^study-kit: /);
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+|Error:|node:internal/);
  });

  it("says what is wrong with the file", async () => {
    const missing = await runCli(["derive", path.join(tmp, "gone.txt")]);
    expect(missing.stderr).toMatch(/gone\.txt/);
    const empty = await runCli(["derive", tempFile("blank.txt", "  \n\n ")]);
    expect(empty.stderr).toMatch(/empty/);
    const big = await runCli(["derive", tempFile("big.txt", "x".repeat(MAX_ARTICLE_BYTES + 1))]);
    expect(big.stderr).toMatch(/limit/);
  });
});
