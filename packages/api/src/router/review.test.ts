// Reviewing a kit over HTTP: statuses, fact edits, distractor swaps, who may change what, and
// sets that take only accepted questions. A real seeded SQLite database and a real tRPC client.
import { storeStudyKit, type Prisma } from "@studykit/db";
import { fixtureKit, uniqueId } from "@studykit/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiTestEnv, TestServer } from "../testing";
import { assignToDemoClass, closeServer, settle, type ApiClient, serveDemo } from "../testing-http";

let env: ApiTestEnv;
let server: TestServer;
let teacher: ApiClient;
let other: ApiClient;
let student: ApiClient;
let teacherId: string;

beforeAll(async () => {
  ({ env, server, teacher, otherTeacher: other, student } = await serveDemo());
  teacherId = (await env.userByUsername("teacher")).id;
});
afterAll(async () => {
  await closeServer(server);
  await env?.close();
});

/** A fresh article with its questions pending, added by the demo teacher unless said otherwise. */
async function freshArticle(addedById: string | null = teacherId) {
  const kit = fixtureKit(uniqueId("review"));
  const { articleId } = await storeStudyKit(env.db, kit, {
    ...(addedById ? { addedById } : {}),
  });
  const questions = new Map(
    (await env.db.question.findMany({ where: { articleId }, select: { id: true, key: true } })).map(
      (q) => [q.key, q.id],
    ),
  );
  const facts = new Map(
    (await env.db.fact.findMany({ where: { articleId }, select: { id: true, key: true } })).map(
      (f) => [f.key, f.id],
    ),
  );
  return {
    kit,
    articleId,
    q: (key: string) => questions.get(key)!,
    f: (key: string) => facts.get(key)!,
  };
}

/** A fresh article of the demo teacher's with the questions of these keys accepted. */
async function freshArticleAccepting(keys: string[]) {
  const a = await freshArticle();
  await teacher.review.setStatus.mutate({ questionIds: keys.map(a.q), status: "accepted" });
  return a;
}

const statusOf = async (id: string) =>
  (await env.db.question.findUniqueOrThrow({ where: { id }, select: { reviewStatus: true } }))
    .reviewStatus;

