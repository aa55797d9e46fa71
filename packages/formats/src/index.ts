// @studykit/formats: question sets out to other tools' formats, Moodle XML and GIFT in. Pure:
// no database, no network.
import { exportAiken } from "./aiken";
import { exportAnki, exportQuizlet } from "./flashcards";
import { exportGift, importGift } from "./gift";
import { exportKahoot } from "./kahoot";
import { exportMoodleXml, importMoodleXml } from "./moodle-xml";
import { exportQti3 } from "./qti3";
import type {
  ExchangeSet,
  ExportFile,
  ExportFormat,
  ImportFormat,
  ImportResult,
  SkippedExport,
} from "./types";
import { FormatError } from "./types";

export * from "./types";
export { flashcards, type Flashcard } from "./flashcards";
export { escapeGift } from "./gift";

export const EXPORT_FORMATS: readonly {
  format: ExportFormat;
  label: string;
  description: string;
  extension: string;
  /** What one item of the file is: a question, or (flashcards) a key fact. */
  holds: "questions" | "facts";
}[] = [
  {
    format: "qti3",
    label: "QTI 3.0 package",
    description:
      "An item bank package (zip) for QTI 3.0 players and item banks. Every question type.",
    extension: "zip",
    holds: "questions",
  },
  {
    format: "moodle-xml",
    label: "Moodle XML",
    description:
      "For Moodle's question bank, with feedback and a category. Every question type; an essay's model answer and rubric go in its grader information, which only teachers see.",
    extension: "xml",
    holds: "questions",
  },
  {
    format: "gift",
    label: "GIFT",
    description:
      "Moodle's plain-text format, with feedback; also read by other LMS importers. Every question type. GIFT cannot turn shuffling off, so Moodle shuffles multiple-choice options; and it has no teachers-only field, so an essay's model answer and rubric are comments in the file, which Moodle does not import.",
    extension: "txt",
    holds: "questions",
  },
  {
    format: "aiken",
    label: "Aiken",
    description:
      "Multiple-choice questions only, without feedback, for Moodle's and other quiz importers. Moodle shuffles the options (Aiken cannot turn shuffling off).",
    extension: "txt",
    holds: "questions",
  },
  {
    format: "quizlet-tsv",
    label: "Quizlet flashcards",
    description: "Key facts as term and definition, tab-separated, for Quizlet's import.",
    extension: "tsv",
    holds: "facts",
  },
  {
    format: "anki-csv",
    label: "Anki flashcards",
    description: "Key facts as front and back cards, CSV for Anki's text import.",
    extension: "csv",
    holds: "facts",
  },
  {
    format: "kahoot-xlsx",
    label: "Kahoot! spreadsheet",
    description:
      "Multiple-choice and true/false questions that fit Kahoot!'s limits, as its quiz import template.",
    extension: "xlsx",
    holds: "questions",
  },
];

export async function exportSet(format: ExportFormat, set: ExchangeSet): Promise<ExportFile> {
  switch (format) {
    case "qti3":
      return exportQti3(set);
    case "moodle-xml":
      return exportMoodleXml(set);
    case "gift":
      return exportGift(set);
    case "aiken":
      return exportAiken(set);
    case "quizlet-tsv":
      return exportQuizlet(set);
    case "anki-csv":
      return exportAnki(set);
    case "kahoot-xlsx":
      return exportKahoot(set);
    default:
      throw new FormatError(`Unknown export format "${String(format)}".`);
  }
}

/** How much of a set one format's file holds, known before anything is downloaded. */
export interface ExportCoverage {
  format: ExportFormat;
  holds: "questions" | "facts";
  /** The set's questions (or, for flashcards, its key facts) the file holds, and of how many. */
  held: number;
  of: number;
  /** What the file leaves out, and why. */
  skipped: SkippedExport[];
}

/**
 * What each format will hold of `set`, found by making each file: the same rules as the download
 * itself, so the panel can say it before the teacher downloads.
 */
export async function exportCoverage(set: ExchangeSet): Promise<ExportCoverage[]> {
  return Promise.all(
    EXPORT_FORMATS.map(async ({ format, holds }) => {
      const of = holds === "facts" ? set.facts.length : set.questions.length;
      const { skipped } = await exportSet(format, set);
      return { format, holds, held: of - skipped.length, of, skipped };
    }),
  );
}

/** Which importer a file needs, from its name and then its content; null if neither fits. */
export function detectImportFormat(filename: string, text: string): ImportFormat | null {
  const name = filename.toLowerCase();
  const head = text.replace(/^\uFEFF/, "").trimStart();
  // Any XML goes to the Moodle reader, which says clearly when it is XML of another kind.
  if (head.startsWith("<") || name.endsWith(".xml")) return "moodle-xml";
  if (name.endsWith(".gift") || name.endsWith(".gift.txt")) return "gift";
  // GIFT's marks: a question in braces, a ::title::, or a $CATEGORY line.
  if (/\{[^]*\}/.test(head) || /^::/m.test(head) || /^\$CATEGORY:/m.test(head)) return "gift";
  return null;
}

export function importQuestions(format: ImportFormat, text: string): ImportResult {
  switch (format) {
    case "moodle-xml":
      return importMoodleXml(text);
    case "gift":
      return importGift(text);
    default:
      throw new FormatError(`Unknown import format "${String(format)}".`);
  }
}
