// The printable worksheet, as the demo teacher: a set with one question of every type, printed to
// PDF by Chromium with print media. The PDF's text (read back with unpdf) must hold every prompt
// in the worksheet pages and every answer only in the answer key, which starts on a page of its
// own; the print choices leave out what they should. Students and other teachers cannot open it.
// unpdf is PDF.js packaged for Node (no canvas, no worker setup), kept up by the UnJS team.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Question } from "@studykit/content";
import type { Browser, Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ARTIFACTS,
  launchBrowser,
  newPage,
  screenshot,
  seriousViolations,
  signIn,
} from "./support";
import { callApi, open, signUpTeacher, unique } from "./teacher-support";

let browser: Browser;
let teacher: Page;
let setId: string;
let questions: Question[];

const TYPES = [
  "multiple_choice",
  "true_false",
  "cloze",
  "numeric",
  "attribution",
  "matching",
  "open",
] as const;

/** Text without any whitespace: the PDF breaks lines where the page did, not where we did. */
const squash = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");

/** The PDF the page prints (print media, as the browser's "Save as PDF"), as text per page. */
async function printedPages(page: Page, saveAs?: string): Promise<string[]> {
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  if (saveAs) {
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, saveAs), pdf);
  }
  await page.emulateMedia({ media: "screen" });
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: false });
  return text.map(squash);
}

function splitAtKey(pages: string[]) {
  const keyStart = pages.findIndex((p) => p.includes(squash("Answer key:")));
  return { keyStart, sheet: pages.slice(0, keyStart), key: pages.slice(keyStart) };
}

/** What the key says for a question, in the worksheet's letters; none of it is on the worksheet. */
function keyEntry(q: Question, n: number): string[] {
  const LETTERS = "ABCDEFGHIJKL";
  switch (q.type) {
    case "multiple_choice":
    case "numeric":
    case "attribution":
      return [`${LETTERS[q.options.indexOf(q.answer)]}—${q.answer}`];
    case "true_false":
      // True and False are on the worksheet too, as the choices: the key has them after the number.
      return [`${n}. ${q.answer ? "True" : "False"}`];
    case "cloze":
      return [q.answer];
    case "matching":
      return q.answer.map((p) => `(${p.left}—${p.right})`);
    case "open":
      return [`Model answer: ${q.modelAnswer}`];
  }
}

/** The words a question shows on the worksheet, in pieces that cannot be split by a blank. */
const promptPieces = (q: Question) => q.prompt.split("____").map(squash).filter(Boolean);

beforeAll(async () => {
  browser = await launchBrowser();
  teacher = await newPage(browser);
  await signIn(teacher, "teacher", "teach-studykit");
  const articles = await callApi<{ id: string; title: string }[]>(
    teacher,
    "articles.list",
    undefined,
    "GET",
  );
  const set = await callApi<{ id: string }>(
    teacher,
    "sets.createFromMix",
    {
      title: `Worksheet check ${unique()}`,
      articleId: articles[0]!.id,
      count: TYPES.length,
      types: Object.fromEntries(TYPES.map((t) => [t, 1])),
    },
    "POST",
  );
  setId = set.id;
  const loaded = await callApi<{ questions: { question: Question }[] }>(
    teacher,
    "sets.get",
    { setId },
    "GET",
  );
  questions = loaded.questions.map((q) => q.question);
  expect(new Set(questions.map((q) => q.type)).size).toBe(TYPES.length);
});
afterAll(() => browser?.close());

