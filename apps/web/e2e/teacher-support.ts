// Helpers for the teacher E2E tests: the demo teacher's browser, articles to review, where focus
// is, downloads read back, and a fresh teacher.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Download, Page } from "playwright-core";
import { expect } from "vitest";
import { createTeacherInvitation } from "@studykit/api";
import { deriveStudyKit } from "@studykit/content";
import { DEMO_TEACHER, storeStudyKit } from "@studykit/db";
import { closeE2eDatabase, e2eDatabase } from "./student-fixtures";
import { launchBrowser, newPage, signIn, submitAuthForm } from "./support";

/** A unique suffix, so tests can share the run's database without colliding. */
export const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** A browser of the test file's own with the demo teacher signed in (for its beforeAll). */
export async function openAsDemoTeacher(): Promise<{ browser: Browser; teacher: Page }> {
  const browser = await launchBrowser();
  const teacher = await newPage(browser);
  await signIn(teacher, "teacher", "teach-studykit");
  return { browser, teacher };
}

/**
 * After a file's tests: what it stored deleted (`deleteOwnData`), its connection to the run's
 * database closed, and its browser.
 */
export async function closeSession(
  browser: Browser | undefined,
  deleteOwnData?: () => Promise<void>,
): Promise<void> {
  await deleteOwnData?.();
  await closeE2eDatabase();
  await browser?.close();
}

/** The shared corpus's Dawn articles, read at test time and never copied into the repository. */
export function dawnCorpusDir(): string {
  const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
  const corpusDir = [
    process.env.STUDYKIT_CORPUS_DIR,
    path.resolve(repoRoot, "../shared/corpus/dawn"),
    "/work/shared/corpus/dawn",
  ].find((p): p is string => !!p && existsSync(p));
  if (!corpusDir) throw new Error("the Dawn corpus (../shared/corpus/dawn) is missing");
  return corpusDir;
}

/** A Dawn article's text, by the start of its file name. */
export function dawnArticle(name: string): string {
  const corpusDir = dawnCorpusDir();
  const file = readdirSync(corpusDir).find((f) => f.startsWith(name));
  if (!file) throw new Error(`the Dawn article ${name}… is missing`);
  return readFileSync(path.join(corpusDir, file), "utf8");
}

/** Stores `text` as a new article from the demo teacher, every question pending review. */
export async function storePendingArticle(text: string): Promise<string> {
  const stored = await storeStudyKit(e2eDatabase(), deriveStudyKit(text), {
    addedById: DEMO_TEACHER.id,
    reviewStatus: "pending",
  });
  return stored.articleId;
}

/** Deletes a test's article (if it was stored) and the sets made from it. */
export async function deleteArticle(articleId: string): Promise<void> {
  if (!articleId) return;
  const db = e2eDatabase();
  await db.questionSet.deleteMany({ where: { items: { some: { question: { articleId } } } } });
  await db.article.delete({ where: { id: articleId } });
}

/** Where an article's questions are reviewed. */
export const reviewPath = (articleId: string) => `/teacher/articles/${articleId}/review`;

/** Opens a page and waits until it has hydrated enough to respond to clicks and keys. */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
}

/**
 * Shows the review's recommended set or its other candidates ("More candidates"), whichever the
 * question a test wants is in.
 */
export async function showReviewView(page: Page, recommended: boolean): Promise<void> {
  const name = recommended ? /^Recommended \(\d+\)$/ : /^More candidates \(\d+\)$/;
  const button = page.getByRole("button", { name });
  if ((await button.getAttribute("aria-pressed")) !== "true") await button.click();
  await page.getByRole("button", { name, pressed: true }).waitFor();
}

/** The focused element, described by its label, aria-label or text. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement & { labels?: NodeListOf<HTMLLabelElement> };
    if (!el || el === document.body) return "";
    return (
      el.getAttribute("aria-label") ??
      el.labels?.[0]?.textContent ??
      el.textContent ??
      ""
    ).trim();
  });
}

export function focusInsideDialog(page: Page): Promise<boolean> {
  return page.evaluate(
    () => !!document.querySelector("dialog[open]")?.contains(document.activeElement),
  );
}

/** Clicks something that downloads a file and returns its name and text (BOM removed). */
export async function downloadOf(
  page: Page,
  trigger: () => Promise<void>,
): Promise<{ filename: string; text: string }> {
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent("download"),
    trigger(),
  ]);
  const path = await download.path();
  const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  return { filename: download.suggestedFilename(), text };
}

/** Splits simple CSV (no embedded newlines) into rows of fields. */
export function csvRows(text: string): string[][] {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => {
      const fields: string[] = [];
      let field = "";
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const c = line[i]!;
        if (quoted) {
          if (c === '"' && line[i + 1] === '"') {
            field += '"';
            i++;
          } else if (c === '"') quoted = false;
          else field += c;
        } else if (c === '"') quoted = true;
        else if (c === ",") {
          fields.push(field);
          field = "";
        } else field += c;
      }
      fields.push(field);
      return fields;
    });
}

/**
 * Signs up a brand-new teacher, who has no classes or sets yet, through an invitation link (the
 * only way to a teacher's account; foundation.test.ts makes one on the page).
 */
export async function signUpTeacher(page: Page, name: string): Promise<string> {
  const username = `t${unique()}`.slice(0, 20);
  const { code } = await createTeacherInvitation(e2eDatabase(), {
    invitedById: DEMO_TEACHER.id,
    now: new Date(),
  });
  await page.goto(`/sign-up?invitation=${code}`);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Email").fill(`${username}@school.example`);
  await page.getByLabel("Password").fill("a-teacher-password");
  await submitAuthForm(page, "Create account", "sign-up");
  await page.waitForURL("**/teacher");
  return username;
}

/** Calls a tRPC procedure as the page's signed-in user (its cookies), and returns its data. */
export async function callApi<T>(
  page: Page,
  path: string,
  input: unknown,
  method: "GET" | "POST",
): Promise<T> {
  const res =
    method === "GET"
      ? await page.request.get(
          `/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
        )
      : await page.request.post(`/api/trpc/${path}`, { data: { json: input } });
  const body = (await res.json()) as { result?: { data: { json: T } } };
  expect(res.status(), JSON.stringify(body)).toBe(200);
  return body.result!.data.json;
}
