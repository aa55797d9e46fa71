// Correcting and removing sets and articles, as the demo teacher in Chromium (issue 15): rename a
// set, reorder its questions and add one from a second article, duplicate it, delete the copy;
// once the set is assigned its questions are fixed and it is archived rather than deleted; an
// article a set uses cannot be deleted, and the dialog names the set. Two fresh articles (the
// shipped one's opening under new titles, questions accepted) and a fresh class keep the demo
// data as seeded for the other suites.
import { mkdirSync } from "node:fs";
import { deriveStudyKit } from "@studykit/content";
import { readDefaultArticle } from "@studykit/content/default-article";
import { createClass, DEMO_TEACHER, storeStudyKit } from "@studykit/db";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeE2eDatabase, createDemoSet, e2eDatabase } from "./student-fixtures";
import { launchBrowser, newPage, seriousViolations, signIn } from "./support";
import { open, unique } from "./teacher-support";

const SHOTS = "/tmp/shots-sets";
let browser: Browser;
let teacher: Page;
const run = unique();
const firstTitle = `Set actions one ${run}`;
const secondTitle = `Set actions two ${run}`;
const spareTitle = `Set actions spare ${run}`;
const articleIds: string[] = [];
let setId = "";
let classId = "";

/** A fresh article (the shipped one's opening under a new title), its questions accepted. */
async function acceptedArticle(title: string, from: number) {
  const lines = readDefaultArticle().split("\n");
  const text = [title, ...lines.slice(from, from + 7)].join("\n");
  const { articleId } = await storeStudyKit(e2eDatabase(), deriveStudyKit(text), {
    addedById: DEMO_TEACHER.id,
    reviewStatus: "accepted",
  });
  articleIds.push(articleId);
  return articleId;
}

/** A prompt as text, its blank (a line in the picker, a gap on the set page) as one space. */
const words = (prompt: string) => prompt.replace(/_{2,}/g, " ").replace(/\s+/g, " ").trim();

/** The set page's question prompts, in order. */
const prompts = async (page: Page) =>
  (await page.locator("article p.text-lg").allTextContents()).map(words);

