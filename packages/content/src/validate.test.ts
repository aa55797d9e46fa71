import { describe, expect, it } from "vitest";
import type { ChoiceQuestion, QuestionDraft, Sentence } from "./types";
import {
  findDuplicates,
  validateQuestion,
  validateQuestions,
  type ValidationIssue,
} from "./validate";

// Hand-made candidates over three sentences of the shipped article.
const sentences: Sentence[] = [
  {
    id: "s_bajaur",
    paragraph: 1,
    text: "A deadly car bombing in Bajaur claimed the lives of Frontier Corps personnel and civilians and damaged a nearby mosque.",
    start: 0,
    end: 117,
  },
  {
    id: "s_claims",
    paragraph: 0,
    text: "According to official claims, more than 100 militants were killed in the strikes.",
    start: 200,
    end: 281,
  },
  {
    id: "s_borders",
    paragraph: 4,
    text: "Borders have remained closed since October, trade has been suspended, and both economies are suffering.",
    start: 300,
    end: 403,
  },
];
const [bajaur, claims, borders] = sentences as [Sentence, Sentence, Sentence];
const says = (s: Sentence) => `The article says: "${s.text}"`;

const multipleChoice = {
  type: "multiple_choice",
  prompt:
    "A deadly car bombing in which district claimed the lives of Frontier Corps personnel and civilians and damaged a nearby mosque?",
  options: ["Swat", "Bajaur", "Orakzai", "Bannu"],
  answer: "Bajaur",
  alternativeDistractors: [],
  explanation: says(bajaur),
  sourceSentenceIds: [bajaur.id],
  factIds: ["f_bajaur"],
  difficulty: "medium",
  skill: "recall",
  stance: "stated",
  attribution: null,
} satisfies QuestionDraft;

const numeric = {
  type: "numeric",
  prompt: "According to official claims, how many militants were killed in the strikes?",
  options: ["more than 50", "more than 100", "more than 200", "more than 300"],
  answer: "more than 100",
  alternativeDistractors: [],
  explanation: `${says(claims)} This is a claim by official claims, not an established fact.`,
  sourceSentenceIds: [claims.id],
  factIds: ["f_claims"],
  difficulty: "medium",
  skill: "recall",
  stance: "attributed",
  attribution: "official claims",
} satisfies QuestionDraft;

const attribution = {
  ...numeric,
  type: "attribution",
  prompt:
    "Which source does the article give for the claim that more than 100 militants were killed in the strikes?",
  options: ["Reports", "Official claims", "Some analysts", "Aid agencies"],
  answer: "Official claims",
  skill: "understanding",
} satisfies QuestionDraft;

const trueFalse = {
  type: "true_false",
  prompt: "True or false: Trade has been suspended.",
  options: ["True", "False"],
  answer: true,
  substitution: null,
  explanation: `True. ${says(borders)}`,
  sourceSentenceIds: [borders.id],
  factIds: ["f_trade"],
  difficulty: "easy",
  skill: "recall",
  stance: "stated",
  attribution: null,
} satisfies QuestionDraft;

const cloze = {
  type: "cloze",
  prompt: "Fill in the blank: Borders have remained closed since ____.",
  options: null,
  answer: "October",
  acceptableAnswers: ["October"],
  explanation: says(borders),
  sourceSentenceIds: [borders.id],
  factIds: ["f_borders"],
  difficulty: "medium",
  skill: "recall",
  stance: "stated",
  attribution: null,
} satisfies QuestionDraft;

