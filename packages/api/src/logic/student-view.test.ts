import { deriveStudyKit, type Question } from "@studykit/content";
import { readDefaultArticle } from "@studykit/content/default-article";
import { describe, expect, it } from "vitest";
import { answerText, applyOrder, optionCount, toStudentQuestion } from "./student-view";

const base = {
  explanation: "The article says so, in its second paragraph.",
  sourceSentenceIds: ["s2"],
  factIds: ["f1"],
  difficulty: "medium" as const,
  skill: "recall" as const,
  stance: "stated" as const,
  attribution: null,
  score: 0.5,
  recommended: true,
};

const questions: Question[] = [
  {
    ...base,
    id: "mc",
    type: "multiple_choice",
    prompt: "Which province was struck first?",
    options: ["Nangarhar", "Paktika", "Khost", "Kunar"],
    answer: "Nangarhar",
    alternativeDistractors: ["Helmand"],
  },
  {
    ...base,
    id: "num",
    type: "numeric",
    prompt: "How many militants were killed?",
    options: ["more than 100", "more than 150", "more than 200"],
    answer: "more than 100",
    alternativeDistractors: [],
  },
  {
    ...base,
    id: "attr",
    type: "attribution",
    prompt: "Who claimed it?",
    options: ["Officials", "Residents"],
    answer: "Officials",
    alternativeDistractors: ["Analysts"],
  },
  {
    ...base,
    id: "tf",
    type: "true_false",
    prompt: "True or false: the talks resumed in May.",
    options: ["True", "False"],
    answer: false,
    substitution: { original: "stalled", replacement: "resumed" },
  },
  {
    ...base,
    id: "cloze",
    type: "cloze",
    prompt: "Fill in the blank: the strikes hit ____ province.",
    options: null,
    answer: "Bajaur",
    acceptableAnswers: ["Bajaur", "Bajour"],
  },
  {
    ...base,
    id: "match",
    type: "matching",
    prompt: "Match each place to what happened there.",
    options: { left: ["Bajaur", "Bannu", "Swat"], right: ["a bombing", "a raid", "a curfew"] },
    answer: [
      { left: "Bajaur", right: "a curfew" },
      { left: "Bannu", right: "a bombing" },
      { left: "Swat", right: "a raid" },
    ],
  },
  {
    ...base,
    id: "open",
    type: "open",
    prompt: "Why does this matter?",
    options: null,
    answer: null,
    modelAnswer: "Because the ceasefire depends on it.",
    rubric: ["Says what happened", "Gives a cause"],
  },
];

const ANSWER_KEYS = [
  "answer",
  "explanation",
  "acceptableAnswers",
  "modelAnswer",
  "substitution",
  "alternativeDistractors",
  "sourceSentenceIds",
  "factIds",
  "stance",
  "attribution",
  "skill",
];

const asWords = (s: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`,
    "iu",
  );

function expectNoAnswer(q: Question, view: ReturnType<typeof toStudentQuestion>) {
  expect(Object.keys(view).sort()).toEqual(
    ["difficulty", "id", "matching", "options", "prompt", "rubric", "type"].sort(),
  );
  for (const key of ANSWER_KEYS) expect(view).not.toHaveProperty(key);
  const { id: _id, ...shown } = view;
  const json = JSON.stringify(shown);
  expect(json).not.toContain(q.explanation);
  if (q.type === "cloze")
    for (const a of [q.answer, ...q.acceptableAnswers]) expect(json).not.toMatch(asWords(a));
  if (q.type === "open") expect(json).not.toContain(q.modelAnswer);
  if (q.type === "matching") expect(json).not.toMatch(/"left":"[^"]*","right"/);
}

describe("toStudentQuestion", () => {
  it.each(questions.map((q) => [q.type, q] as const))(
    "shows a %s question without its answer",
    (_type, q) => {
      expectNoAnswer(q, toStudentQuestion(q.id, q));
    },
  );

  it("shows each type's options in the right shape", () => {
    const view = (id: string) =>
      toStudentQuestion(
        id,
        questions.find((q) => q.id === id)!,
      );
    expect(view("mc")).toMatchObject({
      options: ["Nangarhar", "Paktika", "Khost", "Kunar"],
      matching: null,
      rubric: null,
    });
    expect(view("tf")).toMatchObject({ options: ["True", "False"], matching: null, rubric: null });
    expect(view("cloze")).toMatchObject({ options: null, matching: null, rubric: null });
    expect(view("match")).toMatchObject({
      options: null,
      matching: { left: ["Bajaur", "Bannu", "Swat"], right: ["a bombing", "a raid", "a curfew"] },
    });
    expect(view("open")).toMatchObject({
      options: null,
      rubric: ["Says what happened", "Gives a cause"],
    });
  });

  it("applies the attempt's option order to choices and to matching's right column only", () => {
    const mc = questions[0]!;
    expect(toStudentQuestion("mc", mc, [2, 0, 3, 1]).options).toEqual([
      "Khost",
      "Nangarhar",
      "Kunar",
      "Paktika",
    ]);
    const match = questions.find((q) => q.type === "matching")!;
    expect(toStudentQuestion("match", match, [2, 0, 1]).matching).toEqual({
      left: ["Bajaur", "Bannu", "Swat"],
      right: ["a curfew", "a bombing", "a raid"],
    });
    // True/false keeps its fixed order whatever is stored.
    expect(
      toStudentQuestion(
        "tf",
        questions.find((q) => q.type === "true_false")!,
        [1, 0],
      ).options,
    ).toEqual(["True", "False"]);
  });

  it("does not hand out the question's own arrays", () => {
    const open = questions.find((q) => q.type === "open")!;
    const view = toStudentQuestion("open", open);
    view.rubric!.push("tampered");
    expect(open.type === "open" && open.rubric).toHaveLength(2);
  });

  it("shows no answer for any question generated from the shipped article", () => {
    const kit = deriveStudyKit(readDefaultArticle());
    expect(new Set(kit.questions.map((q) => q.type)).size).toBe(7);
    for (const q of kit.questions) expectNoAnswer(q, toStudentQuestion(q.id, q));
  });
});

describe("applyOrder", () => {
  it("reorders by index and ignores an order of the wrong length", () => {
    expect(applyOrder(["a", "b", "c"], [2, 1, 0])).toEqual(["c", "b", "a"]);
    expect(applyOrder(["a", "b", "c"], [1, 0])).toEqual(["a", "b", "c"]);
    expect(applyOrder(["a", "b"], undefined)).toEqual(["a", "b"]);
  });
});

describe("optionCount and answerText", () => {
  it("count the options an attempt shuffles, and say the right answer as feedback shows it", () => {
    expect(questions.map((q) => [q.id, optionCount(q), answerText(q)])).toEqual([
      ["mc", 4, "Nangarhar"],
      ["num", 3, "more than 100"],
      ["attr", 2, "Officials"],
      ["tf", 0, "False"],
      ["cloze", 0, "Bajaur"],
      ["match", 3, "Bajaur → a curfew; Bannu → a bombing; Swat → a raid"],
      ["open", 0, "Because the ceasefire depends on it."],
    ]);
  });
});
