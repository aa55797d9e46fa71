// The question bank and the set builder, as the demo teacher: filter and preview questions with
// their answers and sources, edit one (a bad edit is refused with the reason beside the field),
// disable and enable it, build a set by hand in a chosen order, and ask for a mix — first one
// the bank cannot fill, then one it can. Edits touch only open questions, which the seeded
// assignments never use, so other suites sharing the database see the demo as seeded.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot, seriousViolations } from "./support";
import { focused, unique, open, openAsDemoTeacher } from "./teacher-support";

let browser: Browser;
let teacher: Page;
const handTitle = `Hand-picked check ${unique()}`;
const mixTitle = `Mixed check ${unique()}`;

beforeAll(async () => {
  ({ browser, teacher } = await openAsDemoTeacher());
});
afterAll(() => browser?.close());

/** The article (question card) whose heading starts with "Question n". */
const card = (page: Page, n: number) =>
  page.getByRole("article", { name: new RegExp(`^Question ${n}\\b`) });

describe("the question bank", () => {
  it("filters by type, and previews each question with its answer, explanation and source", async () => {
    await open(teacher, "/teacher/bank");
    await teacher.getByText(/^\d+ questions in this article\.$/).waitFor();
    await teacher.getByLabel("Type").selectOption("true_false");
    await teacher.waitForURL(/type=true_false/);
    await teacher.getByText(/^\d+ questions match these filters\.$/).waitFor();
    const first = card(teacher, 1);
    expect(await first.getAttribute("aria-labelledby")).toBeTruthy();
    await first.getByText("True or false", { exact: true }).waitFor();
    // As a student sees it: True and False to choose from; for the teacher, which is right.
    expect(await first.getByRole("list", { name: "Options" }).getByRole("listitem").count()).toBe(
      2,
    );
    await first.getByText("Correct answer").waitFor();
    await first.getByText("Explanation").waitFor();
    await first.getByText("Source in the article").waitFor();
    expect((await first.locator("blockquote").first().textContent())!.length).toBeGreaterThan(20);

    // Narrow further by difficulty and by a key fact; the address keeps the filters.
    await teacher.getByLabel("Difficulty").selectOption("easy");
    await teacher.waitForURL(/difficulty=easy/);
    const fact = teacher.getByLabel("Key fact");
    const factValue = await fact.locator("option").nth(1).getAttribute("value");
    await fact.selectOption(factValue!);
    await teacher.waitForURL(new RegExp(`fact=${factValue}`));
    await teacher.getByText(/^Key fact 1:/).waitFor();
    await teacher.getByRole("button", { name: "Clear filters" }).first().click();
    await teacher.waitForURL((url) => !url.search.includes("type="));
    expect(await seriousViolations(teacher)).toEqual([]);
    await screenshot(teacher, "teacher-bank");
  });

  it("edits a question, and shows a bad edit's problems beside the field without losing it", async () => {
    await open(teacher, "/teacher/bank?type=open");
    const first = card(teacher, 1);
    await first.waitFor();
    const original = (await first.locator("p.text-lg").textContent())!;
    await first.getByRole("button", { name: "Edit question 1" }).click();
    const prompt = first.getByLabel("Prompt");
    // The editor opens with the prompt focused.
    expect(await focused(teacher)).toBe("Prompt");

    // Too short for the API's schema: the field says so.
    await prompt.fill("Wh");
    await first.getByRole("button", { name: "Save changes" }).click();
    await first.getByText("Use at least 3 characters.").waitFor();
    expect(await prompt.getAttribute("aria-invalid")).toBe("true");

    // Long enough, but not a question the validator accepts: its reasons, beside the prompt.
    await prompt.fill("why did it happen");
    await first.getByRole("button", { name: "Save changes" }).click();
    const error = first.getByText(/Prompt does not start with a capital letter\./);
    await error.waitFor();
    const describedBy = (await prompt.getAttribute("aria-describedby"))!;
    expect(describedBy).toContain(await error.getAttribute("id"));
    await first.getByText(/^Not saved\./).waitFor();
    expect(await prompt.inputValue()).toBe("why did it happen");

    const better = `In your own words, why do the two governments disagree about ending the violence (${unique()})?`;
    await prompt.fill(better);
    await first.getByLabel("Difficulty").selectOption("medium");
    await first.getByRole("button", { name: "Save changes" }).click();
    await teacher.getByText("Question 1 saved. Students see the new version").waitFor();
    await first.getByText(better).waitFor();
    await first.getByText("Edited", { exact: true }).waitFor();
    expect(better).not.toBe(original);
  });

  it("disables a question and enables it again", async () => {
    const first = card(teacher, 1);
    await first.getByRole("button", { name: "Disable question 1" }).click();
    await teacher.getByText(/^Question 1 disabled\. It is left out of new sets/).waitFor();
    await first.getByText("Disabled", { exact: true }).waitFor();
    await teacher.getByLabel("Status").selectOption("disabled");
    await teacher.waitForURL(/status=disabled/);
    await teacher.getByText(/^1 question match/).waitFor();
    await card(teacher, 1).getByRole("button", { name: "Enable question 1" }).click();
    // The confirmation outlives the card, which has just left the "disabled only" list.
    await teacher.getByText("Question 1 enabled again.").waitFor();
    await teacher.getByText("No questions match").waitFor();
  });
});

