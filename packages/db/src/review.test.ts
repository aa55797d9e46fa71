import type { StudyKit } from "@studykit/content";
import { beforeAll, describe, expect, it } from "vitest";
import { editQuestion, effectiveQuestion, storeStudyKit } from "./content";
import { factMastery } from "./progress/queries";
import {
  acceptRecommendedQuestions,
  editFactText,
  effectiveFactText,
  setReviewStatus,
} from "./review";
import { createUser, fixtureKit, uniqueId } from "./testing/factories";
import { ENGINES, useTestDatabase } from "./testing/test-database";

/** A later derivation of the same article: f1 and q1 reworded, q5 new. */
function rederived(kit: StudyKit): StudyKit {
  const [q1, q2, q3, q4] = kit.questions;
  return {
    ...kit,
    version: "2",
    facts: kit.facts.map((f) =>
      f.id === "f1" ? { ...f, text: "Officials said twelve militants were killed." } : f,
    ),
    questions: [
      { ...q1!, prompt: "According to officials, how many militants were killed?" },
      q2!,
      q3!,
      q4!,
      { ...q2!, id: "q5", prompt: "The talks would resume in June.", answer: false },
    ] as StudyKit["questions"],
  };
}

describe.each(ENGINES)("reviewing a kit on %s", (engine) => {
  const t = useTestDatabase(engine);
  let teacherId: string;
  beforeAll(async () => {
    teacherId = await createUser(t.db, "teacher");
  });

  const questionsOf = async (articleId: string) =>
    new Map((await t.db.question.findMany({ where: { articleId } })).map((q) => [q.key, q]));

  it("stores new questions pending by default and accepted when asked", async () => {
    const pending = await storeStudyKit(t.db, fixtureKit(uniqueId("pending")));
    const accepted = await storeStudyKit(t.db, fixtureKit(uniqueId("accepted")), {
      reviewStatus: "accepted",
    });
    const statuses = async (articleId: string) =>
      [...(await questionsOf(articleId)).values()].map((q) => q.reviewStatus);
    expect(await statuses(pending.articleId)).toEqual(["pending", "pending", "pending", "pending"]);
    expect(await statuses(accepted.articleId)).toEqual([
      "accepted",
      "accepted",
      "accepted",
      "accepted",
    ]);
  });

  it("sets review status with who and when, and clears both back to pending", async () => {
    const { articleId } = await storeStudyKit(t.db, fixtureKit(uniqueId("status")));
    const before = await questionsOf(articleId);
    const now = new Date("2026-11-20T10:00:00Z");
    const ids = [before.get("q1")!.id, before.get("q2")!.id];
    expect(
      await setReviewStatus(t.db, {
        questionIds: ids,
        status: "accepted",
        reviewedById: teacherId,
        now,
      }),
    ).toBe(2);
    expect(
      await setReviewStatus(t.db, {
        questionIds: [before.get("q3")!.id],
        status: "rejected",
        reviewedById: teacherId,
        now,
      }),
    ).toBe(1);
    let after = await questionsOf(articleId);
    expect(after.get("q1")).toMatchObject({
      reviewStatus: "accepted",
      reviewedById: teacherId,
      reviewedAt: now,
    });
    expect(after.get("q3")).toMatchObject({ reviewStatus: "rejected", reviewedById: teacherId });
    expect(after.get("q4")).toMatchObject({
      reviewStatus: "pending",
      reviewedById: null,
      reviewedAt: null,
    });

    await setReviewStatus(t.db, {
      questionIds: ids.slice(0, 1),
      status: "pending",
      reviewedById: teacherId,
    });
    after = await questionsOf(articleId);
    expect(after.get("q1")).toMatchObject({
      reviewStatus: "pending",
      reviewedById: null,
      reviewedAt: null,
    });
    expect(after.get("q2")!.reviewStatus).toBe("accepted");
    // An unknown id changes nothing.
    expect(
      await setReviewStatus(t.db, {
        questionIds: ["nope"],
        status: "accepted",
        reviewedById: teacherId,
      }),
    ).toBe(0);
  });

  it("rewords a fact and resets it to the generated wording", async () => {
    const { articleId } = await storeStudyKit(t.db, fixtureKit(uniqueId("fact")));
    const f2 = await t.db.fact.findFirstOrThrow({ where: { articleId, key: "f2" } });
    const now = new Date("2026-11-21T09:00:00Z");
    await editFactText(t.db, {
      factId: f2.id,
      text: "The ministry said talks resume in May.",
      editedById: teacherId,
      now,
    });
    let row = await t.db.fact.findUniqueOrThrow({ where: { id: f2.id } });
    expect(row).toMatchObject({
      text: "The ministry claimed talks would resume in May.",
      editedText: "The ministry said talks resume in May.",
      editedById: teacherId,
      editedAt: now,
    });
    expect(effectiveFactText(row)).toBe("The ministry said talks resume in May.");

    // Mastery (progress pages and dashboards) shows the teacher's wording.
    const studentId = await createUser(t.db, "student");
    const mastery = await factMastery(t.db, { studentId, articleId });
    expect(mastery.find((m) => m.factId === f2.id)!.text).toBe(
      "The ministry said talks resume in May.",
    );

    await editFactText(t.db, { factId: f2.id, text: null, editedById: teacherId });
    row = await t.db.fact.findUniqueOrThrow({ where: { id: f2.id } });
    expect(row).toMatchObject({ editedText: null, editedById: null, editedAt: null });
    expect(effectiveFactText(row)).toBe("The ministry claimed talks would resume in May.");

    // Typing the generated wording back counts as no edit.
    await editFactText(t.db, { factId: f2.id, text: row.text, editedById: teacherId });
    expect((await t.db.fact.findUniqueOrThrow({ where: { id: f2.id } })).editedText).toBeNull();
  });

  it("keeps review status, overrides and fact edits when the article is derived again", async () => {
    const kit = fixtureKit(uniqueId("rederive"));
    const { articleId } = await storeStudyKit(t.db, kit);
    const before = await questionsOf(articleId);
    const reviewedAt = new Date("2026-11-22T08:00:00Z");
    await setReviewStatus(t.db, {
      questionIds: [before.get("q1")!.id, before.get("q2")!.id],
      status: "accepted",
      reviewedById: teacherId,
      now: reviewedAt,
    });
    await setReviewStatus(t.db, {
      questionIds: [before.get("q3")!.id],
      status: "rejected",
      reviewedById: teacherId,
      now: reviewedAt,
    });
    await editQuestion(t.db, {
      questionId: before.get("q1")!.id,
      editedById: teacherId,
      override: {
        prompt: "How many militants were killed, officials said?",
        options: ["10", "12", "16", "20"],
      },
    });
    const f1 = await t.db.fact.findFirstOrThrow({ where: { articleId, key: "f1" } });
    await editFactText(t.db, {
      factId: f1.id,
      text: "Twelve militants died, officials said.",
      editedById: teacherId,
    });

    // Derived again, even asking for "accepted": only new questions take that status.
    await storeStudyKit(t.db, rederived(kit));
    const after = await questionsOf(articleId);
    expect(after.get("q1")).toMatchObject({
      id: before.get("q1")!.id,
      reviewStatus: "accepted",
      reviewedById: teacherId,
      reviewedAt,
      kitVersion: "2",
    });
    expect(after.get("q2")!.reviewStatus).toBe("accepted");
    expect(after.get("q3")).toMatchObject({ reviewStatus: "rejected", reviewedAt });
    expect(after.get("q4")!.reviewStatus).toBe("pending");
    // New in this derivation: waits for review.
    expect(after.get("q5")).toMatchObject({ reviewStatus: "pending", reviewedAt: null });
    // The generated question is the new one; the teacher's override still lies over it.
    expect((after.get("q1")!.generated as { prompt: string }).prompt).toBe(
      "According to officials, how many militants were killed?",
    );
    expect(effectiveQuestion(after.get("q1")!)).toMatchObject({
      prompt: "How many militants were killed, officials said?",
      options: ["10", "12", "16", "20"],
    });
    const fact = await t.db.fact.findUniqueOrThrow({ where: { id: f1.id } });
    expect(fact).toMatchObject({
      text: "Officials said twelve militants were killed.",
      editedText: "Twelve militants died, officials said.",
      editedById: teacherId,
      kitVersion: "2",
    });

    // A re-derivation that asks for "accepted" leaves existing pending and rejected ones alone.
    await storeStudyKit(t.db, rederived(kit), { reviewStatus: "accepted" });
    const again = await questionsOf(articleId);
    expect(again.get("q3")!.reviewStatus).toBe("rejected");
    expect(again.get("q5")!.reviewStatus).toBe("pending");
  });
  it("stores each question's score and place in the recommended set, positions best first", async () => {
    const kit = fixtureKit(uniqueId("ranked"));
    const { articleId } = await storeStudyKit(t.db, kit);
    const rows = await t.db.question.findMany({
      where: { articleId },
      orderBy: { position: "asc" },
    });
    expect(rows.map((r) => [r.key, r.score, r.recommended])).toEqual(
      kit.questions.map((q) => [q.id, q.score, q.recommended]),
    );
  });

  it("keeps a teacher's decision and edit on a question that drops out of the recommended set", async () => {
    const kit = fixtureKit(uniqueId("drops-out"));
    const { articleId } = await storeStudyKit(t.db, kit);
    const before = await questionsOf(articleId);
    const reviewedAt = new Date("2026-11-23T08:00:00Z");
    await setReviewStatus(t.db, {
      questionIds: [before.get("q2")!.id],
      status: "rejected",
      reviewedById: teacherId,
      now: reviewedAt,
    });
    await setReviewStatus(t.db, {
      questionIds: [before.get("q3")!.id],
      status: "accepted",
      reviewedById: teacherId,
      now: reviewedAt,
    });
    await editQuestion(t.db, {
      questionId: before.get("q3")!.id,
      editedById: teacherId,
      override: { prompt: "Turkey and ____ both offered to mediate." },
    });

    // The next derivation ranks q4 above q2 and q3 and takes q2 and q3 out of the set.
    const [q1, q2, q3, q4] = kit.questions;
    await storeStudyKit(t.db, {
      ...kit,
      version: "2",
      questions: [
        { ...q1!, score: 0.9, recommended: true },
        { ...q4!, score: 0.85, recommended: true },
        { ...q2!, score: 0.5, recommended: false },
        { ...q3!, score: 0.3, recommended: false },
      ],
    });
    const after = await questionsOf(articleId);
    expect(after.get("q4")).toMatchObject({ position: 1, score: 0.85, recommended: true });
    expect(after.get("q2")).toMatchObject({
      position: 2,
      recommended: false,
      reviewStatus: "rejected",
      reviewedById: teacherId,
      reviewedAt,
    });
    expect(after.get("q3")).toMatchObject({
      position: 3,
      score: 0.3,
      recommended: false,
      reviewStatus: "accepted",
      reviewedAt,
    });
    expect(effectiveQuestion(after.get("q3")!).prompt).toBe(
      "Turkey and ____ both offered to mediate.",
    );
  });

  it("accepts every pending recommended question at once, leaving decisions and the rest alone", async () => {
    const { articleId } = await storeStudyKit(t.db, fixtureKit(uniqueId("accept-rec")));
    const other = await storeStudyKit(t.db, fixtureKit(uniqueId("accept-rec-other")));
    const before = await questionsOf(articleId);
    const earlier = new Date("2026-11-24T08:00:00Z");
    await setReviewStatus(t.db, {
      questionIds: [before.get("q2")!.id],
      status: "rejected",
      reviewedById: teacherId,
      now: earlier,
    });
    const otherTeacher = await createUser(t.db, "teacher");
    const now = new Date("2026-11-24T09:00:00Z");
    const result = await acceptRecommendedQuestions(t.db, {
      articleId,
      reviewedById: otherTeacher,
      now,
    });
    expect(result).toEqual({ accepted: 2, recommended: { pending: 0, accepted: 2, rejected: 1 } });
    const after = await questionsOf(articleId);
    for (const key of ["q1", "q3"])
      expect(after.get(key)).toMatchObject({
        reviewStatus: "accepted",
        reviewedById: otherTeacher,
        reviewedAt: now,
      });
    // A decision stands; a question outside the set waits; another article is untouched.
    expect(after.get("q2")).toMatchObject({
      reviewStatus: "rejected",
      reviewedById: teacherId,
      reviewedAt: earlier,
    });
    expect(after.get("q4")!.reviewStatus).toBe("pending");
    const untouched = await questionsOf(other.articleId);
    expect([...untouched.values()].every((q) => q.reviewStatus === "pending")).toBe(true);

    // Again: nothing left to accept, nothing changes.
    expect(
      await acceptRecommendedQuestions(t.db, { articleId, reviewedById: teacherId, now: earlier }),
    ).toEqual({ accepted: 0, recommended: { pending: 0, accepted: 2, rejected: 1 } });
    expect((await questionsOf(articleId)).get("q1")).toMatchObject({
      reviewedById: otherTeacher,
      reviewedAt: now,
    });
  });
});
