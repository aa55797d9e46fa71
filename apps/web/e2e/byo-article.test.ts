// A teacher's own article from paste to a student's quiz, in Chromium: the demo teacher pastes a
// Dawn article (read from the shared corpus at test time, never copied into the repository),
// reviews its questions (edits one, rejects one, accepts the rest), builds a set from them,
// assigns it to the demo class, and a demo student takes it in the player, meeting the edited
// question and never the rejected one.
import { effectiveQuestion } from "@studykit/db";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { e2eDatabase } from "./student-fixtures";
import { newPage, seriousViolations, signIn } from "./support";
import {
  closeSession,
  dawnArticle,
  open,
  openAsDemoTeacher,
  showReviewView,
  unique,
} from "./teacher-support";

const ARTICLE = dawnArticle("interior-ministry-censured");

const REVIEW_URL = /\/teacher\/articles\/([A-Za-z0-9_-]+)\/review$/;
const setTitle = `Own article check ${unique()}`;

let browser: Browser;
let teacher: Page;
let articleId = "";
let editedPrompt = "";
let rejectedPrompt = "";
const setPrompts: string[] = [];

beforeAll(async () => {
  ({ browser, teacher } = await openAsDemoTeacher());
});
afterAll(() => closeSession(browser));

const questionRows = () =>
  e2eDatabase().question.findMany({
    where: { articleId, retiredAt: null },
    orderBy: { position: "asc" },
    select: {
      id: true,
      type: true,
      reviewStatus: true,
      recommended: true,
      generated: true,
      override: true,
    },
  });

