// Moodle XML: the question bank format Moodle (and tools that read it) imports and exports.
// https://docs.moodle.org/en/Moodle_XML_format
import type { Question } from "@studykit/content";
import { XMLParser, XMLValidator } from "fast-xml-parser";
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
import { fromMoodleShortAnswer, moodleShortAnswer } from "./short-answer";
import { htmlParagraph, htmlToText, modelAnswerHtml, readModelAnswerHtml } from "./html-text";
import type { ExchangeSet, ExportFile, ImportedQuestion, ImportResult } from "./types";
import { cdata, comment, el, xmlDocument, type XmlNode } from "./xml";
import { FormatError } from "./types";

/** The category the set's questions land in: Moodle creates it under the course's top category. */
export function moodleCategory(title: string): string {
  return `$course$/top/StudyKit/${title.replace(/\//g, "-")}`;
}

/**
 * A <text> element as Moodle's own exporter writes one: text with & < > " or ' in CDATA. Moodle's
 * XML reader drops whitespace that stands alone between two escaped characters, so
 * `players&apos; &quot;strike` would import as `players'"strike`; in CDATA the text is one piece.
 * A line break becomes a space, since Moodle's reader also drops one standing between two words.
 */
function text(content: string): XmlNode {
  const oneLine = content.replace(/\r\n?|\n/g, " ");
  return el("text", {}, [/[&<>"']/.test(oneLine) ? cdata(oneLine) : oneLine]);
}

function html(tag: string, htmlText: string): XmlNode {
  return el(tag, { format: "html" }, [text(htmlText)]);
}

function combinedFeedback(q: Question): XmlNode[] {
  return [
    html("correctfeedback", htmlParagraph(CORRECT_FEEDBACK)),
    html("partiallycorrectfeedback", htmlParagraph("Partly correct.")),
    html("incorrectfeedback", htmlParagraph(incorrectFeedback(q))),
  ];
}

function answer(fraction: number, answerText: string, feedback: string, format = "html"): XmlNode {
  return el("answer", { fraction, format }, [
    text(format === "html" ? htmlParagraph(answerText) : answerText),
    html("feedback", htmlParagraph(feedback)),
  ]);
}

const MOODLE_TYPE = {
  multiple_choice: "multichoice",
  numeric: "multichoice",
  attribution: "multichoice",
  true_false: "truefalse",
  cloze: "shortanswer",
  matching: "matching",
  open: "essay",
} as const;

function typeSpecific(q: Question): XmlNode[] {
  const value = (tag: string, v: string | number) => el(tag, {}, [v]);
  switch (q.type) {
    case "multiple_choice":
    case "numeric":
    case "attribution":
      return [
        value("single", "true"),
        // StudyKit already placed the answer at random; keep its order.
        value("shuffleanswers", "false"),
        value("answernumbering", "abc"),
        value("showstandardinstruction", "0"),
        ...combinedFeedback(q),
        ...q.options.map((o) =>
          answer(
            o === q.answer ? 100 : 0,
            o,
            o === q.answer ? CORRECT_FEEDBACK : incorrectFeedback(q),
          ),
        ),
      ];
    case "true_false":
      return [
        answer(
          q.answer ? 100 : 0,
          "true",
          q.answer ? CORRECT_FEEDBACK : incorrectFeedback(q),
          "moodle_auto_format",
        ),
        answer(
          q.answer ? 0 : 100,
          "false",
          q.answer ? incorrectFeedback(q) : CORRECT_FEEDBACK,
          "moodle_auto_format",
        ),
      ];
    case "cloze":
      return [
        value("usecase", "0"),
        ...[...new Set([q.answer, ...q.acceptableAnswers])].map((a) =>
          answer(100, moodleShortAnswer(a), CORRECT_FEEDBACK, "moodle_auto_format"),
        ),
      ];
    case "matching":
      return [
        value("shuffleanswers", "true"),
        ...combinedFeedback(q),
        ...q.answer.map((pair) =>
          el("subquestion", { format: "html" }, [
            text(htmlParagraph(pair.left)),
            el("answer", {}, [text(pair.right)]),
          ]),
        ),
      ];
    case "open":
      return [
        value("responseformat", "editor"),
        value("responserequired", "1"),
        value("responsefieldlines", "10"),
        value("attachments", "0"),
        value("attachmentsrequired", "0"),
        html("graderinfo", modelAnswerHtml(q.modelAnswer, q.rubric)),
        html("responsetemplate", ""),
      ];
  }
}

function questionXml(q: Question, index: number): XmlNode {
  return el("question", { type: MOODLE_TYPE[q.type] }, [
    el("name", {}, [text(questionName(q, index))]),
    html("questiontext", htmlParagraph(q.prompt)),
    html("generalfeedback", htmlParagraph(q.explanation)),
    el("defaultgrade", {}, ["1"]),
    el("penalty", {}, [q.type === "true_false" ? "1" : "0.3333333"]),
    el("hidden", {}, ["0"]),
    el("idnumber", {}, [q.id]),
    ...typeSpecific(q),
  ]);
}

export function exportMoodleXml(set: ExchangeSet): ExportFile {
  const category = el("question", { type: "category" }, [
    el("category", {}, [text(moodleCategory(set.title))]),
    html(
      "info",
      htmlParagraph(set.articleTitle ? `From the article: ${set.articleTitle}` : set.title),
    ),
  ]);
  const quiz = el("quiz", {}, [
    comment(`StudyKit question set: ${set.title}`),
    category,
    ...set.questions.map((eq, i) => questionXml(eq.question, i)),
  ]);
  return {
    format: "moodle-xml",
    filename: `${fileStem(set.title)}.moodle.xml`,
    mimeType: "application/xml",
    body: xmlDocument(quiz, true),
    skipped: [],
  };
}

// ---- Import ----

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ["question", "answer", "subquestion", "text"].includes(name),
});

function str(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "object" && "#text" in (value as Node))
    return String((value as Node)["#text"]);
  return "";
}

