// Feedback comes when the assignment's settings allow it: after finishing, or only after the
// due date. Until then the player moves straight on (online or not) and the review holds the
// answers back. And an answer given after the session has ended waits for the next sign-in.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  attemptIdFrom,
  closeE2eDatabase,
  createAllTypesAssignment,
  finishAndSeeResults,
  recordedAnswers,
  startAsNewStudent,
  type AssignmentFixture,
} from "./student-fixtures";
import { launchBrowser, newPage, seriousViolations, signIn } from "./support";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await closeE2eDatabase();
});

const question = (page: Page, n: number) =>
  page.getByRole("heading", { level: 2, name: `Question ${n} of 7` });

async function startAs(fixture: AssignmentFixture): Promise<Page> {
  const page = await newPage(browser);
  await startAsNewStudent(page, fixture);
  await question(page, 1).waitFor();
  return page;
}

function rightKey(fixture: AssignmentFixture): string {
  const q = fixture.questions[0]!.question;
  if (q.type !== "multiple_choice") throw new Error("the first question is multiple choice");
  return String(q.options.indexOf(q.answer) + 1);
}

describe("feedback after submitting", () => {
  it("moves straight on after each answer, and reviews everything after finishing", async () => {
    const fixture = await createAllTypesAssignment({
      feedback: "after_submit",
      title: "Feedback after submit",
    });
    let page = await startAs(fixture);
    await page.keyboard.press(rightKey(fixture));
    await page.keyboard.press("Enter");
    await question(page, 2).waitFor();
    await expect(page.getByRole("heading", { name: "Correct" }).count()).resolves.toBe(0);

    const tf = fixture.questions[1]!.question;
    if (tf.type !== "true_false") throw new Error("the second question is true or false");
    await page.keyboard.press(tf.answer ? "T" : "F");
    await page.keyboard.press("Enter");
    await question(page, 3).waitFor();
    await page.getByText("2 of 7 answered").waitFor();

    // Offline, an answer still moves the quiz on; closing the tab does not lose it.
    const cloze = fixture.questions[2]!.question;
    if (cloze.type !== "cloze") throw new Error("the third question is a cloze");
    await page.locator("[data-save-state]").getByText("All answers saved").waitFor();
    await page.context().setOffline(true);
    await page.keyboard.type(cloze.answer);
    await page.keyboard.press("Enter");
    await question(page, 4).waitFor();
    await page
      .locator("[data-save-state]")
      .getByText(/Offline: 1 answer waiting/)
      .waitFor();
    const context = page.context();
    await page.close();
    await context.setOffline(false);
    page = await context.newPage();
    await page.goto("/student");
    await page.getByText("Some answers haven't been sent yet").waitFor();
    await page.getByRole("link", { name: `Open ${fixture.title} to send its answers` }).click();
    await page.locator("[data-save-state]").getByText("All answers saved").waitFor();
    await page.getByText("3 of 7 answered").waitFor();

    await page.getByRole("button", { name: "Question 1, answered" }).click();
    await page.getByText("You'll see whether it's right when you finish.").waitFor();
    await page.getByRole("button", { name: "Finish", exact: true }).click();
    await page.getByText("You'll see the right answers as soon as you finish.").waitFor();
    await page.getByText("4 questions without an answer").waitFor();
    await finishAndSeeResults(page);

    await page.getByText("3 of 7 questions right").waitFor();
    const reviewed = page.locator("article[aria-labelledby^='review-']");
    await reviewed.nth(0).getByRole("heading", { name: "Correct" }).waitFor();
    await reviewed.nth(2).getByRole("heading", { name: "Correct" }).waitFor();
    const skipped = reviewed.nth(3);
    await skipped.getByRole("heading", { name: "Not answered, so it scored zero" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe("feedback after the due date", () => {
  it("shows the score at once, and holds the answers back until the due date", async () => {
    const fixture = await createAllTypesAssignment({
      feedback: "after_due",
      title: "Feedback after the due date",
      dueInDays: 3,
    });
    const page = await startAs(fixture);
    await page.keyboard.press(rightKey(fixture));
    await page.keyboard.press("Enter");
    await question(page, 2).waitFor();
    await page.getByRole("button", { name: "Question 1, answered" }).click();
    await page.getByText("The right answers are shared after the due date.").waitFor();
    await page.getByRole("button", { name: "Finish", exact: true }).click();
    await finishAndSeeResults(page);

    await page.getByTestId("score").getByText("14%").waitFor();
    await page.getByText("1 of 7 questions answered").waitFor();
    await page.getByText("The answers aren't out yet").waitFor();
    await page.getByText(/Come back from/).waitFor();
    await expect(page.getByText("The answer:").count()).resolves.toBe(0);
    await expect(page.getByText("Your answer:").count()).resolves.toBe(7);
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto("/student");
    const card = page.getByRole("article", { name: fixture.title });
    await card.getByText("Submitted").waitFor();
    await card.getByText("Best score 14%").waitFor();
  });
});

describe("when the session ends mid-quiz", () => {
  it("keeps the answer on the device, and sends it once the student signs in again", async () => {
    const fixture = await createAllTypesAssignment({
      feedback: "immediately",
      title: "Signed out midway",
    });
    const page = await newPage(browser);
    const username = await startAsNewStudent(page, fixture);
    await question(page, 1).waitFor();

    await page.context().clearCookies();
    await page.keyboard.press(rightKey(fixture));
    await page.keyboard.press("Enter");
    const status = page.locator("[data-save-state]");
    await status.getByText("Signed out: 1 answer waiting").waitFor();
    await page.getByRole("link", { name: /^Sign in/ }).waitFor();
    await page.getByText("Sign in again in another tab and it will be sent.").waitFor();

    const other = await page.context().newPage();
    await signIn(other, username, "a-good-password");
    await other.close();
    // Coming back to the tab retries at once (as would the backoff timer, or "Retry now").
    await page.bringToFront();
    await status.getByText("All answers saved").waitFor({ timeout: 20_000 });
    await page
      .getByRole("region", { name: "Feedback" })
      .getByRole("heading", { name: "Correct" })
      .waitFor();
    await expect(recordedAnswers(attemptIdFrom(page.url()))).resolves.toHaveLength(1);
  });
});