describe("review.article", () => {
  it("gives the text, sentences with offsets, facts and every question with its status", async () => {
    const a = await freshArticle();
    const r = await teacher.review.article.query({ articleId: a.articleId });
    expect(r).toMatchObject({ id: a.articleId, kind: "article", canEdit: true });
    expect(r.counts).toEqual({ pending: 4, accepted: 0, rejected: 0 });
    for (const s of r.sentences) expect(r.text.slice(s.start, s.end)).toBe(s.text);
    expect(r.facts.map((f) => [f.text, f.edited, f.sentenceIds])).toEqual([
      ["Officials said 12 militants were killed.", false, ["s1"]],
      ["The ministry claimed talks would resume in May.", false, ["s2"]],
      ["Turkey and Qatar offered to mediate.", false, ["s3"]],
    ]);
    // q4 is built on f3 and f1: it is listed under both.
    expect(r.facts[0]!.questionIds).toEqual([a.q("q1"), a.q("q4")]);
    const q1 = r.questions.find((q) => q.id === a.q("q1"))!;
    expect(q1).toMatchObject({
      status: "pending",
      edited: false,
      sourceSentenceIds: ["s1"],
      alternativeDistractors: ["16"],
    });
    expect(q1.generated).toEqual(q1.question);
    expect(r.questions.find((q) => q.id === a.q("q3"))!.alternativeDistractors).toBeNull();
    // Best first, with the generator's score and recommended set as the kit gave them.
    expect(r.questions.map((q) => [q.id, q.score, q.recommended])).toEqual(
      a.kit.questions.map((q) => [a.q(q.id), q.score, q.recommended]),
    );
    expect(r.recommended).toEqual({ pending: 3, accepted: 0, rejected: 0 });

    // Another teacher reads it, without the right to change it.
    const seen = await other.review.article.query({ articleId: a.articleId });
    expect(seen.canEdit).toBe(false);
    expect(seen.questions).toHaveLength(4);
    expect((await settle(student.review.article.query({ articleId: a.articleId }))).ok).toBe(false);
    const missing = await settle(teacher.review.article.query({ articleId: "no-such-article" }));
    expect(missing.ok ? "data" : missing.code).toBe("NOT_FOUND");
  });

  it("shows an imported question set with no text, sentences or facts, and lets it be edited", async () => {
    // As a teacher wrote it in Moodle: three options, no source sentence or key fact.
    const generated = {
      ...fixtureKit("import").questions[0]!,
      id: "imported-1",
      options: ["10", "12", "14"],
      sourceSentenceIds: [],
      factIds: [],
    };
    const article = await env.db.article.create({
      data: {
        hash: uniqueId("import-hash"),
        kind: "question_import",
        sourceName: "week3.gift",
        title: "Week 3 quiz",
        text: "",
        tags: [],
        paragraphs: [],
        kitVersion: "import",
        derivedAt: new Date(),
        addedById: teacherId,
        questions: {
          create: {
            key: "imported-1",
            position: 0,
            type: "multiple_choice",
            difficulty: "easy",
            skill: "recall",
            stance: "stated",
            generated: generated as unknown as Prisma.InputJsonValue,
            kitVersion: "import",
            reviewStatus: "accepted",
          },
        },
      },
      select: { id: true, questions: { select: { id: true } } },
    });
    const r = await teacher.review.article.query({ articleId: article.id });
    expect(r).toMatchObject({ kind: "question_import", text: "", sentences: [], facts: [] });
    expect(r.questions).toHaveLength(1);
    expect(r.questions[0]!.sourceSentenceIds).toEqual([]);
    const edited = await teacher.articles.editQuestion.mutate({
      questionId: article.questions[0]!.id,
      prompt: "How many militants did the officials say had been killed?",
    });
    expect(edited.question.prompt).toBe(
      "How many militants did the officials say had been killed?",
    );
  });
});

describe("review.setStatus", () => {
  it("accepts, rejects and returns questions to pending, in bulk", async () => {
    const a = await freshArticle();
    const all = ["q1", "q2", "q3", "q4"].map(a.q);
    expect(await teacher.review.setStatus.mutate({ questionIds: all, status: "accepted" })).toEqual(
      {
        updated: 4,
        status: "accepted",
      },
    );
    await teacher.review.setStatus.mutate({ questionIds: [a.q("q3")], status: "rejected" });
    await teacher.review.setStatus.mutate({ questionIds: [a.q("q4")], status: "pending" });
    const r = await teacher.review.article.query({ articleId: a.articleId });
    expect(r.counts).toEqual({ pending: 1, accepted: 2, rejected: 1 });
    const row = await env.db.question.findUniqueOrThrow({ where: { id: a.q("q1") } });
    expect(row).toMatchObject({ reviewedById: teacherId, reviewedAt: env.clock.now });
  });

  it("refuses another teacher, unknown ids and oversized batches, changing nothing", async () => {
    const a = await freshArticle();
    const refused = await settle(
      other.review.setStatus.mutate({ questionIds: [a.q("q1")], status: "rejected" }),
    );
    expect(refused.ok ? "data" : [refused.code, refused.message]).toEqual([
      "FORBIDDEN",
      "only the teacher who added this article can review or edit its questions and facts",
    ]);
    const unknown = await settle(
      teacher.review.setStatus.mutate({ questionIds: [a.q("q1"), "nope"], status: "accepted" }),
    );
    expect(unknown.ok ? "data" : unknown.code).toBe("NOT_FOUND");
    const tooMany = await settle(
      teacher.review.setStatus.mutate({
        questionIds: Array.from({ length: 501 }, () => a.q("q1")),
        status: "accepted",
      }),
    );
    expect(tooMany.ok ? "data" : tooMany.code).toBe("BAD_REQUEST");
    const none = await settle(
      teacher.review.setStatus.mutate({ questionIds: [], status: "accepted" }),
    );
    expect(none.ok ? "data" : none.code).toBe("BAD_REQUEST");
    expect(await statusOf(a.q("q1"))).toBe("pending");
  });

  it("lets any teacher review an article no one added", async () => {
    const a = await freshArticle(null);
    expect((await other.review.article.query({ articleId: a.articleId })).canEdit).toBe(true);
    await other.review.setStatus.mutate({ questionIds: [a.q("q2")], status: "accepted" });
    expect(await statusOf(a.q("q2"))).toBe("accepted");
    await other.articles.setQuestionDisabled.mutate({ questionId: a.q("q3"), disabled: true });
  });
});

