// GIFT: Moodle's plain-text question format (https://docs.moodle.org/en/GIFT_format). Written
// here; read with gift-pegjs, a maintained PEG grammar of the format.
import type { Question } from "@studykit/content";
import { parse, type GIFTQuestion, type TextFormat } from "gift-pegjs";
import {
  choiceDraft,
  clozeDraft,
  matchingDraft,
  openDraft,
  trueFalseDraft,
  Unsupported,
  importEntries,
} from "./drafts";
import { CORRECT_FEEDBACK, fileStem, incorrectFeedback, questionName } from "./feedback";
import { escapeHtml, htmlToText, readModelAnswerHtml } from "./html-text";
import { moodleCategory } from "./moodle-xml";
import { fromMoodleShortAnswer, moodleShortAnswer } from "./short-answer";
import type { ExchangeSet, ExportFile, ImportResult } from "./types";
import { FormatError } from "./types";

/** Escapes GIFT's reserved characters (as Moodle's own GIFT writer does); a line break becomes a space. */
export function escapeGift(text: string): string {
  return text.replace(/\r?\n/g, " ").replace(/[\\~=#{}:]/g, (c) => `\\${c}`);
}

/** Undoes escapeGift's escapes (for the comments StudyKit writes, which no GIFT reader unescapes). */
function unescapeGift(text: string): string {
  return text.replace(/\\([\\~=#{}:])/g, "$1");
}

/**
 * Text Moodle shows (question text, choices, items to match, feedback): marked [html] and
 * HTML-escaped, then GIFT-escaped. Without [html] Moodle reads the text as HTML all the same, so
 * `Dr. <X>` showed as "Dr." and `&amp;` as "&". An explicit [html] on every piece also keeps text
 * that starts with "%" or "[…]" from reading as a weight or a format.
 */
function html(text: string): string {
  return `[html]${escapeGift(escapeHtml(text))}`;
}

/**
 * A short answer's accepted spelling: plain text, since Moodle matches it against what the student
 * types (it keeps no format for it), with "*" escaped. A leading "%" gets an explicit weight and a
 * leading "[" an explicit [plain], so neither reads as a weight or a format.
 */
function shortAnswer(text: string): string {
  const weight = text.startsWith("%") ? "%100%" : "";
  const format = text.startsWith("[") ? "[plain]" : "";
  return `=${weight}${format}${moodleShortAnswer(escapeGift(text))}`;
}

function feedback(text: string): string {
  return `#${html(text)}`;
}

/**
 * Why GIFT cannot hold a question, if it cannot: Moodle reads a short-answer question with "->" in
 * an answer as a matching question (its answers are plain text, so the arrow cannot be escaped).
 */
function giftLimit(q: Question): string | null {
  if (q.type === "cloze" && [q.answer, ...q.acceptableAnswers].some((t) => t.includes("->")))
    return `an answer contains "->", which GIFT reads as a matching pair; use Moodle XML for this question`;
  return null;
}

const MODEL_ANSWER = "Model answer: ";
const RUBRIC = "Rubric: ";

function writeQuestion(q: Question, index: number): string {
  const name = `::${escapeGift(questionName(q, index))}::`;
  const question = `${name}${html(q.prompt)}`;
  const general = `####${html(q.explanation)}`;
  // Moodle takes "[id:…]" in a question's comments as its id number ("\]" for "]").
  const lines: string[] = [
    `// ${q.type.replace(/_/g, " ")} question [id:${q.id.replaceAll("]", "\\]")}]`,
  ];
  switch (q.type) {
    case "multiple_choice":
    case "numeric":
    case "attribution":
      lines.push(`${question} {`);
      for (const option of q.options)
        lines.push(
          option === q.answer
            ? `  =${html(option)}${feedback(CORRECT_FEEDBACK)}`
            : `  ~${html(option)}${feedback(incorrectFeedback(q))}`,
        );
      lines.push(`  ${general}`, "}");
      break;
    case "true_false":
      // GIFT: the first feedback is shown for a wrong answer, the second for a right one.
      lines.push(
        `${question} {${q.answer ? "TRUE" : "FALSE"}${feedback(incorrectFeedback(q))}${feedback(CORRECT_FEEDBACK)}${general}}`,
      );
      break;
    case "cloze": {
      // The blank stays in the text; the accepted answers follow it (a short-answer question).
      const accepted = [...new Set([q.answer, ...q.acceptableAnswers])];
      lines.push(
        `${question} {`,
        ...accepted.map((a) => `  ${shortAnswer(a)}${feedback(CORRECT_FEEDBACK)}`),
        `  ${general}`,
        "}",
      );
      break;
    }
    case "matching":
      // The item is HTML (so "->" in it is "-&gt;"); its match is plain text in a menu.
      lines.push(
        `${question} {`,
        ...q.answer.map((p) => `  =${html(p.left)} -> ${escapeGift(p.right)}`),
        `  ${general}`,
        "}",
      );
      break;
    case "open":
      // An essay. GIFT has no grader information, and Moodle shows the general feedback to students
      // after their attempt, so the model answer and rubric are comments for the teacher: Moodle
      // does not import comments; StudyKit's importer reads them back.
      lines.push(
        `// ${MODEL_ANSWER}${escapeGift(q.modelAnswer)}`,
        ...q.rubric.map((r) => `// ${RUBRIC}${escapeGift(r)}`),
        `${question} {${general}}`,
      );
      break;
  }
  return lines.join("\n");
}

export function exportGift(set: ExchangeSet): ExportFile {
  const header = [
    `// StudyKit question set: ${set.title}`,
    ...(set.articleTitle ? [`// From the article: ${set.articleTitle}`] : []),
    ...(set.questions.some((eq) => eq.question.type === "open")
      ? [
          "// Essays: the model answer and rubric are the comments above each essay, for the teacher.",
          "// GIFT has no grader information and Moodle does not import comments.",
        ]
      : []),
    // Moodle reads the category line as it is, except that "\\\\" is "\\".
    `$CATEGORY: ${moodleCategory(set.title).replaceAll("\\", "\\\\")}`,
  ].join("\n");
  const skipped: ExportFile["skipped"] = [];
  const questions: string[] = [];
  set.questions.forEach((eq, i) => {
    const limit = giftLimit(eq.question);
    if (limit) skipped.push({ questionId: eq.id, reason: limit });
    else questions.push(writeQuestion(eq.question, i));
  });
  const body = [header, ...questions].join("\n\n");
  return {
    format: "gift",
    filename: `${fileStem(set.title)}.gift.txt`,
    mimeType: "text/plain; charset=utf-8",
    body: `${body}\n`,
    skipped,
  };
}

// ---- Import ----

// gift-pegjs reads "\\\\" followed by a reserved character as an escaped reserved character; like
// Moodle's own reader, swap escaped backslashes for a placeholder before parsing.
const BACKSLASH = "\uE000";
const restore = (text: string) => text.replaceAll(BACKSLASH, "\\");

/** gift-pegjs leaves its escape placeholders ("&&035;" for "#") in matching answers; decode them. */
function matchAnswer(text: string): string {
  return text.replace(/&&(\d{3});/g, (_, code: string) => String.fromCharCode(Number(code)));
}

function plain(text: TextFormat | null | undefined): string {
  if (!text) return "";
  const t = restore(text.text);
  return text.format === "html" ? htmlToText(t) : t.replace(/\s+/g, " ").trim();
}

type ModelAnswer = { modelAnswer: string; rubric: string[] };

/** The model answers and rubrics StudyKit's export writes as comments above essays, by question id. */
function essayComments(text: string): Map<string, ModelAnswer> {
  const found = new Map<string, ModelAnswer>();
  let id: string | null = null;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line.startsWith("//")) {
      id = null;
      continue;
    }
    const comment = line.slice(2).trim();
    const marked = /\[id:((?:\\\]|[^\]])+)\]/.exec(comment);
    if (marked) id = marked[1]!.trim().replaceAll("\\]", "]");
    else if (id && comment.startsWith(MODEL_ANSWER))
      found.set(id, { modelAnswer: unescapeGift(comment.slice(MODEL_ANSWER.length)), rubric: [] });
    else if (id && comment.startsWith(RUBRIC))
      found.get(id)?.rubric.push(unescapeGift(comment.slice(RUBRIC.length)));
  }
  return found;
}

function readQuestion(
  q: Exclude<GIFTQuestion, { type: "Category" | "Description" }>,
  essays: Map<string, ModelAnswer>,
) {
  const prompt = plain(q.stem);
  if (!prompt) throw new Unsupported("the question has no text");
  const explanation = plain(q.globalFeedback) || null;
  switch (q.type) {
    case "MC":
      if (q.choices.some((c) => c.weight !== null && c.weight > 0 && c.weight < 100))
        throw new Unsupported(
          "partial-credit answers are not supported (StudyKit's choice questions have one answer)",
        );
      return choiceDraft(
        prompt,
        q.choices.map((c) => ({ text: plain(c.text), correct: c.isCorrect })),
        explanation,
      );
    case "TF":
      return trueFalseDraft(prompt, q.isTrue, explanation);
    case "Short":
      return clozeDraft(
        prompt,
        q.choices
          .filter((c) => c.isCorrect && (c.weight === null || c.weight >= 100))
          // As Moodle does: a short answer is plain text whatever the question's format.
          .map((c) => fromMoodleShortAnswer(restore(c.text.text).trim())),
        explanation,
      );
    case "Numerical": {
      const choices = Array.isArray(q.choices)
        ? q.choices
            .filter((c) => c.isCorrect && (c.weight === null || c.weight >= 100))
            .map((c) => c.text)
        : [q.choices];
      if (choices.some((c) => c.type !== "simple" || (c.range !== undefined && c.range !== 0)))
        throw new Unsupported(
          "numerical answers with a range are not supported; StudyKit matches the typed number exactly",
        );
      return clozeDraft(
        prompt,
        choices.map((c) => String(c.number)),
        explanation,
      );
    }
    case "Matching":
      return matchingDraft(
        prompt,
        q.matchPairs.map((p) => ({
          left: plain(p.subquestion),
          right: restore(matchAnswer(p.subanswer)).trim(),
        })),
        explanation,
      );
    case "Essay": {
      // StudyKit's own export: the model answer in comments, the general feedback the explanation.
      const commented = q.id ? essays.get(q.id) : undefined;
      if (commented) return openDraft(prompt, commented, explanation);
      // Other files (and StudyKit's before issue 16): the model answer is the general feedback.
      const fb = q.globalFeedback;
      const model = fb
        ? fb.format === "html"
          ? readModelAnswerHtml(restore(fb.text))
          : { modelAnswer: plain(fb), rubric: [] }
        : null;
      return openDraft(prompt, model, null);
    }
  }
}

export function importGift(text: string): ImportResult {
  if (!text.trim()) throw new FormatError("The file is empty.");
  if (!text.split("\n").some((line) => line.trim() && !line.trim().startsWith("//")))
    throw new FormatError("The GIFT file contains no questions.");
  let parsed: GIFTQuestion[];
  try {
    parsed = parse(
      text
        .replace(/^\uFEFF/, "")
        .replace(/\r\n?/g, "\n")
        .replaceAll("\\\\", BACKSLASH),
    );
  } catch (error) {
    const where = (error as { location?: { start?: { line?: number } } }).location?.start?.line;
    throw new FormatError(
      `This is not readable GIFT${where ? ` (line ${where})` : ""}: ${(error as Error).message.split("\n")[0]}`,
    );
  }
  const essays = essayComments(text.replace(/\r\n?/g, "\n"));
  return importEntries(
    "gift",
    "GIFT",
    parsed.map((q) =>
      q.type === "Category"
        ? { category: restore(q.title) }
        : {
            name: q.title ? restore(q.title).trim() || null : null,
            read: () => {
              if (q.type === "Description")
                throw new Unsupported("a description is text, not a question");
              return readQuestion(q, essays);
            },
          },
    ),
  );
}
