// The authorization matrix: every procedure of appRouter, called over HTTP through a real tRPC
// client by six kinds of caller, with the exact outcome each must get. A procedure added to the
// router without a row here fails both the type check and the coverage test below.
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { createClass, storeStudyKit } from "@studykit/db";
import { createUser, fixtureKit, uniqueId } from "@studykit/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importQueue } from "./import-queue";
import { appRouter, type AppRouter } from "./router/root";
import { serveApiTestEnv, type ApiTestEnv, type TestServer } from "./testing";
import {
  apiClient,
  postJson,
  settle,
  signIn,
  type ApiClient,
  type CallOutcome,
  closeServer,
} from "./testing-http";
import type { SessionUser } from "./trpc";

type Inputs = inferRouterInputs<AppRouter>;
type Outputs = inferRouterOutputs<AppRouter>;

/**
 * The five callers the issue names, plus a classmate: a student of the class who does not own
 * the attempt, so "one student reads another's results" is tested inside one class too.
 */
const ROLES = ["anonymous", "student", "classmate", "outsider", "teacher", "otherTeacher"] as const;
type Role = (typeof ROLES)[number];

type Refusal =
  "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "BAD_REQUEST" | "CONFLICT" | "PRECONDITION_FAILED";
const HTTP_STATUS: Record<Refusal, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
};

interface Data<O> {
  data: (out: O, role: Role) => void | Promise<void>;
}
type Outcome<O> = Refusal | Data<O>;

interface Entry<I, O> {
  /** The input each caller sends; may create a fresh resource so mutations do not interfere. */
  input: (role: Role) => I | Promise<I>;
  expect: Record<Role, Outcome<O>>;
  /** State a refused call must leave untouched. */
  unchanged?: (input: I) => Promise<unknown>;
  /** Undo a successful call that would change who is who (e.g. an outsider joining the class). */
  after?: (role: Role, input: I) => Promise<void>;
}

type Matrix = {
  [NS in keyof Inputs]: { [P in keyof Inputs[NS]]: Entry<Inputs[NS][P], Outputs[NS][P]> };
};

const data = <O>(check: (out: O, role: Role) => void | Promise<void>): Data<O> => ({
  data: check,
});

/** Teacher-only procedures: students are refused by role, anonymous callers asked to sign in. */
function teachersOnly<O>(teacher: Outcome<O>, otherTeacher: Outcome<O>): Record<Role, Outcome<O>> {
  return {
    anonymous: "UNAUTHORIZED",
    student: "FORBIDDEN",
    classmate: "FORBIDDEN",
    outsider: "FORBIDDEN",
    teacher,
    otherTeacher,
  };
}

function studentsOnly<O>(
  student: Outcome<O>,
  classmate: Outcome<O>,
  outsider: Outcome<O>,
): Record<Role, Outcome<O>> {
  return {
    anonymous: "UNAUTHORIZED",
    student,
    classmate,
    outsider,
    teacher: "FORBIDDEN",
    otherTeacher: "FORBIDDEN",
  };
}

function anyoneSignedIn<O>(check: Data<O>): Record<Role, Outcome<O>> {
  return {
    anonymous: "UNAUTHORIZED",
    student: check,
    classmate: check,
    outsider: check,
    teacher: check,
    otherTeacher: check,
  };
}

const CLASS_ID = "seed-class";
const TEACHER_ID = "seed-teacher";
const AMIRA_ID = "seed-student-amira";

const PASSWORDS: Record<Exclude<Role, "anonymous">, string> = {
  student: "learn-studykit",
  classmate: "learn-studykit",
  outsider: "learn-elsewhere-1",
  teacher: "teach-studykit",
  otherTeacher: "teach-elsewhere-1",
};
const USERNAMES: Record<Role, string | null> = {
  anonymous: null,
  student: "amira",
  classmate: "ben",
  outsider: "olivep",
  teacher: "teacher",
  otherTeacher: "sortiz",
};

let env: ApiTestEnv;
let server: TestServer;
const clients = {} as Record<Role, ApiClient>;
const f = {
  articleId: "",
  otherClassId: "",
  setId: "",
  setQuestionIds: [] as string[],
  assignmentId: "",
  attemptId: "",
  trueFalseQuestionId: "",
  submittedAttemptId: "",
  spareQuestionIds: [] as string[],
};
let teacherUser: SessionUser;
let amiraUser: SessionUser;