describe("a teacher's own article, from paste to a student's quiz", () => {
  it("pastes a Dawn article and lands on its review, every question pending", async () => {
    await open(teacher, "/teacher/articles/new");
    await teacher.getByLabel("Article text").fill(ARTICLE);
    await teacher.getByRole("button", { name: "Add to the library" }).click();
    await teacher.waitForURL(REVIEW_URL, { timeout: 90_000 });
    articleId = REVIEW_URL.exec(teacher.url())![1]!;
    await teacher.waitForLoadState("networkidle");
    const rows = await questionRows();
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.every((r) => r.reviewStatus === "pending")).toBe(true);
    // It opens on the recommended set (or, with nothing recommended, on every candidate).
    const recommended = rows.filter((r) => r.recommended).length;
    await teacher.getByLabel(`Pending (${recommended || rows.length})`).waitFor();
    await teacher
      .getByRole("button", { name: `More candidates (${rows.length - recommended})` })
      .waitFor();
    await teacher.getByRole("heading", { level: 1, name: /^Review: / }).waitFor();
  });

  it("edits one question, rejects one and accepts the rest", async () => {
    const rows = await questionRows();
    // Questions with options (answered below by ticking the first one), whatever their kind.
    const choices = rows.filter((r) =>
      ["multiple_choice", "numeric", "attribution"].includes(r.type),
    );
    // (One to edit, one to reject, and at least one more for the set.)
    expect(choices.length).toBeGreaterThanOrEqual(3);
    const [toEdit, toReject] = [choices[0]!, choices[1]!];

    await showReviewView(teacher, toEdit.recommended);
    const editCard = teacher.locator(`#review-q-${toEdit.id}`);
    await editCard.getByRole("button", { name: /^Edit question \d+$/ }).click();
    const form = editCard.getByRole("form", { name: "Edit question" });
    const prompt = (toEdit.generated as { prompt: string }).prompt;
    editedPrompt = `${prompt.replace(/\?$/, "")}, according to the court report?`;
    await form.getByLabel("Prompt").fill(editedPrompt);
    await form.getByRole("button", { name: "Save changes" }).click();
    await editCard.getByText("Edit saved.").waitFor();

    await showReviewView(teacher, toReject.recommended);
    const rejectCard = teacher.locator(`#review-q-${toReject.id}`);
    await rejectCard.getByRole("button", { name: /^Reject question \d+$/ }).click();
    await rejectCard.getByText("Saved: rejected.").waitFor();
    rejectedPrompt = effectiveQuestion(toReject).prompt;

    // Accepting everything, not just the recommended set, is offered among the other candidates.
    await showReviewView(teacher, false);
    await teacher
      .getByRole("button", { name: `Accept all remaining (${rows.length - 1})` })
      .click();
    const dialog = teacher.getByRole("dialog", { name: /^Accept \d+ pending questions\?$/ });
    await dialog.getByRole("button", { name: `Accept ${rows.length - 1} questions` }).click();
    await dialog.waitFor({ state: "hidden" });
    await teacher.getByLabel("Pending (0)").waitFor();

    const after = await questionRows();
    expect(after.filter((r) => r.reviewStatus === "accepted")).toHaveLength(rows.length - 1);
    expect(after.find((r) => r.id === toReject.id)!.reviewStatus).toBe("rejected");
    expect(effectiveQuestion(after.find((r) => r.id === toEdit.id)!).prompt).toBe(editedPrompt);
    // One or two more accepted questions with options go into the set beside the edited one.
    setPrompts.push(editedPrompt, ...choices.slice(2, 4).map((r) => effectiveQuestion(r).prompt));
  });

  it("builds a set from accepted questions; the rejected one is not offered", async () => {
    await teacher.getByRole("link", { name: "Create a set from accepted questions" }).click();
    await teacher.waitForURL(/\/teacher\/sets\/new\?article=/);
    await teacher.waitForLoadState("networkidle");
    expect(await teacher.getByLabel("Article", { exact: true }).inputValue()).toBe(articleId);
    await teacher.getByLabel("Title").fill(setTitle);
    const list = teacher.getByRole("region", { name: "Questions in the bank" });
    await list.getByText(editedPrompt, { exact: true }).waitFor();
    expect(await list.getByText(rejectedPrompt, { exact: true }).count()).toBe(0);
    for (const p of setPrompts) await list.getByRole("checkbox", { name: p, exact: true }).check();
    await teacher
      .getByRole("button", { name: `Create set with ${setPrompts.length} questions` })
      .click();
    await teacher.waitForURL(/\/teacher\/sets\/[A-Za-z0-9_-]+\?created=hand$/);
    await teacher.getByRole("heading", { level: 1, name: setTitle }).waitFor();
  });

  it("assigns the set to the demo class", async () => {
    await teacher.waitForLoadState("networkidle");
    await teacher.getByRole("button", { name: "Assign to a class" }).click();
    const dialog = teacher.getByRole("dialog", { name: `Assign “${setTitle}”` });
    await dialog.waitFor();
    const cls = dialog.getByLabel("Class", { exact: true });
    await cls
      .locator("option", { hasText: "Year 10 Current Affairs" })
      .waitFor({ state: "attached" });
    await cls.selectOption({
      label: (await cls.locator("option", { hasText: "Year 10 Current Affairs" }).textContent())!,
    });
    await dialog.getByRole("button", { name: "Assign", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    await teacher.getByText(`Assigned “${setTitle}”`).waitFor();
  });

  it("a demo student takes it: the edited question, never the rejected one", async () => {
    const student = await newPage(browser);
    await signIn(student, "farah", "learn-studykit");
    await open(student, "/student");
    const card = student.getByRole("article", { name: setTitle });
    await card.getByText(`${setPrompts.length} questions`).waitFor();
    await card.getByRole("button", { name: /^Start/ }).click();
    await student.waitForURL(/\/student\/attempts\/[^/]+$/);

    const seen: string[] = [];
    for (let n = 1; n <= setPrompts.length; n++) {
      const heading = student.getByRole("heading", {
        level: 2,
        name: `Question ${n} of ${setPrompts.length}`,
      });
      await heading.waitFor();
      seen.push(await student.locator("main").innerText());
      await student.getByRole("radio").first().check();
      // Feedback comes after submitting the attempt: each answer moves straight on.
      await student.getByRole("button", { name: "Submit answer" }).click();
    }
    const shown = seen.join("\n");
    expect(shown).toContain(editedPrompt);
    for (const p of setPrompts) expect(shown).toContain(p);
    expect(shown).not.toContain(rejectedPrompt);

    await student.getByRole("heading", { name: "Review and finish" }).waitFor();
    await student.getByRole("button", { name: "Finish and see results" }).click();
    await student.waitForURL(/\/student\/attempts\/[^/]+\/results$/);
    await student.getByTestId("score").waitFor();
    expect(await seriousViolations(student)).toEqual([]);
    const attempt = await e2eDatabase().attempt.findFirstOrThrow({
      where: { student: { username: "farah" }, assignment: { title: setTitle } },
      select: { status: true, questionCount: true },
    });
    expect(attempt).toEqual({ status: "submitted", questionCount: setPrompts.length });
    await student.context().close();
  });
});
