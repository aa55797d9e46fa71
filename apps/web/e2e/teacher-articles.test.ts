// Bringing an article, as the demo teacher in Chromium: paste a Dawn article (read from the
// shared corpus at test time) and watch its progress until the review page opens; upload a saved
// web page; see refusals beside the form with the input kept; bring the same text again and be
// told it is already in the library; and find it all in the library.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot, seriousViolations } from "./support";
import { dawnArticle, dawnCorpusDir, open, openAsDemoTeacher, reviewPath } from "./teacher-support";

const corpusDir = dawnCorpusDir();
const POLIO = dawnArticle("second-polio-case");
const NEWS_PAGE = readFileSync(
  new URL("../../../packages/content/src/fixtures/news-page.html", import.meta.url),
);

const REVIEW_URL = /\/teacher\/articles\/([A-Za-z0-9_-]+)\/review$/;

let browser: Browser;
let teacher: Page;

beforeAll(async () => {
  ({ browser, teacher } = await openAsDemoTeacher());
});
afterAll(() => browser?.close());

/** Records every value and stage text the progress bar shows, from before the submit on. */
async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { progressSeen: { value: string | null; text: string }[] };
    w.progressSeen = [];
    const record = () => {
      const bar = document.querySelector('[role="progressbar"]');
      if (!bar) return;
      const value = bar.getAttribute("aria-valuenow");
      const text = bar.getAttribute("aria-valuetext") ?? "";
      const last = w.progressSeen.at(-1);
      if (!last || last.value !== value || last.text !== text) w.progressSeen.push({ value, text });
    };
    new MutationObserver(record).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["aria-valuenow", "aria-valuetext"],
    });
  });
}
const progressSeen = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { progressSeen: { value: string | null; text: string }[] })
        .progressSeen,
  );

let polioArticleId = "";

describe("adding an article", () => {
  it("reaches the library from the navigation, with a clear button to add an article", async () => {
    await open(teacher, "/teacher");
    await teacher
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Articles" })
      .click();
    await teacher.waitForURL(/\/teacher\/articles$/);
    await teacher.getByRole("heading", { level: 1, name: "Articles" }).waitFor();
    // The shipped article is in the library, with its counts.
    const library = teacher.getByRole("table");
    await library.getByRole("row").nth(1).waitFor();
    expect(await library.getByRole("row").count()).toBeGreaterThanOrEqual(2);
    expect(await seriousViolations(teacher)).toEqual([]);
    await teacher.getByRole("link", { name: "Add an article" }).first().click();
    await teacher.waitForURL(/\/teacher\/articles\/new$/);
    await teacher.getByRole("heading", { level: 1, name: "Add an article" }).waitFor();
  });

  it("pastes a Dawn article, shows its progress, and opens its review", async () => {
    await open(teacher, "/teacher/articles/new");
    await teacher.getByLabel("Article text").fill(POLIO);
    await teacher.getByText(/Up to 500,000 characters of text/).waitFor();
    await recordProgress(teacher);
    await teacher.getByRole("button", { name: "Add to the library" }).click();
    await teacher.getByRole("progressbar", { name: "Preparing the article" }).waitFor();
    await teacher.waitForURL(REVIEW_URL, { timeout: 60_000 });
    polioArticleId = REVIEW_URL.exec(teacher.url())![1]!;
    const seen = await progressSeen(teacher);
    // The bar showed where the work was, in step with its polite status line.
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen.every((s) => Number(s.value) >= 0 && Number(s.value) <= 100)).toBe(true);
    expect(seen.map((s) => s.text).join(" | ")).toMatch(
      /Sending the article|Waiting|Reading|Finding|Writing/,
    );
    const values = seen.map((s) => Number(s.value));
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });

  it("shows progress advancing on a long article", async () => {
    // ~60 KB built from every Dawn article, figures varied per round so no paragraph repeats.
    const parts = ["A long week in Pakistan's news"];
    const files = readdirSync(corpusDir).filter((f) => f.endsWith(".txt"));
    for (let round = 0; parts.join("\n\n").length < 60_000; round++) {
      for (const f of files) {
        const body = readFileSync(path.join(corpusDir, f), "utf8")
          .split(/\n\s*\n/)
          .slice(1);
        parts.push(...body.map((p) => p.replace(/\d+/g, (n) => `${Number(n) + round}`)));
      }
    }
    await open(teacher, "/teacher/articles/new");
    await teacher.getByLabel("Article text").fill(parts.join("\n\n"));
    await recordProgress(teacher);
    await teacher.getByRole("button", { name: "Add to the library" }).click();
    const status = teacher.getByRole("status").filter({ hasText: /%/ });
    await status.first().waitFor();
    await teacher.waitForURL(REVIEW_URL, { timeout: 80_000 });
    const seen = await progressSeen(teacher);
    const values = [...new Set(seen.map((s) => Number(s.value)))];
    expect(values.length, JSON.stringify(seen)).toBeGreaterThanOrEqual(3);
    expect(values.some((v) => v > 0 && v < 100)).toBe(true);
    expect(seen.map((s) => s.text).join(" | ")).toMatch(/Writing questions/);
  });

  it("uploads a saved web page (.html) and opens its review", async () => {
    await open(teacher, "/teacher/articles/new");
    await teacher.getByLabel("Or upload a file (.txt, .md or .html)").setInputFiles({
      name: "riverton-floods.html",
      mimeType: "text/html",
      buffer: NEWS_PAGE,
    });
    await teacher.getByText("Using riverton-floods.html").waitFor();
    expect(await teacher.getByLabel("Article text").isDisabled()).toBe(true);
    await teacher.getByRole("button", { name: "Add to the library" }).click();
    await teacher.waitForURL(REVIEW_URL, { timeout: 60_000 });
    const articleId = REVIEW_URL.exec(teacher.url())![1]!;

    // In the library: the page's headline, its file name, and every question still to review.
    await open(teacher, "/teacher/articles");
    const row = teacher.getByRole("row", { name: /Flood defences approved for Riverton/ });
    await row.waitFor();
    expect(await row.textContent()).toContain("riverton-floods.html");
    expect(await row.textContent()).toMatch(/\d+ to review/);
    expect(await row.textContent()).toContain("You");
    expect(
      await row
        .getByRole("link", { name: /Flood defences approved/ })
        .first()
        .getAttribute("href"),
    ).toBe(reviewPath(articleId));
    await teacher
      .getByRole("region", { name: "Your recent imports" })
      .getByText("riverton-floods.html")
      .waitFor();
    await screenshot(teacher, "teacher-articles-library");
  });
});

