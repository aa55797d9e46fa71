// Reviewing an article's questions before assigning them, as the demo teacher in Chromium: a
// fresh article (the shipped one's opening, under a new title) stored with its questions pending.
// Questions are accepted, rejected and edited by keyboard and mouse, a distractor is swapped
// for one the generator proposed, a fact is reworded; everything is still there after a reload,
// a rejected question is not offered for a set, another teacher only reads, and axe finds
// nothing serious.
import { readDefaultArticle } from "@studykit/content/default-article";
import { DEMO_TEACHER, effectiveQuestion } from "@studykit/db";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { e2eDatabase } from "./student-fixtures";
import { newPage, screenshot, seriousViolations } from "./support";
import {
  closeSession,
  deleteArticle,
  focused,
  open,
  openAsDemoTeacher,
  reviewPath,
  showReviewView,
  signUpTeacher,
  storePendingArticle,
  unique,
} from "./teacher-support";

let browser: Browser;
let teacher: Page;
let articleId = "";
const title = `Review check ${unique()}`;

beforeAll(async () => {
  // The shipped article's opening paragraphs under a new title: a new text, so a new article.
  const lines = readDefaultArticle().split("\n");
  articleId = await storePendingArticle([title, ...lines.slice(1, 8)].join("\n"));
  ({ browser, teacher } = await openAsDemoTeacher());
});

afterAll(() => closeSession(browser, () => deleteArticle(articleId)));

/** The question card whose heading starts with "Question n". */
const card = (page: Page, n: number) =>
  page.getByRole("article", { name: new RegExp(`^Question ${n}\\b`) });
const statusOf = (c: Locator) => c.getAttribute("data-status");

async function rows() {
  return e2eDatabase().question.findMany({
    where: { articleId, retiredAt: null },
    orderBy: { position: "asc" },
    select: {
      id: true,
      reviewStatus: true,
      recommended: true,
      generated: true,
      override: true,
      editedAt: true,
    },
  });
}