const matching = {
  type: "matching",
  prompt: "Match each place to what the article says about it.",
  options: {
    left: ["Bajaur", "Bannu", "Karak"],
    right: [
      "An attack in ____ further underscored the security situation",
      "…recent attack in ____ in which three soldiers were injured…",
      "A deadly car bombing in ____ claimed the lives…",
    ],
  },
  answer: [
    { left: "Bajaur", right: "A deadly car bombing in ____ claimed the lives…" },
    { left: "Bannu", right: "An attack in ____ further underscored the security situation" },
    { left: "Karak", right: "…recent attack in ____ in which three soldiers were injured…" },
  ],
  explanation: `Bajaur: "${bajaur.text}"`,
  sourceSentenceIds: [bajaur.id],
  factIds: ["f_bajaur", "f_bannu", "f_karak"],
  difficulty: "medium",
  skill: "understanding",
  stance: "stated",
  attribution: null,
} satisfies QuestionDraft;

const open = {
  type: "open",
  prompt:
    "Borders have remained closed since October. Why is this significant, according to the article?",
  options: null,
  answer: null,
  modelAnswer: "Borders have remained closed since October. Trade has been suspended.",
  rubric: ["Explains what happened in your own words", "Connects it to its consequences"],
  explanation: says(borders),
  sourceSentenceIds: [borders.id],
  factIds: ["f_borders"],
  difficulty: "hard",
  skill: "analysis",
  stance: "stated",
  attribution: null,
} satisfies QuestionDraft;

const VALID: Record<string, QuestionDraft> = {
  multiple_choice: multipleChoice,
  numeric,
  attribution,
  true_false: trueFalse,
  cloze,
  matching,
  open,
};

/** A candidate with some fields changed; the casts let a test build what types forbid. */
function broken(base: QuestionDraft, changes: Record<string, unknown>): QuestionDraft {
  return { ...base, ...changes } as unknown as QuestionDraft;
}

function rulesBroken(q: QuestionDraft): string[] {
  return [...new Set(validateQuestion(q, { sentences }).map((i: ValidationIssue) => i.rule))];
}

describe("validateQuestion: valid candidates", () => {
  it.each(Object.entries(VALID))("passes a well-made %s question", (_type, q) => {
    expect(validateQuestion(q, { sentences })).toEqual([]);
  });
});

