// Test support: reads an exported file back the way the receiving tool would, so the API and E2E
// tests can compare it with the set. Moodle XML and GIFT go through @studykit/formats's own
// importers; the others through the format's library (fflate and fast-xml-parser for the QTI
// package, csv-parse for the flashcards, exceljs for Kahoot!) or, for Aiken, its three-line rules.
import { importQuestions, type ExportFormat } from "@studykit/formats";
import type { Question } from "@studykit/content";
import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { XMLParser } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";

export interface ReadQuestion {
  /** The prompt (for QTI, the item body's text: the prompt with the interaction in it). */
  text: string;
  /** The right answer as text, where the format states one plainly. */
  answer: string | null;
}

export type ReadBack =
  | { kind: "questions"; questions: ReadQuestion[] }
  | { kind: "cards"; cards: { front: string; back: string }[] };

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_" });

/** Every text node under an XML node, in document order. */
function textOf(node: unknown): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join(" ");
  if (node && typeof node === "object")
    return Object.entries(node)
      .filter(([key]) => !key.startsWith("@_"))
      .map(([, value]) => textOf(value))
      .join(" ");
  return "";
}

const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** A question's answer as the files spell it: an option's text, True/False, the missing words. */
export function answerText(q: Question): string | null {
  if (q.type === "true_false") return q.answer ? "True" : "False";
  if (q.type === "matching" || q.type === "open") return null;
  return q.answer;
}

export async function readExport(
  format: ExportFormat,
  body: Uint8Array | string,
): Promise<ReadBack> {
  const text = typeof body === "string" ? body : strFromU8(body);
  switch (format) {
    case "moodle-xml":
    case "gift": {
      const result = importQuestions(format, text);
      return {
        kind: "questions",
        questions: result.questions.map(({ question }) => ({
          text: question.prompt,
          answer: answerText(question as Question),
        })),
      };
    }
    case "aiken":
      return {
        kind: "questions",
        questions: text
          .trim()
          .split(/\n\s*\n/)
          .map((block) => {
            const lines = block.split("\n");
            const letter = lines.at(-1)!.replace(/^ANSWER:\s*/, "");
            const option = lines.find((l) => l.startsWith(`${letter}. `));
            return { text: lines[0]!, answer: option ? option.slice(3) : null };
          }),
      };
    case "qti3": {
      if (typeof body === "string") throw new Error("a QTI package is a zip, not text");
      const files = unzipSync(body);
      const manifest = xml.parse(strFromU8(files["imsmanifest.xml"]!)) as {
        manifest: { resources: { resource: unknown } };
      };
      const resources = asArray(manifest.manifest.resources.resource) as { "@_href": string }[];
      return {
        kind: "questions",
        questions: resources.map((r) => {
          const item = (
            xml.parse(strFromU8(files[r["@_href"]]!)) as {
              "qti-assessment-item": Record<string, unknown>;
            }
          )["qti-assessment-item"];
          return { text: textOf(item["qti-item-body"]), answer: null };
        }),
      };
    }
    case "quizlet-tsv":
      return {
        kind: "cards",
        cards: (
          parseCsv(text, { delimiter: "\t", quote: false, relax_column_count: false }) as string[][]
        ).map(([front, back]) => ({ front: front!, back: back! })),
      };
    case "anki-csv":
      return {
        kind: "cards",
        cards: (
          parseCsv(
            text
              .split("\n")
              .filter((l) => !l.startsWith("#"))
              .join("\n"),
          ) as string[][]
        ).map(([front, back]) => ({ front: front!, back: back! })),
      };
    case "kahoot-xlsx": {
      if (typeof body === "string") throw new Error("a Kahoot! spreadsheet is binary, not text");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(body) as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      const questions: ReadQuestion[] = [];
      // The template's rows: a number in A, the question in B, answers C–F, the correct one in H.
      sheet.eachRow((row) => {
        if (typeof row.getCell(1).value !== "number") return;
        const correct = Number(String(row.getCell(8).value).split(",")[0]);
        questions.push({
          text: String(row.getCell(2).value),
          answer: String(row.getCell(2 + correct).value),
        });
      });
      return { kind: "questions", questions };
    }
  }
}
