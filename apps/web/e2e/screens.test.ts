// What a first-time teacher and student meet on screen, in Chromium (issue 15): a written
// answer's limit shown and enforced without cutting anything; the export panel saying what each
// format holds before the download; one date format for both, in the browser's locale; one
// spelling of "practice"; a favicon; a real 404 for an unknown address; no empty page after
// signing in; and on a touch phone the Submit and rating buttons on screen, without key hints.
import { loadExchangeSet } from "@studykit/db";
import { exportCoverage } from "@studykit/formats";
import type { Browser, BrowserContextOptions, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  attemptIdFrom,
  closeE2eDatabase,
  createAllTypesAssignment,
  e2eDatabase,
  enrol,
  signUpStudent,
  startAsNewStudent,
  type AssignmentFixture,
} from "./student-fixtures";
import { baseURL, launchBrowser, screenshot, signIn } from "./support";
import { open } from "./teacher-support";

let browser: Browser;
let fixture: AssignmentFixture;
let setId = "";

beforeAll(async () => {
  browser = await launchBrowser();
  fixture = await createAllTypesAssignment({ feedback: "immediately", title: "Screens check" });
  setId = (
    await e2eDatabase().assignment.findUniqueOrThrow({
      where: { id: fixture.assignmentId },
      select: { setId: true },
    })
  ).setId;
});
afterAll(async () => {
  await browser?.close();
  await closeE2eDatabase();
});

async function pageWith(options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseURL(), ...options });
  return context.newPage();
}

const phone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
};

/** Whether the element is wholly on screen as things stand, without scrolling. */
function onScreen(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
  });
}

describe("a student on a touch phone", () => {
  it("has Submit on screen on every question, no key hints, and the long answer's limit shown and kept", async () => {
    const page = await pageWith(phone);
    await startAsNewStudent(page, fixture, "Sam Phone");
    for (let n = 1; n <= 7; n += 1) {
      await page.getByRole("heading", { level: 2, name: `Question ${n} of 7` }).waitFor();
      const submit = page.getByRole("button", { name: "Submit answer" });
      expect(await onScreen(submit), `Submit on question ${n}`).toBe(true);
      if (n < 7) await page.getByRole("button", { name: "Skip for now" }).click();
    }
    const attemptId = attemptIdFrom(page.url());

    // The open question: no "Press Ctrl+Enter" on a touch screen.
    expect(await page.getByText("Press Ctrl+Enter to submit.").isVisible()).toBe(false);
    const box = page.getByLabel("Your answer");
    await box.fill(`${"word ".repeat(2255)}words`); // 11,280 characters pasted
    expect((await box.inputValue()).length).toBe(11_280);
    await page.getByText("11,280 of 5,000 characters: 6,280 too many").waitFor();
    await page.getByRole("checkbox").first().check();
    await page.getByRole("button", { name: "Submit answer" }).click();
    await page
      .getByRole("alert")
      .getByText(/^Your answer is 11,280 characters long and can be at most 5,000\./)
      .waitFor();
    expect((await box.inputValue()).length).toBe(11_280);
    expect(await e2eDatabase().answer.count({ where: { attemptId } })).toBe(0);

    // Shortened to 4,600 characters: counted, and saved whole.
    await box.fill("x".repeat(4600));
    await page.getByText("4,600 of 5,000 characters").waitFor();
    await screenshot(page, "screens-open-answer-390");
    await page.getByRole("button", { name: "Submit answer" }).click();
    await page.getByRole("region", { name: "Feedback" }).getByText("A model answer:").waitFor();
    const saved = await e2eDatabase().answer.findFirstOrThrow({
      where: { attemptId },
      select: { given: true },
    });
    expect((saved.given as { text: string }).text).toHaveLength(4600);
    await page.context().close();
  });

  it("has the rating buttons on screen once a card's answer shows", async () => {
    const page = await pageWith(phone);
    await signIn(page, "dara", "learn-studykit");
    await open(page, "/student/study");
    await page.getByRole("button", { name: /Show answer/ }).click();
    const good = page.getByRole("button", { name: /^Good/ });
    await good.and(page.locator(":enabled")).waitFor();
    for (const name of [/^Again/, /^Hard/, /^Good/, /^Easy/]) {
      expect(await onScreen(page.getByRole("button", { name })), String(name)).toBe(true);
    }
    // The keys (1–4) are for keyboards: not shown on a touch screen.
    expect(await good.locator("kbd").isVisible()).toBe(false);
    await page.context().close();
  });
});