describe("validateQuestion: each rule on its own", () => {
  it.each<[string, QuestionDraft, string]>([
    [
      "duplicate options",
      broken(multipleChoice, { options: ["Swat", "Bajaur", "Swat", "Bannu"] }),
      "options",
    ],
    [
      "options that differ only in case and punctuation",
      broken(multipleChoice, { options: ["Swat", "Bajaur", "swat.", "Bannu"] }),
      "options",
    ],
    ["the answer missing from the options", broken(multipleChoice, { answer: "Karak" }), "options"],
    ["three options", broken(multipleChoice, { options: ["Swat", "Bajaur", "Bannu"] }), "options"],
    [
      "the answer leaked into the prompt",
      broken(multipleChoice, {
        prompt: "A deadly car bombing in which district, near Bajaur, damaged a nearby mosque?",
      }),
      "answer-leak",
    ],
    [
      "a cloze with no blank",
      broken(cloze, { prompt: "Fill in the blank: Borders have remained closed since spring." }),
      "cloze-blank",
    ],
    [
      "a cloze with two blanks",
      broken(cloze, { prompt: "Fill in the blank: ____ have remained closed since ____." }),
      "cloze-blank",
    ],
    [
      "a cloze whose answer is visible elsewhere",
      broken(cloze, {
        prompt: "Fill in the blank: Borders closed in October have remained closed since ____.",
      }),
      "answer-leak",
    ],
    [
      "a claim asked as a fact",
      broken(numeric, { prompt: "How many militants were killed in the strikes?" }),
      "attribution",
    ],
    [
      "an allegation asked as a fact",
      broken(trueFalse, {
        prompt: "True or false: Civilians, including women and children, were killed.",
        stance: "alleged",
        attribution: "the Afghan Taliban",
      }),
      "attribution",
    ],
    [
      "an opinion true/false without 'argues'",
      broken(trueFalse, {
        prompt: "True or false: Sustained escalation would harm Pakistan and Afghanistan.",
        stance: "opinion",
      }),
      "attribution",
    ],
    [
      "a prompt that starts in lower case",
      broken(trueFalse, { prompt: "true or false: Trade has been suspended." }),
      "well-formed",
    ],
    [
      "a prompt without end punctuation",
      broken(trueFalse, { prompt: "True or false: Trade has been suspended" }),
      "well-formed",
    ],
    [
      "a prompt with double spaces",
      broken(trueFalse, { prompt: "True or false: Trade has  been suspended." }),
      "well-formed",
    ],
    [
      "a prompt with unbalanced quotes",
      broken(trueFalse, { prompt: 'True or false: Trade has been "suspended.' }),
      "well-formed",
    ],
    [
      "a prompt ending on a dangling 'the?'",
      broken(multipleChoice, {
        prompt: "A deadly car bombing in which district claimed the lives of the?",
      }),
      "well-formed",
    ],
    [
      "a prompt with a space before punctuation",
      broken(trueFalse, { prompt: "True or false: Trade has been suspended ." }),
      "well-formed",
    ],
    [
      "a blank in a multiple-choice prompt",
      broken(multipleChoice, {
        prompt: "A deadly car bombing in ____ claimed the lives of Frontier Corps personnel?",
      }),
      "well-formed",
    ],
    [
      "matching with a pair missing",
      broken(matching, { answer: matching.answer.slice(0, 2) }),
      "options",
    ],
    [
      "matching that pairs one item twice",
      broken(matching, {
        answer: [matching.answer[0], matching.answer[0], matching.answer[2]],
      }),
      "options",
    ],
    [
      "an open question with an answer",
      broken(open, { answer: "Because trade stopped." }),
      "shape",
    ],
    ["an open question without a rubric", broken(open, { rubric: [] }), "shape"],
    ["a true/false with a string answer", broken(trueFalse, { answer: "True" }), "options"],
    [
      "an explanation that does not quote its source",
      broken(cloze, { explanation: "Borders are closed." }),
      "source",
    ],
    [
      "a source sentence that does not exist",
      broken(cloze, { sourceSentenceIds: ["s_nope"] }),
      "source",
    ],
    ["no fact ids", broken(cloze, { factIds: [] }), "shape"],
    ["an unknown difficulty", broken(cloze, { difficulty: "trivial" }), "shape"],
  ])("rejects %s", (_what, q, rule) => {
    expect(rulesBroken(q)).toEqual([rule]);
  });

  it("says how often the answer appears when it appears twice", () => {
    const twice = broken(multipleChoice, { options: ["Bajaur", "Swat", "Bajaur", "Bannu"] });
    const issues = validateQuestion(twice, { sentences });
    expect(issues.some((i) => i.rule === "options" && /2 times/.test(i.message))).toBe(true);
  });

  it("accepts a claim whose prompt names its source instead of a cue word", () => {
    const q = broken(trueFalse, {
      prompt: "True or false: The Afghan Taliban summoned the ambassador over civilian casualties.",
      stance: "alleged",
      attribution: "the Afghan Taliban",
    });
    expect(rulesBroken(q)).toEqual([]);
  });

  it("skips the source check when no sentences are given", () => {
    expect(validateQuestion(broken(cloze, { sourceSentenceIds: ["s_nope"] }))).toEqual([]);
  });
});

