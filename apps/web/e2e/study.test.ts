// Study mode in Chromium: a student studies today's cards by keyboard (Space shows, 1–4 rate),
// time moves forward (the E2E server trusts x-studykit-now), and the right cards are due again.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage, screenshot, seriousViolations, signIn } from "./support";

const DAY = 86_400_000;
/** The heading of each card studied ("Key fact · new"), parallel to studyAll's fronts. */
const states: string[] = [];
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function at(page: Page, time: Date) {
  await page.setExtraHTTPHeaders({ "x-studykit-now": time.toISOString() });
}

/** Studies every card in today's queue with Good; returns the fronts seen. */
async function studyAll(page: Page): Promise<string[]> {
  const seen: string[] = [];
  states.length = 0;
  for (let i = 0; i < 60; i++) {
    const done = page.getByRole("heading", { name: /Done for now|Nothing to review/ });
    const showAnswer = page.getByRole("button", { name: /Show answer/ });
    await Promise.race([done.waitFor(), showAnswer.waitFor()]);
    if (await done.isVisible()) return seen;
    seen.push((await page.locator("#card-heading + p").textContent()) ?? "");
    states.push((await page.locator("#card-heading").textContent()) ?? "");
    await page.keyboard.press("Space");
    await page.getByRole("button", { name: /^Good/ }).and(page.locator(":enabled")).waitFor();
    await page.keyboard.press("3");
    // Wait for the next card (or the end) before going on.
    await page.waitForFunction(
      (prev) =>
        document.querySelector("#card-heading + p")?.textContent !== prev ||
        !!document.querySelector("h2")?.textContent?.match(/Done for now|Nothing to review/),
      seen.at(-1),
    );
  }
  throw new Error("the queue did not end");
}

describe("study mode", () => {
  it("studies due cards by keyboard, and brings them back when time moves on", async () => {
    const page = await newPage(browser);
    const now = new Date();
    await at(page, now);
    await signIn(page, "chen", "learn-studykit");
    await page.goto("/student/study");
    await page.getByRole("heading", { level: 1, name: "Study" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const first = await studyAll(page);
    expect(first.length).toBeGreaterThan(0);
    await page.getByRole("heading", { name: /Done for now/ }).waitFor();
    await screenshot(page, "study-done");

    // The server recorded a review for every card rated.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Study" }).waitFor();

    // Two months later the cards studied today are due again.
    await at(page, new Date(now.getTime() + 60 * DAY));
    await page.reload();
    const firstStates = [...states];
    const later = await studyAll(page);
    // Cards met for the first time today are on short learning steps: due again long before
    // two months. Cards already in review or relearning (whose Good graduates them on the
    // stability they had) may be scheduled further out than that.
    const learning = first.filter((_, i) => / · new$/.test(firstStates[i]!));
    expect(learning.length).toBeGreaterThan(0);
    for (const front of learning) expect(later).toContain(front);
  });

  it("works on a phone with touch-sized buttons", async () => {
    const page = await newPage(browser, { width: 360, height: 740 });
    await signIn(page, "farah", "learn-studykit");
    await page.goto("/student/study");
    const show = page.getByRole("button", { name: /Show answer/ });
    const done = page.getByRole("heading", { name: /Nothing to review/ });
    await Promise.race([show.waitFor(), done.waitFor()]);
    if (await show.isVisible()) {
      await show.click();
      const good = page.getByRole("button", { name: /^Good/ });
      const box = await good.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
      await screenshot(page, "study-phone");
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
  });
});

describe("progress charts with the seeded history", () => {
  it("shows a student's scores, reviews and mastery as charts with text alternatives", async () => {
    const page = await newPage(browser);
    await signIn(page, "amira", "learn-studykit");
    await page.goto("/student/progress");
    for (const name of [/Scores by week/, /Reviews by week/, /Key facts mastered/]) {
      await page.getByRole("img", { name }).waitFor();
    }
    // The summary the screen reader hears has real figures in it.
    expect(
      await page.getByRole("img", { name: /Scores by week/ }).getAttribute("aria-label"),
    ).toMatch(/\d+%/);
    expect(await page.locator(".recharts-surface").count()).toBeGreaterThanOrEqual(3);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "student-progress");
    const phone = await newPage(browser, { width: 360, height: 740 });
    await signIn(phone, "amira", "learn-studykit");
    await phone.goto("/student/progress");
    await phone.getByRole("img", { name: /Scores by week/ }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await screenshot(phone, "student-progress-phone");
  });

  it("shows the teacher the class's trends and who is falling behind", async () => {
    const page = await newPage(browser);
    await signIn(page, "teacher", "teach-studykit");
    await page.goto("/teacher/classes/seed-class/dashboard");
    await page.getByRole("img", { name: /Class scores by week/ }).waitFor();
    await page.getByRole("heading", { name: "Falling behind" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "teacher-progress");
  });
});
