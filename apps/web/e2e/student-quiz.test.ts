// A student's whole journey through a quiz, by keyboard: sign up, join a class by its code,
// start an assignment holding all seven question types, answer with 1–4 / A–D, T / F and Enter,
// see feedback with the source sentence in the article, reload and carry on, lose the
// connection mid-submit and recover without counting an answer twice, finish and review.
// Then the same quiz on a 360 × 740 phone.
import type { Browser, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  attemptIdFrom,
  closeE2eDatabase,
  createAllTypesAssignment,
  e2eDatabase,
  finishAndSeeResults,
  overflowsSideways,
  recordedAnswers,
  signUpStudent,
  startAsNewStudent,
  type AssignmentFixture,
} from "./student-fixtures";
import { launchBrowser, newPage, screenshot, seriousViolations } from "./support";

let browser: Browser;
let fixture: AssignmentFixture;

beforeAll(async () => {
  browser = await launchBrowser();
  fixture = await createAllTypesAssignment({
    feedback: "immediately",
    title: "All seven kinds",
  });
});
afterAll(async () => {
  await browser?.close();
  await closeE2eDatabase();
});

const question = (page: Page, n: number, total = 7) =>
  page.getByRole("heading", { level: 2, name: `Question ${n} of ${total}` });
const feedback = (page: Page) => page.getByRole("region", { name: "Feedback" });
const saveStatus = (page: Page) => page.locator("[data-save-state]");

/** Where the feedback area and the main button sit on the page (not the viewport, which scrolls). */
async function layout(page: Page) {
  const top = (el: Element) => Math.round(el.getBoundingClientRect().top + window.scrollY);
  return {
    region: await feedback(page).evaluate(top),
    button: await page
      .getByRole("button", { name: /^(Submit answer|Next question|Review and finish)$/ })
      .evaluate(top),
  };
}

function fixtureQuestion(type: string) {
  const q = fixture.questions.find((x) => x.question.type === type);
  if (!q) throw new Error(`no ${type} question in the fixture`);
  return q;
}

function choiceIndex(type: "multiple_choice" | "numeric" | "attribution", right: boolean) {
  const q = fixtureQuestion(type).question;
  if (q.type !== type) throw new Error("wrong type");
  const i = q.options.indexOf(q.answer);
  return right ? i : (i + 1) % q.options.length;
}

