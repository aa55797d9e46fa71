// The Moodle XML and GIFT exports as Moodle 4.5 reads them (issue 16): each file is read back with
// a reader that models Moodle's own importers (./moodle-like) and compared with the set, for text
// full of quotes, apostrophes, &, <, *, ~, =, #, { }, : and runs of spaces.
import type {
  ChoiceQuestion,
  ClozeQuestion,
  MatchingQuestion,
  OpenQuestion,
  Question,
  TrueFalseQuestion,
} from "@studykit/content";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CORRECT_FEEDBACK, incorrectFeedback, questionName } from "./feedback";
import { EXPORT_FORMATS, exportSet, importQuestions } from "./index";
import { moodleCategory } from "./moodle-xml";
import {
  moodleAccepts,
  readMoodleGift,
  readMoodleXml,
  shown,
  type MoodleImport,
  type MoodleQuestion,
} from "./moodle-like";
import { shippedSet } from "./test-support";
import type { ExchangeSet } from "./types";

type Format = "moodle-xml" | "gift";

// Words of letters and every character the issue names, joined by runs of spaces.
const word = fc.stringMatching(/^[a-zA-Z0-9'"&<>*~=#{}:\\[\].%\-;/]{1,6}$/);
const gap = fc.constantFrom(" ", "  ", "   ");
const text = fc
  .tuple(word, fc.array(fc.tuple(gap, word), { maxLength: 5 }))
  .map(([first, rest]) => first + rest.map(([g, w]) => g + w).join(""))
  // A run of three or more underscores is a cloze's blank.
  .filter((t) => !t.includes("___"));

/** What HTML shows of a text: runs of whitespace as one space. */
const collapse = (t: string) => t.replace(/\s+/g, " ").trim();

interface Texts {
  title: string;
  prompt: string;
  options: string[];
  explanation: string;
  answers: string[];
  left: string[];
  right: string[];
  model: string;
  rubric: string[];
}

const texts: fc.Arbitrary<Texts> = fc.record({
  title: text,
  prompt: text,
  options: fc.uniqueArray(text, { minLength: 2, maxLength: 4 }),
  explanation: text,
  answers: fc.uniqueArray(text, { minLength: 1, maxLength: 3, selector: (t) => t.toLowerCase() }),
  left: fc.uniqueArray(text, { minLength: 3, maxLength: 3 }),
  right: fc.uniqueArray(text, { minLength: 3, maxLength: 3 }),
  model: text,
  rubric: fc.array(text, { minLength: 1, maxLength: 2 }),
});

/** Texts that made Moodle 4.5.6 show something else than StudyKit wrote (issue 16). */
const seen = (t: string): Texts => ({
  title: `Stress & <chars> ${t}`,
  prompt: `The players' "strike" ${t}`,
  options: [`Dr. <X> ${t}`, `<b>bold</b> & ${t}`, `&amp; it's "so" ${t}`],
  explanation: `It's "${t}" & <i>more</i>`,
  answers: [`snake_case* ${t}`, `a ]]> b`],
  left: [`'a' "b"`, `x & <y>`, `p -> q`],
  right: [`1 & 2`, `"3" '4'`, `<5>`],
  model: `The model: "${t}" & 'more'`,
  rubric: [`Says <why> & how`],
});

/** One question of each kind, built from the texts on the shipped set's own questions. */
function stressSet(t: Texts): ExchangeSet {
  const base = shippedSet();
  const of = <Q extends Question>(type: Q["type"]) =>
    base.questions.find((q) => q.question.type === type) as (typeof base.questions)[number] & {
      question: Q;
    };
  const mc = of<ChoiceQuestion>("multiple_choice");
  const tf = of<TrueFalseQuestion>("true_false");
  const cloze = of<ClozeQuestion>("cloze");
  const matching = of<MatchingQuestion>("matching");
  const open = of<OpenQuestion>("open");
  const pairs = t.left.map((left, i) => ({ left, right: t.right[i]! }));
  const questions: Question[] = [
    {
      ...mc.question,
      prompt: t.prompt,
      options: t.options,
      answer: t.options[1]!,
      explanation: t.explanation,
    },
    { ...tf.question, prompt: t.prompt, explanation: t.explanation },
    {
      ...cloze.question,
      prompt: `${t.prompt} ____ ${t.explanation}`,
      answer: t.answers[0]!,
      acceptableAnswers: t.answers,
      explanation: t.explanation,
    },
    {
      ...matching.question,
      prompt: t.prompt,
      options: { left: t.left, right: t.right },
      answer: pairs,
      explanation: t.explanation,
    },
    {
      ...open.question,
      prompt: t.prompt,
      modelAnswer: t.model,
      rubric: t.rubric,
      explanation: t.explanation,
    },
  ];
  return {
    ...base,
    title: t.title,
    questions: questions.map((question, i) => ({
      ...[mc, tf, cloze, matching, open][i]!,
      question,
    })),
  };
}

async function asMoodleReads(format: Format, set: ExchangeSet) {
  const file = await exportSet(format, set);
  const body = file.body as string;
  const read: MoodleImport = format === "moodle-xml" ? readMoodleXml(body) : readMoodleGift(body);
  const skipped = new Set(file.skipped.map((s) => s.questionId));
  // Each question in the file with what Moodle read and its place in the set (its name's number).
  const kept = set.questions.flatMap((q, index) => (skipped.has(q.id) ? [] : [{ ...q, index }]));
  expect(read.questions).toHaveLength(kept.length);
  return {
    file,
    read,
    kept: kept.map((q, i) => [q.question, read.questions[i]!, q.index, q.id] as const),
  };
}

/** Every text of every question shows in Moodle as StudyKit wrote it (HTML: as a browser shows it). */
function expectShownAsWritten(q: Question, m: MoodleQuestion, index: number) {
  expect(m.name).toBe(questionName(q, index).trim());
  expect(shown(m.questiontext)).toBe(collapse(q.prompt));
  expect(shown(m.generalfeedback)).toBe(collapse(q.explanation));
  switch (q.type) {
    case "multiple_choice":
    case "numeric":
    case "attribution":
      expect(m.type).toBe("multichoice");
      expect(m.answers.map((a) => [shown(a.text), a.fraction, shown(a.feedback)])).toEqual(
        q.options.map((o) => [
          collapse(o),
          o === q.answer ? 100 : 0,
          collapse(o === q.answer ? CORRECT_FEEDBACK : incorrectFeedback(q)),
        ]),
      );
      break;
    case "true_false":
      expect(m.type).toBe("truefalse");
      expect(m.answers.map((a) => [a.text.text, a.fraction, shown(a.feedback)])).toEqual([
        ["true", q.answer ? 100 : 0, collapse(q.answer ? CORRECT_FEEDBACK : incorrectFeedback(q))],
        ["false", q.answer ? 0 : 100, collapse(q.answer ? incorrectFeedback(q) : CORRECT_FEEDBACK)],
      ]);
      break;
    case "cloze":
      expect(m.type).toBe("shortanswer");
      // Every accepted spelling, typed as it is, is graded right.
      for (const accepted of q.acceptableAnswers)
        expect(
          m.answers.some((a) => a.fraction === 100 && moodleAccepts(a.text.text, accepted)),
          `"${accepted}" is accepted`,
        ).toBe(true);
      break;
    case "matching":
      expect(m.type).toBe("matching");
      expect(m.subquestions.map((s) => ({ left: shown(s.text), right: s.answer }))).toEqual(
        q.answer.map((p) => ({ left: collapse(p.left), right: p.right.trim() })),
      );
      break;
    case "open":
      expect(m.type).toBe("essay");
      break;
  }
}

describe("Moodle XML as Moodle 4.5 reads it", () => {
  it("item 1: every text, category and name reads back as written, spaces between quotes, & and < kept", async () => {
    await fc.assert(
      fc.asyncProperty(texts, async (t) => {
        const set = stressSet(t);
        const { read, kept } = await asMoodleReads("moodle-xml", set);
        expect(read.category).toBe(moodleCategory(t.title).trim());
        kept.forEach(([q, m, index, id]) => {
          expectShownAsWritten(q, m, index);
          expect(m.idnumber).toBe(id);
        });
      }),
      { numRuns: 150, examples: [[seen("")], [seen("'  \"")]] },
    );
  });

  it("a ]]> inside a text closes no CDATA section early", async () => {
    const t = seen("x ]]> y");
    const { file, read, kept } = await asMoodleReads("moodle-xml", stressSet(t));
    expect(file.body).toContain("]]]]><![CDATA[>");
    kept.forEach(([q, m, index]) => expectShownAsWritten(q, m, index));
    expect(read.category).toBe(moodleCategory(t.title).trim());
  });
});

describe("short answers as Moodle 4.5 grades them", () => {
  it.each(["moodle-xml", "gift"] as const)(
    "item 2 (%s): a * in an accepted answer is a star, not Moodle's wildcard",
    async (format) => {
      const t = seen("");
      t.answers = ["snake_case*", "a*b**c", "\\*x"];
      const { kept } = await asMoodleReads(format, stressSet(t));
      const [, m] = kept.find(([q]) => q.type === "cloze")!;
      const graded = (response: string) =>
        m.answers.some((a) => a.fraction === 100 && moodleAccepts(a.text.text, response));
      expect(graded("snake_case*")).toBe(true);
      expect(graded("SNAKE_CASE*")).toBe(true);
      expect(graded("snake_caseXYZ")).toBe(false);
      expect(graded("snake_case")).toBe(false);
      expect(graded("a*b**c")).toBe(true);
      expect(graded("aXbYc")).toBe(false);
      expect(graded("\\*x")).toBe(true);
      expect(graded("\\yx")).toBe(false);

      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(text, { minLength: 1, maxLength: 3, selector: (a) => a.toLowerCase() }),
          async (answers) => {
            const { kept } = await asMoodleReads(format, stressSet({ ...t, answers }));
            const cloze = kept.find(([q]) => q.type === "cloze");
            if (!cloze) return; // GIFT skips a short answer with "->" (checked in gift.test.ts)
            const stored = cloze[1].answers.filter((a) => a.fraction === 100);
            const accepts = (r: string) => stored.some((a) => moodleAccepts(a.text.text, r));
            const spelled = new Set(answers.map((a) => a.trim().toLowerCase()));
            for (const answer of answers) {
              expect(accepts(answer)).toBe(true);
              const other = answer.replaceAll("*", "XYZ");
              if (!spelled.has(other.trim().toLowerCase())) expect(accepts(other)).toBe(false);
            }
          },
        ),
        { numRuns: 100 },
      );
    },
  );

  it("StudyKit's importers read \\* as a star and report an answer that uses * as a wildcard", () => {
    const xml = (answer: string) =>
      `<quiz><question type="shortanswer"><name><text>Q</text></name><questiontext format="html"><text>Which case?</text></questiontext><answer fraction="100"><text>${answer}</text></answer></question></quiz>`;
    const gift = (answer: string) => `::Q:: Which case? {=${answer}}`;
    for (const [format, file] of [
      ["moodle-xml", xml],
      ["gift", gift],
    ] as const) {
      expect(importQuestions(format, file("snake_case\\*")).questions[0]!.question).toMatchObject({
        answer: "snake_case*",
      });
      expect(() => importQuestions(format, file("snake_case*"))).toThrow(
        /uses \* as Moodle's wildcard/,
      );
    }
  });
});