beforeAll(async () => {
  ({ env, server } = await serveApiTestEnv());
  const signUp = async (body: Record<string, unknown>) => {
    const response = await postJson(server.url, "/api/auth/sign-up/email", body);
    expect(response.status, await response.clone().text()).toBe(200);
  };
  const invitation = await env
    .callerFor(await env.userByUsername("teacher"))
    .account.inviteTeacher({});
  await signUp({
    name: "Sam Ortiz",
    email: "sam.ortiz@school.example",
    username: "sortiz",
    password: PASSWORDS.otherTeacher,
    invitation: invitation.code,
  });
  await signUp({ name: "Olive Park", username: "olivep", password: PASSWORDS.outsider });

  clients.anonymous = apiClient(server.url);
  for (const role of ROLES) {
    if (role === "anonymous") continue;
    const cookie = await signIn(server.url, {
      username: USERNAMES[role]!,
      password: PASSWORDS[role],
    });
    // A cookie jar: completeFirstSignIn replaces the session (every other one ends).
    clients[role] = apiClient(server.url, { cookie });
  }

  // The other teacher's class, with a student enrolled only there.
  const other = await clients.otherTeacher.classes.create.mutate({ name: "Year 9 Geography" });
  f.otherClassId = other.id;
  await clients.outsider.classes.join.mutate({ joinCode: other.joinCode });

  // An assignment in the demo class with a set, and an attempt by the class's student.
  f.articleId = (await clients.teacher.articles.list.query())[0]!.id;
  const set = await clients.teacher.sets.createFromMix.mutate({
    title: "Matrix set",
    articleId: f.articleId,
    count: 3,
    types: { true_false: 1, multiple_choice: 1, cloze: 1 },
  });
  f.setId = set.id;
  f.setQuestionIds = set.questionIds;
  const assignment = await clients.teacher.assignments.create.mutate({
    classId: CLASS_ID,
    setId: set.id,
    feedback: "immediately",
    attemptsAllowed: null,
    dueAt: new Date(env.clock.now.getTime() + 7 * 86_400_000),
  });
  f.assignmentId = assignment.id;
  f.attemptId = (
    await clients.student.attempts.start.mutate({ assignmentId: assignment.id })
  ).attemptId;
  const view = await clients.student.attempts.get.query({ attemptId: f.attemptId });
  f.trueFalseQuestionId = view.questions.find((q) => q.type === "true_false")!.id;
  f.submittedAttemptId = (
    await env.db.attempt.findFirstOrThrow({
      where: { studentId: AMIRA_ID, status: "submitted" },
      select: { id: true },
    })
  ).id;
  const bank = await clients.teacher.articles.bank.query({ articleId: f.articleId });
  f.spareQuestionIds = bank.map((b) => b.id).filter((id) => !f.setQuestionIds.includes(id));

  teacherUser = await env.userByUsername("teacher");
  amiraUser = await env.userByUsername("amira");
});

afterAll(async () => {
  await closeServer(server);
  await env?.close();
});

// Fresh resources for mutations that would otherwise change the fixtures the next call relies on.
const freshTeacherClass = async () =>
  (await createClass(env.db, { teacherId: TEACHER_ID, name: "Scratch class" })).id;
const freshEnrolledStudent = async () => {
  const id = await createUser(env.db, "student");
  await env.db.enrolment.create({ data: { classId: CLASS_ID, studentId: id } });
  return id;
};
const freshAssignment = async () =>
  (await env.callerFor(teacherUser).assignments.create({ classId: CLASS_ID, setId: f.setId })).id;
const freshPracticeAttempt = async () =>
  (await env.callerFor(amiraUser).attempts.practice({ articleId: f.articleId, count: 2 }))
    .attemptId;
/** A question's teacher edit: what a refused edit or distractor swap leaves as it was. */
const questionEdit = (i: { questionId: string }) =>
  env.db.question.findUnique({
    where: { id: i.questionId },
    select: { override: true, editedAt: true },
  });
/** A fact's teacher wording: what a refused rewording or reset leaves as it was. */
const factWording = (i: { factId: string }) =>
  env.db.fact.findUnique({ where: { id: i.factId }, select: { editedText: true, editedAt: true } });
/** Every card in a study queue belongs to the caller. */
async function expectOwnCards(cards: readonly { id: string }[], role: Role) {
  const owner = (await env.userByUsername(USERNAMES[role]!)).id;
  const owners = await env.db.reviewCard.findMany({
    where: { id: { in: cards.map((c) => c.id) } },
    select: { studentId: true },
  });
  expect(owners).toHaveLength(cards.length);
  expect(owners.every((o) => o.studentId === owner)).toBe(true);
}
/** A finished import of the demo teacher's, made once. */
let teachersImportId: Promise<string> | undefined;
const teachersImport = () =>
  (teachersImportId ??= env.db.articleImport
    .create({
      data: {
        teacherId: TEACHER_ID,
        sourceKind: "paste",
        byteLength: 1,
        status: "done",
        stage: "done",
        progress: 1,
        articleId: f.articleId,
        duplicate: true,
      },
    })
    .then((row) => row.id));
/** A set of the demo teacher's, never assigned, free to rename, edit, archive or delete. */
const freshSet = async () =>
  (
    await env.callerFor(teacherUser).sets.create({
      title: "Scratch set",
      questionIds: f.setQuestionIds.slice(0, 2),
    })
  ).id;
const setItems = (setId: string) =>
  env.db.questionSetItem.findMany({
    where: { setId },
    orderBy: { position: "asc" },
    select: { questionId: true },
  });
