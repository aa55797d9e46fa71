// The commissioned article: the counts the issue promises and the questions a teacher expects.
import { describe, expect, it } from "vitest";
import { readDefaultArticle } from "./default-article";
import { deriveStudyKit } from "./derive";
import { QUESTION_TYPES, type Question } from "./types";

const text = readDefaultArticle();
const kit = deriveStudyKit(text);
const { questions, facts } = kit;

/** Every piece of wording a learner sees in a question, including its answer. */
function wording(q: Question): string {
  const parts = [q.prompt];
  if (q.type === "matching") {
    parts.push(...q.options.left, ...q.options.right);
  } else if (q.type === "open") {
    parts.push(q.modelAnswer);
  } else if (q.type !== "true_false") {
    parts.push(q.answer);
    if (q.options) parts.push(...q.options);
  }
  return parts.join("\n");
}

// ChoiceQuestion has a union `type`, so Extract<> would drop it; intersect instead.
const ofType = <T extends Question["type"]>(type: T) =>
  questions.filter((q): q is Question & { type: T } => q.type === type);

describe("the shipped article's study kit", () => {
  it("has at least 25 facts and 60 questions", () => {
    expect(facts.length).toBeGreaterThanOrEqual(25);
    expect(questions.length).toBeGreaterThanOrEqual(60);
  });

  it.each(QUESTION_TYPES)("has at least one %s question", (type) => {
    expect(ofType(type).length).toBeGreaterThanOrEqual(1);
  });

  describe("its recommended set", () => {
    const recommended = questions.filter((q) => q.recommended);

    it("holds 10 to 40 questions of at least four types", () => {
      expect(recommended.length).toBeGreaterThanOrEqual(10);
      expect(recommended.length).toBeLessThanOrEqual(40);
      expect(new Set(recommended.map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
    });

    it("asks about each fact once", () => {
      const facts = recommended.flatMap((q) => q.factIds);
      expect(new Set(facts).size).toBe(facts.length);
    });

    it("comes first, best first, and every score is between 0 and 1", () => {
      const firstOther = questions.findIndex((q) => !q.recommended);
      expect(questions.slice(0, firstOther).every((q) => q.recommended)).toBe(true);
      expect(questions.slice(firstOther).some((q) => q.recommended)).toBe(false);
      for (const part of [recommended, questions.filter((q) => !q.recommended)])
        for (let i = 1; i < part.length; i++)
          expect(part[i - 1]!.score).toBeGreaterThanOrEqual(part[i]!.score);
      for (const q of questions) {
        expect(q.score).toBeGreaterThanOrEqual(0);
        expect(q.score).toBeLessThanOrEqual(1);
      }
    });

    it("never names one question's answer in another's prompt or options", () => {
      for (const a of recommended) {
        if (a.type !== "cloze" && a.type !== "multiple_choice") continue;
        for (const b of recommended) {
          if (a === b) continue;
          const shown = [b.prompt, ...(Array.isArray(b.options) ? b.options : [])].join(" ");
          expect(shown, `${a.answer} in: ${b.prompt}`).not.toContain(a.answer);
        }
      }
    });

    it("covers the article's lead: the strikes on three Afghan provinces", () => {
      expect(recommended.some((q) => /airstrikes in three Afghan provinces/.test(q.prompt))).toBe(
        true,
      );
    });
  });

  it("asks who alleged civilian casualties: the Afghan Taliban", () => {
    const q = ofType("attribution").find(
      (x) => /civilian casualties/.test(x.prompt) && x.answer === "The Afghan Taliban",
    );
    expect(q?.prompt).toMatch(/^Who alleged/);
  });

  it("asks for the 45 percent increase as a figure, keeping that it was reported", () => {
    const q = ofType("numeric").find((x) => x.answer === "45 percent");
    expect(q).toBeDefined();
    expect(q!.prompt).toMatch(/reported/);
    expect(q!.prompt).toMatch(/increase in terrorist attacks/);
  });

  it("asks for 'more than 100' militants only as an official claim", () => {
    const onHundred = questions.filter(
      (q) => (q.type === "numeric" || q.type === "cloze") && /\b100\b/.test(q.answer),
    );
    expect(onHundred.length).toBeGreaterThanOrEqual(1);
    for (const q of onHundred) expect(q.prompt).toMatch(/According to official claims, /);
  });

  it("never states that more than 100 militants were killed without the attribution", () => {
    for (const q of questions) {
      const said = wording(q);
      if (!/militants were killed/.test(said)) continue;
      for (const line of said.split("\n").filter((l) => /militants were killed/.test(l))) {
        expect(line, `in ${q.type}: ${q.prompt}`).toMatch(/official claims|claim/i);
      }
    }
  });

  it("asks where the car bombing happened: Bajaur", () => {
    const q = ofType("multiple_choice").find(
      (x) => x.answer === "Bajaur" && /car bombing/.test(x.prompt),
    );
    expect(q).toBeDefined();
    expect(q!.options).toHaveLength(4);
  });

  it("asks about the 2020 agreement", () => {
    const q = questions.find((x) => /\b(20\d\d) agreement\b/.test(x.prompt));
    expect(q).toBeDefined();
  });

  it("asks which provinces were struck without offering another struck province as wrong", () => {
    const q = ofType("multiple_choice").find((x) => /provinces is one of them\?$/.test(x.prompt));
    expect(q).toBeDefined();
    const struck = ["Nangarhar", "Paktika", "Khost"];
    expect(q!.options.filter((o) => struck.includes(o))).toEqual([q!.answer]);
  });

  it("does not ask how many provinces were struck while the prompt names all three", () => {
    const counting = questions.filter(
      (q) =>
        (q.type === "numeric" || q.type === "cloze") &&
        q.answer === "three" &&
        /Afghan provinces/.test(q.prompt),
    );
    for (const q of counting) {
      expect(q.prompt, `${q.type}: the answer can be counted off the prompt`).not.toMatch(
        /Nangarhar, Paktika and Khost/,
      );
    }
  });

  it.each([
    "Nangarhar",
    "Paktika",
    "Khost",
    "TTP",
    "Hafiz Gul Bahadur",
    "Islamabad",
    "Kabul",
    "Bajaur",
    "Bannu",
    "Karak",
    "Turkey",
    "Saudi Arabia",
    "45 percent",
    "100",
    "2020",
    "October",
  ])("covers %s in some question", (term) => {
    const pattern = new RegExp(`(^|[^\\w-])${term}($|[^\\w])`);
    const covering = questions.filter((q) => pattern.test(wording(q)));
    expect(covering.length, `no question mentions ${term}`).toBeGreaterThan(0);
  });

  it("asks about the article's actors as answers, not only in passing", () => {
    const answers = new Set(
      questions.flatMap((q) =>
        q.type === "matching"
          ? q.answer.map((p) => p.left)
          : typeof q.answer === "string"
            ? [q.answer]
            : [],
      ),
    );
    for (const name of ["Bajaur", "Bannu", "Karak", "Hafiz Gul Bahadur group"]) {
      expect(answers.has(name), `${name} is never an answer`).toBe(true);
    }
    expect([...answers].some((a) => /^(the )?Afghan Taliban$/i.test(a))).toBe(true);
  });

  it("never asks for the article's own subject: the two countries and their capitals", () => {
    for (const q of questions) {
      if (q.type === "multiple_choice" || q.type === "cloze")
        expect(["Pakistan", "Afghanistan", "Islamabad", "Kabul"], q.prompt).not.toContain(q.answer);
    }
  });

  it("gives unique ids to sentences, facts and questions", () => {
    const unique = (ids: string[]) => new Set(ids).size === ids.length;
    expect(unique(kit.article.sentences.map((s) => s.id))).toBe(true);
    expect(unique(facts.map((f) => f.id))).toBe(true);
    expect(unique(questions.map((q) => q.id))).toBe(true);
  });

  it("is byte-identical across two runs", () => {
    expect(JSON.stringify(deriveStudyKit(text))).toBe(JSON.stringify(kit));
  });

  it("honours the type filter and the per-type cap", () => {
    const some = deriveStudyKit(text, { types: ["cloze", "numeric"], maxQuestionsPerType: 3 });
    expect(new Set(some.questions.map((q) => q.type))).toEqual(new Set(["cloze", "numeric"]));
    expect(some.questions.filter((q) => q.type === "cloze").length).toBeLessThanOrEqual(3);
    expect(some.facts).toEqual(facts);
  });
});
