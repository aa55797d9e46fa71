import { readFileSync } from "node:fs";
import type { ChoiceQuestion } from "@studykit/content";
import { describe, expect, it } from "vitest";
import { exportSet, importQuestions } from "./index";
import { htmlToText, readModelAnswerHtml } from "./html-text";
import {
  awkwardSet,
  exportedXmlParser,
  importRefusal,
  SAMPLE_RIVER_PAIRS,
  shippedSet,
} from "./test-support";
import type { ExchangeSet } from "./types";

type Node = Record<string, unknown>;
const parser = exportedXmlParser(["question", "answer", "subquestion"]);
const text = (field: unknown) => htmlToText(String((field as Node).text ?? ""));

async function exported(set: ExchangeSet) {
  const file = await exportSet("moodle-xml", set);
  expect(typeof file.body).toBe("string");
  const quiz = (parser.parse(file.body as string) as { quiz: { question: Node[] } }).quiz;
  return { file, questions: quiz.question };
}

describe("Moodle XML export", () => {
  it("holds every question of the shipped set with its answers and feedback", async () => {
    const set = shippedSet();
    const { file, questions } = await exported(set);
    expect(file.filename).toMatch(/\.xml$/);
    expect(file.skipped).toEqual([]);
    const [category, ...items] = questions;
    expect(category!["@_type"]).toBe("category");
    expect((category!.category as Node).text).toBe(`$course$/top/StudyKit/${set.title}`);
    expect(items).toHaveLength(set.questions.length);
    const types = new Set<string>();
    items.forEach((item, i) => {
      const q = set.questions[i]!.question;
      types.add(q.type);
      expect(item.idnumber).toBe(q.id);
      expect(text(item.questiontext)).toBe(q.prompt);
      expect(text(item.generalfeedback)).toBe(q.explanation);
      const answers = (item.answer as Node[] | undefined) ?? [];
      const answer = (a: Node) => ({
        text: htmlToText(String(a.text)),
        fraction: Number(a["@_fraction"]),
        feedback: text(a.feedback),
      });
      switch (q.type) {
        case "multiple_choice":
        case "numeric":
        case "attribution":
          expect(item["@_type"]).toBe("multichoice");
          expect(item.single).toBe("true");
          expect(answers.map(answer)).toEqual(
            q.options.map((o) => ({
              text: o,
              fraction: o === q.answer ? 100 : 0,
              feedback: o === q.answer ? "Correct." : `Not quite. The answer is: ${q.answer}`,
            })),
          );
          expect(text(item.correctfeedback)).toBe("Correct.");
          expect(text(item.incorrectfeedback)).toBe(`Not quite. The answer is: ${q.answer}`);
          break;
        case "true_false":
          expect(item["@_type"]).toBe("truefalse");
          expect(answers.map(answer).map((a) => [a.text, a.fraction])).toEqual([
            ["true", q.answer ? 100 : 0],
            ["false", q.answer ? 0 : 100],
          ]);
          expect(answers.map(answer).find((a) => a.fraction === 100)!.feedback).toBe("Correct.");
          break;
        case "cloze":
          expect(item["@_type"]).toBe("shortanswer");
          expect(q.prompt).toContain("____");
          expect(answers.map(answer).map((a) => a.text)).toEqual([
            ...new Set([q.answer, ...q.acceptableAnswers]),
          ]);
          expect(answers.every((a) => answer(a).fraction === 100)).toBe(true);
          break;
        case "matching": {
          expect(item["@_type"]).toBe("matching");
          const pairs = (item.subquestion as Node[]).map((s) => ({
            left: htmlToText(String(s.text)),
            right: String((s.answer as Node[])[0]!.text),
          }));
          expect(pairs).toEqual(q.answer);
          break;
        }
        case "open": {
          expect(item["@_type"]).toBe("essay");
          const grader = readModelAnswerHtml(String((item.graderinfo as Node).text));
          expect(grader).toEqual({ modelAnswer: q.modelAnswer, rubric: q.rubric });
          break;
        }
      }
    });
    expect([...types].sort()).toEqual([
      "attribution",
      "cloze",
      "matching",
      "multiple_choice",
      "numeric",
      "open",
      "true_false",
    ]);
  });

  it("escapes XML and HTML special characters so the text reads back unchanged", async () => {
    const set = awkwardSet();
    const { questions } = await exported(set);
    const q = set.questions[0]!.question as ChoiceQuestion;
    expect(text(questions[1]!.questiontext)).toBe(q.prompt);
    expect((questions[1]!.answer as Node[]).map((a) => htmlToText(String(a.text)))).toEqual(
      q.options,
    );
    expect((questions[0]!.category as Node).text).toBe(
      "$course$/top/StudyKit/Awkward: {braces} & <tags> - slashes",
    );
  });
});