let spare = 0;
const spareQuestion = () => f.spareQuestionIds[spare++]!;
/** A fresh article the demo teacher added, its questions pending review. */
async function freshReviewArticle() {
  const { articleId } = await storeStudyKit(env.db, fixtureKit(uniqueId("matrix")), {
    addedById: TEACHER_ID,
  });
  const [question, fact] = await Promise.all([
    env.db.question.findFirstOrThrow({ where: { articleId, key: "q1" }, select: { id: true } }),
    env.db.fact.findFirstOrThrow({ where: { articleId, key: "f1" }, select: { id: true } }),
  ]);
  return { articleId, questionId: question.id, factId: fact.id };
}

const matrix: Matrix = {
  account: {
    me: {
      input: () => undefined,
      expect: {
        ...anyoneSignedIn(data((me, role) => expect(me?.username).toBe(USERNAMES[role]))),
        anonymous: data((me) => expect(me).toBeNull()),
      },
    },
    completeFirstSignIn: {
      input: (role) => ({
        currentPassword: role === "anonymous" ? "whatever-it-is" : PASSWORDS[role],
        newPassword: role === "anonymous" ? "something-new-1" : `${PASSWORDS[role]}-renewed`,
      }),
      expect: anyoneSignedIn(data((out) => expect(out).toEqual({ ok: true }))),
    },
    inviteTeacher: {
      input: () => ({}),
      expect: teachersOnly(
        data((out) => expect(out.code).toMatch(/^[A-Za-z0-9_-]{22}$/)),
        data((out) => expect(out.expiresAt.getTime()).toBeGreaterThan(env.clock.now.getTime())),
      ),
      unchanged: () => env.db.verification.count(),
    },
  },
  classes: {
    list: {
      input: () => undefined,
      expect: teachersOnly(
        data((list) => expect(list.map((c) => c.id)).toContain(CLASS_ID)),
        data((list) => {
          expect(list.map((c) => c.id)).toContain(f.otherClassId);
          expect(list.map((c) => c.id)).not.toContain(CLASS_ID);
        }),
      ),
    },
    create: {
      input: (role) => ({ name: `Created by ${role}` }),
      expect: teachersOnly(
        data((c) => expect(c.joinCode).toMatch(/^[A-Z2-9]{6}$/)),
        data((c) => expect(c.name).toBe("Created by otherTeacher")),
      ),
      unchanged: () => env.db.class.count(),
    },
    rename: {
      input: async () => ({ classId: await freshTeacherClass(), name: "Renamed" }),
      expect: teachersOnly(
        data((c) => expect(c.name).toBe("Renamed")),
        "NOT_FOUND",
      ),
      unchanged: (i) =>
        env.db.class.findUnique({ where: { id: i.classId }, select: { name: true } }),
    },
    setArchived: {
      input: async () => ({ classId: await freshTeacherClass(), archived: true }),
      expect: teachersOnly(
        data((c) => expect(c.archived).toBe(true)),
        "NOT_FOUND",
      ),
      unchanged: (i) =>
        env.db.class.findUnique({ where: { id: i.classId }, select: { archivedAt: true } }),
    },
    get: {
      input: () => ({ classId: CLASS_ID }),
      expect: teachersOnly(
        data((c) => {
          expect(c.joinCode).toBe("NEWS24");
          expect(c.roster.map((r) => r.id)).toContain(AMIRA_ID);
        }),
        "NOT_FOUND",
      ),
    },
    removeStudent: {
      input: async () => ({ classId: CLASS_ID, studentId: await freshEnrolledStudent() }),
      expect: teachersOnly(
        data((out) => expect(out).toEqual({ removed: true })),
        "NOT_FOUND",
      ),
      unchanged: (i) => env.db.enrolment.count({ where: { studentId: i.studentId } }),
    },
    addStudents: {
      input: () => ({ classId: CLASS_ID, names: ["Matrix Pupil"] }),
      expect: teachersOnly(
        data((out) => expect(out.students[0]!.username).toMatch(/^matrixp\d*$/)),
        "NOT_FOUND",
      ),
      unchanged: () => env.db.user.count(),
    },
    join: {
      input: () => ({ joinCode: "NEWS24" }),
      expect: studentsOnly(
        data((c) => expect(c.id).toBe(CLASS_ID)),
        data((c) => expect(c.id).toBe(CLASS_ID)),
        // Anyone with the code may join: that is what the code is for.
        data((c) => expect(c.id).toBe(CLASS_ID)),
      ),
      unchanged: () => env.db.enrolment.count(),
      after: async (role) => {
        if (role !== "outsider") return;
        const outsider = await env.userByUsername("olivep");
        await env.db.enrolment.delete({
          where: { classId_studentId: { classId: CLASS_ID, studentId: outsider.id } },
        });
      },
    },
    mine: {
      input: () => undefined,
      expect: studentsOnly(
        data((list) => expect(list.map((c) => c.id)).toEqual([CLASS_ID])),
        data((list) => expect(list.map((c) => c.id)).toEqual([CLASS_ID])),
        data((list) => expect(list.map((c) => c.id)).toEqual([f.otherClassId])),
      ),
    },
  },
  articles: {
    list: {
      input: () => undefined,
      expect: {
        ...anyoneSignedIn(
          data((list) => {
            expect(list[0]!.id).toBe(f.articleId);
            expect(list.every((a) => !a.canEdit)).toBe(true);
          }),
        ),
        // The demo teacher added the shipped article: only they may review it.
        teacher: data((list) => expect(list[0]).toMatchObject({ id: f.articleId, canEdit: true })),
      },
    },
    get: {
      input: () => ({ articleId: f.articleId }),
      expect: anyoneSignedIn(data((a) => expect(a.id).toBe(f.articleId))),
    },
    bank: {
      input: () => ({ articleId: f.articleId, type: "cloze" }),
      expect: teachersOnly(
        data((bank) =>
          expect(bank.every((b) => b.question.type === "cloze" && b.question.answer)).toBe(true),
        ),
        data((bank) => expect(bank.length).toBeGreaterThan(0)),
      ),
    },
    editQuestion: {
      input: (role) => ({
        questionId: f.setQuestionIds[0]!,
        difficulty: role === "otherTeacher" ? "easy" : "hard",
      }),
      // Every teacher may read the shared library; only the teacher who added the article edits.
      expect: teachersOnly(
        data((q) => expect(q.question.difficulty).toBe("hard")),
        "FORBIDDEN",
      ),
      unchanged: questionEdit,
    },
    // Only the teacher who added the article deletes it (and only while nothing uses it).
    delete: {
      input: async () => ({ articleId: (await freshReviewArticle()).articleId }),
      expect: teachersOnly(
        data((out) => expect(out.deleted).toBe(true)),
        "FORBIDDEN",
      ),
      unchanged: (i) => env.db.article.count({ where: { id: i.articleId } }),
    },
    setQuestionDisabled: {
      input: () => ({ questionId: spareQuestion(), disabled: true }),
      expect: teachersOnly(
        data((q) => expect(q.disabled).toBe(true)),
        "FORBIDDEN",
      ),
      unchanged: (i) =>
        env.db.question.findUnique({ where: { id: i.questionId }, select: { disabledAt: true } }),
    },
  },
  sets: {
    list: {
      input: () => undefined,
      expect: teachersOnly(
        data((list) => expect(list.map((s) => s.id)).toContain(f.setId)),
        data((list) => expect(list.map((s) => s.id)).not.toContain(f.setId)),
      ),
    },
    get: {
      input: () => ({ setId: f.setId }),
      expect: teachersOnly(
        data((s) => expect(s.questions.map((q) => q.id)).toEqual(f.setQuestionIds)),
        "NOT_FOUND",
      ),
    },
    create: {
      input: (role) => ({
        title: `Hand-picked by ${role}`,
        articleId: f.articleId,
        questionIds: f.setQuestionIds.slice(0, 2),
      }),
      expect: teachersOnly(
        data((s) => expect(s.questionIds).toEqual(f.setQuestionIds.slice(0, 2))),
        data((s) => expect(s.title).toBe("Hand-picked by otherTeacher")),
      ),
      unchanged: () => env.db.questionSet.count(),
    },
    createFromMix: {
      input: (role) => ({ title: `Mix by ${role}`, articleId: f.articleId, count: 3 }),
      expect: teachersOnly(
        data((s) => expect(s.questionIds).toHaveLength(3)),
        data((s) => expect(s.questionIds).toHaveLength(3)),
      ),
      unchanged: () => env.db.questionSet.count(),
    },
    // Changing a set is its owner's alone: anyone else finds no such set.
    rename: {
      input: async () => ({ setId: await freshSet(), title: "Renamed set" }),
      expect: teachersOnly(
        data((s) => expect(s.title).toBe("Renamed set")),
        "NOT_FOUND",
      ),
      unchanged: (i) =>
        env.db.questionSet.findUnique({ where: { id: i.setId }, select: { title: true } }),
    },
    setQuestions: {
      input: async () => ({ setId: await freshSet(), questionIds: [f.setQuestionIds[1]!] }),
      expect: teachersOnly(
        data((s) => expect(s.questionIds).toEqual([f.setQuestionIds[1]])),
        "NOT_FOUND",
      ),
      unchanged: (i) => setItems(i.setId),
    },
    duplicate: {
      input: () => ({ setId: f.setId }),
      expect: teachersOnly(
        data((s) => {
          expect(s.title).toBe("Copy of Matrix set");
          expect(s.questionIds).toEqual(f.setQuestionIds);
        }),
        "NOT_FOUND",
      ),
      unchanged: () => env.db.questionSet.count(),
    },
    delete: {
      input: async () => ({ setId: await freshSet() }),
      expect: teachersOnly(
        data((s) => expect(s.deleted).toBe(true)),
        "NOT_FOUND",
      ),
      unchanged: (i) => env.db.questionSet.count({ where: { id: i.setId } }),
    },
    setArchived: {
      input: async () => ({ setId: await freshSet(), archived: true }),
      expect: teachersOnly(
        data((s) => expect(s.archived).toBe(true)),
        "NOT_FOUND",
      ),
      unchanged: (i) =>
        env.db.questionSet.findUnique({ where: { id: i.setId }, select: { archivedAt: true } }),
    },
  },
  assignments: {
    create: {
      input: () => ({ classId: CLASS_ID, setId: f.setId, title: "Another go" }),
      expect: teachersOnly(
        data((a) => expect(a.title).toBe("Another go")),
        "NOT_FOUND",
      ),
      unchanged: () => env.db.assignment.count(),
    },
    forClass: {
      input: () => ({ classId: CLASS_ID }),
      expect: teachersOnly(
        data((list) => expect(list.map((a) => a.id)).toContain(f.assignmentId)),
        "NOT_FOUND",
      ),
    },
    setArchived: {
      input: async () => ({ assignmentId: await freshAssignment(), archived: true }),
      expect: teachersOnly(
        data((a) => expect(a.archived).toBe(true)),
        "NOT_FOUND",
      ),
      unchanged: (i) =>
        env.db.assignment.findUnique({
          where: { id: i.assignmentId },
          select: { archivedAt: true },
        }),
    },
    mine: {
      input: () => undefined,
      expect: studentsOnly(
        data((list) => {
          const a = list.find((x) => x.id === f.assignmentId);
          expect(a?.inProgressAttemptId).toBe(f.attemptId);
        }),
        data((list) => {
          const a = list.find((x) => x.id === f.assignmentId);
          expect(a?.status).toBe("not_started");
        }),
        data((list) => expect(list.map((a) => a.id)).toEqual([])),
      ),
    },
  },
  attempts: {
    start: {
      input: () => ({ assignmentId: f.assignmentId }),
      expect: studentsOnly(
        data((out) => expect(out).toEqual({ attemptId: f.attemptId, resumed: true })),
        data((out) => expect(out.resumed).toBe(false)),
        "NOT_FOUND",
      ),
      unchanged: () => env.db.attempt.count(),
    },
    practice: {
      input: () => ({ articleId: f.articleId, count: 3 }),
      expect: studentsOnly(
        data((out) => expect(out.attemptId).toBeTruthy()),
        data((out) => expect(out.attemptId).toBeTruthy()),
        data((out) => expect(out.attemptId).toBeTruthy()),
      ),
      unchanged: () => env.db.attempt.count(),
    },
    get: {
      input: () => ({ attemptId: f.attemptId }),
      expect: studentsOnly(
        data((a) => {
          expect(a.id).toBe(f.attemptId);
          expect(a.questions).toHaveLength(3);
        }),
        "NOT_FOUND",
        "NOT_FOUND",
      ),
    },
    review: {
      input: () => ({ attemptId: f.submittedAttemptId }),
      expect: studentsOnly(
        data((a) => {
          expect(a.id).toBe(f.submittedAttemptId);
          expect(a.status).toBe("submitted");
        }),
        "NOT_FOUND",
        "NOT_FOUND",
      ),
    },
    submitAnswer: {
      input: () => ({
        attemptId: f.attemptId,
        questionId: f.trueFalseQuestionId,
        idempotencyKey: "matrix-answer-0001",
        response: { type: "true_false", value: true },
        timeTakenMs: 2500,
      }),
      expect: studentsOnly(
        data((out) => {
          expect(out.recorded).toBe(true);
          expect(out.duplicate).toBe(false);
        }),
        "NOT_FOUND",
        "NOT_FOUND",
      ),
      unchanged: (i) => env.db.answer.count({ where: { attemptId: i.attemptId } }),
    },
    finish: {
      input: async () => ({ attemptId: await freshPracticeAttempt() }),
      expect: studentsOnly(
        data((out) => {
          expect(out.score).toBe(0);
          expect(out.questionCount).toBe(2);
        }),
        "NOT_FOUND",
        "NOT_FOUND",
      ),
      unchanged: (i) =>
        env.db.attempt.findUnique({
          where: { id: i.attemptId },
          select: { status: true, score: true },
        }),
    },
  },
  progress: {
    mine: {
      input: () => undefined,
      expect: studentsOnly(
        data((p) => expect(p.weeks.some((w) => w.attempts > 0)).toBe(true)),
        data((p) => expect(p.weeks.some((w) => w.attempts > 0)).toBe(true)),
        // The outsider has no history in the demo class: their own, empty progress.
        data((p) => expect(p.weeks.every((w) => w.attempts === 0)).toBe(true)),
      ),
    },
    student: {
      input: () => ({ classId: CLASS_ID, studentId: AMIRA_ID }),
      expect: teachersOnly(
        data((p) => expect(p.student.id).toBe(AMIRA_ID)),
        "NOT_FOUND",
      ),
    },
    class: {
      input: () => ({ classId: CLASS_ID }),
      expect: teachersOnly(
        data((p) => expect(p.students).toBeGreaterThanOrEqual(6)),
        "NOT_FOUND",
      ),
    },
  },
  study: {
    queue: {
      input: () => undefined,
      expect: studentsOnly(
        data(async (q, role) => {
          expect(q.cards.length).toBeGreaterThan(0);
          await expectOwnCards(q.cards, role);
        }),
        data((q, role) => expectOwnCards(q.cards, role)),
        data((q, role) => expectOwnCards(q.cards, role)),
      ),
    },
    review: {
      input: async () => {
        const card = await env.db.reviewCard.findFirstOrThrow({
          where: { studentId: AMIRA_ID },
          orderBy: { id: "asc" },
          select: { id: true, reps: true },
        });
        return { cardId: card.id, rating: "good", expectedReps: card.reps };
      },
      expect: studentsOnly(
        data((card) => expect(card.reps).toBeGreaterThan(0)),
        "NOT_FOUND",
        "NOT_FOUND",
      ),
      unchanged: (i) =>
        env.db.reviewCard.findUnique({
          where: { id: i.cardId },
          select: { reps: true, due: true },
        }),
    },
  },
  review: {
    article: {
      input: () => ({ articleId: f.articleId }),
      expect: teachersOnly(
        data((a) => {
          expect(a).toMatchObject({ id: f.articleId, canEdit: true });
          expect(a.questions.length).toBe(a.counts.accepted + a.counts.pending + a.counts.rejected);
          expect(a.facts.length).toBeGreaterThan(0);
        }),
        data((a) => expect(a).toMatchObject({ id: f.articleId, canEdit: false })),
      ),
    },
    setStatus: {
      input: async () => ({
        questionIds: [(await freshReviewArticle()).questionId],
        status: "accepted",
      }),
      expect: teachersOnly(
        data((out) => expect(out).toEqual({ updated: 1, status: "accepted" })),
        "FORBIDDEN",
      ),
      unchanged: (i) =>
        env.db.question.findMany({
          where: { id: { in: i.questionIds } },
          select: { reviewStatus: true, reviewedAt: true, reviewedById: true },
        }),
    },
    acceptRecommended: {
      input: async () => ({ articleId: (await freshReviewArticle()).articleId }),
      expect: teachersOnly(
        data((out) =>
          expect(out).toEqual({
            accepted: 3,
            recommended: { pending: 0, accepted: 3, rejected: 0 },
          }),
        ),
        "FORBIDDEN",
      ),
      unchanged: (i) =>
        env.db.question.findMany({
          where: { articleId: i.articleId },
          orderBy: { key: "asc" },
          select: { reviewStatus: true, reviewedAt: true, reviewedById: true },
        }),
    },
    editFact: {
      input: async () => ({
        factId: (await freshReviewArticle()).factId,
        text: "Twelve militants were killed, officials said.",
      }),
      expect: teachersOnly(
        data((out) =>
          expect(out).toMatchObject({
            text: "Twelve militants were killed, officials said.",
            edited: true,
          }),
        ),
        "FORBIDDEN",
      ),
      unchanged: factWording,
    },
    resetFact: {
      input: async () => {
        const { factId } = await freshReviewArticle();
        await env.db.fact.update({ where: { id: factId }, data: { editedText: "Reworded." } });
        return { factId };
      },
      expect: teachersOnly(
        data((out) =>
          expect(out).toMatchObject({
            text: "Officials said 12 militants were killed.",
            edited: false,
          }),
        ),
        "FORBIDDEN",
      ),
      unchanged: factWording,
    },
    swapDistractor: {
      input: async () => ({
        questionId: (await freshReviewArticle()).questionId,
        replace: "10",
        with: "16",
      }),
      expect: teachersOnly(
        data((out) => {
          expect(out.question.options).toEqual(["16", "12", "14", "20"]);
          expect(out.alternativeDistractors).toEqual(["10"]);
        }),
        "FORBIDDEN",
      ),
      unchanged: questionEdit,
    },
  },
  imports: {
    start: {
      // Text with nothing to ask: the job ends failed in the background and adds no article.
      input: () => ({ kind: "paste", content: "Hello there. How are you?" }),
      expect: teachersOnly(
        data((out) => expect(out.importId).toMatch(/^[a-z0-9]+$/)),
        data((out) => expect(out.importId).toMatch(/^[a-z0-9]+$/)),
      ),
      unchanged: () => env.db.articleImport.count(),
      after: () => importQueue.idle(),
    },
    status: {
      input: async () => ({ importId: await teachersImport() }),
      expect: teachersOnly(
        data((job) => expect(job.status).toBe("done")),
        "NOT_FOUND",
      ),
    },
    library: {
      input: () => undefined,
      expect: teachersOnly(
        data((articles) => expect(articles.map((a) => a.id)).toContain(f.articleId)),
        data((articles) => expect(articles.map((a) => a.id)).toContain(f.articleId)),
      ),
    },
    mine: {
      input: () => undefined,
      expect: teachersOnly(
        data(async (jobs) => expect(jobs.map((j) => j.id)).toContain(await teachersImport())),
        data(async (jobs) => expect(jobs.map((j) => j.id)).not.toContain(await teachersImport())),
      ),
    },
  },
  dashboard: {
    class: {
      input: () => ({ classId: CLASS_ID }),
      expect: teachersOnly(
        data((d) => {
          expect(d.class.id).toBe(CLASS_ID);
          expect(d.students.map((s) => s.id)).toContain(AMIRA_ID);
        }),
        "NOT_FOUND",
      ),
    },
    exportCsv: {
      input: () => ({ classId: CLASS_ID }),
      expect: teachersOnly(
        data((out) => expect(out.csv).toMatch(/^student,username,assignment,/)),
        "NOT_FOUND",
      ),
    },
  },
  exchange: {
    formats: {
      input: () => undefined,
      expect: teachersOnly(
        data((list) => expect(list.map((x) => x.format)).toContain("moodle-xml")),
        data((list) => expect(list).toHaveLength(7)),
      ),
    },
    // What each format holds of a set reads the set: its owner only, like sets.get.
    exportCoverage: {
      input: () => ({ setId: f.setId }),
      expect: teachersOnly(
        data((list) => {
          expect(list).toHaveLength(7);
          for (const c of list) expect(c.held + c.skipped.length).toBe(c.of);
        }),
        "NOT_FOUND",
      ),
    },
    // Exporting reads the set: its owner only, like sets.get.
    exportSet: {
      input: () => ({ setId: f.setId, format: "gift" as const }),
      expect: teachersOnly(
        data((file) => {
          expect(file.filename).toMatch(/\.txt$/);
          expect(file.encoding).toBe("text");
          expect(file.body).toContain("::");
        }),
        "NOT_FOUND",
      ),
    },
    // Any teacher may bring questions of their own; a file of their own each.
    importQuestions: {
      input: (role) => ({
        filename: `${role}.gift`,
        content: `::Capital::Which city is the capital of Pakistan, asked by ${role}? {=Islamabad ~Karachi ~Lahore ~Peshawar}\n`,
      }),
      expect: teachersOnly(
        data((out) => expect(out).toMatchObject({ imported: 1, duplicate: false })),
        data((out) => expect(out).toMatchObject({ imported: 1, duplicate: false })),
      ),
      unchanged: async () => [await env.db.article.count(), await env.db.question.count()],
    },
  },
};