describe("the export panel", () => {
  it("says, per format, how much of the set it will hold before any download", async () => {
    const page = await pageWith({ viewport: { width: 1280, height: 800 } });
    await signIn(page, "teacher", "teach-studykit");
    await open(page, `/teacher/sets/${setId}`);
    const set = await loadExchangeSet(e2eDatabase(), setId);
    const coverage = await exportCoverage(set!);
    const panel = page.getByRole("region", { name: "Export", exact: true });
    const aiken = coverage.find((c) => c.format === "aiken")!;
    expect(aiken.held).toBeLessThan(aiken.of);
    for (const c of coverage) {
      const unit = c.holds === "facts" ? "key facts" : "questions";
      const text =
        c.held === c.of
          ? `Holds all ${c.of} ${unit} of the set.`
          : `Holds ${c.held} of the set's ${c.of} ${unit}: see what it leaves out`;
      await panel.getByText(text).first().waitFor();
    }
    await panel
      .getByText(/^Holds \d+ of the set's 7 questions/)
      .first()
      .click();
    await panel
      .getByRole("list", { name: "Left out of the file" })
      .first()
      .getByText(/Aiken holds only multiple-choice questions/)
      .first()
      .waitFor();
    await page.context().close();
  });
});

describe("one format and one spelling for everyone", () => {
  const GB = /^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4}, \d{1,2}:\d{2}$/;
  const US = /^[A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M$/;

  async function dueOnClassPage(locale: string): Promise<string> {
    const page = await pageWith({ locale, viewport: { width: 1280, height: 800 } });
    await signIn(page, "teacher", "teach-studykit");
    await open(page, `/teacher/classes/${fixture.classId}`);
    const text = await page
      .getByText(/· due /)
      .first()
      .locator("time")
      .last()
      .textContent();
    await page.context().close();
    return text ?? "";
  }

  async function dueOnStudentHome(locale: string): Promise<{ due: string; text: string }> {
    const page = await pageWith({ locale, viewport: { width: 1280, height: 800 } });
    const username = await signUpStudent(page, "Lou Locale");
    await enrol(username, fixture.classId);
    await open(page, "/student");
    const card = page.getByRole("article", { name: fixture.title });
    const due = (await card.getByText(/^Due /).locator("time").textContent()) ?? "";
    let text = await page.locator("main").innerText();
    for (const path of ["/student/practice", "/student/study", "/student/progress"]) {
      await open(page, path);
      text += await page.locator("main").innerText();
    }
    await page.context().close();
    return { due, text };
  }

  it("writes dates the browser's way on teachers' and students' pages alike", async () => {
    expect(await dueOnClassPage("en-GB")).toMatch(GB);
    expect((await dueOnStudentHome("en-GB")).due).toMatch(GB);
    expect(await dueOnClassPage("en-US")).toMatch(US);
    const us = await dueOnStudentHome("en-US");
    expect(us.due).toMatch(US);
    // "Practice" it is, as a word and as a thing, everywhere a student looks.
    expect(us.text).toMatch(/Practice/);
    expect(us.text).not.toMatch(/practis/i);
  });

  it("writes figures the browser's way too (the article form's limits)", async () => {
    const page = await pageWith({ locale: "de-DE", viewport: { width: 1280, height: 800 } });
    await signIn(page, "teacher", "teach-studykit");
    await open(page, "/teacher/articles/new");
    await expect(page.locator("main").innerText()).resolves.toMatch(/Up to 500\.000 characters/);
    await page.context().close();
  });
});

describe("the edges of the site", () => {
  it("answers an unknown address in an area with a real 404 and its not-found page", async () => {
    const student = await pageWith({ viewport: { width: 1280, height: 800 } });
    await signIn(student, "farah", "learn-studykit");
    const response = await student.goto("/student/account");
    expect(response?.status()).toBe(404);
    await student.getByRole("heading", { level: 1 }).first().waitFor();
    await student.context().close();

    const teacher = await pageWith({ viewport: { width: 1280, height: 800 } });
    await signIn(teacher, "teacher", "teach-studykit");
    expect((await teacher.goto("/teacher/account"))?.status()).toBe(404);
    // Real pages of both areas still answer 200.
    expect((await teacher.goto("/teacher/sets"))?.status()).toBe(200);
    await teacher.context().close();
  });

  it("has a favicon, and no page load asks for a file that is not there", async () => {
    const page = await pageWith({ viewport: { width: 1280, height: 800 } });
    const missing: string[] = [];
    page.on("response", (r) => {
      if (r.status() === 404) missing.push(r.url());
    });
    await open(page, "/");
    await open(page, "/sign-in");
    const icon = await page.locator("link[rel=icon]").first().getAttribute("href");
    expect(icon).toBeTruthy();
    const res = await page.context().request.get(icon!);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
    expect(missing).toEqual([]);
    await page.context().close();
  });

  it("never shows an empty page between signing in and the student's home", async () => {
    const page = await pageWith({ viewport: { width: 1280, height: 800 } });
    // Every frame of every document from its DOMContentLoaded on: is <main> empty, skeleton aside?
    await page.addInitScript(() => {
      document.addEventListener("DOMContentLoaded", () => {
        const tick = () => {
          const main = document.querySelector("main");
          const empty =
            !!main && main.innerText.trim() === "" && !main.querySelector("[aria-busy=true]");
          if (empty) {
            const seen = JSON.parse(sessionStorage.getItem("emptyFrames") ?? "[]") as string[];
            seen.push(location.pathname);
            sessionStorage.setItem("emptyFrames", JSON.stringify(seen));
          }
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
    });
    await signIn(page, "eli", "learn-studykit");
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => sessionStorage.getItem("emptyFrames") ?? "[]")).toBe("[]");
    await page.context().close();
  });
});
