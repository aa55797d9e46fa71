import { deriveStudyKit, readArticle, type StudyKit } from "@studykit/content";
import { readDefaultArticle } from "@studykit/content/default-article";
import { describe, expect, it } from "vitest";
import { editQuestion, effectiveQuestion, setQuestionDisabled, storeStudyKit } from "./content";
import { createUser, fixtureKit, uniqueId } from "./testing/factories";
import { ENGINES, useTestDatabase } from "./testing/test-database";

/** The same article derived by a newer kit version: q1 reworded, q3 and f3's question q4 gone, q5 new. */
function rederived(kit: StudyKit): StudyKit {
  const [q1, q2, , q4] = kit.questions;
  return {
    ...kit,
    version: "2",
    facts: kit.facts.filter((f) => f.id !== "f3"),
    questions: [
      { ...q1!, prompt: "According to officials, how many militants were killed?" },
      q2!,
      { ...q4!, factIds: ["f1"] },
      { ...q2!, id: "q5", prompt: "The talks would resume in June.", answer: false },
    ] as StudyKit["questions"],
  };
}

describe.each(ENGINES)("storing study kits on %s", (engine) => {
  const t = useTestDatabase(engine);

  it("stores the article, sentences, facts, questions and their fact links", async () => {
    const kit = fixtureKit(uniqueId("store"));
    const result = await storeStudyKit(t.db, kit);
    expect(result).toMatchObject({
      created: true,
      facts: { stored: 3, retired: 0 },
      questions: { stored: 4, retired: 0 },
    });
    const article = await t.db.article.findUniqueOrThrow({
      where: { id: result.articleId },
      include: {
        sentences: { orderBy: { position: "asc" } },
        questions: { include: { facts: true } },
      },
    });
    expect(article).toMatchObject({
      hash: kit.article.hash,
      title: kit.article.title,
      kitVersion: "1",
    });
    expect(
      article.sentences.map((s) => [s.key, kit.article.text.slice(s.startOffset, s.endOffset)]),
    ).toEqual(kit.article.sentences.map((s) => [s.id, s.text]));
    const q4 = article.questions.find((q) => q.key === "q4")!;
    expect(q4.facts).toHaveLength(2);
    expect(effectiveQuestion(q4)).toEqual(kit.questions[3]);
  });

  it("re-deriving upserts: no duplicates, progress and teacher edits stay attached", async () => {
    const kit = fixtureKit(uniqueId("rederive"));
    const { articleId } = await storeStudyKit(t.db, kit);
    const teacherId = await createUser(t.db, "teacher");
    const studentId = await createUser(t.db, "student");
    const byKey = async () =>
      new Map((await t.db.question.findMany({ where: { articleId } })).map((q) => [q.key, q]));
    const before = await byKey();
    const f1 = await t.db.fact.findFirstOrThrow({ where: { articleId, key: "f1" } });
    const f3 = await t.db.fact.findFirstOrThrow({ where: { articleId, key: "f3" } });

    // Progress on q1 (kept, reworded) and q3 (dropped), cards on f1 (kept) and f3 (dropped).
    const attempt = await t.db.attempt.create({
      data: { studentId, articleId, number: 1, layout: { questionIds: [] }, questionCount: 2 },
    });
    for (const key of ["q1", "q3"]) {
      await t.db.answer.create({
        data: {
          attemptId: attempt.id,
          questionId: before.get(key)!.id,
          idempotencyKey: key,
          given: { type: "choice", option: "10" },
          correct: false,
          score: 0,
          timeTakenMs: 1,
        },
      });
    }
    const card = (factId: string) =>
      t.db.reviewCard.create({
        data: {
          studentId,
          factId,
          due: new Date(),
          stability: 2,
          difficulty: 5,
          elapsedDays: 0,
          scheduledDays: 2,
          learningSteps: 0,
          reps: 1,
          lapses: 0,
          state: "review",
        },
      });
    await card(f1.id);
    await card(f3.id);
    await editQuestion(t.db, {
      questionId: before.get("q2")!.id,
      editedById: teacherId,
      override: { prompt: "Did the ministry claim talks would resume in May?", difficulty: "hard" },
    });
    await setQuestionDisabled(t.db, { questionId: before.get("q4")!.id, disabled: true });

    const result = await storeStudyKit(t.db, rederived(kit));
    const after = await byKey();

    expect(result).toMatchObject({
      articleId,
      created: false,
      facts: { retired: 1 },
      questions: { stored: 4, retired: 1 },
    });
    expect(await t.db.article.count({ where: { hash: kit.article.hash } })).toBe(1);
    expect([...after.keys()].sort()).toEqual(["q1", "q2", "q3", "q4", "q5"]);
    for (const key of ["q1", "q2", "q3", "q4"])
      expect(after.get(key)!.id).toBe(before.get(key)!.id);

    // Reworded question: new text, same row, its answer still attached.
    expect(effectiveQuestion(after.get("q1")!).prompt).toBe(
      "According to officials, how many militants were killed?",
    );
    expect(after.get("q1")!.kitVersion).toBe("2");
    expect(await t.db.answer.count({ where: { questionId: after.get("q1")!.id } })).toBe(1);
    // Dropped question: retired, not deleted, its answer kept.
    expect(after.get("q3")!.retiredAt).not.toBeNull();
    expect(await t.db.answer.count({ where: { questionId: after.get("q3")!.id } })).toBe(1);
    // Teacher's edit and disable survive.
    expect(effectiveQuestion(after.get("q2")!).prompt).toBe(
      "Did the ministry claim talks would resume in May?",
    );
    expect(after.get("q2")!.difficulty).toBe("hard");
    expect(after.get("q4")!.disabledAt).not.toBeNull();
    expect(await t.db.questionFact.count({ where: { questionId: after.get("q4")!.id } })).toBe(1);
    // Cards stay on their facts; the dropped fact is retired with its card.
    expect(
      await t.db.reviewCard.count({ where: { studentId, factId: { in: [f1.id, f3.id] } } }),
    ).toBe(2);
    expect((await t.db.fact.findUniqueOrThrow({ where: { id: f3.id } })).retiredAt).not.toBeNull();

    // Storing the same kit again changes nothing.
    const counts = async () => [
      await t.db.question.count({ where: { articleId } }),
      await t.db.fact.count({ where: { articleId } }),
      await t.db.sentence.count({ where: { articleId } }),
    ];
    const once = await counts();
    await storeStudyKit(t.db, rederived(kit));
    expect(await counts()).toEqual(once);
  });

  it("stores and re-derives an article of 200,000+ characters (thousands of facts)", async () => {
    // The shipped article's paragraphs over and over, figures varied per round, as a teacher's
    // long paste: more facts than a database accepts query parameters in one statement.
    const { article } = readArticle(readDefaultArticle());
    const paragraphs = article.paragraphs.map((p) => article.text.slice(p.start, p.end));
    const parts = [`A very long week ${uniqueId("long")}`];
    for (let round = 0; parts.join("\n\n").length < 200_000; round++)
      parts.push(...paragraphs.map((p) => p.replace(/\d+/g, (n) => `${+n + round}`)));
    const kit = deriveStudyKit(parts.join("\n\n"));
    expect(kit.article.text.length).toBeGreaterThan(200_000);
    expect(kit.facts.length).toBeGreaterThan(1000);

    const first = await storeStudyKit(t.db, kit);
    expect(first).toMatchObject({ created: true, facts: { stored: kit.facts.length, retired: 0 } });
    // A re-derivation that drops every other fact and question retires exactly those.
    const kept = { ...kit, version: "2" };
    kept.facts = kit.facts.filter((_, i) => i % 2 === 0);
    const keptFacts = new Set(kept.facts.map((f) => f.id));
    kept.questions = kit.questions
      .filter((_, i) => i % 2 === 0)
      .map((q) => ({ ...q, factIds: q.factIds.filter((id) => keptFacts.has(id)) }));
    const second = await storeStudyKit(t.db, kept);
    expect(second).toMatchObject({
      created: false,
      facts: { stored: kept.facts.length, retired: kit.facts.length - kept.facts.length },
      questions: {
        stored: kept.questions.length,
        retired: kit.questions.length - kept.questions.length,
      },
    });
    expect(await t.db.fact.count({ where: { articleId: first.articleId, retiredAt: null } })).toBe(
      kept.facts.length,
    );
  }, 420_000);

  it("brings a retired question back when a later derivation produces it again", async () => {
    const kit = fixtureKit(uniqueId("revive"));
    const { articleId } = await storeStudyKit(t.db, kit);
    await storeStudyKit(t.db, rederived(kit));
    await storeStudyKit(t.db, { ...kit, version: "3" });
    const q3 = await t.db.question.findFirstOrThrow({ where: { articleId, key: "q3" } });
    expect(q3.retiredAt).toBeNull();
    expect(q3.kitVersion).toBe("3");
  });
});