describe("a student takes a quiz by keyboard", () => {
  let page: Page;
  let attemptId: string;

  it("signs up and joins the class by its code, with clear errors for a wrong code", async () => {
    page = await newPage(browser);
    await signUpStudent(page, "Kim Keyboard");
    await page.getByText("You're not in a class yet").waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const code = page.getByLabel("Class code");
    await code.fill("x");
    await page.getByRole("button", { name: "Join class" }).click();
    await page.getByText("A class code is 4 to 12 letters and numbers").waitFor();
    await expect(code.getAttribute("aria-invalid")).resolves.toBe("true");

    await code.fill("ZZZZ99");
    await page.getByRole("button", { name: "Join class" }).click();
    await page.getByText("No open class has the code ZZZZ99").waitFor();

    // Lower case and stray spaces are forgiven.
    await code.fill(` ${fixture.joinCode.toLowerCase()} `);
    await page.getByRole("button", { name: "Join class" }).click();
    await page.getByRole("status").getByText(`You've joined ${fixture.className}`).waitFor();
    const card = page.getByRole("article", { name: fixture.title });
    await card.getByText("Not started").waitFor();
    await card.getByText("7 questions").waitFor();
  });

  it("starts the assignment and answers multiple choice with a number key and Enter", async () => {
    await page
      .getByRole("article", { name: fixture.title })
      .getByRole("button", { name: /^Start/ })
      .click();
    await page.waitForURL(/\/student\/attempts\/[^/]+$/);
    attemptId = attemptIdFrom(page.url());
    await question(page, 1).waitFor();
    await page.getByText("0 of 7 answered").waitFor();

    // The feedback area has its space before any feedback: nothing moves when it arrives.
    const before = await layout(page);

    const mc = fixtureQuestion("multiple_choice");
    if (mc.question.type !== "multiple_choice") throw new Error("wrong type");
    const right = choiceIndex("multiple_choice", true);
    await page.keyboard.press(String(right + 1));
    await expect(page.getByRole("radio", { name: mc.question.answer }).isChecked()).resolves.toBe(
      true,
    );
    await page.keyboard.press("Enter");

    await feedback(page).getByRole("heading", { name: "Correct" }).waitFor();
    await feedback(page).getByText(`The answer: ${mc.question.answer}`).waitFor();
    // The source sentence, marked inside its paragraph of the article.
    const mark = feedback(page).locator("blockquote mark").first();
    await expect(mark.textContent()).resolves.toContain(mc.sources[0]);
    const passage = await feedback(page).locator("blockquote").first().textContent();
    expect(passage!.length).toBeGreaterThanOrEqual(mc.sources[0]!.length);
    await expect(
      feedback(page)
        .getByRole("link", { name: /Read it in the article/ })
        .getAttribute("href"),
    ).resolves.toMatch(new RegExp(`^/articles/${fixture.articleId}#sentence-`));

    expect(await layout(page)).toEqual(before);
    await expect(saveStatus(page).textContent()).resolves.toContain("All answers saved");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "student-player-desktop");

    await page.keyboard.press("Enter");
    await question(page, 2).waitFor();
  });

  it("answers true or false with T or F, and Enter alone asks for a choice first", async () => {
    await page.keyboard.press("Enter");
    await page.getByRole("alert").getByText("Choose True or False first").waitFor();
    const tf = fixtureQuestion("true_false").question;
    if (tf.type !== "true_false") throw new Error("wrong type");
    await page.keyboard.press(tf.answer ? "t" : "f");
    await expect(
      page.getByRole("radio", { name: tf.answer ? "True" : "False" }).isChecked(),
    ).resolves.toBe(true);
    await page.keyboard.press("Enter");
    await feedback(page).getByRole("heading", { name: "Correct" }).waitFor();
    await page.keyboard.press("Enter");
    await question(page, 3).waitFor();
  });

  it("types the cloze answer, where Enter submits and number keys type", async () => {
    const cloze = fixtureQuestion("cloze").question;
    if (cloze.type !== "cloze") throw new Error("wrong type");
    const box = page.getByLabel("The missing words");
    // The field has focus as the question opens; shortcuts do not steal its keys.
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type(cloze.answer);
    await expect(box.inputValue()).resolves.toBe(cloze.answer);
    const beforeCloze = await layout(page);
    await page.keyboard.press("Enter");
    await feedback(page).getByRole("heading", { name: "Correct" }).waitFor();
    expect(await layout(page)).toEqual(beforeCloze);
    await page.keyboard.press("Enter");
    await question(page, 4).waitFor();
  });

  it("reloads mid-question and resumes at the same place, with answers and the draft kept", async () => {
    const wrong = choiceIndex("numeric", false);
    await page.keyboard.press("ABCDEF"[wrong]!);
    await page.reload();
    await question(page, 4).waitFor();
    await page.getByText("3 of 7 answered").waitFor();
    const numeric = fixtureQuestion("numeric").question;
    if (numeric.type !== "numeric") throw new Error("wrong type");
    await expect(
      page.getByRole("radio", { name: numeric.options[wrong]! }).isChecked(),
    ).resolves.toBe(true);

    // Earlier answers are there, locked, with their feedback.
    await page.getByRole("button", { name: "Question 1, answered" }).click();
    await question(page, 1).waitFor();
    const mc = fixtureQuestion("multiple_choice").question;
    if (mc.type !== "multiple_choice") throw new Error("wrong type");
    const chosen = page.getByRole("radio", { name: mc.answer });
    await expect(chosen.isChecked()).resolves.toBe(true);
    await expect(chosen.isDisabled()).resolves.toBe(true);
    await feedback(page).getByRole("heading", { name: "Correct" }).waitFor();
    await page.getByRole("button", { name: "Question 4, not answered" }).click();
    await question(page, 4).waitFor();
  });

  it("goes offline mid-submit, keeps the answer, and saves it exactly once when back", async () => {
    const numeric = fixtureQuestion("numeric");
    await page.context().setOffline(true);
    await page.keyboard.press("Enter");
    await saveStatus(page)
      .getByText(/Offline: 1 answer waiting/)
      .waitFor();
    await feedback(page).getByText("Your answer is safe on this device").waitFor();
    const stored = await page.evaluate(
      (id) => localStorage.getItem(`studykit.attempt.${id}.outbox`),
      attemptId,
    );
    const [entry] = JSON.parse(stored ?? "[]") as { questionId: string; idempotencyKey: string }[];
    expect(entry?.questionId).toBe(numeric.id);

    await page.context().setOffline(false);
    await saveStatus(page).getByText("All answers saved").waitFor({ timeout: 20_000 });
    await feedback(page).getByRole("heading", { name: "Not quite" }).waitFor();
    if (numeric.question.type !== "numeric") throw new Error("wrong type");
    await feedback(page).getByText(`The answer: ${numeric.question.answer}`).waitFor();

    const answers = await recordedAnswers(attemptId);
    expect(answers).toHaveLength(4);
    const saved = answers.filter((a) => a.questionId === numeric.id);
    expect(saved).toEqual([expect.objectContaining({ idempotencyKey: entry!.idempotencyKey })]);
    await expect(
      page.getByText("already had an answer").count(),
      "no conflict is reported",
    ).resolves.toBe(0);
    await page.getByText("4 of 7 answered").waitFor();
    await page.keyboard.press("Enter");
    await question(page, 5).waitFor();
  });

  it("retries a submit whose reply was lost with the same key, and it counts once", async () => {
    const attribution = fixtureQuestion("attribution");
    const sent: string[] = [];
    const replies: { duplicate?: boolean }[] = [];
    const isSubmit = (url: URL) => url.pathname.endsWith("/attempts.submitAnswer");
    const onRequest = (req: Request) => {
      if (isSubmit(new URL(req.url())))
        sent.push((req.postDataJSON() as { json: { idempotencyKey: string } }).json.idempotencyKey);
    };
    page.on("request", onRequest);
    page.on("response", async (res) => {
      if (isSubmit(new URL(res.url())) && res.ok())
        replies.push(
          ((await res.json()) as { result: { data: { json: object } } }).result.data.json,
        );
    });
    // The server records the answer, but its reply never reaches the page.
    await page.route(
      isSubmit,
      async (route) => {
        await route.fetch();
        await route.abort("internetdisconnected");
      },
      { times: 1 },
    );
    await page.keyboard.press("ABCDEF"[choiceIndex("attribution", true)]!);
    await page.keyboard.press("Enter");
    await feedback(page).getByRole("heading", { name: "Correct" }).waitFor({ timeout: 20_000 });
    page.off("request", onRequest);

    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(new Set(sent).size).toBe(1);
    expect(replies.at(-1)).toMatchObject({ duplicate: true });
    const saved = (await recordedAnswers(attemptId)).filter((a) => a.questionId === attribution.id);
    expect(saved).toEqual([expect.objectContaining({ idempotencyKey: sent[0] })]);
    await page.keyboard.press("Enter");
    await question(page, 6).waitFor();
  });

  it("matches with a select per item, and self-assesses an open answer against its rubric", async () => {
    const matching = fixtureQuestion("matching").question;
    if (matching.type !== "matching") throw new Error("wrong type");
    await page.getByRole("button", { name: "Submit answer" }).click();
    await page
      .getByRole("alert")
      .getByText(/Match every item first/)
      .waitFor();
    for (const pair of matching.answer) {
      await page.getByLabel(pair.left, { exact: true }).selectOption({ label: pair.right });
    }
    const beforeMatching = await layout(page);
    await page.getByRole("button", { name: "Submit answer" }).click();
    await feedback(page).getByRole("heading", { name: "Correct" }).waitFor();
    await feedback(page).getByText("The right matches:").waitFor();
    expect(await layout(page)).toEqual(beforeMatching);
    await page.getByRole("button", { name: "Next question" }).press("Enter");

    await question(page, 7).waitFor();
    const open = fixtureQuestion("open").question;
    if (open.type !== "open") throw new Error("wrong type");
    await page.getByLabel("Your answer").fill("Pakistan struck militants in three provinces.");
    const points = page.getByRole("checkbox");
    await expect(points.count()).resolves.toBe(open.rubric.length);
    await points.nth(0).check();
    await points.nth(1).check();
    const beforeOpen = await layout(page);
    await page.getByLabel("Your answer").press("Control+Enter");
    await feedback(page)
      .getByRole("heading", { name: `You covered 2 of ${open.rubric.length} points` })
      .waitFor();
    expect(await layout(page)).toEqual(beforeOpen);
    // The ticks stay as given, locked.
    await expect(points.nth(1).isChecked()).resolves.toBe(true);
    await expect(points.nth(1).isDisabled()).resolves.toBe(true);
    await feedback(page).getByText("A model answer:").waitFor();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Review and finish" }).waitFor();
    await page.getByText("You've answered 7 of 7 questions.").waitFor();
  });

  it("finishes and sees the score and a review of every question", async () => {
    await page.getByRole("button", { name: "Finish and see results" }).click();
    await page.waitForURL(`**/student/attempts/${attemptId}/results`);
    const attempt = await e2eDatabase().attempt.findUniqueOrThrow({
      where: { id: attemptId },
      select: { score: true, status: true },
    });
    expect(attempt.status).toBe("submitted");
    await expect(page.getByTestId("score").textContent()).resolves.toBe(
      `${Math.round(attempt.score! * 100)}%`,
    );
    const reviewed = page.locator("article[aria-labelledby^='review-']");
    await expect(reviewed.count()).resolves.toBe(7);
    await reviewed.nth(3).getByRole("heading", { name: "Not quite" }).waitFor();
    await reviewed.nth(3).getByText("Your answer:").waitFor();
    await page.getByLabel("Only the questions to revisit").check();
    // The wrong numeric answer and the open answer under three quarters of its rubric.
    await expect(reviewed.count()).resolves.toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "student-results-desktop");

    await page.getByRole("link", { name: "Back to your assignments" }).click();
    await page.waitForURL("**/student");
    const card = page.getByRole("article", { name: fixture.title });
    await card.getByText("Submitted").waitFor();
    await card.getByText(`Best score ${Math.round(attempt.score! * 100)}%`).waitFor();
    await card.getByRole("link", { name: /^Results/ }).waitFor();
    // Unlimited attempts: it can be taken again.
    await card.getByRole("button", { name: /^Try again/ }).waitFor();
  });
});

