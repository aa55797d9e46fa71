import { beforeAll, describe, expect, it } from "vitest";
import {
  ClassHasHistoryError,
  createClass,
  deleteClass,
  generateJoinCode,
  JOIN_CODE_LENGTH,
} from "./classes";
import { storeStudyKit } from "./content";
import { createUser, fixtureKit, uniqueId } from "./testing/factories";
import { ENGINES, useTestDatabase } from "./testing/test-database";

describe("generateJoinCode", () => {
  it("uses only characters that cannot be misread", () => {
    for (let i = 0; i < 200; i += 1)
      expect(generateJoinCode()).toMatch(new RegExp(`^[A-HJKMNP-Z2-9]{${JOIN_CODE_LENGTH}}$`));
  });
});

describe.each(ENGINES)("classes and delete rules on %s", (engine) => {
  const t = useTestDatabase(engine);
  let teacherId: string;
  let articleId: string;
  let questionId: string;
  let factId: string;

  beforeAll(async () => {
    teacherId = await createUser(t.db, "teacher");
    ({ articleId } = await storeStudyKit(t.db, fixtureKit(uniqueId("classes"))));
    questionId = (await t.db.question.findFirstOrThrow({ where: { articleId, key: "q1" } })).id;
    factId = (await t.db.fact.findFirstOrThrow({ where: { articleId, key: "f1" } })).id;
  });

  /** A class with one enrolled student and one assignment of a one-question set. */
  async function classWithAssignment(studentId: string) {
    const created = await createClass(t.db, { teacherId, name: "Class" });
    await t.db.enrolment.create({ data: { classId: created.id, studentId } });
    const set = await t.db.questionSet.create({
      data: {
        title: "Set",
        ownerId: teacherId,
        items: { create: [{ questionId, position: 0 }] },
      },
    });
    const assignment = await t.db.assignment.create({
      data: {
        classId: created.id,
        setId: set.id,
        title: "Quiz",
        opensAt: new Date("2030-01-01T00:00:00Z"),
      },
    });
    return { classId: created.id, assignmentId: assignment.id, setId: set.id };
  }

  async function attemptWithAnswer(
    studentId: string,
    target: { assignmentId?: string; articleId?: string },
  ) {
    const attempt = await t.db.attempt.create({
      data: {
        studentId,
        ...target,
        number: 1,
        layout: { questionIds: [questionId] },
        questionCount: 1,
      },
    });
    await t.db.answer.create({
      data: {
        attemptId: attempt.id,
        questionId,
        idempotencyKey: uniqueId("k"),
        given: { type: "choice", option: "12" },
        correct: true,
        score: 1,
        timeTakenMs: 1,
      },
    });
    return attempt.id;
  }

  it("gives every class its own join code", async () => {
    const codes = await Promise.all(
      [1, 2, 3, 4, 5].map(() => createClass(t.db, { teacherId, name: "C" })),
    );
    expect(new Set(codes.map((c) => c.joinCode)).size).toBe(5);
  });

  it("deletes a class nobody attempted with its roster and assignments, and nothing of its students elsewhere", async () => {
    const studentId = await createUser(t.db, "student");
    const doomed = await classWithAssignment(studentId);
    const other = await classWithAssignment(studentId);
    const otherAttempt = await attemptWithAnswer(studentId, { assignmentId: other.assignmentId });
    const practice = await attemptWithAnswer(studentId, { articleId });
    await t.db.reviewCard.create({
      data: {
        studentId,
        factId,
        due: new Date(),
        stability: 1,
        difficulty: 5,
        elapsedDays: 0,
        scheduledDays: 1,
        learningSteps: 0,
        reps: 1,
        lapses: 0,
        state: "review",
      },
    });

    await deleteClass(t.db, doomed.classId);

    expect(await t.db.class.findUnique({ where: { id: doomed.classId } })).toBeNull();
    expect(await t.db.enrolment.count({ where: { classId: doomed.classId } })).toBe(0);
    expect(await t.db.assignment.count({ where: { classId: doomed.classId } })).toBe(0);
    // The set belongs to the teacher, not the class.
    expect(await t.db.questionSet.findUnique({ where: { id: doomed.setId } })).not.toBeNull();
    expect(await t.db.user.findUnique({ where: { id: studentId } })).not.toBeNull();
    expect(await t.db.enrolment.count({ where: { studentId } })).toBe(1);
    expect(await t.db.attempt.count({ where: { id: { in: [otherAttempt, practice] } } })).toBe(2);
    expect(await t.db.answer.count({ where: { attempt: { studentId } } })).toBe(2);
    expect(await t.db.reviewCard.count({ where: { studentId } })).toBe(1);
  });

  it("refuses to delete a class whose assignments have attempts, in the helper and in the database", async () => {
    const studentId = await createUser(t.db, "student");
    const kept = await classWithAssignment(studentId);
    const attemptId = await attemptWithAnswer(studentId, { assignmentId: kept.assignmentId });

    await expect(deleteClass(t.db, kept.classId)).rejects.toBeInstanceOf(ClassHasHistoryError);
    // Even bypassing the helper, the foreign key keeps the history.
    await expect(t.db.class.delete({ where: { id: kept.classId } })).rejects.toThrow();

    expect(await t.db.class.findUnique({ where: { id: kept.classId } })).not.toBeNull();
    expect(await t.db.attempt.findUnique({ where: { id: attemptId } })).not.toBeNull();
    expect(await t.db.answer.count({ where: { attemptId } })).toBe(1);
    expect(await t.db.enrolment.count({ where: { classId: kept.classId } })).toBe(1);
  });

  it("keeps a student's attempts when the teacher removes them from the roster", async () => {
    const studentId = await createUser(t.db, "student");
    const klass = await classWithAssignment(studentId);
    const attemptId = await attemptWithAnswer(studentId, { assignmentId: klass.assignmentId });
    await t.db.enrolment.delete({
      where: { classId_studentId: { classId: klass.classId, studentId } },
    });
    expect(await t.db.attempt.findUnique({ where: { id: attemptId } })).not.toBeNull();
  });

  it("erases a deleted student's own history and nobody else's", async () => {
    const leaving = await createUser(t.db, "student");
    const staying = await createUser(t.db, "student");
    const klass = await classWithAssignment(leaving);
    await t.db.enrolment.create({ data: { classId: klass.classId, studentId: staying } });
    await attemptWithAnswer(leaving, { assignmentId: klass.assignmentId });
    const stayingAttempt = await attemptWithAnswer(staying, { assignmentId: klass.assignmentId });

    await t.db.user.delete({ where: { id: leaving } });

    expect(await t.db.attempt.count({ where: { studentId: leaving } })).toBe(0);
    expect(await t.db.enrolment.count({ where: { studentId: leaving } })).toBe(0);
    expect(await t.db.attempt.findUnique({ where: { id: stayingAttempt } })).not.toBeNull();
    expect(await t.db.answer.count({ where: { attemptId: stayingAttempt } })).toBe(1);
  });

  it("will not delete a teacher who still has classes", async () => {
    const other = await createUser(t.db, "teacher");
    await createClass(t.db, { teacherId: other, name: "Mine" });
    await expect(t.db.user.delete({ where: { id: other } })).rejects.toThrow();
    expect(await t.db.user.findUnique({ where: { id: other } })).not.toBeNull();
  });
});