type AnyEntry = Entry<unknown, unknown>;
const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { type: string } }
>;
const paths = Object.keys(procedures);

function entryFor(path: string): AnyEntry | undefined {
  const [ns, name] = path.split(".") as [string, string];
  return (matrix as unknown as Record<string, Record<string, AnyEntry> | undefined>)[ns]?.[name];
}

/** Calls a procedure by its path with the client's proxy, as the web app's hooks would. */
function call(client: ApiClient, path: string, input: unknown): Promise<unknown> {
  const node = path
    .split(".")
    .reduce<unknown>((o, key) => (o as Record<string, unknown>)[key], client) as Record<
    "query" | "mutate",
    (input: unknown) => Promise<unknown>
  >;
  return procedures[path]!._def.type === "query" ? node.query(input) : node.mutate(input);
}

const describeOutcome = (o: Outcome<unknown>) => (typeof o === "string" ? o : "data");

describe(`authorization matrix over HTTP: ${paths.length} procedures × ${ROLES.length} roles = ${paths.length * ROLES.length} calls`, () => {
  it("has an entry for every procedure in appRouter, and none for procedures that do not exist", () => {
    const entries = Object.entries(matrix).flatMap(([ns, procs]) =>
      Object.keys(procs).map((p) => `${ns}.${p}`),
    );
    expect([...entries].sort()).toEqual([...paths].sort());
    console.log(
      `authorization matrix: ${paths.length} procedures × ${ROLES.length} roles = ${paths.length * ROLES.length} calls`,
    );
  });

  for (const path of paths) {
    const entry = entryFor(path);
    describe(path, () => {
      if (!entry) {
        it("has a matrix entry", () => expect.fail(`no authorization matrix entry for ${path}`));
        return;
      }
      for (const role of ROLES) {
        const expected = entry.expect[role];
        it(`as ${role} → ${describeOutcome(expected)}`, async () => {
          const input = await entry.input(role);
          const before = typeof expected === "string" ? await entry.unchanged?.(input) : undefined;
          const outcome: CallOutcome = await settle(call(clients[role], path, input));
          if (typeof expected === "string") {
            expect(outcome.ok ? { ok: true, data: outcome.data } : outcome.code).toBe(expected);
            expect(!outcome.ok && outcome.httpStatus).toBe(HTTP_STATUS[expected]);
            if (entry.unchanged) expect(await entry.unchanged(input)).toEqual(before);
          } else {
            if (!outcome.ok) expect.fail(`expected data, got ${outcome.code}: ${outcome.message}`);
            await expected.data(outcome.data, role);
            await entry.after?.(role, input);
          }
        });
      }
    });
  }
});

