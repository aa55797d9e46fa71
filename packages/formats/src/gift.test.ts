import type { ChoiceQuestion } from "@studykit/content";
import { readFileSync } from "node:fs";
import { parse, type GIFTQuestion, type TextChoice } from "gift-pegjs";
import { describe, expect, it } from "vitest";
import { questionName } from "./feedback";
import { htmlToText } from "./html-text";
import { escapeGift, exportSet, importQuestions } from "./index";
import { awkwardSet, importRefusal, SAMPLE_RIVER_PAIRS, shippedSet } from "./test-support";

const text = (t: { text: string; format: string } | null) =>
  t === null ? null : t.format === "html" ? htmlToText(t.text) : t.text;

describe("GIFT export", () => {
  it("holds every question of the shipped set, read back by gift-pegjs", async () => {
    const set = shippedSet();
    const file = await exportSet("gift", set);
    expect(file.filename).toMatch(/\.txt$/);
    expect(file.skipped).toEqual([]);
    const [category, ...items] = parse(file.body as string);
    expect(category).toMatchObject({
      type: "Category",
      title: `$course$/top/StudyKit/${set.title}`,
    });
    expect(items).toHaveLength(set.questions.length);
    items.forEach((item, i) => {
      const q = set.questions[i]!.question;
      expect(item.type).not.toBe("Category");
      // gift-pegjs reads "[id:…]" in the comments as Moodle does.
      expect((item as { id?: string | null }).id).toBe(set.questions[i]!.id);
      const it = item as Exclude<GIFTQuestion, { type: "Category" | "Description" }>;
      expect(text(it.stem)).toBe(q.prompt);
      const choices =
        "choices" in it && Array.isArray(it.choices) ? (it.choices as TextChoice[]) : [];
      const wrong = `Not quite. The answer is: `;
      switch (q.type) {
        case "multiple_choice":
        case "numeric":
        case "attribution":
          expect(it.type).toBe("MC");
          expect(choices.map((c) => [text(c.text), c.isCorrect, text(c.feedback)])).toEqual(
            q.options.map((o) => [
              o,
              o === q.answer,
              o === q.answer ? "Correct." : `${wrong}${q.answer}`,
            ]),
          );
          break;
        case "true_false":
          expect(it).toMatchObject({ type: "TF", isTrue: q.answer });
          // GIFT's first true/false feedback is for a wrong answer, the second for a right one.
          expect(it.type === "TF" && [it.trueFeedback?.text, it.falseFeedback?.text]).toEqual([
            `${wrong}${q.answer ? "True" : "False"}`,
            "Correct.",
          ]);
          break;
        case "cloze":
          expect(it.type).toBe("Short");
          expect(choices.map((c) => c.text.text)).toEqual([
            ...new Set([q.answer, ...q.acceptableAnswers]),
          ]);
          expect(choices.every((c) => c.isCorrect)).toBe(true);
          break;
        case "matching":
          expect(
            it.type === "Matching" &&
              it.matchPairs.map((p) => ({ left: p.subquestion.text, right: p.subanswer })),
          ).toEqual(q.answer);
          break;
        case "open":
          // The model answer and rubric are comments above the essay, for the teacher only.
          expect(it.type).toBe("Essay");
          expect(file.body).toContain(
            [
              `// Model answer: ${escapeGift(q.modelAnswer)}`,
              ...q.rubric.map((r) => `// Rubric: ${escapeGift(r)}`),
              `::${escapeGift(questionName(q, i))}::`,
            ].join("\n"),
          );
          break;
      }
      expect(text(it.globalFeedback)).toBe(q.explanation);
    });
  });

  it("escapes ~ = # { } : and backslashes so the text reads back unchanged", async () => {
    expect(escapeGift("a~b=c#d{e}f:g\\h")).toBe("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h");
    const set = awkwardSet();
    const file = await exportSet("gift", set);
    const q = set.questions[0]!.question as ChoiceQuestion;
    const [category, item] = parse(file.body as string);
    expect(category).toMatchObject({
      title: `$course$/top/StudyKit/Awkward: {braces} & <tags> - slashes`,
    });
    // Every text is [html] with the HTML escaped, then GIFT-escaped.
    expect(item).toMatchObject({ type: "MC", stem: { format: "html" } });
    const it = item as Extract<GIFTQuestion, { type: "MC" }>;
    expect([text(it.stem), text(it.globalFeedback)]).toEqual([q.prompt, q.explanation]);
    expect(it.choices.map((c) => text(c.text))).toEqual(q.options);
  });
});

