// Aiken: one single-answer multiple-choice question per block, options lettered, then ANSWER.
// https://docs.moodle.org/en/Aiken_format
import { fileStem } from "./feedback";
import type { ExchangeSet, ExportFile, SkippedExport } from "./types";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function exportAiken(set: ExchangeSet): ExportFile {
  const blocks: string[] = [];
  const skipped: SkippedExport[] = [];
  for (const { id, question: q } of set.questions) {
    if (q.type !== "multiple_choice" && q.type !== "numeric" && q.type !== "attribution") {
      skipped.push({
        questionId: id,
        reason: `Aiken holds only multiple-choice questions, not ${q.type.replace(/_/g, " ")}`,
      });
      continue;
    }
    if (q.options.length > LETTERS.length) {
      skipped.push({ questionId: id, reason: "Aiken letters at most 26 options" });
      continue;
    }
    const correct = q.options.indexOf(q.answer);
    blocks.push(
      [
        oneLine(q.prompt),
        ...q.options.map((o, i) => `${LETTERS[i]}. ${oneLine(o)}`),
        `ANSWER: ${LETTERS[correct]}`,
      ].join("\n"),
    );
  }
  return {
    format: "aiken",
    filename: `${fileStem(set.title)}.aiken.txt`,
    mimeType: "text/plain; charset=utf-8",
    body: blocks.length ? `${blocks.join("\n\n")}\n` : "",
    skipped,
  };
}
