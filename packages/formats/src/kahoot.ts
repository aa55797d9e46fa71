// A Kahoot! quiz spreadsheet laid out as Kahoot's own import template (KahootQuizTemplate.xlsx):
// a few lines of instructions, the header on row 8, one question a row from row 9 in columns B–H.
import ExcelJS from "exceljs";
import { fileStem } from "./feedback";
import type { ExchangeSet, ExportFile, SkippedExport } from "./types";

export const KAHOOT_HEADER_ROW = 8;
export const KAHOOT_QUESTION_MAX = 120;
export const KAHOOT_ANSWER_MAX = 75;
export const KAHOOT_TIME_LIMITS = [5, 10, 20, 30, 60, 90, 120, 240] as const;
export const KAHOOT_COLUMNS = [
  "Question - max 120 characters",
  "Answer 1 - max 75 characters",
  "Answer 2 - max 75 characters",
  "Answer 3 - max 75 characters",
  "Answer 4 - max 75 characters",
  "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
  "Correct answer(s) - choose at least one",
] as const;

interface KahootRow {
  question: string;
  answers: string[];
  timeLimit: number;
  correct: number[];
}

/** Time to read the question and its answers: 20 s for short ones, 30 s, else 60 s. */
function timeLimitFor(question: string, answers: string[]): number {
  const length = question.length + answers.join("").length;
  return length <= 100 ? 20 : length <= 180 ? 30 : 60;
}

export async function exportKahoot(set: ExchangeSet): Promise<ExportFile> {
  const rows: KahootRow[] = [];
  const skipped: SkippedExport[] = [];
  for (const { id, question: q } of set.questions) {
    let answers: string[];
    let correct: number[];
    if (q.type === "multiple_choice" || q.type === "numeric" || q.type === "attribution") {
      answers = q.options;
      correct = [q.options.indexOf(q.answer) + 1];
    } else if (q.type === "true_false") {
      answers = ["True", "False"];
      correct = [q.answer ? 1 : 2];
    } else {
      skipped.push({
        questionId: id,
        reason: `Kahoot! quizzes hold questions with up to four answers to pick from, not ${q.type.replace(/_/g, " ")}`,
      });
      continue;
    }
    // Never cut a question short: one that does not fit is reported, not truncated.
    if (answers.length > 4) {
      skipped.push({
        questionId: id,
        reason: `Kahoot! allows at most 4 answers; this question has ${answers.length}`,
      });
      continue;
    }
    if (q.prompt.length > KAHOOT_QUESTION_MAX) {
      skipped.push({
        questionId: id,
        reason: `the question is ${q.prompt.length} characters long; Kahoot! allows ${KAHOOT_QUESTION_MAX}`,
      });
      continue;
    }
    const long = answers.find((a) => a.length > KAHOOT_ANSWER_MAX);
    if (long) {
      skipped.push({
        questionId: id,
        reason: `an answer is ${long.length} characters long; Kahoot! allows ${KAHOOT_ANSWER_MAX}`,
      });
      continue;
    }
    rows.push({ question: q.prompt, answers, timeLimit: timeLimitFor(q.prompt, answers), correct });
  }

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "StudyKit";
  const sheet = workbook.addWorksheet("Sheet1");
  sheet.getCell("B2").value = `Kahoot! quiz: ${set.title}`;
  sheet.getCell("B3").value =
    "Made by StudyKit in the layout of Kahoot!'s quiz spreadsheet template. In Kahoot!: Create > Add question > Import spreadsheet.";
  sheet.getCell("B4").value =
    `${rows.length} questions; ${skipped.length} left out (too long, more than 4 answers, or not a choice question).`;
  const header = sheet.getRow(KAHOOT_HEADER_ROW);
  KAHOOT_COLUMNS.forEach((title, i) => (header.getCell(i + 2).value = title));
  header.font = { bold: true };
  rows.forEach((row, i) => {
    const r = sheet.getRow(KAHOOT_HEADER_ROW + 1 + i);
    r.getCell(1).value = i + 1;
    r.getCell(2).value = row.question;
    for (let a = 0; a < 4; a++) r.getCell(3 + a).value = row.answers[a] ?? null;
    r.getCell(7).value = row.timeLimit;
    r.getCell(8).value = row.correct.join(",");
  });
  sheet.getColumn(2).width = 60;
  for (let c = 3; c <= 6; c++) sheet.getColumn(c).width = 30;
  sheet.getColumn(7).width = 16;
  sheet.getColumn(8).width = 16;
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    format: "kahoot-xlsx",
    filename: `${fileStem(set.title)}.kahoot.xlsx`,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body: new Uint8Array(buffer as ArrayBuffer),
    skipped,
  };
}