describe("review.acceptRecommended", () => {
  it("accepts every pending recommended question in one call, and nothing more when called again", async () => {
    const a = await freshArticle();
    await teacher.review.setStatus.mutate({ questionIds: [a.q("q2")], status: "rejected" });
    const recommended = a.kit.questions.filter((q) => q.recommended).map((q) => a.q(q.id));
    expect(recommended).toEqual([a.q("q1"), a.q("q2"), a.q("q3")]);

    const first = await teacher.review.acceptRecommended.mutate({ articleId: a.articleId });
    expect(first).toEqual({ accepted: 2, recommended: { pending: 0, accepted: 2, rejected: 1 } });
    expect(await statusOf(a.q("q1"))).toBe("accepted");
    expect(await statusOf(a.q("q3"))).toBe("accepted");
    // The teacher's rejection stands; a question outside the set still waits.
    expect(await statusOf(a.q("q2"))).toBe("rejected");
    expect(await statusOf(a.q("q4"))).toBe("pending");
    const row = await env.db.question.findUniqueOrThrow({ where: { id: a.q("q1") } });
    expect(row).toMatchObject({ reviewedById: teacherId, reviewedAt: env.clock.now });

    const again = await teacher.review.acceptRecommended.mutate({ articleId: a.articleId });
    expect(again).toEqual({ accepted: 0, recommended: first.recommended });
    const r = await teacher.review.article.query({ articleId: a.articleId });
    expect(r.counts).toEqual({ pending: 1, accepted: 2, rejected: 1 });
    expect(r.recommended).toEqual(first.recommended);
  });

  it("refuses another teacher, a student and an unknown article, changing nothing", async () => {
    const a = await freshArticle();
    const refused = await settle(other.review.acceptRecommended.mutate({ articleId: a.articleId }));
    expect(refused.ok ? "data" : refused.code).toBe("FORBIDDEN");
    const byStudent = await settle(
      student.review.acceptRecommended.mutate({ articleId: a.articleId }),
    );
    expect(byStudent.ok ? "data" : byStudent.code).toBe("FORBIDDEN");
    const missing = await settle(
      teacher.review.acceptRecommended.mutate({ articleId: "no-such-article" }),
    );
    expect(missing.ok ? "data" : missing.code).toBe("NOT_FOUND");
    for (const key of ["q1", "q2", "q3", "q4"]) expect(await statusOf(a.q(key))).toBe("pending");
  });
});