describe("GIFT as Moodle 4.5 reads it", () => {
  it("item 3: Moodle takes each question's StudyKit id as its id number", async () => {
    const set = shippedSet();
    const { read, kept } = await asMoodleReads("gift", set);
    expect(read.category).toBe(moodleCategory(set.title));
    expect(kept).toHaveLength(set.questions.length);
    for (const [, m, , id] of kept) expect(m.idnumber).toBe(id);
  });

  it("item 4: every text shows as written ([html] with escaped text, GIFT's escapes on top)", async () => {
    await fc.assert(
      fc.asyncProperty(texts, async (t) => {
        const { file, read, kept } = await asMoodleReads("gift", stressSet(t));
        expect(read.category).toBe(moodleCategory(t.title).trim());
        kept.forEach(([q, m, index]) => expectShownAsWritten(q, m, index));
        // GIFT cannot hold "->" in a short answer; any other question is in the file.
        expect(file.skipped.map((s) => s.reason)).toEqual(
          t.answers.some((a) => a.includes("->")) ? [expect.stringContaining('"->"')] : [],
        );
      }),
      {
        numRuns: 150,
        examples: [
          [seen("")],
          [seen("  {~=#}:\\ ")],
          // Text that looks like a weight or a format.
          [
            {
              ...seen(""),
              options: ["[html]<b>", "%50% off", "[plain] x"],
              answers: ["[html]a&b", "%25", "[x]"],
            },
          ],
        ],
      },
    );
  });
});