describe("validateQuestion: a teacher's own (authored) question", () => {
  const authored = (q: QuestionDraft) =>
    validateQuestion(q, { authored: true }).map((i) => i.message);

  it("lets the teacher's wording, option count and pair count stand", () => {
    expect(authored(broken(multipleChoice, { prompt: "Which district?" }))).toEqual([]);
    expect(authored(broken(multipleChoice, { options: ["Swat", "Bajaur"] }))).toEqual([]);
    expect(
      authored(
        broken(multipleChoice, { options: ["Swat", "Bajaur", "Orakzai", "Bannu", "Kurram"] }),
      ),
    ).toEqual([]);
    expect(
      authored(broken(multipleChoice, { prompt: "Was Bajaur or Swat the district bombed?" })),
    ).toEqual([]);
    // The same candidates break the generator's rules.
    expect(rulesBroken(broken(multipleChoice, { prompt: "Which district?" }))).toEqual([
      "well-formed",
    ]);
    expect(rulesBroken(broken(multipleChoice, { options: ["Swat", "Bajaur"] }))).toEqual([
      "options",
    ]);
  });

  it("still refuses a question that cannot be answered or graded", () => {
    expect(authored(broken(multipleChoice, { options: ["Bajaur"] }))).toEqual([
      "a choice question needs 2 to 6 options",
    ]);
    expect(authored(broken(multipleChoice, { answer: "Quetta" }))).toEqual([
      "the answer appears 0 times among the options, not once",
    ]);
    expect(authored(broken(multipleChoice, { explanation: " " }))).toEqual([
      "explanation is empty",
    ]);
    expect(authored(broken(cloze, { prompt: "The bombing took place in Bajaur." }))).toContain(
      "a cloze needs exactly one blank, found 0",
    );
  });
});

describe("findDuplicates", () => {
  const bannu: ChoiceQuestion = {
    ...multipleChoice,
    id: "q_bannu",
    type: "multiple_choice",
    prompt: "An attack in which district further underscored the deteriorating security situation?",
    options: ["Swat", "Bannu", "Orakzai", "Kurram"],
    answer: "Bannu",
    factIds: ["f_bannu"],
    score: 0.7,
    recommended: true,
  };

  it("catches an exact repeat", () => {
    expect([...findDuplicates([multipleChoice, bannu, multipleChoice])]).toEqual([2]);
  });

  it("catches the same fact tested the same way in other words", () => {
    const reworded = broken(multipleChoice, {
      prompt: "Where did the deadly car bombing that killed Frontier Corps personnel take place?",
    });
    expect([...findDuplicates([multipleChoice, reworded])]).toEqual([1]);
  });

  it("catches near-identical wording with the same answer on another fact", () => {
    const near = broken(multipleChoice, {
      prompt:
        "A deadly car bombing in which district claimed the lives of Frontier Corps personnel and civilians and damaged the nearby mosque?",
      factIds: ["f_other"],
    });
    expect([...findDuplicates([multipleChoice, near])]).toEqual([1]);
  });

  it("catches a second true/false on the same fact", () => {
    const falseOne = broken(trueFalse, {
      prompt: "True or false: Trade has been expanded.",
      answer: false,
      substitution: { original: "suspended", replacement: "expanded" },
    });
    expect([...findDuplicates([trueFalse, falseOne])]).toEqual([1]);
  });

  it("keeps distinct questions: other answers, other types, other facts", () => {
    const frontier = broken(multipleChoice, {
      prompt:
        "A deadly car bombing in Bajaur claimed the lives of which organisation's personnel and civilians?",
      options: ["Frontier Corps", "Pakistan Army", "Red Cross", "Unicef"],
      answer: "Frontier Corps",
    });
    const clozeOnBajaur = broken(cloze, {
      prompt: "Fill in the blank: A deadly car bombing in ____ damaged a nearby mosque.",
      answer: "Bajaur",
      factIds: ["f_bajaur"],
    });
    const all = [multipleChoice, bannu, frontier, clozeOnBajaur, cloze, trueFalse, open, matching];
    expect(findDuplicates(all).size).toBe(0);
  });
});

describe("validateQuestions", () => {
  it("keeps valid candidates in order and rejects the rest with their rules", () => {
    const bad = broken(cloze, { prompt: "Fill in the blank: no blank here." });
    const { valid, rejected } = validateQuestions(
      [multipleChoice, bad, trueFalse, multipleChoice],
      { sentences },
    );
    expect(valid).toEqual([multipleChoice, trueFalse]);
    expect(rejected.map((r) => r.issues[0]!.rule).sort()).toEqual(["cloze-blank", "duplicate"]);
  });
});

