// Issue 15, items 2 and 3, as a student and a teacher meet them in Chromium: Study's counter and
// the Progress page say the same about what is due, the counter goes down as cards are rated,
// and a student who joins late is not shown, nor shown to their teacher, as having missed or
// fallen behind on what closed before they came.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeE2eDatabase, e2eDatabase, signUpStudent } from "./student-fixtures";
import { launchBrowser, newPage, seriousViolations, signIn } from "./support";
import { callApi, open, unique } from "./teacher-support";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Screenshots for the person looking at the pages, at a desktop and a phone size. */
const SHOTS = "/tmp/shots-due";
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await closeE2eDatabase();
  await browser?.close();
});

async function shots(page: Page, name: string, ready: (page: Page) => Promise<unknown>) {
  for (const [size, viewport] of [
    ["desktop", { width: 1280, height: 800 }],
    ["phone", { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(viewport);
    await ready(page);
    await page.screenshot({ path: join(SHOTS, `${name}-${size}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function at(page: Page, time: Date) {
  await page.setExtraHTTPHeaders({ "x-studykit-now": time.toISOString() });
}

const studyCounts = (page: Page) => page.getByTestId("study-counts");

/** The Progress page's "Reviews due today" figure and the line under it. */
async function progressDue(page: Page): Promise<{ due: number; detail: string }> {
  await page.goto("/student/progress");
  const stat = page.locator("div", { has: page.locator("dt", { hasText: "Reviews due today" }) });
  await stat.last().locator("dd").first().waitFor();
  const dds = stat.last().locator("dd");
  return {
    due: Number(await dds.first().textContent()),
    detail: (await dds.nth(1).textContent())!,
  };
}

/** Shows the card's answer and rates it Good, waiting for the next card. */
async function rateGood(page: Page) {
  const before = await studyCounts(page).textContent();
  await page.getByRole("button", { name: /Show answer/ }).click();
  await page.getByRole("button", { name: /^Good/ }).click();
  await page.waitForFunction(
    (prev) => document.querySelector('[data-testid="study-counts"]')?.textContent !== prev,
    before,
  );
}

describe("what is due (item 2)", () => {
  it("is the same on Study and Progress, and the counter goes down as cards are rated", async () => {
    const page = await newPage(browser);
    const start = new Date();
    await at(page, start);
    await signUpStudent(page, "Counter Check");
    // A practice quiz makes the article the student's: its key facts become new cards.
    const articleId = (await callApi<{ id: string }[]>(page, "articles.list", undefined, "GET"))[0]!
      .id;
    await callApi(page, "attempts.practice", { articleId, count: 5 }, "POST");

    const facts = await e2eDatabase().fact.count({ where: { articleId, retiredAt: null } });
    const day1 = Math.min(10, facts);
    expect(day1).toBeGreaterThan(3);
    const fresh = await progressDue(page);
    expect(fresh).toEqual({ due: 0, detail: `and ${day1} new cards. Study them now` });
    await page.goto("/student/study");
    await expect
      .poll(() => studyCounts(page).textContent())
      .toBe(`${day1} cards left today · 0 due · ${day1} new`);
    for (let i = 0; i < 3; i++) await rateGood(page);
    expect(await studyCounts(page).textContent()).toBe(
      `${day1 - 3} cards left today · 0 due · ${day1 - 3} new`,
    );

    // Four days on, the three cards rated Good (three days) are due, with the day's new cards.
    await at(page, new Date(start.getTime() + 4 * DAY));
    const day5 = Math.min(10, facts - 3);
    const later = await progressDue(page);
    expect(later).toEqual({ due: 3, detail: `and ${day5} new cards. Study them now` });
    await shots(page, "progress", (p) => p.getByRole("img", { name: /Reviews by week/ }).waitFor());
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto("/student/study");
    await expect
      .poll(() => studyCounts(page).textContent())
      .toBe(`${3 + day5} cards left today · 3 due · ${day5} new`);
    await shots(page, "study", (p) => p.getByRole("button", { name: /Show answer/ }).waitFor());
    await rateGood(page);
    expect(await studyCounts(page).textContent()).toBe(
      `${2 + day5} cards left today · 2 due · ${day5} new`,
    );
    expect((await progressDue(page)).due).toBe(2);
  });
});

describe("a student who joins late (item 3)", () => {
  it("is not shown, nor shown to the teacher, as missing what closed before they joined", async () => {
    const teacher = await newPage(browser);
    await signIn(teacher, "teacher", "teach-studykit");
    const now = Date.now();
    const cls = await callApi<{ id: string; joinCode: string }>(
      teacher,
      "classes.create",
      { name: `Late joiners ${unique()}` },
      "POST",
    );
    const set = await e2eDatabase().questionSet.findFirstOrThrow({
      where: { title: "Week 1 check-in" },
      select: { id: true },
    });
    const assign = (title: string, opensAt: number, dueAt: number) =>
      e2eDatabase().assignment.create({
        data: {
          classId: cls.id,
          setId: set.id,
          title,
          opensAt: new Date(opensAt),
          dueAt: new Date(dueAt),
        },
      });
    await assign("Closed last week", now - 10 * DAY, now - 7 * DAY);
    await assign("Due next week", now - HOUR, now + 7 * DAY);

    const student = await newPage(browser);
    await signUpStudent(student, "Late Joiner");
    await student.getByLabel("Class code").fill(cls.joinCode);
    await student.getByRole("button", { name: "Join class" }).click();
    await student.getByText(/You've joined/).waitFor();
    await student.getByRole("heading", { name: "To do" }).waitFor();
    await student.getByRole("heading", { name: "Due next week" }).waitFor();
    expect(await student.getByRole("heading", { name: "Missed" }).count()).toBe(0);
    expect(await student.getByText("Closed last week").count()).toBe(0);
    await shots(student, "late-joiner-student", (p) =>
      p.getByRole("heading", { name: "Due next week" }).waitFor(),
    );

    await open(teacher, `/teacher/classes/${cls.id}/dashboard`);
    const row = teacher.getByRole("row", { name: /Late Joiner/ });
    await row.waitFor();
    expect(await row.textContent()).toContain("0 of 1");
    await teacher.getByRole("heading", { name: "Falling behind" }).waitFor();
    await teacher.getByText("Nobody: every student is up to date.").waitFor();
    // A class made today charts this week alone, not the weeks before it existed.
    const weeks = teacher.getByRole("table", { name: /Attempts submitted and their average/ });
    expect(await weeks.locator("tbody tr").count()).toBe(1);
    expect(await seriousViolations(teacher)).toEqual([]);
    await shots(teacher, "late-joiner-dashboard", (p) =>
      p.getByText("Nobody: every student is up to date.").waitFor(),
    );

    // The student's own page: levels from answers in this teacher's classes, and no recall
    // column that could only ever read "—" there.
    await row.getByRole("link", { name: "Late Joiner" }).click();
    await teacher.getByRole("heading", { level: 1, name: "Late Joiner: progress" }).waitFor();
    await teacher.getByText(/Levels count the answers given in your classes/).waitFor();
    expect(await teacher.getByRole("columnheader", { name: "Recall now" }).count()).toBe(0);
    await shots(teacher, "teacher-student-page", (p) =>
      p.getByRole("table", { name: /Mastery of each key fact/ }).waitFor(),
    );

    await open(teacher, `/teacher/classes/${cls.id}`);
    // Each assignment's row: its heading's block and the submitted bar beside it.
    const rowOf = (title: string) =>
      teacher.getByRole("heading", { name: new RegExp(title) }).locator("xpath=../..");
    await rowOf("Closed last week").waitFor();
    expect(await rowOf("Due next week").textContent()).toContain("0 of 1 student submitted");
    const closedRow = rowOf("Closed last week");
    expect(await closedRow.textContent()).toContain("0 of 0 students submitted");
  });
});