describe("authorization across resources", () => {
  it("refuses another teacher's set in one's own class, and one's student in another class", async () => {
    const set = await settle(
      clients.otherTeacher.assignments.create.mutate({ classId: f.otherClassId, setId: f.setId }),
    );
    expect(set.ok ? "data" : set.code).toBe("NOT_FOUND");
    const outsider = await env.userByUsername("olivep");
    const progress = await settle(
      clients.teacher.progress.student.query({ classId: CLASS_ID, studentId: outsider.id }),
    );
    expect(progress.ok ? "data" : progress.code).toBe("NOT_FOUND");
    const viaOwnClass = await settle(
      clients.otherTeacher.progress.student.query({ classId: f.otherClassId, studentId: AMIRA_ID }),
    );
    expect(viaOwnClass.ok ? "data" : viaOwnClass.code).toBe("NOT_FOUND");
    const remove = await settle(
      clients.teacher.classes.removeStudent.mutate({ classId: CLASS_ID, studentId: outsider.id }),
    );
    expect(remove.ok ? "data" : remove.code).toBe("NOT_FOUND");
  });

  it("refuses another class's assignment on one's own dashboard", async () => {
    const d = await settle(
      clients.otherTeacher.dashboard.class.query({
        classId: f.otherClassId,
        assignmentId: f.assignmentId,
      }),
    );
    expect(d.ok ? "data" : d.code).toBe("NOT_FOUND");
  });

  it("does not let a classmate answer or finish another student's attempt", async () => {
    const answers = await env.db.answer.count({ where: { attemptId: f.attemptId } });
    const view = await clients.student.attempts.get.query({ attemptId: f.attemptId });
    const other = view.questions.find((q) => q.id !== f.trueFalseQuestionId)!;
    const submit = await settle(
      clients.classmate.attempts.submitAnswer.mutate({
        attemptId: f.attemptId,
        questionId: other.id,
        idempotencyKey: "classmate-key-01",
        response: { type: "text", text: "anything" },
        timeTakenMs: 1,
      }),
    );
    expect(submit.ok ? "data" : submit.code).toBe("NOT_FOUND");
    const finish = await settle(
      clients.classmate.attempts.finish.mutate({ attemptId: f.attemptId }),
    );
    expect(finish.ok ? "data" : finish.code).toBe("NOT_FOUND");
    expect(await env.db.answer.count({ where: { attemptId: f.attemptId } })).toBe(answers);
    expect((await env.db.attempt.findUniqueOrThrow({ where: { id: f.attemptId } })).status).toBe(
      "in_progress",
    );
  });

  it("takes a removed student's access to the class's assignments away", async () => {
    const pupil = await env.callerFor(teacherUser).classes.addStudents({
      classId: CLASS_ID,
      names: ["Leaving Soon"],
    });
    const { username, oneTimePassword } = pupil.students[0]!;
    const jar = { cookie: await signIn(server.url, { username, password: oneTimePassword }) };
    const leaving = apiClient(server.url, jar);
    await leaving.account.completeFirstSignIn.mutate({
      currentPassword: oneTimePassword,
      newPassword: "my-own-password-1",
    });
    expect((await leaving.assignments.mine.query()).map((a) => a.id)).toContain(f.assignmentId);
    const id = (await env.userByUsername(username)).id;
    await clients.teacher.classes.removeStudent.mutate({ classId: CLASS_ID, studentId: id });
    expect((await leaving.assignments.mine.query()).map((a) => a.id)).not.toContain(f.assignmentId);
    const start = await settle(leaving.attempts.start.mutate({ assignmentId: f.assignmentId }));
    expect(start.ok ? "data" : start.code).toBe("NOT_FOUND");
  });

  it("keeps a student a student: better-auth's update-user cannot change the role", async () => {
    const cookie = await signIn(server.url, { username: "chen", password: "learn-studykit" });
    const response = await postJson(
      server.url,
      "/api/auth/update-user",
      { role: "teacher" },
      { cookie },
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      message: "the role of an account cannot be changed",
    });
    expect((await env.userByUsername("chen")).role).toBe("student");
    const bank = await settle(
      apiClient(server.url, cookie).articles.bank.query({ articleId: f.articleId }),
    );
    expect(bank.ok ? "data" : bank.code).toBe("FORBIDDEN");
    // Changing one's own name is still allowed.
    const rename = await postJson(
      server.url,
      "/api/auth/update-user",
      { name: "Chen W." },
      { cookie },
    );
    expect(rename.status).toBe(200);
  });
});