describe("the printable worksheet", () => {
  it("shows every question with room to answer, and passes axe on screen", async () => {
    await open(teacher, `/teacher/sets/${setId}/worksheet`);
    await teacher.getByRole("heading", { level: 1, name: /^Worksheet: / }).waitFor();
    const sheet = teacher.locator("[data-part=worksheet]");
    for (const label of ["Name:", "Class:", "Date:"]) await sheet.getByText(label).waitFor();
    const items = sheet.locator("li.worksheet-item");
    expect(await items.count()).toBe(questions.length);
    for (const [i, q] of questions.entries()) {
      const text = squash((await items.nth(i).textContent())!);
      expect(text.startsWith(`${i + 1}.`)).toBe(true);
      for (const piece of promptPieces(q)) expect(text).toContain(piece);
    }
    // Lines to write on: one blank per cloze, five per open question.
    expect(await sheet.getByRole("img", { name: "blank" }).count()).toBe(
      questions.filter((q) => q.type === "cloze").length,
    );
    // Boxes to tick for every choice, True/False included.
    const choiceCount = questions.reduce(
      (n, q) => n + (q.type === "true_false" ? 2 : Array.isArray(q.options) ? q.options.length : 0),
      0,
    );
    expect(await sheet.locator(".worksheet-box").count()).toBe(choiceCount);
    await teacher.getByRole("button", { name: "Print / save as PDF" }).waitFor();
    expect(await seriousViolations(teacher)).toEqual([]);
    await screenshot(teacher, "worksheet-screen");
  });

  it("prints every prompt on the worksheet pages and the answers only in the key, on its own page", async () => {
    await open(teacher, `/teacher/sets/${setId}/worksheet`);
    await teacher.emulateMedia({ media: "print" });
    // Black on white, and no navigation or buttons on paper.
    const colours = await teacher.evaluate(() => ({
      body: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.querySelector("[data-part=worksheet] li")!).color,
      header: getComputedStyle(document.querySelector("header")!).display,
      button: [...document.querySelectorAll("button")]
        .find((b) => b.textContent?.includes("Print"))!
        .checkVisibility(),
    }));
    expect(colours).toEqual({
      body: "rgb(255, 255, 255)",
      text: "rgb(0, 0, 0)",
      header: "none",
      button: false,
    });

    const pages = await printedPages(teacher, "worksheet.pdf");
    const { keyStart, sheet, key } = splitAtKey(pages);
    expect(keyStart).toBeGreaterThan(0);
    // The key's page starts with its heading: nothing of the worksheet runs onto it.
    expect(key[0]!.startsWith(squash("Answer key:"))).toBe(true);
    const sheetText = sheet.join("");
    const keyText = key.join("");
    for (const word of ["Name:", "Class:", "Date:"]) expect(sheetText).toContain(word);
    for (const absent of ["Print/saveasPDF", "Questionbank", "Whattoprint"])
      expect(pages.join("")).not.toContain(absent);

    // Each question's stretch of the worksheet: from its number and prompt to the next one's.
    const starts = questions.map((q, i) => {
      const at = sheetText.indexOf(`${i + 1}.${promptPieces(q)[0]}`);
      expect(at, `question ${i + 1} numbered on the worksheet`).toBeGreaterThan(-1);
      return at;
    });
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    for (const [i, q] of questions.entries()) {
      const n = i + 1;
      const stretch = sheetText.slice(starts[i], starts[i + 1]);
      for (const piece of promptPieces(q)) expect(stretch, `prompt of ${n}`).toContain(piece);
      // A question is never split over two pages: its prompt and its last line share one.
      const last =
        q.type === "matching"
          ? q.options.right.at(-1)!
          : Array.isArray(q.options)
            ? q.options.at(-1)!
            : promptPieces(q).at(-1)!;
      expect(
        sheet.some((p) => p.includes(promptPieces(q)[0]!) && p.includes(squash(last))),
        `question ${n} on one page`,
      ).toBe(true);
      for (const entry of keyEntry(q, n)) {
        expect(keyText, `key of ${n}`).toContain(squash(`${n}.`));
        expect(keyText, `key of ${n}`).toContain(squash(entry));
        // The answer is not given away where the question is (another question may name it).
        expect(stretch, `answer of ${n} not on the worksheet`).not.toContain(squash(entry));
      }
    }
  });

  it("prints the worksheet only, or the key only", async () => {
    await teacher.emulateMedia({ media: "screen" });
    await open(teacher, `/teacher/sets/${setId}/worksheet`);
    await teacher.getByRole("radio", { name: "Worksheet only" }).check();
    await teacher.getByRole("heading", { name: /^Answer key:/ }).waitFor({ state: "detached" });
    const sheetOnly = (await printedPages(teacher)).join("");
    expect(sheetOnly).not.toContain(squash("Answer key"));
    for (const q of questions) expect(sheetOnly).toContain(promptPieces(q)[0]);

    await teacher.getByRole("radio", { name: "Answer key only" }).check();
    await teacher.getByRole("heading", { name: /^Answer key:/ }).waitFor();
    const keyPages = await printedPages(teacher);
    // No blank first page before the key, and no worksheet on any page.
    expect(keyPages[0]!.startsWith(squash("Answer key:"))).toBe(true);
    expect(keyPages.join("")).not.toContain("Name:");
    for (const [i, q] of questions.entries())
      for (const entry of keyEntry(q, i + 1)) expect(keyPages.join("")).toContain(squash(entry));
  });

  it("is the set owner's only: a student is sent away, another teacher finds nothing", async () => {
    const student = await newPage(browser);
    await signIn(student, "amira", "learn-studykit");
    await student.goto(`/teacher/sets/${setId}/worksheet`);
    expect(new URL(student.url()).pathname).not.toContain("/worksheet");
    expect(await student.getByText("Answer key").count()).toBe(0);
    await student.context().close();

    const other = await newPage(browser);
    await signUpTeacher(other, "Another Teacher");
    await other.goto(`/teacher/sets/${setId}/worksheet`);
    await other.getByRole("heading", { name: "Question set not found" }).waitFor();
    expect(await other.getByText("Answer key").count()).toBe(0);
    await other.context().close();
  });
});
