import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Question, QuestionDraft } from "@studykit/content";
import { importQuestions } from "@studykit/formats";
import { beforeAll, describe, expect, it } from "vitest";
import { editQuestion, effectiveQuestion, storeStudyKit } from "./content";
import {
  loadExchangeSet,
  NothingToImportError,
  storeImportedQuestions,
  validateImportedQuestion,
} from "./imported-questions";
import { editFactText } from "./review";
import { createUser, fixtureKit, uniqueId } from "./testing/factories";
import { ENGINES, useTestDatabase } from "./testing/test-database";

const sample = (name: string) =>
  readFileSync(new URL(`../../formats/src/samples/${name}`, import.meta.url), "utf8");

/** A GIFT file of its own per test (the hash is global), with one question of each kind. */
function giftFile(salt: string): string {
  return [
    `$CATEGORY: $course$/top/Imported ${salt}`,
    "",
    "::Capital::Which city is the capital of Pakistan? {=Islamabad ~Karachi ~Lahore ~Peshawar}",
    "",
    "::Border::The Durand Line is the border between Pakistan and Afghanistan. {T}",
    "",
    "::Twice::Which city is named twice here? {=Kabul ~Kabul ~Herat}",
    "",
    "::Talks::Which country hosted the ceasefire talks in October? {=Qatar ~Oman ~Iran ~China}",
    "",
  ].join("\n");
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

describe("validateImportedQuestion", () => {
  const draft: QuestionDraft = {
    type: "multiple_choice",
    prompt: "Which city is the capital of Pakistan?",
    options: ["Islamabad", "Karachi", "Lahore", "Peshawar"],
    answer: "Islamabad",
    alternativeDistractors: [],
    explanation: "Islamabad has been the capital since the 1960s.",
    sourceSentenceIds: [],
    factIds: [],
    difficulty: "medium",
    skill: "recall",
    stance: "stated",
    attribution: null,
  };

  it("accepts a question that cites no sentence and names no fact", () => {
    expect(validateImportedQuestion(draft)).toEqual([]);
  });

  it("holds a teacher's question to its shape, not to the generator's house style", () => {
    // Short prompts, three options and answer words in the prompt are the teacher's call.
    expect(validateImportedQuestion({ ...draft, prompt: "Which city?" })).toEqual([]);
    expect(
      validateImportedQuestion({ ...draft, options: ["Islamabad", "Karachi", "Lahore"] }),
    ).toEqual([]);
    expect(
      validateImportedQuestion({ ...draft, prompt: "Is Islamabad the capital of Pakistan?" }),
    ).toEqual([]);
    // A question that cannot be answered or graded is still refused.
    expect(
      validateImportedQuestion({ ...draft, options: ["Islamabad", "Islamabad", "Lahore"] }),
    ).toEqual([
      "options are not distinct",
      "the answer appears 2 times among the options, not once",
    ]);
    expect(validateImportedQuestion({ ...draft, options: ["Islamabad"] })).toEqual([
      "a choice question needs 2 to 6 options",
    ]);
    expect(validateImportedQuestion({ ...draft, answer: "Quetta" })).toEqual([
      "the answer appears 0 times among the options, not once",
    ]);
  });
});

describe.each(ENGINES)("imported questions on %s", (engine) => {
  const t = useTestDatabase(engine);
  let teacherId: string;
  let otherTeacherId: string;
  beforeAll(async () => {
    teacherId = await createUser(t.db, "teacher");
    otherTeacherId = await createUser(t.db, "teacher");
  });

  it("stores a file's questions as the teacher's own, accepted, under a question-import article", async () => {
    const text = giftFile(uniqueId("store"));
    const now = new Date("2026-11-24T09:00:00Z");
    const result = await storeImportedQuestions(t.db, {
      result: importQuestions("gift", text),
      text,
      filename: "week-3.gift",
      teacherId,
      now,
    });
    expect(result).toMatchObject({ imported: 3, duplicate: false });
    expect(result.title).toMatch(/^Imported store-/);
    // The validator refused the third question; its index counts every question in the file.
    expect(result.skipped).toEqual([
      { index: 2, name: "Twice", reason: expect.stringContaining("not distinct") },
    ]);

    const article = await t.db.article.findUniqueOrThrow({
      where: { id: result.articleId },
      include: { questions: { orderBy: { position: "asc" } }, sentences: true, facts: true },
    });
    expect(article).toMatchObject({
      kind: "question_import",
      hash: sha256(text),
      title: result.title,
      sourceName: "week-3.gift",
      text: "",
      addedById: teacherId,
      sentences: [],
      facts: [],
    });
    expect(article.questions.map((q) => [q.type, q.reviewStatus, q.reviewedById])).toEqual([
      ["multiple_choice", "accepted", teacherId],
      ["true_false", "accepted", teacherId],
      ["multiple_choice", "accepted", teacherId],
    ]);
    // A teacher wrote them: the generator never scored them, so they are in no recommended set.
    expect(article.questions.map((q) => [q.score, q.recommended])).toEqual([
      [null, false],
      [null, false],
      [null, false],
    ]);
    expect(article.questions[0]!.reviewedAt).toEqual(now);
    const first = effectiveQuestion(article.questions[0]!);
    expect(first).toMatchObject({
      id: article.questions[0]!.key,
      prompt: "Which city is the capital of Pakistan?",
      answer: "Islamabad",
      sourceSentenceIds: [],
      factIds: [],
    });
    // Keys are stable: the same question in the same file gets the same key.
    const again = importQuestions("gift", text);
    const keys = article.questions.map((q) => q.key);
    expect(new Set(keys).size).toBe(3);
    expect(keys.every((k) => /^imp-[0-9a-f]{16}$/.test(k))).toBe(true);
    expect(again.questions[0]!.question.prompt).toBe(first.prompt);
  });

  it("recognises the same file imported again, by anyone, and stores nothing new", async () => {
    const text = giftFile(uniqueId("twice"));
    const input = { result: importQuestions("gift", text), text, filename: "quiz.txt" };
    const first = await storeImportedQuestions(t.db, { ...input, teacherId });
    const before = await t.db.question.count();
    const second = await storeImportedQuestions(t.db, { ...input, teacherId });
    const byOther = await storeImportedQuestions(t.db, { ...input, teacherId: otherTeacherId });
    for (const repeat of [second, byOther])
      expect(repeat).toEqual({
        articleId: first.articleId,
        title: first.title,
        imported: 3,
        skipped: [],
        duplicate: true,
      });
    expect(await t.db.question.count()).toBe(before);
    expect(await t.db.article.count({ where: { hash: sha256(text) } })).toBe(1);
  });

  it("stores the formats package's GIFT and Moodle XML samples, with the reader's skips", async () => {
    for (const [format, file] of [
      ["gift", "gift-sample.txt"],
      ["moodle-xml", "moodle-sample.xml"],
    ] as const) {
      // Each engine's database is its own, so the samples can be stored in both.
      const text = sample(file);
      const parsed = importQuestions(format, text);
      const result = await storeImportedQuestions(t.db, {
        result: parsed,
        text,
        filename: file,
        teacherId,
      });
      expect(result.title).toBe(parsed.title);
      expect(result.imported).toBeGreaterThan(0);
      expect(result.imported + result.skipped.length).toBe(
        parsed.questions.length + parsed.skipped.length,
      );
      for (const s of parsed.skipped) expect(result.skipped).toContainEqual(s);
      const indices = result.skipped.map((s) => s.index);
      expect(indices).toEqual([...indices].sort((a, b) => a - b));
    }
  });

  it("stores nothing when no question in the file can be used", async () => {
    const text = `::Twice::Which city is named twice? {=Kabul ~Kabul}\n\n// ${uniqueId("none")}\n`;
    const articles = await t.db.article.count();
    await expect(
      storeImportedQuestions(t.db, {
        result: importQuestions("gift", text),
        text,
        filename: "short.gift",
        teacherId,
      }),
    ).rejects.toThrow(
      new NothingToImportError(
        "No question in the file could be imported: options are not distinct; the answer appears 2 times among the options, not once.",
      ),
    );
    expect(await t.db.article.count()).toBe(articles);
  });

  it("loads a derived set for export: edits applied, facts reworded, source sentences, disabled left out", async () => {
    const { articleId } = await storeStudyKit(t.db, fixtureKit(uniqueId("export")), {
      reviewStatus: "accepted",
    });
    const rows = new Map(
      (await t.db.question.findMany({ where: { articleId } })).map((q) => [q.key, q]),
    );
    const facts = new Map(
      (await t.db.fact.findMany({ where: { articleId } })).map((f) => [f.key, f]),
    );
    await editQuestion(t.db, {
      questionId: rows.get("q1")!.id,
      editedById: teacherId,
      override: { prompt: "According to officials, how many militants were killed?" },
    });
    await editFactText(t.db, {
      factId: facts.get("f3")!.id,
      text: "Turkey and Qatar both offered to mediate.",
      editedById: teacherId,
    });
    await t.db.question.update({
      where: { id: rows.get("q2")!.id },
      data: { disabledAt: new Date() },
    });
    const set = await t.db.questionSet.create({
      data: {
        title: "Export me",
        ownerId: teacherId,
        items: {
          create: ["q4", "q2", "q1"].map((key, position) => ({
            questionId: rows.get(key)!.id,
            position,
          })),
        },
      },
    });

    const loaded = await loadExchangeSet(t.db, set.id);
    expect(loaded).toMatchObject({
      id: set.id,
      title: "Export me",
      articleTitle: expect.stringMatching(/^Fixture export-/),
    });
    expect(loaded!.questions.map((q) => q.id)).toEqual([rows.get("q4")!.id, rows.get("q1")!.id]);
    const [q4, q1] = loaded!.questions;
    expect(q1!.question.prompt).toBe("According to officials, how many militants were killed?");
    expect(q1!.source).toBe("Officials said 12 militants were killed in the strikes.");
    expect(q4!.source).toBe("Turkey and Qatar offered to mediate.");
    expect(q4!.factIds).toEqual(expect.arrayContaining([facts.get("f3")!.id, facts.get("f1")!.id]));
    // The facts the questions test, in article order, with the teacher's wording.
    expect(loaded!.facts).toEqual([
      {
        id: facts.get("f1")!.id,
        text: "Officials said 12 militants were killed.",
        stance: "attributed",
        attribution: "officials",
      },
      {
        id: facts.get("f3")!.id,
        text: "Turkey and Qatar both offered to mediate.",
        stance: "attributed",
        attribution: "officials",
      },
    ]);
  });

  it("loads a set of imported questions with no sources and no facts", async () => {
    const text = giftFile(uniqueId("imported-set"));
    const { articleId, title } = await storeImportedQuestions(t.db, {
      result: importQuestions("gift", text),
      text,
      filename: "x.gift",
      teacherId,
    });
    const questions = await t.db.question.findMany({
      where: { articleId },
      orderBy: { position: "asc" },
    });
    const set = await t.db.questionSet.create({
      data: {
        title: "Imported set",
        ownerId: teacherId,
        items: { create: questions.map((q, position) => ({ questionId: q.id, position })) },
      },
    });
    const loaded = await loadExchangeSet(t.db, set.id);
    expect(loaded!.articleTitle).toBe(title);
    expect(loaded!.facts).toEqual([]);
    expect(
      loaded!.questions.map((q) => [q.source, q.factIds, (q.question as Question).type]),
    ).toEqual([
      [null, [], "multiple_choice"],
      [null, [], "true_false"],
      [null, [], "multiple_choice"],
    ]);
    expect(await loadExchangeSet(t.db, "no-such-set")).toBeNull();
  });
});
