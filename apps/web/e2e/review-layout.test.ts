// The review page laid out properly at a desktop's and a phone's width, measured in Chromium
// (issue 15): the page never scrolls sideways, no control pokes out of its question card, the
// question editor's option fields are wide enough to show what they hold, and the "✓ Correct
// answer" badge never sits over the option it marks.
import { deriveStudyKit } from "@studykit/content";
import { readDefaultArticle } from "@studykit/content/default-article";
import { DEMO_TEACHER, storeStudyKit } from "@studykit/db";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeE2eDatabase, e2eDatabase } from "./student-fixtures";
import { baseURL, launchBrowser, screenshot, signIn } from "./support";
import { open, showReviewView, unique } from "./teacher-support";

let browser: Browser;
let articleId = "";
const title = `Layout check ${unique()}`;

interface Row {
  id: string;
  recommended: boolean;
  generated: { type: string; alternativeDistractors?: string[] };
}
let rows: Row[] = [];

beforeAll(async () => {
  const db = e2eDatabase();
  const lines = readDefaultArticle().split("\n");
  const stored = await storeStudyKit(db, deriveStudyKit([title, ...lines.slice(1)].join("\n")), {
    addedById: DEMO_TEACHER.id,
    reviewStatus: "pending",
  });
  articleId = stored.articleId;
  rows = (await db.question.findMany({
    where: { articleId, retiredAt: null },
    orderBy: { position: "asc" },
    select: { id: true, recommended: true, generated: true },
  })) as unknown as Row[];
  browser = await launchBrowser();
});

afterAll(async () => {
  if (articleId) await e2eDatabase().article.delete({ where: { id: articleId } });
  await closeE2eDatabase();
  await browser?.close();
});

/** What is wrong with the layout inside `card`, in words; empty when nothing is. */
function layoutProblems(card: Locator): Promise<string[]> {
  return card.evaluate((root) => {
    const problems: string[] = [];
    const box = root.getBoundingClientRect();
    const name = (el: Element) =>
      el.getAttribute("aria-label") ??
      (el as HTMLInputElement).labels?.[0]?.textContent ??
      el.textContent?.trim().slice(0, 40) ??
      el.tagName;
    // Every control and badge stays inside the card.
    for (const el of root.querySelectorAll("input, select, textarea, button, li > span")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5)
        problems.push(
          `"${name(el)}" spills out of its card (${r.left}–${r.right} in ${box.left}–${box.right})`,
        );
    }
    // A text field shows all it holds, and is never squeezed to a sliver.
    for (const el of root.querySelectorAll<HTMLInputElement>("input:not([type=radio])")) {
      if (el.scrollWidth > el.clientWidth + 1)
        problems.push(`"${name(el)}" is ${el.clientWidth}px, its text needs ${el.scrollWidth}px`);
      if (el.clientWidth < 120) problems.push(`"${name(el)}" is only ${el.clientWidth}px wide`);
    }
    // An option's own words never sit under the "✓ Correct answer" badge beside them.
    for (const li of root.querySelectorAll("ol[aria-label=Options] > li")) {
      const badge = [...li.querySelectorAll("span")].find((s) =>
        s.textContent?.includes("Correct answer"),
      );
      if (!badge) continue;
      const b = badge.getBoundingClientRect();
      const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (badge.contains(node) || !node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const t of range.getClientRects()) {
          const overlaps =
            t.left < b.right && t.right > b.left && t.top < b.bottom && t.bottom > b.top;
          if (overlaps) problems.push(`"${node.textContent.trim()}" lies under its badge`);
        }
      }
    }
    return problems;
  });
}

async function pageIsNoWiderThanScreen(page: Page): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scroll, "the page scrolls sideways").toBeLessThanOrEqual(width);
}

describe.each([
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
])("the review page at $width px", (viewport) => {
  let page: Page;
  beforeAll(async () => {
    const context = await browser.newContext({ baseURL: baseURL(), viewport });
    page = await context.newPage();
    await signIn(page, "teacher", "teach-studykit");
  });
  afterAll(async () => page?.context().close());

  it("keeps true-or-false answers clear of their badge, and the page its width", async () => {
    const row = rows.find((r) => r.generated.type === "true_false");
    expect(row, "the article has a true-or-false question").toBeDefined();
    await open(page, `/teacher/articles/${articleId}/review`);
    await showReviewView(page, row!.recommended);
    const card = page.locator(`#review-q-${row!.id}`);
    await card.scrollIntoViewIfNeeded();
    await pageIsNoWiderThanScreen(page);
    expect(await layoutProblems(card)).toEqual([]);
  });

  it("lays the question editor's options and swap lists out inside the card", async () => {
    const row = rows.find(
      (r) =>
        r.generated.type === "multiple_choice" &&
        (r.generated.alternativeDistractors ?? []).length > 0,
    );
    expect(row, "the article has a multiple-choice question with alternatives").toBeDefined();
    await open(page, `/teacher/articles/${articleId}/review`);
    await showReviewView(page, row!.recommended);
    const card = page.locator(`#review-q-${row!.id}`);
    await card.getByRole("button", { name: /^Edit question \d+$/ }).click();
    const form = card.getByRole("form", { name: "Edit question" });
    await form.waitFor();
    expect(await form.getByLabel(/^Swap option [A-D] for another distractor$/).count()).toBe(3);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, `review-editor-${viewport.width}`);
    await pageIsNoWiderThanScreen(page);
    expect(await layoutProblems(card)).toEqual([]);
  });
});