describe("refusals keep what the teacher entered", () => {
  it("refuses a file of the wrong type before sending it", async () => {
    await open(teacher, "/teacher/articles/new");
    await teacher.getByLabel("Article text").fill("Some text I typed first.");
    await teacher.getByLabel("Or upload a file (.txt, .md or .html)").setInputFiles({
      name: "scan.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.7 binary"),
    });
    await teacher
      .getByRole("alert")
      .getByText(/“scan.pdf” is not a .txt, .md or .html file/)
      .waitFor();
    expect(await teacher.getByLabel("Article text").inputValue()).toBe("Some text I typed first.");
  });

  it("shows why text with nothing to ask was refused, next to the form, with the text kept", async () => {
    await open(teacher, "/teacher/articles/new");
    const text = "Hello there. How are you? I am fine, thank you.";
    await teacher.getByLabel("Article text").fill(text);
    await teacher.getByRole("button", { name: "Add to the library" }).click();
    const alert = teacher.getByRole("alert");
    await alert.getByText(/no facts or questions could be found in this text/i).waitFor();
    await alert.getByText(/Your text and file are still here/).waitFor();
    expect(await teacher.getByLabel("Article text").inputValue()).toBe(text);
    expect(teacher.url()).toMatch(/\/teacher\/articles\/new$/);
    expect(await teacher.getByRole("button", { name: "Add to the library" }).isEnabled()).toBe(
      true,
    );
    expect(await seriousViolations(teacher)).toEqual([]);
    await screenshot(teacher, "teacher-articles-refused");

    // Nothing pasted at all: said at once, without a request.
    await teacher.getByLabel("Article text").fill("   ");
    await teacher.getByRole("button", { name: "Add to the library" }).click();
    await teacher
      .getByRole("alert")
      .getByText("Paste the article's text, or choose a file.")
      .waitFor();
  });

  it("recognises the same text brought twice, and links to the article already there", async () => {
    expect(polioArticleId).not.toBe("");
    await open(teacher, "/teacher/articles/new");
    // The same article with other line breaks: the same cleaned text, so the same article.
    await teacher.getByLabel("Article text").fill(POLIO.replace(/\n/g, "\r\n"));
    await teacher.getByRole("button", { name: "Add to the library" }).click();
    const notice = teacher.getByText(/is already in the library, so it was not added again/);
    await notice.waitFor({ timeout: 60_000 });
    expect(await teacher.getByRole("link", { name: "Open it" }).getAttribute("href")).toBe(
      reviewPath(polioArticleId),
    );
    expect(teacher.url()).toMatch(/\/teacher\/articles\/new$/);
    expect(await seriousViolations(teacher)).toEqual([]);

    // The library holds it once.
    await open(teacher, "/teacher/articles");
    await teacher.getByRole("table").getByRole("row").nth(1).waitFor();
    const polioRows = teacher.getByRole("table").getByRole("row", { name: /polio/i });
    expect(await polioRows.count()).toBe(1);
    await teacher
      .getByRole("region", { name: "Your recent imports" })
      .getByText("Already in the library")
      .first()
      .waitFor();
  });
});