describe("editing facts", () => {
  it("rewords a fact everywhere it is shown, and resets it", async () => {
    const a = await freshArticle();
    const edited = await teacher.review.editFact.mutate({
      factId: a.f("f2"),
      text: "  The ministry said the talks would restart in May.  ",
    });
    expect(edited).toEqual({
      id: a.f("f2"),
      text: "The ministry said the talks would restart in May.",
      generatedText: "The ministry claimed talks would resume in May.",
      edited: true,
    });
    // The article reader (and the student's feedback, which reads it) shows the new wording.
    const read = await student.articles.get.query({ articleId: a.articleId });
    expect(read.facts[1]!.text).toBe("The ministry said the talks would restart in May.");
    const review = await teacher.review.article.query({ articleId: a.articleId });
    expect(review.facts[1]).toMatchObject({ edited: true, generatedText: edited.generatedText });

    const refused = await settle(
      other.review.editFact.mutate({ factId: a.f("f2"), text: "Other words." }),
    );
    expect(refused.ok ? "data" : refused.code).toBe("FORBIDDEN");
    const blank = await settle(teacher.review.editFact.mutate({ factId: a.f("f2"), text: "  " }));
    expect(blank.ok ? "data" : blank.code).toBe("BAD_REQUEST");
    expect((await student.articles.get.query({ articleId: a.articleId })).facts[1]!.text).toBe(
      "The ministry said the talks would restart in May.",
    );

    const reset = await teacher.review.resetFact.mutate({ factId: a.f("f2") });
    expect(reset).toMatchObject({
      text: "The ministry claimed talks would resume in May.",
      edited: false,
    });
  });

  it("shows the edited wording on a study card", async () => {
    const a = await freshArticle();
    await teacher.review.editFact.mutate({
      factId: a.f("f3"),
      text: "Qatar and Turkey both offered to mediate.",
    });
    const amira = await env.userByUsername("amira");
    const card = await env.db.reviewCard.create({
      data: {
        studentId: amira.id,
        factId: a.f("f3"),
        due: new Date(env.clock.now.getTime() - 60_000),
        stability: 2,
        difficulty: 5,
        elapsedDays: 0,
        scheduledDays: 1,
        learningSteps: 0,
        reps: 1,
        lapses: 0,
        state: "review",
        lastReview: new Date(env.clock.now.getTime() - 86_400_000),
      },
    });
    const queue = await student.study.queue.query({ articleId: a.articleId });
    const shown = queue.cards.find((c) => c.id === card.id)!;
    expect((shown.back as { fact?: string }).fact).toBe(
      "Qatar and Turkey both offered to mediate.",
    );
  });
});

describe("review.swapDistractor", () => {
  it("swaps a distractor for one of the generator's alternatives, and back", async () => {
    const a = await freshArticle();
    const swapped = await teacher.review.swapDistractor.mutate({
      questionId: a.q("q1"),
      replace: "14",
      with: "16",
    });
    expect(swapped.question).toMatchObject({ options: ["10", "12", "16", "20"], answer: "12" });
    expect(swapped.alternativeDistractors).toEqual(["14"]);
    const r = await teacher.review.article.query({ articleId: a.articleId });
    expect(r.questions.find((q) => q.id === a.q("q1"))).toMatchObject({
      edited: true,
      question: { options: ["10", "12", "16", "20"] },
    });
    const back = await teacher.review.swapDistractor.mutate({
      questionId: a.q("q1"),
      replace: "16",
      with: "14",
    });
    expect(back.question).toMatchObject({ options: ["10", "12", "14", "20"] });
  });

  it("refuses what is not a distractor or not a proposed alternative, changing nothing", async () => {
    const a = await freshArticle();
    const attempt = async (
      input: { questionId: string; replace: string; with: string },
      client = teacher,
    ) => {
      const out = await settle(client.review.swapDistractor.mutate(input));
      return out.ok ? "data" : `${out.code}: ${out.message}`;
    };
    expect(await attempt({ questionId: a.q("q1"), replace: "14", with: "99" })).toBe(
      'BAD_REQUEST: "99" is not one of the alternatives the generator proposed',
    );
    expect(await attempt({ questionId: a.q("q1"), replace: "12", with: "16" })).toBe(
      "BAD_REQUEST: the correct answer cannot be swapped out",
    );
    expect(await attempt({ questionId: a.q("q1"), replace: "13", with: "16" })).toBe(
      'BAD_REQUEST: "13" is not one of this question\'s options',
    );
    expect(await attempt({ questionId: a.q("q3"), replace: "Qatar", with: "Iran" })).toBe(
      "BAD_REQUEST: only multiple-choice questions have distractors",
    );
    expect(await attempt({ questionId: a.q("q1"), replace: "14", with: "16" }, other)).toMatch(
      /^FORBIDDEN/,
    );
    const row = await env.db.question.findUniqueOrThrow({ where: { id: a.q("q1") } });
    expect(row).toMatchObject({ override: null, editedAt: null });
  });
});