/** The text of a Moodle text field (<field format="…"><text>…</text></field>) as plain text. */
function fieldText(field: unknown, fallbackFormat = "html"): string {
  if (!field || typeof field !== "object") return "";
  const node = field as Node;
  const raw = str((node.text as unknown[] | undefined)?.[0]);
  const format = String(node["@_format"] ?? fallbackFormat);
  return format === "html" || format === "moodle_auto_format"
    ? htmlToText(raw)
    : raw.replace(/\s+/g, " ").trim();
}

function rawText(field: unknown): string {
  if (!field || typeof field !== "object") return "";
  return str(((field as Node).text as unknown[] | undefined)?.[0]);
}

function answers(q: Node): { text: string; fraction: number; feedback: string }[] {
  return ((q.answer as Node[] | undefined) ?? []).map((a) => ({
    text: fieldText(a, String(a["@_format"] ?? "html")),
    fraction: Number(a["@_fraction"] ?? 0),
    feedback: fieldText(a.feedback),
  }));
}

function readQuestion(type: string, q: Node): ImportedQuestion["question"] {
  const prompt = fieldText(q.questiontext);
  if (!prompt) throw new Unsupported("the question has no text");
  const explanation = fieldText(q.generalfeedback) || null;
  switch (type) {
    case "multichoice": {
      const list = answers(q);
      const single = str(q.single).trim().toLowerCase();
      if (single === "false" || single === "0") {
        // Several answers may be ticked; StudyKit can hold it only when exactly one earns full marks.
        const full = list.filter((a) => a.fraction >= 100);
        if (full.length !== 1 || list.some((a) => a.fraction > 0 && a.fraction < 100))
          throw new Unsupported(
            "more than one answer is correct (StudyKit's choice questions have exactly one)",
          );
      }
      return choiceDraft(
        prompt,
        list.map((a) => ({ text: a.text, correct: a.fraction >= 100 })),
        explanation,
      );
    }
    case "truefalse": {
      const list = answers(q);
      const right = list.find((a) => a.fraction >= 100);
      if (!right) throw new Unsupported("no answer is marked correct");
      return trueFalseDraft(prompt, right.text.toLowerCase() === "true", explanation);
    }
    case "shortanswer":
      // Short answers are compared with what the student types: plain text, not HTML.
      return clozeDraft(
        prompt,
        ((q.answer as Node[] | undefined) ?? [])
          .filter((a) => Number(a["@_fraction"] ?? 0) >= 100)
          .map((a) => fromMoodleShortAnswer(rawText(a).trim())),
        explanation,
      );
    case "numerical": {
      const list = ((q.answer as Node[] | undefined) ?? []).filter(
        (a) => Number(a["@_fraction"] ?? 0) >= 100,
      );
      if (list.some((a) => Number(str(a.tolerance) || "0") !== 0))
        throw new Unsupported(
          "numerical answers with a tolerance are not supported; StudyKit matches the typed number exactly",
        );
      return clozeDraft(
        prompt,
        list.map((a) => rawText(a).trim()),
        explanation,
      );
    }
    case "matching": {
      const pairs = ((q.subquestion as Node[] | undefined) ?? []).map((s) => ({
        left: fieldText(s),
        right: fieldText((s.answer as Node[] | undefined)?.[0], "plain_text"),
      }));
      return matchingDraft(prompt, pairs, explanation);
    }
    case "essay": {
      const grader = rawText(q.graderinfo);
      const format = String((q.graderinfo as Node | undefined)?.["@_format"] ?? "html");
      const model = grader
        ? format === "html"
          ? readModelAnswerHtml(grader)
          : { modelAnswer: grader.trim(), rubric: [] }
        : null;
      return openDraft(prompt, model, explanation);
    }
    case "description":
      throw new Unsupported("a description is text, not a question");
    default:
      throw new Unsupported(`Moodle's "${type}" questions are not supported`);
  }
}

export function importMoodleXml(text: string): ImportResult {
  if (!text.trim()) throw new FormatError("The file is empty.");
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    throw new FormatError(`This is not readable XML (line ${valid.err.line}: ${valid.err.msg}).`);
  let doc: Node;
  try {
    doc = parser.parse(text) as Node;
  } catch (error) {
    throw new FormatError(`This is not readable XML (${(error as Error).message.split("\n")[0]}).`);
  }
  if (!("quiz" in doc))
    throw new FormatError("This XML is not a Moodle question file: it has no <quiz> element.");
  const quiz = doc.quiz;
  const list =
    quiz && typeof quiz === "object" ? (((quiz as Node).question as Node[] | undefined) ?? []) : [];
  return importEntries(
    "moodle-xml",
    "Moodle XML",
    list.map((q) => {
      const type = String(q["@_type"] ?? "");
      return type === "category"
        ? { category: fieldText(q.category, "plain_text") }
        : { name: fieldText(q.name, "plain_text") || null, read: () => readQuestion(type, q) };
    }),
  );
}
