// What the format tests share: test sets built from the shipped article (real questions of every
// type), a reader for exported XML, and what both importers' hand-written samples hold.
import { deriveStudyKit, type ChoiceQuestion, type Question } from "@studykit/content";
import { readDefaultArticle } from "@studykit/content/default-article";
import { XMLParser } from "fast-xml-parser";
import { expect } from "vitest";
import { importQuestions } from "./index";
import { FormatError, type ExchangeSet, type ImportFormat } from "./types";

let cached: ExchangeSet | undefined;

/** Every question and fact StudyKit derives from the shipped article, as one set. */
export function shippedSet(): ExchangeSet {
  if (cached) return cached;
  const kit = deriveStudyKit(readDefaultArticle());
  const sentences = new Map(kit.article.sentences.map((s) => [s.id, s.text]));
  cached = {
    id: "set_shipped",
    title: "Cross-border strikes: all questions",
    articleTitle: kit.article.title,
    questions: kit.questions.map((q) => ({
      id: q.id,
      question: q,
      factIds: q.factIds,
      source: sentences.get(q.sourceSentenceIds[0] ?? "") ?? null,
    })),
    facts: kit.facts.map((f) => ({
      id: f.id,
      text: f.text,
      stance: f.stance,
      attribution: f.attribution,
    })),
  };
  return cached;
}

/** A set with text that exercises every format's special characters. */
export function awkwardSet(): ExchangeSet {
  const base = shippedSet();
  const pick = (type: Question["type"]) => base.questions.find((q) => q.question.type === type)!;
  const mc = pick("multiple_choice");
  const q = mc.question as ChoiceQuestion;
  const weird = `Is {this} = ~that? #1: a\\b <b>"x" & 'y'</b>`;
  return {
    ...base,
    id: "set_awkward",
    title: "Awkward: {braces} & <tags> / slashes",
    questions: [
      {
        ...mc,
        question: {
          ...q,
          prompt: `Which one: ${weird}?`,
          options: [weird, "a => b", "50% = half", "C:\\path"],
          answer: weird,
          explanation: `Because ${weird}.`,
        },
      },
    ],
  };
}

/** What a question becomes after a round trip through Moodle XML or GIFT (both lack numeric and attribution). */
export function roundTripType(type: Question["type"]): Question["type"] {
  return type === "numeric" || type === "attribution" ? "multiple_choice" : type;
}

/**
 * Reads an exported XML file back as a tree: attributes as "@_name", values kept as text, the
 * elements named in `lists` always as lists.
 */
export function exportedXmlParser(
  lists: readonly string[],
  options: { trimValues?: boolean } = {},
): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    ...options,
    isArray: (name) => lists.includes(name),
  });
}

/** The one-line FormatError message an importer refuses `input` with; the test fails if it imports it. */
export function importRefusal(format: ImportFormat, input: string): string {
  try {
    importQuestions(format, input);
  } catch (error) {
    expect(error).toBeInstanceOf(FormatError);
    expect((error as Error).message).not.toContain("\n");
    return (error as Error).message;
  }
  throw new Error("imported bad input");
}

/** The pairs of "Rivers and cities", the matching question both hand-written samples hold. */
export const SAMPLE_RIVER_PAIRS = [
  { left: "Paris", right: "Seine" },
  { left: "London", right: "Thames" },
  { left: "Cairo", right: "Nile" },
];