describe("only the article's editor edits its questions", () => {
  it("refuses another teacher's edits and disabling on the shipped article", async () => {
    const articleId = (await teacher.articles.list.query())[0]!.id;
    const bank = await other.articles.bank.query({ articleId });
    expect(bank.every((b) => !b.canEdit)).toBe(true);
    const id = bank[0]!.id;
    const edit = await settle(
      other.articles.editQuestion.mutate({ questionId: id, difficulty: "hard" }),
    );
    expect(edit.ok ? "data" : edit.code).toBe("FORBIDDEN");
    const disable = await settle(
      other.articles.setQuestionDisabled.mutate({ questionId: id, disabled: true }),
    );
    expect(disable.ok ? "data" : disable.code).toBe("FORBIDDEN");
    const row = await env.db.question.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ override: null, disabledAt: null });
  });
});

describe("sets take only accepted questions", () => {
  it("refuses a hand-picked set with pending or rejected questions, naming how many", async () => {
    const a = await freshArticleAccepting(["q1", "q2"]);
    await teacher.review.setStatus.mutate({ questionIds: [a.q("q3")], status: "rejected" });
    const before = await env.db.questionSet.count();
    const refused = await settle(
      teacher.sets.create.mutate({
        title: "Too soon",
        questionIds: [a.q("q1"), a.q("q3"), a.q("q4")],
      }),
    );
    expect(refused.ok ? "data" : [refused.code, refused.message]).toEqual([
      "BAD_REQUEST",
      "2 of these questions are not accepted: accept them in the article's review first, or leave them out",
    ]);
    const one = await settle(
      teacher.sets.create.mutate({
        title: "Rejected",
        questionIds: [a.q("q3")],
      }),
    );
    expect(one.ok ? "data" : one.message).toBe(
      "1 of these questions is not accepted: accept it in the article's review first, or leave it out",
    );
    expect(await env.db.questionSet.count()).toBe(before);
    // Another teacher may use the accepted questions of an article they cannot edit.
    const set = await other.sets.create.mutate({
      title: "Accepted only",
      questionIds: [a.q("q2"), a.q("q1")],
    });
    expect(set.questionIds).toEqual([a.q("q2"), a.q("q1")]);
  });

  it("keeps a question rejected after it went into a set out of new attempts and exports", async () => {
    const a = await freshArticleAccepting(["q1", "q2"]);
    const set = await teacher.sets.create.mutate({
      title: "Rejected later",
      questionIds: [a.q("q1"), a.q("q2")],
    });
    const assignment = await assignToDemoClass(teacher, set.id);
    await teacher.review.setStatus.mutate({ questionIds: [a.q("q2")], status: "rejected" });
    const { attemptId } = await student.attempts.start.mutate({ assignmentId: assignment.id });
    const view = await student.attempts.get.query({ attemptId });
    expect(view.questions.map((q) => q.id)).toEqual([a.q("q1")]);
    const exported = await teacher.exchange.exportSet.query({ setId: set.id, format: "gift" });
    expect(exported.body).toContain(
      a.kit.questions.find((q) => q.id === "q1")!.prompt.slice(0, 20),
    );
    expect(exported.body).not.toContain(
      a.kit.questions.find((q) => q.id === "q2")!.prompt.slice(0, 20),
    );
  });

  it("mixes only accepted questions, and says when review stands in the way", async () => {
    const a = await freshArticle();
    const none = await settle(
      teacher.sets.createFromMix.mutate({ title: "Mix", articleId: a.articleId, count: 2 }),
    );
    expect(none.ok ? "data" : [none.code, none.message]).toEqual([
      "BAD_REQUEST",
      "none of this article's questions is accepted yet (4 are not accepted): review them first",
    ]);
    await teacher.review.setStatus.mutate({
      questionIds: [a.q("q1"), a.q("q2")],
      status: "accepted",
    });
    const short = await settle(
      teacher.sets.createFromMix.mutate({ title: "Mix", articleId: a.articleId, count: 3 }),
    );
    expect(short.ok ? "data" : short.message).toBe(
      "the question bank cannot fill this mix: it needs 1 more questions (only accepted questions count; 2 are not accepted)",
    );
    const mix = await teacher.sets.createFromMix.mutate({
      title: "Mix",
      articleId: a.articleId,
      count: 2,
    });
    expect([...mix.questionIds].sort()).toEqual([a.q("q1"), a.q("q2")].sort());
  });

  it("mixes in score order, best first, one question per fact while facts remain", async () => {
    const a = await freshArticleAccepting(["q1", "q2", "q3", "q4"]);
    // q4 (on f3 and f1) now scores best: it comes first, and q1 (f1) and q3 (f3) wait.
    await env.db.question.update({ where: { id: a.q("q4") }, data: { score: 0.95 } });
    const two = await teacher.sets.createFromMix.mutate({
      title: "Best two",
      articleId: a.articleId,
      count: 2,
    });
    expect(two.questionIds).toEqual([a.q("q4"), a.q("q2")]);
    const all = await teacher.sets.createFromMix.mutate({
      title: "All four",
      articleId: a.articleId,
      count: 4,
    });
    expect(all.questionIds).toEqual([a.q("q4"), a.q("q1"), a.q("q2"), a.q("q3")]);
    // The hand-picker lists the bank in the same order.
    const bank = await teacher.articles.bank.query({
      articleId: a.articleId,
      reviewStatus: "accepted",
    });
    expect(bank.map((b) => [b.id, b.score])).toEqual([
      [a.q("q4"), 0.95],
      [a.q("q1"), 0.9],
      [a.q("q2"), 0.8],
      [a.q("q3"), 0.7],
    ]);
  });

  it("lists and filters the bank by review status", async () => {
    const a = await freshArticle();
    await teacher.review.setStatus.mutate({ questionIds: [a.q("q2")], status: "rejected" });
    const bank = await teacher.articles.bank.query({ articleId: a.articleId });
    expect(bank.map((b) => b.reviewStatus)).toEqual(["pending", "rejected", "pending", "pending"]);
    const rejected = await teacher.articles.bank.query({
      articleId: a.articleId,
      reviewStatus: "rejected",
    });
    expect(rejected.map((b) => b.id)).toEqual([a.q("q2")]);
    const list = await teacher.articles.list.query();
    expect(list.find((x) => x.id === a.articleId)).toMatchObject({
      pending: 3,
      accepted: 0,
      canEdit: true,
    });
    // Students see an article once some of its questions are accepted, and only those count.
    expect((await student.articles.list.query()).map((x) => x.id)).not.toContain(a.articleId);
    await teacher.review.setStatus.mutate({ questionIds: [a.q("q1")], status: "accepted" });
    expect((await student.articles.list.query()).find((x) => x.id === a.articleId)).toMatchObject({
      questions: 1,
      accepted: 1,
    });
  });
});

