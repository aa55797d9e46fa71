// The student's other pages, each checked with axe: home with assignments in every status,
// practice (feedback at once, and carrying on later), the article reader with its key facts and
// claims, progress as tables, and not-found pages that say what to do next.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeE2eDatabase,
  createAllTypesAssignment,
  e2eDatabase,
  enrol,
  signUpStudent,
} from "./student-fixtures";
import { launchBrowser, newPage, screenshot, seriousViolations, signIn } from "./support";

let browser: Browser;
let amira: Page;
let newcomer: Page;
let articleId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  amira = await newPage(browser);
  await signIn(amira, "amira", "learn-studykit");
  newcomer = await newPage(browser);
  await signUpStudent(newcomer, "Nia Newcomer");
  articleId = (await e2eDatabase().article.findFirstOrThrow({ select: { id: true } })).id;
});
afterAll(async () => {
  await browser?.close();
  await closeE2eDatabase();
});

describe("home", () => {
  it("lists the seeded assignments by status, with due dates, best scores and results", async () => {
    await amira.goto("/student");
    await amira.getByRole("heading", { level: 1, name: "Hello, Amira" }).waitFor();
    const done = amira.getByRole("region", { name: /^Done/ });
    await done.getByText("Submitted").first().waitFor();
    await done
      .getByText(/Best score \d+%/)
      .first()
      .waitFor();
    await done
      .getByText(/^Due |^Was due /)
      .first()
      .waitFor();
    await amira.getByText("Year 10 Current Affairs").first().waitFor();
    expect(await seriousViolations(amira)).toEqual([]);
    await screenshot(amira, "student-home");

    await done
      .getByRole("link", { name: /^Results/ })
      .first()
      .click();
    await amira.waitForURL("**/results");
    await amira.getByTestId("score").waitFor();
    await amira.getByRole("heading", { name: "Review" }).waitFor();
    expect(await seriousViolations(amira)).toEqual([]);
  });

  it("shows upcoming and missed work for what it is, with what can still be done", async () => {
    const upcoming = await createAllTypesAssignment({
      feedback: "after_submit",
      title: "Next week’s quiz",
      opensInDays: 5,
      dueInDays: 12,
    });
    await createAllTypesAssignment({
      feedback: "after_submit",
      title: "Closed last week",
      opensInDays: -10,
      dueInDays: -3,
      classId: upcoming.classId,
    });
    await createAllTypesAssignment({
      feedback: "immediately",
      title: "Due this week",
      classId: upcoming.classId,
    });
    const page = await newPage(browser);
    const username = await signUpStudent(page, "Uma Upcoming");
    // In the class for a fortnight: last week's quiz was hers to do, and she missed it.
    await enrol(username, upcoming.classId, new Date(Date.now() - 14 * 86_400_000));
    await page.goto("/student");

    const todo = page.getByRole("region", { name: /^To do/ });
    await todo.getByRole("article", { name: "Due this week" }).getByText("Not started").waitFor();
    await todo.getByRole("button", { name: /^Start Due this week/ }).waitFor();

    const soon = page.getByRole("region", { name: /^Coming up/ }).getByRole("article");
    await soon.getByText("Upcoming").waitFor();
    await soon.getByText(/^Opens /).waitFor();
    await expect(soon.getByRole("button").count()).resolves.toBe(0);

    const missed = page.getByRole("region", { name: /^Missed/ }).getByRole("article");
    await missed.getByText("Missed", { exact: true }).waitFor();
    await missed.getByText(/^Was due /).waitFor();
    await missed.getByRole("link", { name: "practice the article" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("fits a 360 px wide phone", async () => {
    const phone = await newPage(browser, { width: 360, height: 740 });
    await signIn(phone, "amira", "learn-studykit");
    await phone.getByRole("heading", { level: 1 }).waitFor();
    const wide = await phone.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
    );
    expect(wide).toBe(false);
    await screenshot(phone, "student-home-360x740");
  });
});

describe("practice", () => {
  it("starts from the list of articles, gives feedback at once, and can be resumed", async () => {
    await newcomer.goto("/student/practice");
    await newcomer.getByRole("heading", { level: 1, name: "Practice" }).waitFor();
    expect(await seriousViolations(newcomer)).toEqual([]);
    await newcomer.getByLabel("Questions").selectOption("5");
    await newcomer.getByLabel("Kind").selectOption({ label: "True or false" });
    await newcomer.getByRole("button", { name: /^Start practice/ }).click();
    await newcomer.waitForURL(/\/student\/attempts\/[^/]+$/);
    await newcomer.getByRole("heading", { level: 1, name: /^Practice: / }).waitFor();
    await newcomer.getByRole("heading", { name: "Question 1 of 5" }).waitFor();
    await newcomer.getByText("True or false", { exact: true }).waitFor();

    await newcomer.keyboard.press("t");
    await newcomer.keyboard.press("Enter");
    const feedback = newcomer.getByRole("region", { name: "Feedback" });
    await feedback.getByRole("heading", { name: /^(Correct|Not quite)$/ }).waitFor();
    await feedback.locator("blockquote mark").first().waitFor();

    await newcomer.goto("/student/practice");
    await newcomer.getByText("Carry on where you left off").waitFor();
    await newcomer.getByText(/1 of 5 questions answered/).waitFor();
    await newcomer.getByRole("link", { name: "Resume practice" }).click();
    await newcomer.getByRole("heading", { name: "Question 2 of 5" }).waitFor();
  });
});

describe("the article reader", () => {
  it("highlights each key fact, numbers it, labels claims, and leads to its questions", async () => {
    const db = e2eDatabase();
    const facts = await db.fact.findMany({
      where: { articleId, retiredAt: null },
      select: { id: true, stance: true, attribution: true, sentenceKeys: true },
      orderBy: { position: "asc" },
    });
    const highlighted = new Set(facts.flatMap((f) => f.sentenceKeys as string[]));

    await newcomer.goto(`/articles/${articleId}`);
    await newcomer.getByRole("heading", { name: "Key facts", level: 2 }).waitFor();
    await expect(newcomer.locator("article mark").count()).resolves.toBe(highlighted.size);
    const list = newcomer.locator("li[id^='fact-']");
    await expect(list.count()).resolves.toBe(facts.length);
    // A claim is labelled as whose claim it is.
    const claim = facts.find((f) => f.stance === "attributed" && f.attribution)!;
    await newcomer
      .locator(`#fact-${claim.id}`)
      .getByText(`Claim, according to ${claim.attribution}`)
      .waitFor();
    expect(await seriousViolations(newcomer)).toEqual([]);
    await screenshot(newcomer, "student-article-reader");

    // The number after a highlighted sentence leads to its fact in the list.
    await newcomer.getByRole("link", { name: "Key fact 1", exact: true }).click();
    await newcomer.waitForURL(`**#fact-${facts[0]!.id}`);

    const withQuestions = await db.fact.findFirstOrThrow({
      where: { articleId, retiredAt: null, questions: { some: {} } },
      orderBy: { position: "asc" },
      select: { id: true, _count: { select: { questions: true } } },
    });
    await newcomer
      .locator(`#fact-${withQuestions.id}`)
      .getByRole("button", { name: /^Practice its/ })
      .click();
    await newcomer.waitForURL(/\/student\/attempts\/[^/]+$/);
    await newcomer
      .getByRole("heading", { name: `Question 1 of ${withQuestions._count.questions}` })
      .waitFor();
  });

  it("shows a teacher the same facts, linked to the question bank", async () => {
    const teacher = await newPage(browser);
    await signIn(teacher, "teacher", "teach-studykit");
    await teacher.goto(`/articles/${articleId}`);
    const link = teacher.getByRole("link", { name: /questions? in the bank/ }).first();
    await expect(link.getAttribute("href")).resolves.toContain(
      `/teacher/bank?article=${articleId}`,
    );
  });
});

describe("progress", () => {
  it("shows the streak, scores by week and mastery per article as tables", async () => {
    await amira.goto("/student/progress");
    await amira.getByRole("heading", { level: 1, name: "Your progress" }).waitFor();
    const weeks = amira.getByRole("table", { name: /Average score of the quizzes/ });
    await weeks.waitFor();
    await expect(weeks.locator("tbody tr").count()).resolves.toBe(8);
    await expect(weeks.textContent()).resolves.toMatch(/\d+%/);
    await amira.getByRole("table", { name: /key facts of each article/ }).waitFor();
    await amira.getByText("Study streak").waitFor();
    expect(await seriousViolations(amira)).toEqual([]);
  });

  it("tells a newcomer what will appear and how to get there", async () => {
    await newcomer.goto("/student/progress");
    await newcomer.getByText("No finished quizzes in the last 8 weeks").waitFor();
    await newcomer.getByRole("link", { name: "Practice an article" }).waitFor();
  });
});

describe("not found", () => {
  it("says so for a quiz that isn't there or isn't yours, and offers a way on", async () => {
    await amira.goto("/student/attempts/no-such-attempt");
    await amira.getByRole("heading", { name: "We couldn't find that quiz" }).waitFor();
    await amira.getByRole("link", { name: "Your assignments" }).waitFor();
    expect(await seriousViolations(amira)).toEqual([]);

    const someoneElses = await e2eDatabase().attempt.findFirstOrThrow({
      where: { student: { username: "ben" } },
      select: { id: true },
    });
    await amira.goto(`/student/attempts/${someoneElses.id}/results`);
    await amira.getByRole("heading", { name: "We couldn't find that quiz" }).waitFor();

    await amira.goto("/student/no-such-page");
    await amira.getByRole("heading", { name: "We couldn't find that page" }).waitFor();

    await amira.goto("/articles/no-such-article");
    await amira.getByRole("heading", { name: "We couldn't find that article" }).waitFor();
  });

  it("redirects a visitor who is not signed in, and a teacher, before anything streams", async () => {
    const visitor = await newPage(browser);
    for (const path of ["/student", "/student/practice", `/articles/${articleId}`]) {
      const res = await visitor.request.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(307);
      expect(res.headers()["location"], path).toBe("/sign-in");
    }
    await visitor.goto("/student/practice");
    await visitor.waitForURL("**/sign-in");

    const teacher = await newPage(browser);
    await signIn(teacher, "teacher", "teach-studykit");
    const res = await teacher.request.get("/student/progress", { maxRedirects: 0 });
    expect(res.status()).toBe(307);
    expect(res.headers()["location"]).toBe("/teacher");
  });
});