describe("reviewing an article's questions", () => {
  it("shows the article beside its facts and questions, all pending", async () => {
    await open(teacher, reviewPath(articleId));
    await teacher.getByRole("heading", { level: 1, name: `Review: ${title}` }).waitFor();
    const all = await rows();
    const recommended = all.filter((r) => r.recommended).length;
    expect(all.length).toBeGreaterThan(5);
    expect(recommended).toBeGreaterThan(0);
    // It opens on the recommended set; the other candidates are a click away.
    await teacher
      .getByRole("button", { name: `Recommended (${recommended})`, pressed: true })
      .waitFor();
    await teacher.getByLabel(`Pending (${recommended})`).waitFor();
    await teacher.getByLabel("Accepted (0)").waitFor();
    expect(await teacher.getByRole("heading", { name: /^Key fact \d+$/ }).count()).toBeGreaterThan(
      0,
    );
    await showReviewView(teacher, false);
    await teacher.getByLabel(`Pending (${all.length - recommended})`).waitFor();
    expect(await teacher.getByRole("heading", { name: /^Key fact \d+$/ }).count()).toBeGreaterThan(
      2,
    );
    await teacher.getByRole("region", { name: "The article" }).waitFor();
    expect(await seriousViolations(teacher)).toEqual([]);
  });

  it("moves with j/k and the arrows, accepts with a, rejects with r, edits with e", async () => {
    await open(teacher, reviewPath(articleId));
    // Among the other candidates, which this short article has more of than recommended ones.
    await showReviewView(teacher, false);
    // Cards in page order: each under the first key fact it is built on.
    const cards = teacher.locator('article[id^="review-q-"]');
    const idOf = async (i: number) => (await cards.nth(i).getAttribute("id"))!.slice(9);
    const isFocused = (i: number) => cards.nth(i).evaluate((el) => el === document.activeElement);
    // The shortcuts listen once the page has hydrated: the first j may need repeating.
    await expect
      .poll(async () => {
        if (!(await isFocused(0))) await teacher.keyboard.press("j");
        return isFocused(0);
      })
      .toBe(true);
    // The question's source sentence is highlighted in the article, and in view there.
    const articleBox = teacher.getByRole("region", { name: "The article" });
    const marked = articleBox.locator("mark[data-highlighted]");
    await marked.first().waitFor();
    const byId = new Map((await rows()).map((r) => [r.id, r]));
    const firstRow = byId.get(await idOf(0))!;
    const sources = firstRow.generated as { sourceSentenceIds: string[] };
    expect(await marked.count()).toBe(sources.sourceSentenceIds.length);
    const box = (await articleBox.boundingBox())!;
    const mark = (await marked.first().boundingBox())!;
    expect(mark.y).toBeGreaterThanOrEqual(box.y - 1);
    expect(mark.y).toBeLessThan(box.y + box.height);

    await teacher.keyboard.press("a");
    await cards.nth(0).getByText("Saved: accepted.").waitFor();
    expect(await statusOf(cards.nth(0))).toBe("accepted");

    await teacher.keyboard.press("ArrowDown");
    expect(await isFocused(1)).toBe(true);
    await teacher.keyboard.press("r");
    await cards.nth(1).getByText("Saved: rejected.").waitFor();
    expect(await statusOf(cards.nth(1))).toBe("rejected");

    await teacher.keyboard.press("k");
    expect(await isFocused(0)).toBe(true);
    await teacher.keyboard.press("j");
    await teacher.keyboard.press("j");
    expect(await isFocused(2)).toBe(true);
    // e opens the editor on the prompt; Escape with nothing changed closes it again.
    await teacher.keyboard.press("e");
    const third = cards.nth(2);
    await third.getByRole("form", { name: "Edit question" }).waitFor();
    expect(await focused(teacher)).toBe("Prompt");
    await teacher.keyboard.press("Escape");
    await third.getByRole("form", { name: "Edit question" }).waitFor({ state: "detached" });
    expect(await isFocused(2)).toBe(true);

    // By mouse: accept the third.
    await third.getByRole("button", { name: /^Accept question \d+$/ }).click();
    await third.getByText("Saved: accepted.").waitFor();
    await teacher.getByLabel("Accepted (2)").waitFor();
    await teacher.getByLabel("Rejected (1)").waitFor();

    const ids = [await idOf(0), await idOf(1), await idOf(2)];
    const saved = new Map((await rows()).map((r) => [r.id, r.reviewStatus]));
    expect(ids.map((id) => saved.get(id))).toEqual(["accepted", "rejected", "accepted"]);
    await teacher.reload();
    await teacher.waitForLoadState("networkidle");
    await showReviewView(teacher, false);
    expect(await statusOf(teacher.locator(`#review-q-${ids[1]}`))).toBe("rejected");
    expect(await statusOf(teacher.locator(`#review-q-${ids[2]}`))).toBe("accepted");
  });

  it("edits a question, swapping a distractor for one the generator proposed", async () => {
    await open(teacher, reviewPath(articleId));
    const all = await rows();
    const index = all.findIndex(
      (r) =>
        r.reviewStatus === "pending" &&
        (r.generated as { type: string }).type === "multiple_choice" &&
        ((r.generated as { alternativeDistractors?: string[] }).alternativeDistractors ?? [])
          .length > 0,
    );
    expect(index).toBeGreaterThan(0);
    const n = index + 1;
    const row = all[index]!;
    const generated = row.generated as { options: string[]; answer: string };
    await showReviewView(teacher, row.recommended);
    const c = card(teacher, n);
    await c.getByRole("button", { name: `Edit question ${n}` }).click();
    const form = c.getByRole("form", { name: "Edit question" });
    await form.waitFor();

    // A failing save keeps everything typed, with the reason beside the field.
    const prompt = form.getByLabel("Prompt");
    await prompt.fill("Hm");
    await form.getByRole("button", { name: "Save changes" }).click();
    await form.getByText(/^Not saved\./).waitFor();
    expect(await prompt.inputValue()).toBe("Hm");
    expect(await prompt.getAttribute("aria-invalid")).toBe("true");

    const newPrompt = `${(row.generated as { prompt: string }).prompt.replace(/\?$/, "")}, according to the article?`;
    await prompt.fill(newPrompt);
    const distractorIndex = generated.options.findIndex((o) => o !== generated.answer);
    const letter = "ABCDEF"[distractorIndex]!;
    const swap = form.getByLabel(`Swap option ${letter} for another distractor`);
    const choices = await swap.locator("option").allTextContents();
    const alternative = choices.find((t) => t !== "Swap for…")!;
    await swap.selectOption(alternative);
    expect(await form.getByLabel(`${letter} option text`).inputValue()).toBe(alternative);
    await form.getByRole("button", { name: "Save changes" }).click();
    await c.getByText("Edit saved.").waitFor();

    const after = (await rows())[index]!;
    const q = effectiveQuestion(after) as { prompt: string; options: string[]; answer: string };
    expect(q.prompt).toBe(newPrompt);
    expect(q.options[distractorIndex]).toBe(alternative);
    expect(q.answer).toBe(generated.answer);
    expect(after.reviewStatus).toBe("pending");

    await teacher.reload();
    await teacher.waitForLoadState("networkidle");
    await showReviewView(teacher, row.recommended);
    const reloaded = card(teacher, n);
    await reloaded.getByText(newPrompt).waitFor();
    await reloaded.getByText("Edited", { exact: true }).waitFor();
    await reloaded.getByRole("list", { name: "Options" }).getByText(alternative).waitFor();
  });

  it("rewords a key fact, keeps it after a reload, and shows it in the article reader", async () => {
    await open(teacher, reviewPath(articleId));
    // The first fact the page shows (the recommended set shows only the facts it asks about).
    const editFact = teacher.getByRole("button", { name: /^Edit fact \d+$/ }).first();
    const n = /\d+/.exec((await editFact.textContent()) ?? "")![0];
    await editFact.click();
    const form = teacher.getByRole("form", { name: `Edit key fact ${n}` });
    const field = form.getByLabel(`Wording of key fact ${n}`);
    expect(await focused(teacher)).toBe(`Wording of key fact ${n}`);
    const wording = `Pakistan struck militant hideouts in three Afghan provinces (${unique()}).`;
    await field.fill(wording);
    await form.getByRole("button", { name: "Save fact" }).click();
    await teacher
      .getByRole("region", { name: `Key fact ${n}` })
      .getByText("Reworded. Saved.")
      .waitFor();
    await teacher.reload();
    await teacher.waitForLoadState("networkidle");
    const section = teacher.getByRole("region", { name: `Key fact ${n}` });
    await section.getByText(wording).waitFor();
    await section.getByText("Reworded", { exact: true }).waitFor();
    await open(teacher, `/articles/${articleId}`);
    await teacher.getByText(wording).first().waitFor();
  });

  it("filters by status and accepts all remaining after a confirmation", async () => {
    await open(teacher, reviewPath(articleId));
    // The question rejected above is among the other candidates.
    await showReviewView(teacher, false);
    await teacher.getByLabel(/^Rejected \(1\)$/).check();
    expect(await teacher.getByRole("article", { name: /^Question \d+/ }).count()).toBe(1);
    expect(await teacher.locator('article[data-status="rejected"]').count()).toBe(1);
    await teacher.getByLabel(/^All \(\d+\)$/).check();

    const pending = (await rows()).filter((r) => r.reviewStatus === "pending").length;
    await teacher.getByRole("button", { name: `Accept all remaining (${pending})` }).click();
    const dialog = teacher.getByRole("dialog", { name: /^Accept \d+ pending questions\?$/ });
    await dialog.waitFor();
    expect(await seriousViolations(teacher)).toEqual([]);
    await dialog.getByRole("button", { name: `Accept ${pending} questions` }).click();
    await dialog.waitFor({ state: "hidden" });
    await teacher.getByLabel("Pending (0)").waitFor();
    const statuses = (await rows()).map((r) => r.reviewStatus);
    expect(statuses.filter((s) => s === "rejected")).toHaveLength(1);
    expect(statuses.filter((s) => s === "pending")).toHaveLength(0);
    await screenshot(teacher, "teacher-review");
  });

  it("never offers a rejected question for a set, and points to review while some wait", async () => {
    const all = await rows();
    const rejected = effectiveQuestion(all.find((r) => r.reviewStatus === "rejected")!).prompt;
    const accepted = effectiveQuestion(all.find((r) => r.reviewStatus === "accepted")!).prompt;
    // One question back to pending, so the builder has something to point to.
    await e2eDatabase().question.update({
      where: { id: all.at(-1)!.id },
      data: { reviewStatus: "pending", reviewedAt: null, reviewedById: null },
    });

    await open(teacher, reviewPath(articleId));
    await teacher.getByRole("link", { name: "Create a set from accepted questions" }).click();
    await teacher.waitForURL(/\/teacher\/sets\/new\?article=/);
    await teacher.waitForLoadState("networkidle");
    expect(await teacher.getByLabel("Article", { exact: true }).inputValue()).toBe(articleId);
    await teacher.getByText("1 question of this article waits for review.").waitFor();
    const list = teacher.getByRole("region", { name: "Questions in the bank" });
    await list.getByText(accepted, { exact: true }).first().waitFor();
    expect(await list.getByText(rejected, { exact: true }).count()).toBe(0);
    expect(await teacher.getByRole("link", { name: "Review them" }).getAttribute("href")).toBe(
      reviewPath(articleId),
    );
  });

  it("shows each question's review status in the bank, and filters by it", async () => {
    await open(teacher, `/teacher/bank?article=${articleId}`);
    await teacher.getByLabel("Review", { exact: true }).selectOption("rejected");
    await teacher.waitForURL(/review=rejected/);
    await teacher.getByText(/^1 question match/).waitFor();
    const only = teacher.locator("article");
    expect(await only.count()).toBe(1);
    expect(await only.locator("h2").textContent()).toMatch(/^Question 1: .+, rejected$/);
    await only.getByText("Rejected", { exact: true }).waitFor();
    await teacher.getByRole("link", { name: "Review this article's questions" }).waitFor();
  });

  it("shows another teacher the review read-only", async () => {
    const other = await newPage(browser);
    await signUpTeacher(other, "Reviewer Elsewhere");
    await open(other, reviewPath(articleId));
    await other.getByText(/Only they can accept, edit or reject its questions/).waitFor();
    expect(await other.getByRole("button", { name: /^Accept question/ }).count()).toBe(0);
    expect(await other.getByRole("button", { name: /^Edit fact/ }).count()).toBe(0);
    // Moving still works for reading.
    const firstCard = other.locator('article[id^="review-q-"]').first();
    const onFirst = () => firstCard.evaluate((el) => el === document.activeElement);
    await expect
      .poll(async () => {
        if (!(await onFirst())) await other.keyboard.press("j");
        return onFirst();
      })
      .toBe(true);
    const before = await statusOf(firstCard);
    await other.keyboard.press("r");
    expect(await statusOf(firstCard)).toBe(before);
    expect(await seriousViolations(other)).toEqual([]);
    await other.context().close();
  });

  it("shows an imported set's questions alone, with no article text", async () => {
    const db = e2eDatabase();
    const source = (await rows())[0]!;
    const imported = await db.article.create({
      data: {
        hash: `import-${unique()}`,
        kind: "question_import",
        sourceName: "week-3.gift",
        title: `Imported ${unique()}`,
        text: "",
        tags: [],
        paragraphs: [],
        kitVersion: "import",
        derivedAt: new Date(),
        addedById: DEMO_TEACHER.id,
        questions: {
          create: {
            key: "imported-1",
            position: 0,
            type: "multiple_choice",
            difficulty: "easy",
            skill: "recall",
            stance: "stated",
            generated: {
              ...(source.generated as object),
              sourceSentenceIds: [],
              factIds: [],
            },
            kitVersion: "import",
            reviewStatus: "accepted",
          },
        },
      },
      select: { id: true },
    });
    try {
      await open(teacher, reviewPath(imported.id));
      await teacher
        .getByText("Imported from week-3.gift: these questions have no article")
        .waitFor();
      expect(await teacher.getByRole("region", { name: "The article" }).count()).toBe(0);
      await card(teacher, 1).getByText("No source sentence in an article.").waitFor();
      expect(await seriousViolations(teacher)).toEqual([]);
    } finally {
      await db.article.delete({ where: { id: imported.id } });
    }
  });

  it("reaches every control by Tab with a visible focus ring", async () => {
    await open(teacher, reviewPath(articleId));
    const outlines: string[] = [];
    for (let i = 0; i < 25; i++) {
      await teacher.keyboard.press("Tab");
      outlines.push(
        await teacher.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return "none";
          const style = getComputedStyle(el);
          return style.outlineStyle !== "none" && style.outlineWidth !== "0px"
            ? "ring"
            : el.outerHTML.slice(0, 80);
        }),
      );
    }
    expect(outlines.filter((o) => o !== "ring")).toEqual([]);
  });
});
