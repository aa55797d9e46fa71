// Exports and imports through the pages, as a new teacher: every export downloaded from the set
// page and read back as the receiving tool would (@studykit/api's read-back helper); a GIFT file
// imported on the import page, again (recognised), and a file that is not one (refused); then
// the imported questions put into a set, assigned, and answered by a demo student in the player,
// whose feedback and results cope with questions that have no source sentence.
import { readFileSync } from "node:fs";
import { readExport } from "@studykit/api/testing/exchange";
import type { Question } from "@studykit/content";
import { EXPORT_FORMATS } from "@studykit/formats";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage, screenshot, seriousViolations, signIn } from "./support";
import { callApi, focused, open, signUpTeacher, unique } from "./teacher-support";

let browser: Browser;
let teacher: Page;
let articleId: string;
let setId: string;
let setQuestions: Question[];
let importedArticleId: string;

const tag = unique();
const GIFT = [
  `$CATEGORY: $course$/top/Rivers ${tag}`,
  "::Longest::Which river is the longest in Europe? {=The Volga ~The Danube ~The Rhine ~The Thames}",
  "::Deep::Lake Baikal is the deepest lake in the world.{T####It is about 1642 m deep.}",
  "::Capital::Vienna, Budapest and {=Belgrade} lie on the Danube.",
  "::Twice::Which city is named twice here? {=Kabul ~Kabul ~Herat}",
].join("\n\n");

/** Whitespace folded, so a prompt matches however a format wrapped it. */
const fold = (s: string) => s.replace(/\s+/g, " ").trim();

beforeAll(async () => {
  browser = await launchBrowser();
  teacher = await newPage(browser);
  await signUpTeacher(teacher, "Rosa Lindqvist");
  articleId = (await callApi<{ id: string }[]>(teacher, "articles.list", undefined, "GET"))[0]!.id;
  const set = await callApi<{ id: string }>(
    teacher,
    "sets.createFromMix",
    {
      title: `Exports ${tag}`,
      articleId,
      count: 9,
      types: {
        multiple_choice: 2,
        true_false: 2,
        cloze: 1,
        numeric: 1,
        attribution: 1,
        matching: 1,
        open: 1,
      },
    },
    "POST",
  );
  setId = set.id;
  setQuestions = (
    await callApi<{ questions: { question: Question }[] }>(teacher, "sets.get", { setId }, "GET")
  ).questions.map((q) => q.question);
});
afterAll(() => browser?.close());