describe("Moodle XML import of a hand-written bank", () => {
  const sample = readFileSync(new URL("./samples/moodle-sample.xml", import.meta.url), "utf8");
  const result = importQuestions("moodle-xml", sample);

  it("takes the title from the category and imports each supported type", () => {
    expect(result.title).toBe("Week 3: Rivers & Lakes");
    expect(result.questions.map((q) => [q.name, q.question.type])).toEqual([
      ["Longest river", "multiple_choice"],
      ["Lake Baikal", "true_false"],
      ["Capital on the Danube", "cloze"],
      ["Source of the Nile", "cloze"],
      ["Great Lakes", "cloze"],
      ["Rivers and cities", "matching"],
      ["Dams", "open"],
    ]);
  });

  it("turns HTML into plain text and keeps answers and feedback", () => {
    const byName = new Map(result.questions.map((q) => [q.name, q.question]));
    expect(byName.get("Longest river")).toMatchObject({
      prompt: "Which river is the longest in Europe?",
      options: ["The Volga", "The Danube", "The Rhine & the Rhône", "The Thames"],
      answer: "The Volga",
      explanation: "The Volga is about 3,530 km long.",
      stance: "stated",
      attribution: null,
      sourceSentenceIds: [],
      factIds: [],
    });
    expect(byName.get("Lake Baikal")).toMatchObject({
      answer: true,
      options: ["True", "False"],
      explanation: "It is about 1,642 m deep.",
    });
    expect(byName.get("Capital on the Danube")).toMatchObject({
      prompt: "Vienna, Bratislava, Budapest and ____ are capitals on the Danube.",
      answer: "Belgrade",
      acceptableAnswers: ["Belgrade", "Beograd"],
      explanation: "The answer is: Belgrade",
    });
    expect(byName.get("Source of the Nile")).toMatchObject({
      prompt: "Which lake is the main source of the Nile? Answer: ____.",
      answer: "Lake Victoria",
    });
    expect(byName.get("Great Lakes")).toMatchObject({ answer: "5" });
    expect(byName.get("Rivers and cities")).toMatchObject({
      answer: SAMPLE_RIVER_PAIRS,
      options: { left: ["Paris", "London", "Cairo"], right: ["Thames", "Nile", "Seine"] },
    });
    expect(byName.get("Dams")).toMatchObject({
      modelAnswer: "A dam upstream changes how much water reaches the countries downstream.",
      rubric: ["Names the upstream/downstream conflict", "Gives an example"],
    });
  });

  it("reports what it cannot hold, with the reason", () => {
    expect(result.skipped).toEqual([
      {
        index: 1,
        name: "Rivers that cross borders",
        reason: expect.stringMatching(/more than one answer is correct/),
      },
      { index: 6, name: "Length of the Rhine", reason: expect.stringMatching(/tolerance/) },
      { index: 9, name: "Reflection", reason: expect.stringMatching(/model answer/) },
      { index: 10, name: "Read this first", reason: "a description is text, not a question" },
      { index: 11, name: "Flow rate", reason: `Moodle's "calculated" questions are not supported` },
      { index: 12, name: "Embedded", reason: `Moodle's "multianswer" questions are not supported` },
    ]);
  });
});

describe("Moodle XML import of bad input", () => {
  const fails = (text: string) => importRefusal("moodle-xml", text);

  it("refuses empty, non-XML, other XML and files without importable questions", () => {
    expect(fails("")).toBe("The file is empty.");
    expect(fails("   \n")).toBe("The file is empty.");
    expect(fails("Which river? {=Volga ~Danube}")).toMatch(/^This is not readable XML/);
    expect(fails("<quiz><question type='multichoice'>")).toMatch(
      /^This is not readable XML \(line 1/,
    );
    expect(fails('<?xml version="1.0"?><rss><channel/></rss>')).toBe(
      "This XML is not a Moodle question file: it has no <quiz> element.",
    );
    expect(fails("<quiz></quiz>")).toBe("The Moodle XML file contains no questions.");
    expect(
      fails(
        '<quiz><question type="category"><category><text>$course$/top/X</text></category></question><question type="calculated"><name><text>c</text></name><questiontext><text>x</text></questiontext></question></quiz>',
      ),
    ).toBe(
      `None of the 1 questions in the file can be imported (Moodle's "calculated" questions are not supported).`,
    );
  });
});