describe("validateQuestion: rules that see quality, on real sentences", () => {
  const rules = (q: QuestionDraft, topic?: string[]) =>
    validateQuestion(q, { topic }).map((i) => i.rule);

  it("rejects a prompt that leans on another sentence's referent", () => {
    expect(
      rules(broken(trueFalse, { prompt: "True or false: The process has stalled." })),
    ).toContain("standalone");
    expect(
      rules(
        broken(cloze, {
          prompt: "Fill in the blank: These competing ____ have deepened mistrust.",
          answer: "narratives",
        }),
      ),
    ).toContain("standalone");
  });

  it("rejects the article's own subject as the answer, in any of its names", () => {
    const focal = broken(multipleChoice, {
      prompt:
        "The strikes come after months of intensified militant violence inside which country?",
      options: ["United States", "Turkey", "Nepal", "Pakistan"],
      answer: "Pakistan",
    });
    expect(rules(focal, ["Pakistan", "Afghanistan"])).toContain("topic");
    expect(
      rules(
        broken(focal, { answer: "Islamabad", options: ["Islamabad", "Kabul", "Delhi", "Dhaka"] }),
        ["Pakistan"],
      ),
    ).toContain("topic");
    expect(rules(focal, ["Turkey"])).not.toContain("topic");
  });

  it("rejects a blank on an everyday word, a weekday, or inside a word", () => {
    expect(
      rules(
        broken(cloze, {
          prompt: "Fill in the blank: The ____ has stalled in Islamabad.",
          answer: "process",
        }),
      ),
    ).toContain("generic");
    expect(
      rules(
        broken(cloze, {
          prompt: "Fill in the blank: Ibrahim K was retried on ____ in Istanbul.",
          answer: "Wednesday",
        }),
      ),
    ).toContain("generic");
    expect(
      rules(
        broken(cloze, {
          prompt: "Fill in the blank: Section ____A of the article says so.",
          answer: "3",
        }),
      ),
    ).toContain("cloze-blank");
    expect(
      rules(
        broken(cloze, {
          prompt: "Fill in the blank: India's ____-year vision document.",
          answer: "15",
        }),
      ),
    ).toContain("cloze-blank");
  });

  it("rejects a dateline kept in the prompt", () => {
    expect(
      rules(
        broken(trueFalse, {
          prompt:
            "True or false: LAHORE/TOBA TEK SINGH: An anti-terrorism court on Friday extended the bail of Imran Khan.",
        }),
      ),
    ).toContain("dateline");
  });

  it("rejects two options that name one thing", () => {
    const q = broken(multipleChoice, {
      prompt: "Who led the Boeing contract team in Virginia?",
      options: ["Darleen Druyun", "Druyun", "Michael Sears", "Lockheed Martin"],
      answer: "Michael Sears",
    });
    expect(rules(q)).toContain("options");
  });

  it("rejects a question word that took a name with a relative clause after it", () => {
    expect(
      rules(
        broken(multipleChoice, {
          prompt: "Who, who watched the match in Leeds, said she had seen the foul?",
        }),
      ),
    ).toContain("well-formed");
  });

  it("rejects figures that are evenly spaced multiples of one step", () => {
    const q = broken(numeric, {
      options: ["some 80,000", "some 160,000", "some 240,000", "some 320,000"],
      answer: "some 320,000",
    });
    expect(rules(q)).toContain("options");
  });

  it("rejects a question word inside a noun phrase", () => {
    expect(
      rules(
        broken(multipleChoice, {
          prompt: "In documents filed in a which court ahead of the sentencing?",
        }),
      ),
    ).toContain("well-formed");
    expect(
      rules(
        broken(multipleChoice, {
          prompt: "A which organisation-funded project is looking at tourism?",
        }),
      ),
    ).toContain("well-formed");
  });
});