describe("essays: the model answer and rubric are for teachers only", () => {
  const essay = (format: Format) =>
    asMoodleReads(format, stressSet(seen(""))).then(({ kept, file }) => ({
      file,
      q: kept.find(([q]) => q.type === "open")![0] as OpenQuestion,
      m: kept.find(([q]) => q.type === "open")![1],
    }));

  it("item 5: Moodle XML puts them in grader information, GIFT leaves them out of what Moodle imports", async () => {
    const xml = await essay("moodle-xml");
    expect(shown(xml.m.graderinfo!)).toBe(collapse([xml.q.modelAnswer, ...xml.q.rubric].join(" ")));
    const gift = await essay("gift");
    expect(shown(gift.m.graderinfo!)).toBe("");
    // Neither format shows them to a student: not in the question, not in the general feedback.
    for (const { q, m } of [xml, gift])
      for (const secret of [q.modelAnswer, ...q.rubric])
        for (const field of [m.questiontext, m.generalfeedback])
          expect(shown(field)).not.toContain(collapse(secret));
    // The GIFT file still holds them, as comments for the teacher, and StudyKit reads them back.
    const back = importQuestions("gift", gift.file.body as string).questions.find(
      (b) => b.question.type === "open",
    )!.question;
    expect(back).toMatchObject({
      modelAnswer: gift.q.modelAnswer,
      rubric: gift.q.rubric,
      explanation: gift.q.explanation,
    });
  });

  it("item 5: the export menu says where each format puts them, and that GIFT cannot keep choices unshuffled", async () => {
    const description = (f: string) => EXPORT_FORMATS.find((e) => e.format === f)!.description;
    expect(description("moodle-xml")).toMatch(/grader information/);
    expect(description("gift")).toMatch(/model answer and rubric/);
    expect(description("gift")).toMatch(/shuffl/);
    // Moodle XML says "do not shuffle"; GIFT has no way to, so Moodle's default (shuffle) applies.
    const [xml, gift] = await Promise.all(
      (["moodle-xml", "gift"] as const).map((f) => asMoodleReads(f, stressSet(seen("")))),
    );
    expect(xml!.read.questions[0]!.shuffleanswers).toBe(false);
    expect(gift!.read.questions[0]!.shuffleanswers).toBeNull();
  });
});
