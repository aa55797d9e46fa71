// What a teacher brings (pasted text, or a .txt, .md or .html file) as article text for
// deriveStudyKit, with the limits and one-line errors the import form shows.
import { ArticleError } from "./errors";
import { articleTextFromHtml } from "./html-article";
import { articleTextFromMarkdown } from "./markdown-article";
import { looksBinary } from "./read-article";
import type { StudyKit } from "./types";

export const INPUT_KINDS = ["paste", "txt", "md", "html"] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

/** Longest article text accepted, in characters: about 80,000 words, a short book. */
export const MAX_INPUT_TEXT_CHARS = 500_000;
/** Longest web page accepted, in characters: pages carry far more markup than prose. */
export const MAX_INPUT_HTML_CHARS = 2_000_000;

/** The limit for one kind of input, in characters. */
export function inputLimit(kind: InputKind): number {
  return kind === "html" ? MAX_INPUT_HTML_CHARS : MAX_INPUT_TEXT_CHARS;
}

const count = (n: number) => n.toLocaleString("en");

function tooLong(what: string, length: number, limit: number): ArticleError {
  return new ArticleError(
    "TOO_LARGE",
    `${what} is ${count(length)} characters long; the limit is ${count(limit)} characters`,
  );
}

/**
 * The cheap checks, before any parsing: empty, too long for its kind, or binary. A server runs
 * these while answering the request, and the rest later.
 */
export function checkInput(kind: InputKind, content: string): void {
  if (content.trim() === "") {
    throw new ArticleError("EMPTY", "the article is empty: paste its text or choose a file");
  }
  const limit = inputLimit(kind);
  if (content.length > limit) {
    throw tooLong(kind === "html" ? "the page" : "the text", content.length, limit);
  }
  if (looksBinary(content)) {
    throw new ArticleError(
      "NOT_TEXT",
      "this looks like a binary file, not text: choose a .txt, .md or .html file",
    );
  }
}

/** Article text from a teacher's input: title, blank line, paragraphs separated by blank lines. */
export function articleTextFromInput(kind: InputKind, content: string): string {
  checkInput(kind, content);
  const text =
    kind === "html"
      ? articleTextFromHtml(content)
      : kind === "md"
        ? articleTextFromMarkdown(content)
        : content;
  if (text.trim() === "") {
    throw new ArticleError("EMPTY", "the file holds no article text");
  }
  if (text.length > MAX_INPUT_TEXT_CHARS) {
    throw tooLong("the article's text", text.length, MAX_INPUT_TEXT_CHARS);
  }
  return text;
}

/** Refuses a kit with nothing to ask: sentences were read, but no question came of them. */
export function assertQuestionWorthy(kit: StudyKit): void {
  if (kit.questions.length === 0) {
    throw new ArticleError(
      "NO_QUESTIONS",
      "no facts or questions could be found in this text: it needs full sentences of news, with names, places or figures",
    );
  }
}
