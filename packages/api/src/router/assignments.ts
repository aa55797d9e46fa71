// Assignments: a set given to a class with dates and settings; students see theirs with status.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { closedBeforeJoining, studentAssignmentStatus } from "../logic/assignment-status";
import { checkSetAssignable, SetRefusedError } from "../logic/set-rules";
import { idSchema, router, studentProcedure, teacherProcedure } from "../trpc";
import { assignmentsOfStudent, notFound, requireOwnClass, requireOwnSet } from "./access";

export const assignmentsRouter = router({
  create: teacherProcedure
    .input(
      z
        .object({
          classId: idSchema,
          setId: idSchema,
          title: z.string().trim().min(1).max(120).optional(),
          opensAt: z.date().optional(),
          dueAt: z.date().nullable().default(null),
          attemptsAllowed: z.number().int().min(1).max(20).nullable().default(1),
          shuffleQuestions: z.boolean().default(false),
          shuffleOptions: z.boolean().default(true),
          feedback: z.enum(["immediately", "after_submit", "after_due"]).default("after_submit"),
        })
        .refine((v) => !v.dueAt || !v.opensAt || v.dueAt > v.opensAt, {
          message: "the due date must be after the opening date",
          path: ["dueAt"],
        })
        .refine((v) => v.feedback !== "after_due" || v.dueAt !== null, {
          message: "feedback after the due date needs a due date",
          path: ["feedback"],
        }),
    )
    .mutation(async ({ ctx, input }) => {
      await requireOwnClass(ctx, input.classId);
      const set = await requireOwnSet(ctx, input.setId);
      const refusal = checkSetAssignable(set);
      if (refusal) throw new SetRefusedError(refusal);
      const items = await ctx.db.questionSetItem.count({ where: { setId: set.id } });
      if (!items) throw new TRPCError({ code: "BAD_REQUEST", message: "the set has no questions" });
      return ctx.db.assignment.create({
        data: {
          classId: input.classId,
          setId: set.id,
          title: input.title ?? set.title,
          opensAt: input.opensAt ?? ctx.now(),
          dueAt: input.dueAt,
          attemptsAllowed: input.attemptsAllowed,
          shuffleQuestions: input.shuffleQuestions,
          shuffleOptions: input.shuffleOptions,
          feedback: input.feedback,
        },
        select: { id: true, title: true, opensAt: true, dueAt: true },
      });
    }),

  forClass: teacherProcedure
    .input(z.object({ classId: idSchema }))
    .query(async ({ ctx, input }) => {
      await requireOwnClass(ctx, input.classId);
      const [assignments, students] = await Promise.all([
        ctx.db.assignment.findMany({
          where: { classId: input.classId, archivedAt: null },
          orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
          select: {
            id: true,
            title: true,
            opensAt: true,
            dueAt: true,
            attemptsAllowed: true,
            feedback: true,
            shuffleQuestions: true,
            shuffleOptions: true,
            set: { select: { id: true, title: true, _count: { select: { items: true } } } },
            attempts: { where: { status: "submitted" }, select: { studentId: true } },
          },
        }),
        ctx.db.enrolment.findMany({
          where: { classId: input.classId },
          select: { studentId: true, joinedAt: true },
        }),
      ]);
      return assignments.map(({ attempts, set, ...a }) => {
        const submitted = new Set(attempts.map((x) => x.studentId));
        // The students it is for: those in the class while it was open (a late joiner is not
        // counted as not having submitted what closed before they came), and any who submitted.
        const forStudents = students.filter(
          ({ studentId, joinedAt }) =>
            submitted.has(studentId) || !closedBeforeJoining(a, joinedAt),
        );
        return {
          ...a,
          set: { id: set.id, title: set.title, questions: set._count.items },
          students: forStudents.length,
          completed: forStudents.filter((s) => submitted.has(s.studentId)).length,
        };
      });
    }),

  setArchived: teacherProcedure
    .input(z.object({ assignmentId: idSchema, archived: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const found = await ctx.db.assignment.findFirst({
        where: { id: input.assignmentId, class: { teacherId: ctx.user.id } },
        select: { id: true },
      });
      if (!found) notFound("assignment");
      await ctx.db.assignment.update({
        where: { id: input.assignmentId },
        data: { archivedAt: input.archived ? ctx.now() : null },
      });
      return { id: input.assignmentId, archived: input.archived };
    }),

  /** The student's assignments across their classes, with status and best score. */
  mine: studentProcedure.query(async ({ ctx }) => {
    const now = ctx.now();
    const assignments = await ctx.db.assignment.findMany({
      where: assignmentsOfStudent(ctx.user.id),
      orderBy: [{ dueAt: "asc" }, { opensAt: "asc" }],
      select: {
        id: true,
        title: true,
        opensAt: true,
        dueAt: true,
        attemptsAllowed: true,
        feedback: true,
        class: {
          select: {
            id: true,
            name: true,
            enrolments: { where: { studentId: ctx.user.id }, select: { joinedAt: true } },
          },
        },
        set: { select: { _count: { select: { items: true } } } },
        attempts: {
          where: { studentId: ctx.user.id },
          select: { id: true, status: true, score: true, submittedAt: true },
        },
      },
    });
    const listed = assignments.flatMap(({ attempts, set, class: { enrolments, ...cls }, ...a }) => {
      const submitted = attempts.filter((x) => x.status === "submitted");
      const inProgress = attempts.find((x) => x.status === "in_progress");
      const best = submitted.reduce<number | null>(
        (m, x) => (x.score !== null && (m === null || x.score > m) ? x.score : m),
        null,
      );
      const status = studentAssignmentStatus({
        assignment: a,
        joinedAt: enrolments[0]?.joinedAt ?? now,
        inProgress: !!inProgress,
        submitted: submitted.length > 0,
        now,
      });
      // What closed before the student joined was never theirs: it is not listed at all.
      if (status === "closed_before_joining") return [];
      return {
        ...a,
        class: cls,
        questions: set._count.items,
        status,
        attemptsUsed: attempts.length,
        inProgressAttemptId: inProgress?.id ?? null,
        // The newest submitted attempt, for a link to its results.
        lastSubmittedAttemptId:
          [...submitted].sort(
            (x, y) => (y.submittedAt?.getTime() ?? 0) - (x.submittedAt?.getTime() ?? 0),
          )[0]?.id ?? null,
        bestScore: best,
        canStart:
          !!inProgress ||
          (a.opensAt <= now &&
            (!a.dueAt || a.dueAt >= now) &&
            (a.attemptsAllowed === null || attempts.length < a.attemptsAllowed)),
      };
    });
    return listed;
  }),
});
