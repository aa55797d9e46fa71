// Property tests: any text survives a Moodle XML or GIFT round trip, and no input makes an
// importer throw anything but a FormatError.
import type { ChoiceQuestion } from "@studykit/content";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportSet, FormatError, importQuestions } from "./index";
import { shippedSet } from "./test-support";
import type { ExchangeSet, ExportFile, ImportFormat } from "./types";

// Words built from letters and every character the formats treat specially.
const word = fc.stringMatching(/^[a-zA-Zé→0-9{}=~#:\\<>&"'%\-/[\]_*.;!?]{1,8}$/);
// A run of three or more underscores reads as a cloze's blank on import, so text has none.
const text = fc
  .array(word, { minLength: 1, maxLength: 6 })
  .map((w) => w.join(" "))
  .filter((t) => !t.includes("___"));

/** GIFT cannot hold "->" in a short answer: such a question must be skipped, and only such a one. */
function arrowInGift(format: string, answers: string[], skipped: ExportFile["skipped"]): boolean {
  const arrow = format === "gift" && answers.some((a) => a.includes("->"));
  expect(skipped.map((s) => s.reason)).toEqual(
    arrow ? [expect.stringContaining('contains "->"')] : [],
  );
  return arrow;
}

function setWith(prompt: string, options: string[], explanation: string): ExchangeSet {
  const base = shippedSet();
  const mc = base.questions.find((q) => q.question.type === "multiple_choice")!;
  const question: ChoiceQuestion = {
    ...(mc.question as ChoiceQuestion),
    prompt,
    options,
    answer: options[1]!,
    explanation,
  };
  return { ...base, title: prompt, questions: [{ ...mc, question }] };
}

describe.each(["moodle-xml", "gift"] as const)("%s round trip of any text", (format) => {
  it("gives back the same prompt, options, answer and explanation", async () => {
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.uniqueArray(text, { minLength: 2, maxLength: 5 }),
        text,
        async (prompt, options, explanation) => {
          const set = setWith(prompt, options, explanation);
          const file = await exportSet(format, set);
          expect(file.skipped).toEqual([]);
          const [back] = importQuestions(format, file.body as string).questions;
          expect(back?.question).toMatchObject({
            type: "multiple_choice",
            prompt,
            options,
            answer: options[1],
            explanation,
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe.each(["moodle-xml", "gift"] as ImportFormat[])("%s import of any input", (format) => {
  const xmlish = fc
    .array(
      fc.constantFrom(
        "<quiz>",
        "</quiz>",
        '<question type="multichoice">',
        "</question>",
        '<answer fraction="100">',
        "</answer>",
        "<text>",
        "</text>",
        "<questiontext>",
        "</questiontext>",
        "x",
        "<![CDATA[<p>",
        "]]>",
        "&amp;",
        "<subquestion>",
        '<question type="matching">',
        '<question type="truefalse">',
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join(""));
  const giftish = fc
    .array(
      fc.constantFrom(
        "::T::",
        "Q?",
        "{",
        "}",
        "=a",
        "~b",
        "#fb",
        "####g",
        "->",
        "%50%",
        "#1:2",
        "TRUE",
        "\n\n",
        "// c\n",
        "$CATEGORY: x\n",
        "[html]<p>",
        "\\{",
        "{#",
        "1..2",
        "F}",
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join(" "));

  it("either imports or throws a one-line FormatError", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), xmlish, giftish), (input) => {
        try {
          const result = importQuestions(format, input);
          expect(result.questions.length).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(FormatError);
          expect((error as Error).message).not.toMatch(/\n/);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe.each(["moodle-xml", "gift"] as const)(
  "%s round trip of any text in other types",
  (format) => {
    const base = shippedSet();
    const of = (type: string) => base.questions.find((q) => q.question.type === type)!;
    const roundTrip = async (eq: ExchangeSet["questions"][number], answers: string[]) => {
      const file = await exportSet(format, { ...base, questions: [eq] });
      if (arrowInGift(format, answers, file.skipped)) return "skipped";
      return importQuestions(format, file.body as string).questions[0]?.question;
    };

    it("keeps a cloze's text and accepted answers", async () => {
      const cloze = of("cloze");
      await fc.assert(
        fc.asyncProperty(
          text,
          text,
          fc.uniqueArray(text, { minLength: 1, maxLength: 3 }),
          async (before, after, answers) => {
            const question = {
              ...cloze.question,
              prompt: `${before} ____ ${after}`,
              answer: answers[0]!,
              acceptableAnswers: answers,
            } as typeof cloze.question;
            const back = await roundTrip({ ...cloze, question }, answers);
            if (back !== "skipped")
              expect(back).toMatchObject({
                type: "cloze",
                prompt: question.prompt,
                answer: answers[0],
                acceptableAnswers: answers,
              });
          },
        ),
        { numRuns: 100 },
      );
    });

    it("keeps a matching question's pairs and an open question's model answer and rubric", async () => {
      const matching = of("matching");
      const open = of("open");
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(text, { minLength: 3, maxLength: 3 }),
          fc.uniqueArray(text, { minLength: 3, maxLength: 3 }),
          text,
          fc.array(text, { minLength: 1, maxLength: 3 }),
          async (left, right, model, rubric) => {
            const pairs = left.map((l, i) => ({ left: l, right: right[i]! }));
            const m = {
              ...matching.question,
              options: { left, right },
              answer: pairs,
            } as typeof matching.question;
            expect(await roundTrip({ ...matching, question: m }, [])).toMatchObject({
              type: "matching",
              answer: pairs,
            });
            const o = { ...open.question, modelAnswer: model, rubric } as typeof open.question;
            expect(await roundTrip({ ...open, question: o }, [])).toMatchObject({
              type: "open",
              modelAnswer: model,
              rubric,
            });
          },
        ),
        { numRuns: 100 },
      );
    });
  },
);