describe("the same quiz on a 360 × 740 phone", () => {
  it("fits the screen, answers by touch, skips, and finishes to the results", async () => {
    const page = await newPage(browser, { width: 360, height: 740 });
    await startAsNewStudent(page, fixture, "Pat Phone");
    await question(page, 1).waitFor();
    expect(await overflowsSideways(page)).toBe(false);

    const mc = fixtureQuestion("multiple_choice").question;
    if (mc.type !== "multiple_choice") throw new Error("wrong type");
    await page.getByText(mc.answer, { exact: true }).click();
    await page.getByRole("button", { name: "Submit answer" }).click();
    await feedback(page).getByRole("heading", { name: "Correct" }).waitFor();
    expect(await overflowsSideways(page)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "student-player-360x740");

    await page.getByRole("button", { name: "Next question" }).click();
    for (let n = 2; n <= 7; n += 1) {
      await question(page, n).waitFor();
      await page.getByRole("button", { name: "Skip for now" }).click();
    }
    await page.getByRole("heading", { name: "Review and finish" }).waitFor();
    await page.getByText("6 questions without an answer").waitFor();
    expect(await overflowsSideways(page)).toBe(false);
    await finishAndSeeResults(page);
    await page.getByTestId("score").getByText("14%").waitFor();
    await page.getByText("1 of 7 questions right").waitFor();
    // Skipped questions are reviewed too, with their answer.
    const skipped = page.locator("article[aria-labelledby^='review-']").nth(1);
    await skipped.getByRole("heading", { name: "Not answered, so it scored zero" }).waitFor();
    await skipped.getByText("The answer:").waitFor();
    expect(await overflowsSideways(page)).toBe(false);
    await screenshot(page, "student-results-360x740");
  });
});
