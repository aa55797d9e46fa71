// The interface other packages code against: a question set in, files out; files in, drafts out.
import type { Question, QuestionDraft, Stance } from "@studykit/content";

export interface ExchangeFact {
  id: string;
  text: string;
  stance: Stance;
  attribution: string | null;
}

export interface ExchangeQuestion {
  id: string;
  /** The effective question: teacher edits applied. */
  question: Question;
  factIds: string[];
  /** The source sentence's text; null for imported questions. */
  source: string | null;
}

export interface ExchangeSet {
  id: string;
  title: string;
  articleTitle: string | null;
  questions: ExchangeQuestion[];
  facts: ExchangeFact[];
}

export type ExportFormat =
  "qti3" | "moodle-xml" | "gift" | "aiken" | "quizlet-tsv" | "anki-csv" | "kahoot-xlsx";

export interface SkippedExport {
  /** The question's id; for the flashcard formats (one card per fact) the fact's id. */
  questionId: string;
  reason: string;
}

export interface ExportFile {
  format: ExportFormat;
  filename: string;
  mimeType: string;
  body: Uint8Array | string;
  skipped: SkippedExport[];
}

export type ImportFormat = "moodle-xml" | "gift";

export interface ImportedQuestion {
  /** No id; sourceSentenceIds and factIds empty; stance "stated"; attribution null. */
  question: QuestionDraft;
  /** The question's name in the file, if it had one. */
  name: string | null;
}

export interface ImportResult {
  format: ImportFormat;
  /** The file's (first) category, if it names one. */
  title: string | null;
  questions: ImportedQuestion[];
  skipped: { index: number; name: string | null; reason: string }[];
}

/** An unreadable file or one with nothing to import; the message is one line a teacher can act on. */
export class FormatError extends Error {
  override name = "FormatError";
}
