import { describe, expect, it } from "vitest";
import { readDefaultArticle } from "../default-article";
import { deriveStudyKit } from "../derive";
import type { OpenQuestion } from "../types";

const kit = deriveStudyKit(readDefaultArticle());
const questions = kit.questions.filter((q): q is OpenQuestion => q.type === "open");
const factText = new Map(kit.facts.map((f) => [f.id, f.text]));

describe("open questions on the shipped article", () => {
  it("are generated", () => {
    expect(questions.length).toBeGreaterThanOrEqual(3);
  });

  it("have no single answer and no options, but a model answer and a rubric", () => {
    for (const q of questions) {
      expect(q.answer).toBeNull();
      expect(q.options).toBeNull();
      expect(q.modelAnswer.trim().length).toBeGreaterThan(20);
      expect(q.rubric.length).toBeGreaterThanOrEqual(2);
      for (const point of q.rubric) expect(point.trim()).not.toBe("");
    }
  });

  it("ask a question the learner must answer in their own words", () => {
    for (const q of questions) {
      expect(q.prompt).toMatch(/\?$/);
      expect(q.prompt).toMatch(/\b(why|what|how|do you agree)\b/i);
      expect(q.skill).toBe("analysis");
    }
  });

  it("give a model answer that says more than the prompt already does", () => {
    for (const q of questions) expect(q.prompt, q.prompt).not.toContain(q.modelAnswer);
  });

  it("build the model answer from the facts they cite", () => {
    for (const q of questions) {
      const first = factText.get(q.factIds[0]!)!;
      expect(q.modelAnswer).toContain(first);
    }
  });

  it("compare the competing accounts of Pakistan and the Afghan Taliban", () => {
    const q = questions.find((x) => /different accounts/.test(x.prompt));
    expect(q).toBeDefined();
    expect(q!.prompt).toMatch(/Pakistan/);
    expect(q!.prompt).toMatch(/Afghan Taliban/);
    expect(q!.rubric.some((r) => /attribut/i.test(r))).toBe(true);
    expect(q!.sourceSentenceIds.length).toBe(2);
  });

  it("put the writer's opinions to the learner as the article's argument", () => {
    const opinions = questions.filter((q) => q.stance === "opinion");
    expect(opinions.length).toBeGreaterThanOrEqual(1);
    for (const q of opinions) expect(q.prompt).toMatch(/^The article argues that /);
  });
});

describe("open questions on an opinion piece", () => {
  const editorial = [
    "Editorial: The city must rethink its bus fares",
    "",
    "The transport board raised fares by 20 percent in March. The city must now rethink a policy that has emptied its buses. Cheaper fares should come before any new road is built. Ridership fell by a third in Halden after the rise, the board's own figures show. A council that wants cleaner air cannot keep pricing people out of buses. The mayor should reverse the rise before the summer.",
  ].join("\n");
  const kit = deriveStudyKit(editorial);
  const opens = kit.questions.filter((q): q is OpenQuestion => q.type === "open");
  const argued = opens.filter((q) => q.prompt.startsWith("The writer argues that "));

  it("take no story the writer tells, or a ranking that judges nothing, as an argument", () => {
    const piece = [
      "Editorial: The city must rethink its bus fares",
      "",
      "The transport board raised fares by 20 percent in March. The city must now rethink a policy that has emptied its buses. Even with the most recent fare rise, we witnessed long queues at every stop in Halden. At the end of each year, the best five routes in Halden will keep their night buses. Cheaper fares should come before any new road is built.",
    ].join("\n");
    const prompts = deriveStudyKit(piece)
      .questions.filter((q) => q.type === "open")
      .map((q) => q.prompt);
    expect(prompts.some((p) => /we witnessed|best five routes/.test(p))).toBe(false);
    // ("Maybe the council should have listened…": a guess is no view to weigh.)
    const guess = deriveStudyKit(
      [
        "Editorial: The city must rethink its bus fares",
        "",
        "The city must now rethink a policy that has emptied its buses. Maybe the council should have listened to its riders years ago. Cheaper fares should come before any new road is built.",
      ].join("\n"),
    ).questions.filter((q) => q.type === "open");
    expect(guess.some((q) => /listened to its riders/.test(q.prompt))).toBe(false);
    expect(prompts).toContain(
      "The writer argues that cheaper fares should come before any new road is built. Do you agree? Give your reasons.",
    );
  });

  it("put the writer's arguments to the learner as the writer's, not as the article's facts", () => {
    expect(argued.length).toBeGreaterThanOrEqual(1);
    for (const q of argued) {
      expect(q.prompt).toMatch(/Do you agree\? Give your reasons\.$/);
      expect(q.attribution).toBe("the writer");
      expect(q.prompt).not.toMatch(/According to the writer/);
    }
    expect(argued.map((q) => q.prompt)).toContain(
      "The writer argues that the mayor should reverse the rise before the summer. Do you agree? Give your reasons.",
    );
  });

  it("take the writer's judgements, not the facts the writer reports", () => {
    const prompts = argued.map((q) => q.prompt).join(" ");
    // "Ridership fell by a third…, the board's own figures show" is a reported figure.
    expect(prompts).not.toMatch(/Ridership fell/);
    expect(prompts).toMatch(
      /cannot keep pricing people out of buses|should come before any new road/,
    );
  });

  it("recommend one of them, and no 'why is this significant' question", () => {
    const recommended = opens.filter((q) => q.recommended);
    expect(recommended.length).toBeGreaterThanOrEqual(1);
    for (const q of recommended) expect(q.prompt).toMatch(/^The writer argues that /);
  });
});