describe("GIFT import of a hand-written file", () => {
  const result = importQuestions(
    "gift",
    readFileSync(new URL("./samples/gift-sample.txt", import.meta.url), "utf8"),
  );
  const byName = new Map(result.questions.map((q) => [q.name, q.question]));

  it("imports each supported type with its answers, escapes and feedback", () => {
    expect(result.title).toBe("Week 3: Rivers");
    expect(result.questions.map((q) => [q.name, q.question.type])).toEqual([
      ["Longest river", "multiple_choice"],
      ["Baikal", "true_false"],
      ["Sahara", "true_false"],
      ["Escapes", "multiple_choice"],
      ["Danube capitals", "cloze"],
      ["Nile", "cloze"],
      ["Great lakes", "cloze"],
      ["Rivers and cities", "matching"],
      ["Dams", "open"],
    ]);
    expect(byName.get("Longest river")).toMatchObject({
      prompt: "Which river is the longest in Europe?",
      options: ["The Volga", "The Danube", "The Rhine", "The Thames"],
      answer: "The Volga",
      explanation: "The Volga is about 3530 km long.",
    });
    expect(byName.get("Baikal")).toMatchObject({ answer: true, explanation: "About 1642 m deep." });
    expect(byName.get("Sahara")).toMatchObject({
      answer: false,
      explanation: "The answer is: False",
    });
    expect(byName.get("Escapes")).toMatchObject({
      prompt: "Which sign stands for equality in maths: = or ~ or # or {?",
      options: ["= (equals)", "~ (tilde)", "# (hash)", "{ (brace)"],
      answer: "= (equals)",
    });
    expect(byName.get("Danube capitals")).toMatchObject({
      prompt: "Vienna, Budapest and ____ lie on the Danube.",
      answer: "Belgrade",
      acceptableAnswers: ["Belgrade", "Beograd"],
    });
    expect(byName.get("Nile")).toMatchObject({
      prompt: "Which lake is the main source of the Nile? Answer: ____.",
    });
    expect(byName.get("Great lakes")).toMatchObject({ answer: "5" });
    expect(byName.get("Rivers and cities")).toMatchObject({ answer: SAMPLE_RIVER_PAIRS });
    expect(byName.get("Dams")).toMatchObject({
      prompt: "Why do countries disagree about dams on shared rivers?",
      modelAnswer: "A dam upstream changes the water downstream.",
      rubric: ["Names the conflict", "Gives an example"],
    });
  });

  it("reports what it cannot hold, with the reason", () => {
    expect(result.skipped).toEqual([
      { index: 7, name: "Rhine length", reason: expect.stringMatching(/range/) },
      { index: 10, name: "Diary", reason: expect.stringMatching(/model answer/) },
      { index: 11, name: "Which apply", reason: expect.stringMatching(/partial-credit/) },
      { index: 12, name: null, reason: "a description is text, not a question" },
    ]);
  });
});

describe("GIFT import of bad input", () => {
  const fails = (input: string) => importRefusal("gift", input);

  it("refuses empty, unreadable and question-less files", () => {
    expect(fails("")).toBe("The file is empty.");
    expect(fails("::Q1:: Which river? {=Volga ~Danube")).toMatch(
      /^This is not readable GIFT \(line 1\): /,
    );
    expect(fails("// only a comment\n")).toBe("The GIFT file contains no questions.");
    expect(fails("$CATEGORY: $course$/top/X\n\n::Q:: How long? {#10:2}")).toBe(
      "None of the 1 questions in the file can be imported (numerical answers with a range are not supported; StudyKit matches the typed number exactly).",
    );
  });
});