describe("the set builder", () => {
  it("builds a set by hand, in the order the teacher chooses", async () => {
    await open(teacher, "/teacher/sets/new");
    await teacher.getByRole("button", { name: "Create set" }).click();
    await teacher.getByText("Give the set a title.").waitFor();
    await teacher.getByText("Pick at least one question from the list.").waitFor();
    expect(await seriousViolations(teacher)).toEqual([]);

    await teacher.getByLabel("Title").fill(handTitle);
    await teacher.getByLabel("Type").selectOption("multiple_choice");
    const boxes = teacher.getByRole("checkbox");
    const prompts: string[] = [];
    for (let i = 0; i < 3; i++) {
      await boxes.nth(i).check();
      prompts.push(
        (await boxes
          .nth(i)
          .evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? ""))!,
      );
    }
    await teacher.getByRole("heading", { name: "Your set (3)" }).waitFor();
    // Put the third first.
    await teacher.getByRole("button", { name: "Move question 3 up" }).click();
    await teacher.getByRole("button", { name: "Move question 2 up" }).click();
    await teacher.getByText("Moved to position 1 of 3.").waitFor();
    await teacher.getByRole("button", { name: "Create set with 3 questions" }).click();

    await teacher.waitForURL(/\/teacher\/sets\/[^/]+\?created=hand$/);
    await teacher.getByRole("heading", { level: 1, name: handTitle }).waitFor();
    await teacher.getByText("Set created.").waitFor();
    const shown = await teacher.locator("article p.text-lg").allTextContents();
    expect(shown).toEqual([prompts[2], prompts[0], prompts[1]]);
    expect(await seriousViolations(teacher)).toEqual([]);
  });

  it("asks for a mix: says clearly what the bank cannot fill, then builds one it can", async () => {
    await open(teacher, "/teacher/sets/new");
    await teacher.getByLabel("Title").fill(mixTitle);
    await teacher.getByRole("radio", { name: "Ask for a mix" }).check();
    await teacher.getByLabel("Number of questions").fill("6");
    await teacher.getByLabel("Multiple choice", { exact: true }).fill("3");
    await teacher.getByLabel("True or false", { exact: true }).fill("2");
    await teacher
      .getByText("The types add up to 5; the other 1 is picked from any type.")
      .waitFor();
    await teacher.getByLabel("Difficulty").selectOption("hard");
    await teacher.getByRole("button", { name: "Create set from the mix" }).click();
    const alert = teacher.getByRole("alert").filter({ hasText: "cannot fill this mix" });
    await alert.waitFor();
    // True/false statements are never hard, so the two asked for are always short; how many
    // hard multiple-choice questions the bank holds depends on the generator.
    expect(await alert.textContent()).toMatch(
      /At hard difficulty, it needs (\d more multiple choice, )?2 more true or false\./,
    );
    // The numbers asked for are flagged beside the types that cannot supply them.
    await teacher.getByText("Only 0 available at hard difficulty").first().waitFor();
    await screenshot(teacher, "teacher-set-mix-shortfall");

    await teacher.getByLabel("Difficulty").selectOption("");
    expect(await alert.count()).toBe(0);
    await teacher.getByRole("button", { name: "Create set from the mix" }).click();
    await teacher.waitForURL(/\?created=mix$/);
    await teacher.getByRole("heading", { level: 1, name: mixTitle }).waitFor();
    await teacher.getByText("6 questions", { exact: false }).first().waitFor();
    expect(await teacher.getByRole("article").count()).toBe(6);
  });

  it("lists the sets, newest first, with how each was made", async () => {
    await open(teacher, "/teacher/sets");
    const table = teacher.getByRole("table", { name: "Your question sets, newest first" });
    const titles = await table.locator("tbody th a").allTextContents();
    expect(titles.indexOf(mixTitle)).toBe(0);
    expect(titles.indexOf(handTitle)).toBe(1);
    await table
      .getByRole("row", { name: new RegExp(mixTitle) })
      .getByText("As a mix", { exact: true })
      .waitFor();
    await table
      .getByRole("row", { name: new RegExp(handTitle) })
      .getByText("By hand", { exact: true })
      .waitFor();
    expect(await seriousViolations(teacher)).toEqual([]);
  });
});