describe("re-derivation", () => {
  it("keeps review status, edits and fact wording; new questions start pending", async () => {
    const a = await freshArticle();
    await teacher.review.setStatus.mutate({ questionIds: [a.q("q1")], status: "accepted" });
    await teacher.review.setStatus.mutate({ questionIds: [a.q("q2")], status: "rejected" });
    await teacher.review.swapDistractor.mutate({
      questionId: a.q("q1"),
      replace: "10",
      with: "16",
    });
    await teacher.review.editFact.mutate({
      factId: a.f("f1"),
      text: "Twelve militants were killed.",
    });
    await storeStudyKit(env.db, {
      ...a.kit,
      version: "2",
      questions: [
        ...a.kit.questions,
        { ...a.kit.questions[1]!, id: "q5", prompt: "Talks resume in June." },
      ],
    } as typeof a.kit);
    const r = await teacher.review.article.query({ articleId: a.articleId });
    const byId = new Map(r.questions.map((q) => [q.id, q]));
    expect(byId.get(a.q("q1"))).toMatchObject({
      status: "accepted",
      question: { options: ["16", "12", "14", "20"] },
    });
    expect(byId.get(a.q("q2"))!.status).toBe("rejected");
    expect(r.questions.find((q) => q.question.prompt === "Talks resume in June.")!.status).toBe(
      "pending",
    );
    expect(r.facts[0]).toMatchObject({ text: "Twelve militants were killed.", edited: true });
  });
});