describe("exporting a set from its page", () => {
  it("downloads every format, each of which reads back as the set's questions or facts", async () => {
    await open(teacher, `/teacher/sets/${setId}`);
    const section = teacher.getByRole("region", { name: "Export" });
    await section.getByRole("link", { name: "worksheet with its answer key" }).waitFor();
    const facts = (
      await callApi<{ facts: { text: string }[] }>(teacher, "articles.get", { articleId }, "GET")
    ).facts.map((f) => fold(f.text));

    for (const { format, label, extension } of EXPORT_FORMATS) {
      const [download] = await Promise.all([
        teacher.waitForEvent("download"),
        section.getByRole("button", { name: `Download ${label}` }).click(),
      ]);
      const filename = download.suggestedFilename();
      expect(filename, format).toMatch(new RegExp(`\\.${extension}$`));
      const read = await readExport(format, new Uint8Array(readFileSync(await download.path())));
      await section.getByText(`Downloaded ${filename}`).waitFor();
      // What the format could not hold is listed with reasons, right after the download.
      const leftOut = section
        .getByRole("list", { name: "Left out of the file" })
        .getByRole("listitem");
      const skipped = await leftOut.allTextContents();
      for (const line of skipped)
        expect(line, format).toMatch(/^(Question \d+ \(“|Key fact “).+: .{10,}/);

      if (read.kind === "cards") {
        expect(read.cards.length, format).toBeGreaterThan(0);
        for (const card of read.cards)
          expect(
            facts.some((f) => fold(card.back).includes(f)),
            card.back,
          ).toBe(true);
        continue;
      }
      expect(read.questions.length + skipped.length, format).toBe(setQuestions.length);
      const skippedNumbers = new Set(
        skipped.map((line) => Number(/^Question (\d+)/.exec(line)![1])),
      );
      const kept = setQuestions.filter((_, i) => !skippedNumbers.has(i + 1));
      kept.forEach((q, i) => {
        const first = fold(q.prompt.split("____")[0]!);
        expect(fold(read.questions[i]!.text), `${format} question ${i + 1}`).toContain(first);
      });
    }
    expect(await seriousViolations(teacher)).toEqual([]);
    await screenshot(teacher, "teacher-set-export");
  });
});

describe("importing questions", () => {
  it("imports a GIFT file through the page and lists what it left out, with reasons", async () => {
    // Reached from the question bank.
    await open(teacher, "/teacher/bank");
    await teacher.getByRole("link", { name: "Import questions" }).click();
    await teacher.waitForURL("**/teacher/bank/import");
    await teacher.getByRole("heading", { level: 1, name: "Import questions" }).waitFor();
    expect(await seriousViolations(teacher)).toEqual([]);

    // No file chosen: said beside the field, which gets the focus.
    await teacher.getByRole("button", { name: "Import questions" }).click();
    await teacher.getByText("Choose a Moodle XML or GIFT file first.").waitFor();
    expect(await focused(teacher)).toBe("Question file");

    /** Chooses a text file with these contents and imports it. */
    const importFile = async (name: string, text: string) => {
      await teacher.getByLabel("Question file").setInputFiles({
        name,
        mimeType: "text/plain",
        buffer: Buffer.from(text),
      });
      await teacher.getByRole("button", { name: "Import questions" }).click();
    };
    await importFile("rivers.gift", GIFT);
    await teacher.getByText(`3 questions imported into “Rivers ${tag}”`).waitFor();
    await teacher.getByText("1 question left out").waitFor();
    await teacher
      .getByText(
        "Question 4 (“Twice”): Options are not distinct; the answer appears 2 times among the options, not once.",
      )
      .waitFor();
    expect(await seriousViolations(teacher)).toEqual([]);
    await screenshot(teacher, "teacher-import-result");
    const bankLink = teacher.getByRole("link", { name: "See them in the bank" });
    importedArticleId = new URL(
      (await bankLink.getAttribute("href"))!,
      "http://x",
    ).searchParams.get("article")!;
    expect(importedArticleId).toBeTruthy();

    // The same file again is recognised: nothing new.
    await importFile("copy.txt", GIFT);
    await teacher.getByText("This file was imported before").waitFor();

    // A file that is neither format: one line saying so.
    await importFile("notes.txt", "Some notes about rivers, with no questions in them.");
    await teacher
      .getByRole("alert")
      .getByText(/^“notes\.txt” is not a Moodle XML or GIFT file: /)
      .waitFor();

    // The bank shows the imported questions.
    await open(teacher, `/teacher/bank?article=${importedArticleId}`);
    await teacher.getByText("Which river is the longest in Europe?").first().waitFor();
  });

  it("puts imported questions into a set that a demo student answers in the player", async () => {
    const bank = await callApi<{ id: string; question: Question }[]>(
      teacher,
      "articles.bank",
      { articleId: importedArticleId },
      "GET",
    );
    expect(bank).toHaveLength(3);
    const set = await callApi<{ id: string }>(
      teacher,
      "sets.create",
      { title: `Rivers ${tag}`, articleId: importedArticleId, questionIds: bank.map((q) => q.id) },
      "POST",
    );
    const klass = await callApi<{ id: string; joinCode: string }>(
      teacher,
      "classes.create",
      { name: `Geography ${tag}` },
      "POST",
    );
    const student = await newPage(browser);
    await signIn(student, "eli", "learn-studykit");
    await callApi(student, "classes.join", { joinCode: klass.joinCode }, "POST");
    const assignmentTitle = `Rivers quiz ${tag}`;
    await callApi(
      teacher,
      "assignments.create",
      {
        classId: klass.id,
        setId: set.id,
        title: assignmentTitle,
        feedback: "immediately",
        attemptsAllowed: null,
        shuffleQuestions: false,
        shuffleOptions: false,
      },
      "POST",
    );

    // The teacher's set page shows them without a source to quote.
    await open(teacher, `/teacher/sets/${set.id}`);
    await teacher.getByText("Which river is the longest in Europe?").waitFor();
    expect(await teacher.getByText("Source in the article").count()).toBe(0);

    await open(student, "/student");
    await student
      .getByRole("article", { name: assignmentTitle })
      .getByRole("button", { name: /^Start/ })
      .click();
    const heading = (n: number) =>
      student.getByRole("heading", { level: 2, name: `Question ${n} of 3` });
    const feedback = student.getByRole("region", { name: "Feedback" });
    await heading(1).waitFor();
    await student.getByRole("radio", { name: "The Volga" }).check();
    await student.getByRole("button", { name: "Submit answer" }).click();
    await feedback.getByRole("heading", { name: "Correct" }).waitFor();
    await feedback.getByText("The answer: The Volga").waitFor();
    expect(await feedback.getByText("Where the article says it").count()).toBe(0);
    expect(await seriousViolations(student)).toEqual([]);
    await screenshot(student, "student-imported-question");

    await student.getByRole("button", { name: "Next question" }).click();
    await heading(2).waitFor();
    await student.getByRole("radio", { name: "True" }).check();
    await student.getByRole("button", { name: "Submit answer" }).click();
    await feedback.getByText("It is about 1642 m deep.").waitFor();
    await student.getByRole("button", { name: "Next question" }).click();
    await heading(3).waitFor();
    await student.getByLabel("The missing words").fill("Belgrade");
    await student.getByRole("button", { name: "Submit answer" }).click();
    await feedback.getByRole("heading", { name: "Correct" }).waitFor();
    await student.getByRole("button", { name: "Review and finish" }).click();
    await student.getByRole("button", { name: "Finish and see results" }).click();
    await student.waitForURL(/\/student\/attempts\/[^/]+\/results$/);
    await expect(student.getByTestId("score").textContent()).resolves.toBe("100%");
    expect(await student.getByRole("link", { name: /Read it in the article/ }).count()).toBe(0);
    expect(await seriousViolations(student)).toEqual([]);
    await student.context().close();
  });
});