/** A full-page screenshot at desktop and phone sizes, under /tmp/shots-sets. */
async function shots(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  for (const [label, size] of [
    ["1280x800", { width: 1280, height: 800 }],
    ["390x844", { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${SHOTS}/${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

beforeAll(async () => {
  browser = await launchBrowser();
  teacher = await newPage(browser);
  await signIn(teacher, "teacher", "teach-studykit");
  const db = e2eDatabase();
  const first = await acceptedArticle(firstTitle, 1);
  await acceptedArticle(secondTitle, 8);
  const questions = await db.question.findMany({
    where: { articleId: first, retiredAt: null },
    orderBy: { position: "asc" },
    take: 3,
    select: { id: true },
  });
  setId = (
    await createDemoSet(
      `Actions ${run}`,
      questions.map((q) => q.id),
    )
  ).id;
  classId = (await createClass(db, { teacherId: DEMO_TEACHER.id, name: `Actions class ${run}` }))
    .id;
});

afterAll(async () => {
  const db = e2eDatabase();
  const sets = await db.questionSet.findMany({
    where: { items: { some: { question: { articleId: { in: articleIds } } } } },
    select: { id: true },
  });
  await db.assignment.deleteMany({ where: { setId: { in: sets.map((s) => s.id) } } });
  await db.questionSet.deleteMany({ where: { id: { in: sets.map((s) => s.id) } } });
  await db.class.deleteMany({ where: { id: classId } });
  await db.article.deleteMany({ where: { id: { in: articleIds } } });
  await closeE2eDatabase();
  await browser?.close();
});

describe("a set's page", () => {
  it("renames the set, refusing an empty title", async () => {
    await open(teacher, `/teacher/sets/${setId}`);
    await teacher.getByRole("button", { name: "Rename" }).click();
    const dialog = teacher.getByRole("dialog", { name: "Rename the set" });
    const field = dialog.getByLabel("Title");
    await field.fill("   ");
    await dialog.getByRole("button", { name: "Save title" }).click();
    await dialog.getByText("Give the set a title.").waitFor();
    await field.fill(`Renamed ${run}`);
    await dialog.getByRole("button", { name: "Save title" }).click();
    await teacher.getByRole("heading", { level: 1, name: `Renamed ${run}` }).waitFor();
    await teacher.getByText(`Renamed the set to “Renamed ${run}”.`).waitFor();
    await teacher.reload();
    await teacher.getByRole("heading", { level: 1, name: `Renamed ${run}` }).waitFor();
  });

  it("reorders the questions and adds one from a second article", async () => {
    await open(teacher, `/teacher/sets/${setId}`);
    const before = await prompts(teacher);
    expect(before).toHaveLength(3);
    await teacher.getByRole("button", { name: "Edit questions" }).click();
    const editor = teacher.getByRole("region", { name: "Edit the questions" });
    await editor.getByRole("heading", { name: "Your set (3)" }).waitFor();
    // The third first.
    await editor.getByRole("button", { name: "Move question 3 up" }).click();
    await editor.getByRole("button", { name: "Move question 2 up" }).click();
    // One more from the second article: switching keeps what the set has.
    const select = editor.getByLabel("Add questions from");
    const second = await select.locator("option", { hasText: secondTitle }).getAttribute("value");
    await select.selectOption(second!);
    const box = editor.getByRole("checkbox").first();
    await box.check();
    const added = words(
      await box.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? ""),
    );
    await editor.getByRole("heading", { name: "Your set (4)" }).waitFor();
    expect(await seriousViolations(teacher)).toEqual([]);
    await shots(teacher, "set-edit-questions");
    await editor.getByRole("button", { name: "Save 4 questions" }).click();
    await teacher.getByText("Saved: the set has 4 questions.").waitFor();
    expect(await prompts(teacher)).toEqual([before[2], before[0], before[1], added]);
    await teacher.getByText(/^4 questions from 2 articles: /).waitFor();
    await teacher.reload();
    expect(await prompts(teacher)).toEqual([before[2], before[0], before[1], added]);
  });

  it("duplicates the set, and deletes the copy (never assigned)", async () => {
    await open(teacher, `/teacher/sets/${setId}`);
    const original = await prompts(teacher);
    await teacher.getByRole("button", { name: "Duplicate" }).click();
    await teacher.waitForURL(/\/teacher\/sets\/[^/]+\?created=copy$/);
    await teacher.getByRole("heading", { level: 1, name: `Copy of Renamed ${run}` }).waitFor();
    await teacher.getByText("This is a copy, not assigned yet").waitFor();
    expect(await prompts(teacher)).toEqual(original);

    await teacher.getByRole("button", { name: "Delete" }).click();
    const dialog = teacher.getByRole("dialog", { name: `Delete “Copy of Renamed ${run}”?` });
    await dialog.getByText("The set has never been assigned.").waitFor();
    await dialog.getByRole("button", { name: "Delete set" }).click();
    await teacher.waitForURL(/\/teacher\/sets\?deleted=/);
    await teacher.getByText(`Deleted the set “Copy of Renamed ${run}”.`).waitFor();
    const table = teacher.getByRole("table", { name: "Your question sets, newest first" });
    const titles = await table.locator("tbody th a").allTextContents();
    expect(titles).toContain(`Renamed ${run}`);
    expect(titles).not.toContain(`Copy of Renamed ${run}`);
  });

  it("fixes an assigned set's questions, and archives it instead of deleting, keeping it restorable", async () => {
    const db = e2eDatabase();
    await db.assignment.create({
      data: { classId, setId, title: `Renamed ${run}`, opensAt: new Date() },
    });
    await open(teacher, `/teacher/sets/${setId}`);
    await teacher.getByText("This set has been assigned, so its questions are fixed").waitFor();
    expect(await teacher.getByRole("button", { name: "Edit questions" }).count()).toBe(0);
    expect(await teacher.getByRole("button", { name: "Delete" }).count()).toBe(0);

    await teacher.getByRole("button", { name: "Archive" }).click();
    const dialog = teacher.getByRole("dialog", { name: `Archive “Renamed ${run}”?` });
    await dialog
      .getByText(/cannot be deleted: students’ attempts and results belong to it/)
      .waitFor();
    await shots(teacher, "set-archive-dialog");
    await dialog.getByRole("button", { name: "Archive set" }).click();
    await teacher.getByText("Set archived.", { exact: true }).waitFor();
    await teacher.getByText(/^This set is archived: it is hidden from your sets/).waitFor();
    expect(await teacher.getByRole("button", { name: "Assign to a class" }).count()).toBe(0);
    await shots(teacher, "set-archived");
    expect(await db.assignment.count({ where: { setId } })).toBe(1);

    await open(teacher, "/teacher/sets");
    const table = teacher.getByRole("table", { name: "Your question sets, newest first" });
    expect(await table.locator("tbody th a").allTextContents()).not.toContain(`Renamed ${run}`);
    await teacher.getByLabel("Show archived sets instead").check();
    const row = table.getByRole("row", { name: new RegExp(`Renamed ${run}`) });
    await row.getByText("Archived", { exact: true }).waitFor();
    await shots(teacher, "sets-list-archived");

    await open(teacher, `/teacher/sets/${setId}`);
    await teacher.getByRole("button", { name: "Restore" }).click();
    await teacher.getByText(/^Set restored/).waitFor();
    await teacher.getByRole("button", { name: "Assign to a class" }).waitFor();
  });
});

describe("the article library", () => {
  it("refuses to delete an article a set uses, naming the set, and deletes one nothing uses", async () => {
    const spare = await acceptedArticle(spareTitle, 15);
    await open(teacher, "/teacher/articles");
    await teacher.getByRole("button", { name: `Delete ${firstTitle}` }).click();
    const dialog = teacher.getByRole("dialog", { name: `Delete “${firstTitle}”?` });
    await dialog.getByRole("button", { name: "Delete article" }).click();
    const reason = dialog.getByRole("alert").filter({ hasText: "cannot be deleted yet" });
    await reason.waitFor();
    await reason.getByRole("link", { name: `Renamed ${run}` }).waitFor();
    // Opened from the table's right-aligned actions cell, the dialog still reads left to right.
    expect(await reason.evaluate((el) => getComputedStyle(el).textAlign)).toBe("left");
    expect(await seriousViolations(teacher)).toEqual([]);
    await shots(teacher, "article-delete-refused");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect(await e2eDatabase().article.count({ where: { id: articleIds[0] } })).toBe(1);

    await teacher.getByRole("button", { name: `Delete ${spareTitle}` }).click();
    const spareDialog = teacher.getByRole("dialog", { name: `Delete “${spareTitle}”?` });
    await spareDialog.getByRole("button", { name: "Delete article" }).click();
    await teacher.getByText(`Deleted the article “${spareTitle}”.`).waitFor();
    expect(await teacher.getByRole("button", { name: `Delete ${spareTitle}` }).count()).toBe(0);
    expect(await e2eDatabase().article.count({ where: { id: spare } })).toBe(0);
  });
});

describe("the set builder", () => {
  it("builds one set from two articles: picks stay when the article changes", async () => {
    await open(teacher, "/teacher/sets/new");
    await teacher.getByLabel("Title").fill(`Two articles ${run}`);
    const article = teacher.getByLabel("Article", { exact: true });
    for (const [i, id] of articleIds.slice(0, 2).entries()) {
      await article.selectOption(id);
      await teacher.getByRole("checkbox").first().check();
      await teacher.getByRole("heading", { name: `Your set (${i + 1})` }).waitFor();
    }
    await teacher
      .getByText("To draw on several articles, switch the article: what you picked stays")
      .waitFor();
    await shots(teacher, "set-builder-two-articles");
    await teacher.getByRole("button", { name: "Create set with 2 questions" }).click();
    await teacher.waitForURL(/\?created=hand$/);
    await teacher.getByText(/^2 questions from 2 articles: /).waitFor();
    await shots(teacher, "set-page-two-articles");
    await open(teacher, `${new URL(teacher.url()).pathname}/worksheet`);
    await teacher.getByText(`Based on the articles “${firstTitle}”, “${secondTitle}`).waitFor();
    await shots(teacher, "worksheet-two-articles");
  });
});
