// Changing sets and removing articles over HTTP, on both engines (issue 15): a set drawn from
// several articles; rename, edit, duplicate, delete or archive; what an assigned set refuses and
// what its students keep; and an article deleted only while nothing uses it.
import { storeStudyKit, type Engine } from "@studykit/db";
import { ENGINES, fixtureKit, uniqueId } from "@studykit/db/testing";
import { TRPCClientError } from "@trpc/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SetRefusal } from "../logic/set-rules";
import type { ApiTestEnv } from "../testing";
import { serveDemo, settle, type ApiClient } from "../testing-http";

/** A refused call's code and the refusal it carries as data. */
async function refusalOf(call: Promise<unknown>) {
  try {
    await call;
  } catch (e) {
    if (!(e instanceof TRPCClientError)) throw e;
    const data = e.data as { code: string; setRefusal: SetRefusal | null };
    return { code: data.code, refusal: data.setRefusal, message: e.message };
  }
  throw new Error("expected the call to be refused");
}

describe.each(ENGINES)("sets and articles on %s", (engine: Engine) => {
  let demo: Awaited<ReturnType<typeof serveDemo>>;
  let env: ApiTestEnv;
  let teacher: ApiClient;
  let other: ApiClient;
  let student: ApiClient;
  let teacherId: string;

  beforeAll(async () => {
    demo = await serveDemo(engine);
    ({ env, teacher, otherTeacher: other, student } = demo);
    teacherId = (await env.userByUsername("teacher")).id;
  });
  afterAll(() => demo?.close());

  /** A fresh article of the demo teacher's with every question accepted. */
  async function acceptedArticle() {
    const kit = fixtureKit(uniqueId("sets"));
    const { articleId } = await storeStudyKit(env.db, kit, { addedById: teacherId });
    const rows = await env.db.question.findMany({
      where: { articleId },
      orderBy: { position: "asc" },
      select: { id: true, key: true },
    });
    await teacher.review.setStatus.mutate({
      questionIds: rows.map((r) => r.id),
      status: "accepted",
    });
    const byKey = new Map(rows.map((r) => [r.key, r.id]));
    return { articleId, title: kit.article.title, q: (key: string) => byKey.get(key)! };
  }

  const itemsOf = async (setId: string) =>
    (
      await env.db.questionSetItem.findMany({
        where: { setId },
        orderBy: { position: "asc" },
        select: { questionId: true },
      })
    ).map((i) => i.questionId);

  it("builds one set from two articles, each question shown with its own article's source", async () => {
    const a = await acceptedArticle();
    const b = await acceptedArticle();
    const set = await teacher.sets.create.mutate({
      title: "Two articles",
      questionIds: [a.q("q1"), b.q("q2"), a.q("q3")],
    });
    const got = await teacher.sets.get.query({ setId: set.id });
    expect(got.articles).toEqual([
      { id: a.articleId, title: a.title },
      { id: b.articleId, title: b.title },
    ]);
    expect(got.questions.map((q) => [q.id, q.articleId])).toEqual([
      [a.q("q1"), a.articleId],
      [b.q("q2"), b.articleId],
      [a.q("q3"), a.articleId],
    ]);
    // Both articles' kits have an "s1": each question quotes its own article's sentence only.
    for (const q of got.questions)
      expect(q.sources.map((s) => s.id)).toEqual(q.question.sourceSentenceIds);
    const listed = (await teacher.sets.list.query()).find((s) => s.id === set.id)!;
    expect(listed.articles.map((x) => x.id)).toEqual([a.articleId, b.articleId]);

    // A student's attempt at it: feedback quotes each question's own article.
    const assignment = await teacher.assignments.create.mutate({
      classId: "seed-class",
      setId: set.id,
      feedback: "immediately",
      attemptsAllowed: null,
    });
    const { attemptId } = await student.attempts.start.mutate({ assignmentId: assignment.id });
    await student.attempts.finish.mutate({ attemptId });
    const view = await student.attempts.get.query({ attemptId });
    expect(view.articleId).toBeNull();
    expect(view.questions).toHaveLength(3);
    for (const q of got.questions)
      expect(view.missed[q.id]!.sources.map((s) => s.text)).toEqual(q.sources.map((s) => s.text));
  });

  it("renames, and refuses an empty or overlong title without changing anything", async () => {
    const a = await acceptedArticle();
    const set = await teacher.sets.create.mutate({ title: "Draft", questionIds: [a.q("q1")] });
    expect(await teacher.sets.rename.mutate({ setId: set.id, title: "  Week 4 quiz " })).toEqual({
      id: set.id,
      title: "Week 4 quiz",
    });
    for (const title of ["   ", "x".repeat(121)]) {
      const refused = await settle(teacher.sets.rename.mutate({ setId: set.id, title }));
      expect(refused.ok ? "data" : refused.code).toBe("BAD_REQUEST");
    }
    expect((await teacher.sets.get.query({ setId: set.id })).title).toBe("Week 4 quiz");
  });

  it("adds, removes and reorders an unassigned set's questions, refusing bad lists unchanged", async () => {
    const a = await acceptedArticle();
    const b = await acceptedArticle();
    const set = await teacher.sets.create.mutate({
      title: "Editable",
      questionIds: [a.q("q1"), a.q("q2")],
    });
    await teacher.sets.setQuestions.mutate({
      setId: set.id,
      questionIds: [b.q("q4"), a.q("q2")],
    });
    expect(await itemsOf(set.id)).toEqual([b.q("q4"), a.q("q2")]);

    const pending = await storeStudyKit(env.db, fixtureKit(uniqueId("pending")), {
      addedById: teacherId,
    });
    const notAccepted = (await env.db.question.findFirstOrThrow({
      where: { articleId: pending.articleId },
      select: { id: true },
    }))!.id;
    const bad = [
      [a.q("q1"), a.q("q1")],
      [a.q("q1"), notAccepted],
      [a.q("q1"), "no-such-question"],
      [],
    ];
    for (const questionIds of bad) {
      const refused = await settle(
        teacher.sets.setQuestions.mutate({ setId: set.id, questionIds }),
      );
      expect(refused.ok ? "data" : refused.code, JSON.stringify(questionIds)).toBe("BAD_REQUEST");
    }
    expect(await itemsOf(set.id)).toEqual([b.q("q4"), a.q("q2")]);
    // Another teacher cannot see, let alone edit, the set.
    const foreign = await settle(
      other.sets.setQuestions.mutate({ setId: set.id, questionIds: [a.q("q1")] }),
    );
    expect(foreign.ok ? "data" : foreign.code).toBe("NOT_FOUND");
    expect(await itemsOf(set.id)).toEqual([b.q("q4"), a.q("q2")]);
  });

  it("locks an assigned set's questions, offers a copy, archives it instead of deleting, and keeps students' results", async () => {
    const a = await acceptedArticle();
    const set = await teacher.sets.create.mutate({
      title: "Assigned",
      questionIds: [a.q("q1"), a.q("q2"), a.q("q3")],
    });
    const assignment = await teacher.assignments.create.mutate({
      classId: "seed-class",
      setId: set.id,
      feedback: "immediately",
      attemptsAllowed: null,
      shuffleQuestions: false,
    });
    const { attemptId } = await student.attempts.start.mutate({ assignmentId: assignment.id });
    const before = await student.attempts.get.query({ attemptId });

    for (const questionIds of [
      [a.q("q1"), a.q("q2")],
      [a.q("q3"), a.q("q2"), a.q("q1")],
      [a.q("q1"), a.q("q2"), a.q("q3"), a.q("q4")],
    ]) {
      const refused = await refusalOf(
        teacher.sets.setQuestions.mutate({ setId: set.id, questionIds }),
      );
      expect(refused.code).toBe("CONFLICT");
      expect(refused.refusal).toEqual({ reason: "set_assigned", assignments: 1 });
    }
    expect(await itemsOf(set.id)).toEqual([a.q("q1"), a.q("q2"), a.q("q3")]);
    const deleted = await refusalOf(teacher.sets.delete.mutate({ setId: set.id }));
    expect(deleted).toMatchObject({ code: "CONFLICT", refusal: { reason: "set_assigned" } });
    expect(await env.db.questionSet.count({ where: { id: set.id } })).toBe(1);

    // Renaming is fine: students see the assignment's own title.
    await teacher.sets.rename.mutate({ setId: set.id, title: "Assigned (week 2)" });

    // The copy is unassigned and free to edit; the original is untouched.
    const copy = await teacher.sets.duplicate.mutate({ setId: set.id });
    expect(copy).toMatchObject({ title: "Copy of Assigned (week 2)" });
    expect(copy.questionIds).toEqual([a.q("q1"), a.q("q2"), a.q("q3")]);
    await teacher.sets.setQuestions.mutate({ setId: copy.id, questionIds: [a.q("q3")] });
    expect(await itemsOf(copy.id)).toEqual([a.q("q3")]);
    expect(await itemsOf(set.id)).toEqual([a.q("q1"), a.q("q2"), a.q("q3")]);

    // Archived: out of the list and of new assignments, but the student's attempt stays.
    expect(await teacher.sets.setArchived.mutate({ setId: set.id, archived: true })).toEqual({
      id: set.id,
      archived: true,
    });
    expect((await teacher.sets.list.query()).map((s) => s.id)).not.toContain(set.id);
    expect((await teacher.sets.list.query({ archived: true })).map((s) => s.id)).toEqual([set.id]);
    const assign = await refusalOf(
      teacher.assignments.create.mutate({ classId: "seed-class", setId: set.id }),
    );
    expect(assign).toMatchObject({ code: "CONFLICT", refusal: { reason: "set_archived" } });
    expect(await env.db.assignment.count({ where: { setId: set.id } })).toBe(1);
    const after = await student.attempts.get.query({ attemptId });
    expect(after.questions.map((q) => q.id)).toEqual(before.questions.map((q) => q.id));
    expect((await student.assignments.mine.query()).map((x) => x.id)).toContain(assignment.id);

    // Restored, it can be assigned again.
    await teacher.sets.setArchived.mutate({ setId: set.id, archived: false });
    const again = await teacher.assignments.create.mutate({ classId: "seed-class", setId: set.id });
    expect(again.title).toBe("Assigned (week 2)");
  });

  it("deletes an unassigned set with its items, leaving its questions in the bank", async () => {
    const a = await acceptedArticle();
    const set = await teacher.sets.create.mutate({ title: "Gone", questionIds: [a.q("q1")] });
    expect(await teacher.sets.delete.mutate({ setId: set.id })).toEqual({
      id: set.id,
      deleted: true,
    });
    expect(await env.db.questionSet.count({ where: { id: set.id } })).toBe(0);
    expect(await itemsOf(set.id)).toEqual([]);
    expect(await env.db.question.count({ where: { id: a.q("q1") } })).toBe(1);
  });

  it("deletes an article only when no set uses it, naming the sets that do", async () => {
    const a = await acceptedArticle();
    const mine = await teacher.sets.create.mutate({ title: "Uses it", questionIds: [a.q("q1")] });
    const theirs = await other.sets.create.mutate({
      title: "Someone else's",
      questionIds: [a.q("q2")],
    });
    const questions = await env.db.question.count({ where: { articleId: a.articleId } });

    const refused = await refusalOf(teacher.articles.delete.mutate({ articleId: a.articleId }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.refusal).toEqual({
      reason: "article_in_use",
      sets: [{ id: mine.id, title: "Uses it" }],
      othersSets: 1,
    });
    expect(refused.message).toContain("“Uses it”, 1 set of other teachers");
    expect(await env.db.question.count({ where: { articleId: a.articleId } })).toBe(questions);
    // Only the teacher who added it may delete it at all.
    const foreign = await settle(other.articles.delete.mutate({ articleId: a.articleId }));
    expect(foreign.ok ? "data" : foreign.code).toBe("FORBIDDEN");

    await teacher.sets.delete.mutate({ setId: mine.id });
    await other.sets.delete.mutate({ setId: theirs.id });
    expect(await teacher.articles.delete.mutate({ articleId: a.articleId })).toEqual({
      id: a.articleId,
      deleted: true,
    });
    expect(await env.db.article.count({ where: { id: a.articleId } })).toBe(0);
    expect(await env.db.question.count({ where: { articleId: a.articleId } })).toBe(0);
    expect((await teacher.articles.list.query()).map((x) => x.id)).not.toContain(a.articleId);
  });

  it("keeps an article students have practised, saying why", async () => {
    const a = await acceptedArticle();
    await student.attempts.practice.mutate({ articleId: a.articleId, count: 2 });
    const refused = await refusalOf(teacher.articles.delete.mutate({ articleId: a.articleId }));
    expect(refused).toMatchObject({
      code: "CONFLICT",
      refusal: { reason: "article_practised", attempts: 1 },
    });
    expect(await env.db.article.count({ where: { id: a.articleId } })).toBe(1);
  });
});
