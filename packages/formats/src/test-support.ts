// Test sets built from the shipped article: real questions of every type.
import { deriveStudyKit, type ChoiceQuestion, type Question } from "@studykit/content";
import { readDefaultArticle } from "@studykit/content/default-article";
import type { ExchangeSet } from "./types";

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
