import type { ChoiceQuestion } from "@studykit/content";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportSet } from "./index";
import { KAHOOT_COLUMNS, KAHOOT_HEADER_ROW, KAHOOT_TIME_LIMITS } from "./kahoot";
import { shippedSet } from "./test-support";
import type { ExchangeSet } from "./types";

async function readSheet(body: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
  );
  const sheet = workbook.worksheets[0]!;
  const header = KAHOOT_COLUMNS.map((_, i) => sheet.getRow(KAHOOT_HEADER_ROW).getCell(i + 2).value);
  const rows: { question: string; answers: string[]; time: number; correct: string }[] = [];
  for (let r = KAHOOT_HEADER_ROW + 1; sheet.getRow(r).getCell(2).value; r++) {
    const row = sheet.getRow(r);
    rows.push({
      question: String(row.getCell(2).value),
      answers: [3, 4, 5, 6]
        .map((c) => row.getCell(c).value)
        .filter((v) => v !== null)
        .map(String),
      time: Number(row.getCell(7).value),
      correct: String(row.getCell(8).value),
    });
  }
  return { header, rows };
}

describe("Kahoot! spreadsheet export", () => {
  it("puts each fitting choice and true/false question in the template's rows", async () => {
    const set = shippedSet();
    const file = await exportSet("kahoot-xlsx", set);
    expect(file.filename).toMatch(/\.xlsx$/);
    expect(file.body).toBeInstanceOf(Uint8Array);
    const { header, rows } = await readSheet(file.body as Uint8Array);
    expect(header).toEqual([...KAHOOT_COLUMNS]);
    const skippedIds = new Set(file.skipped.map((s) => s.questionId));
    const kept = set.questions.filter((q) => !skippedIds.has(q.id));
    expect(rows).toHaveLength(kept.length);
    expect(kept.length + skippedIds.size).toBe(set.questions.length);
    rows.forEach((row, i) => {
      const q = kept[i]!.question;
      expect(row.question).toBe(q.prompt);
      expect(row.question.length).toBeLessThanOrEqual(120);
      expect(KAHOOT_TIME_LIMITS).toContain(row.time);
      if (q.type === "true_false") {
        expect(row.answers).toEqual(["True", "False"]);
        expect(row.correct).toBe(q.answer ? "1" : "2");
      } else {
        const c = q as ChoiceQuestion;
        expect(row.answers).toEqual(c.options);
        expect(row.answers[Number(row.correct) - 1]).toBe(c.answer);
      }
      row.answers.forEach((a) => expect(a.length).toBeLessThanOrEqual(75));
    });
    // Every question that was left out says why; none was cut short.
    for (const { questionId, reason } of file.skipped) {
      const q = set.questions.find((x) => x.id === questionId)!.question;
      if (["cloze", "matching", "open"].includes(q.type))
        expect(reason).toMatch(/^Kahoot! quizzes hold questions with up to four answers/);
      else
        expect(reason).toMatch(
          new RegExp(
            `^the question is ${q.prompt.length} characters long; Kahoot! allows 120$|^an answer is \\d+ characters long; Kahoot! allows 75$`,
          ),
        );
    }
    expect(file.skipped.some((s) => s.reason.startsWith("the question is"))).toBe(true);
  });

  it("reports long answers and more than four options", async () => {
    const base = shippedSet();
    const mc = base.questions.find(
      (q) => q.question.type === "multiple_choice" && q.question.prompt.length <= 120,
    );
    const q = mc!.question as ChoiceQuestion;
    const set: ExchangeSet = {
      ...base,
      questions: [
        { ...mc!, id: "long", question: { ...q, options: [q.answer, "x".repeat(76), "b", "c"] } },
        { ...mc!, id: "five", question: { ...q, options: [...q.options, "e"] } },
      ],
    };
    const file = await exportSet("kahoot-xlsx", set);
    expect(file.skipped).toEqual([
      { questionId: "long", reason: "an answer is 76 characters long; Kahoot! allows 75" },
      { questionId: "five", reason: "Kahoot! allows at most 4 answers; this question has 5" },
    ]);
    expect((await readSheet(file.body as Uint8Array)).rows).toEqual([]);
  });
});
