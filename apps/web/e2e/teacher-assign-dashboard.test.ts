// Assigning a set through the dialog by keyboard (focus kept inside, Esc closes, field errors
// beside the fields), and the demo class's dashboard: completion, item analysis, the weakest
// facts, progress, a student's own page, the CSV export, and a phone-sized view.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { e2eDatabase } from "./student-fixtures";
import { newPage, screenshot, seriousViolations, signIn } from "./support";
import {
  closeSession,
  csvRows,
  downloadOf,
  focusInsideDialog,
  focused,
  unique,
  open,
  openAsDemoTeacher,
} from "./teacher-support";

let browser: Browser;
let teacher: Page;

beforeAll(async () => {
  ({ browser, teacher } = await openAsDemoTeacher());
});
afterAll(() => closeSession(browser));

describe("assigning a set", () => {
  it("is done in an accessible dialog with the keyboard, with field errors beside the fields", async () => {
    // A class of its own, so the demo class's students see no new assignment.
    const name = `Assign test ${unique()}`;
    await open(teacher, "/teacher");
    await teacher.getByLabel("New class name").fill(name);
    await teacher.keyboard.press("Enter");
    await teacher.waitForURL(/\/teacher\/classes\//);

    const opener = teacher.getByRole("button", { name: "Assign a set", exact: true }).first();
    await opener.focus();
    await teacher.keyboard.press("Enter");
    const dialog = teacher.getByRole("dialog", { name: `Assign a set to ${name}` });
    await dialog.waitFor();
    expect(await focused(teacher)).toBe("Question set");
    expect(await seriousViolations(teacher)).toEqual([]);

    // Esc closes it and gives focus back to the button that opened it.
    await teacher.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(await focused(teacher)).toBe("Assign a set");
    await teacher.keyboard.press("Enter");
    await dialog.waitFor();

    // Tab and Shift+Tab never leave the dialog.
    for (let i = 0; i < 25; i++) {
      await teacher.keyboard.press("Tab");
      expect(await focusInsideDialog(teacher)).toBe(true);
    }
    for (let i = 0; i < 5; i++) {
      await teacher.keyboard.press("Shift+Tab");
      expect(await focusInsideDialog(teacher)).toBe(true);
    }

    // Choose a set with the arrow keys once the list has loaded.
    const set = dialog.getByLabel("Question set");
    await set.locator("option", { hasText: "Week 1 check-in" }).waitFor({ state: "attached" });
    await set.focus();
    while (!(await set.inputValue())) await teacher.keyboard.press("ArrowDown");
    const setTitle = (await set.locator("option:checked").textContent())!.replace(
      / \(\d+ questions?\)$/,
      "",
    );
    await teacher.keyboard.press("Tab");
    expect(await focused(teacher)).toMatch(/^Title/);
    await teacher.keyboard.type("Media check-in");

    // A due date before the opening date: the API's field error shows beside Due.
    await dialog.getByLabel("Opens", { exact: true }).fill("2031-03-10T09:00");
    await dialog.getByLabel("Due", { exact: true }).fill("2031-03-09T09:00");
    const attempts = dialog.getByLabel("Number of attempts");
    await attempts.focus();
    await teacher.keyboard.press("Control+A");
    await teacher.keyboard.type("3");
    await teacher.keyboard.press("Tab");
    expect(await focused(teacher)).toBe("Unlimited attempts");
    await teacher.keyboard.press("Tab");
    expect(await focused(teacher)).toBe("Shuffle the order of questions for each student");
    await teacher.keyboard.press("Space");
    await teacher.keyboard.press("Tab");
    await teacher.keyboard.press("Space"); // options are shuffled by default: turn it off
    await teacher.keyboard.press("Tab");
    // The radio group: arrows move the choice.
    expect(await focused(teacher)).toMatch(/^When the student submits/);
    await teacher.keyboard.press("ArrowUp");
    expect(await focused(teacher)).toMatch(/^After each answer/);
    await teacher.keyboard.press("Tab");
    expect(await focused(teacher)).toBe("Cancel");
    await teacher.keyboard.press("Tab");
    expect(await focused(teacher)).toBe("Assign");
    await teacher.keyboard.press("Enter");
    const dueError = dialog.getByText("The due date must be after the opening date.");
    await dueError.waitFor();
    expect(await dialog.getByLabel("Due", { exact: true }).getAttribute("aria-invalid")).toBe(
      "true",
    );
    expect(
      await dialog.getByLabel("Due", { exact: true }).getAttribute("aria-describedby"),
    ).toContain(await dueError.getAttribute("id"));
    await dialog.getByText("Check the fields marked below.").waitFor();
    // What was typed is still there.
    expect(await dialog.getByLabel(/^Title/).inputValue()).toBe("Media check-in");
    await screenshot(teacher, "teacher-assign-dialog-error");

    // Feedback after the due date without a due date: that error sits beside the feedback choice.
    await dialog.getByLabel("Due", { exact: true }).fill("");
    await dialog.getByRole("radio", { name: /^After the due date/ }).check();
    await dialog.getByRole("button", { name: "Assign", exact: true }).click();
    await dialog.getByText("Feedback after the due date needs a due date.").waitFor();

    await dialog.getByLabel("Due", { exact: true }).fill("2031-03-17T17:00");
    await dialog.getByRole("radio", { name: /^After each answer/ }).focus();
    await teacher.keyboard.press("Space");
    await dialog.getByRole("button", { name: "Assign", exact: true }).focus();
    await teacher.keyboard.press("Enter");
    await dialog.waitFor({ state: "hidden" });
    await teacher
      .getByText(
        // In the browser's locale (the test browser's is American English), as everywhere.
        /^Assigned “Media check-in”\. It opens Mon, Mar 10, 2031, 9:00 AM and it is due Mon, Mar 17, 2031, 5:00 PM\./,
      )
      .waitFor();

    const row = teacher
      .getByRole("listitem")
      .filter({ has: teacher.getByRole("heading", { name: /Media check-in/ }) });
    await row.getByText("0 of 0 students submitted").waitFor();
    await row.getByText("3 attempts · feedback after each answer · questions shuffled").waitFor();
    await row.getByRole("link", { name: setTitle }).waitFor();
    await row.getByText("Opens later").waitFor();
  });
});

describe("the class dashboard", () => {
  const dashboard = "/teacher/classes/seed-class/dashboard";

  it("shows each student's completion, score and last activity", async () => {
    await open(teacher, dashboard);
    await teacher
      .getByRole("heading", { level: 1, name: "Year 10 Current Affairs: dashboard" })
      .waitFor();
    const students = teacher.getByRole("table", {
      name: /Completion, average score and last activity/,
    });
    const rows = students.locator("tbody tr");
    expect(await rows.count()).toBe(6);
    const amira = students.getByRole("row", { name: /Amira Haddad/ });
    expect(await amira.locator("td").nth(0).textContent()).toMatch(/^\d of \d$/);
    expect(await amira.locator("td").nth(1).textContent()).toMatch(/^\d{1,3}%/);
    // Relative once the page has hydrated (the server renders a plain date).
    await amira
      .locator("td")
      .nth(2)
      .getByText(/ago|now|yesterday|last /)
      .waitFor();

    // Sorting by average score puts the lowest first when asked: each click turns the order.
    for (const order of ["descending", "ascending"]) {
      await students.getByRole("button", { name: /Average score/ }).click();
      expect(
        await students
          .getByRole("columnheader", { name: /Average score/ })
          .getAttribute("aria-sort"),
      ).toBe(order);
    }
    expect(await seriousViolations(teacher)).toEqual([]);
  });

  it("analyses each item: facility, discrimination and the wrong options chosen", async () => {
    await teacher.getByLabel("Assignment").selectOption({ label: "Cross-border strikes: week 4" });
    await teacher.waitForURL(/assignment=/);
    const table = teacher.getByRole("table", {
      name: /each question of Cross-border strikes: week 4/,
    });
    await table.waitFor();
    // Each student's first submitted attempt counts; the seeded history says how many there are.
    const submitted = await e2eDatabase().attempt.findMany({
      where: { assignment: { title: "Cross-border strikes: week 4" }, status: "submitted" },
      distinct: ["studentId"],
      select: { studentId: true },
    });
    expect(submitted.length).toBeGreaterThan(0);
    await teacher
      .getByText(`Based on ${submitted.length} student${submitted.length === 1 ? "" : "s"}.`)
      .waitFor();
    const rows = table.locator("tbody tr");
    expect(await rows.count()).toBe(8);
    for (let i = 0; i < 8; i++) {
      expect(await rows.nth(i).locator("td").nth(1).textContent()).toMatch(/^\d{1,3}%/);
      expect(await rows.nth(i).locator("td").nth(2).textContent()).toMatch(/^(-?\d\.\d\d|—)/);
    }
    // Somewhere a wrong option was chosen, with how many students chose it.
    const wrong = await table.locator("tbody td:last-child li").allTextContents();
    expect(wrong.length).toBeGreaterThan(0);
    for (const w of wrong) expect(w).toMatch(/ — \d+ students?$/);
    await teacher.getByText("What these numbers mean").click();
    await teacher.getByText(/0\.3 or more is good/).waitFor();
  });

  it("lists the facts the class finds hardest, each linked to its questions", async () => {
    const section = teacher.getByRole("region", { name: "Facts the class finds hardest" });
    const facts = section.getByRole("listitem");
    expect(await facts.count()).toBeGreaterThan(0);
    expect(await facts.first().textContent()).toMatch(/\d+% average/);
    const link = section.getByRole("link", { name: /^See its questions/ }).first();
    const href = (await link.getAttribute("href"))!;
    expect(href).toMatch(/^\/teacher\/bank\?.*fact=/);
    // Progress over time, as a table for now.
    const weeks = teacher.getByRole("table", {
      name: /Attempts submitted and their average score/,
    });
    await weeks.waitFor();
    // Eight weeks, or fewer when the class is younger: none from before it existed (issue 15).
    const { createdAt } = await e2eDatabase().class.findUniqueOrThrow({
      where: { id: "seed-class" },
      select: { createdAt: true },
    });
    const offset = await teacher.evaluate(() => -new Date().getTimezoneOffset() * 60_000);
    const monday = (at: number) => {
      const day = Math.floor((at + offset) / 86_400_000);
      return day - ((day + 3) % 7);
    };
    const sinceCreated = (monday(Date.now()) - monday(createdAt.getTime())) / 7 + 1;
    expect(await weeks.locator("tbody tr").count()).toBe(Math.min(8, sinceCreated));
    await link.click();
    await teacher.waitForURL(/\/teacher\/bank\?/);
    await teacher.getByText(/^Key fact \d+:/).waitFor();
    await teacher.getByText(/questions? match these filters/).waitFor();
  });

  it("opens a student's progress from the dashboard", async () => {
    await open(teacher, dashboard);
    // From the students table: the same name may also be listed under "Falling behind",
    // depending on the day the test runs.
    await teacher
      .getByRole("table", { name: /Completion, average score and last activity per student/ })
      .getByRole("link", { name: "Amira Haddad" })
      .click();
    await teacher.getByRole("heading", { level: 1, name: "Amira Haddad: progress" }).waitFor();
    await teacher.getByRole("table", { name: /Mastery of each key fact/ }).waitFor();
    expect(
      await teacher
        .getByRole("table", { name: /Attempts and average score per week/ })
        .locator("tbody tr")
        .count(),
    ).toBe(8);
    expect(await seriousViolations(teacher)).toEqual([]);
  });

  it("downloads every attempt as CSV", async () => {
    await open(teacher, dashboard);
    const { filename, text } = await downloadOf(teacher, () =>
      teacher.getByRole("button", { name: "Download results (CSV)" }).click(),
    );
    expect(filename).toBe("year-10-current-affairs-results.csv");
    const [header, ...rows] = csvRows(text);
    expect(header).toEqual([
      "student",
      "username",
      "assignment",
      "attempt",
      "status",
      "score %",
      "correct",
      "questions",
      "started",
      "submitted",
    ]);
    expect(rows.length).toBeGreaterThan(20);
    const amira = rows.filter((r) => r[1] === "amira");
    expect(amira.length).toBeGreaterThan(0);
    expect(amira.every((r) => r[0] === "Amira Haddad" && r.length === 10)).toBe(true);
    expect(rows.some((r) => r[2] === "Ceasefire talks: this week")).toBe(true);
  });

  it("fits a 360 px phone without sideways scrolling", async () => {
    const phone = await newPage(browser, { width: 360, height: 740 });
    await signIn(phone, "teacher", "teach-studykit");
    await open(phone, dashboard);
    await phone.getByRole("heading", { name: "Facts the class finds hardest" }).waitFor();
    await phone.getByRole("table", { name: /Attempts submitted/ }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    // On a phone each question of the item analysis is a card, not a wide table.
    expect(await phone.getByRole("list", { name: /^Item analysis for/ }).isVisible()).toBe(true);
    expect(await seriousViolations(phone)).toEqual([]);
    await screenshot(phone, "teacher-dashboard-360");
    await phone.context().close();
  });
});

describe("every main teacher page", () => {
  it("has no serious or critical accessibility violations", async () => {
    const pages = [
      "/teacher",
      "/teacher/classes/seed-class",
      "/teacher/classes/seed-class/dashboard",
      "/teacher/classes/seed-class/students/seed-student-ben",
      "/teacher/bank",
      "/teacher/sets",
      "/teacher/sets/new",
      "/teacher/sets/seed-set-1",
      "/teacher/classes/no-such-class",
      "/teacher/no-such-page",
    ];
    for (const path of pages) {
      await open(teacher, path);
      await teacher.getByRole("heading", { level: 1 }).first().waitFor();
      await teacher.waitForLoadState("networkidle");
      expect({ path, violations: await seriousViolations(teacher) }).toEqual({
        path,
        violations: [],
      });
    }
  });
});
