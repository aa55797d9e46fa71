// Progress over time: scores by week, mastery per key fact, streak — for a student, for a
// teacher looking at one of their students, and summed over a class.
import {
  factMastery,
  scoresByWeek,
  studyStreak,
  summariseMastery,
  type Database,
} from "@studykit/db";
import { z } from "zod";
import { idSchema, router, studentProcedure, teacherProcedure } from "../trpc.ts";
import { requireOwnClass, requireStudentInOwnClass } from "./access.ts";

const clock = z.object({
  utcOffsetMinutes: z
    .number()
    .int()
    .min(-14 * 60)
    .max(14 * 60)
    .default(0),
  weeks: z.number().int().min(1).max(52).default(8),
});

async function studentProgress(
  db: Database,
  studentId: string,
  opts: { now: Date; utcOffsetMinutes: number; weeks: number; articleId?: string },
) {
  const articles = await db.article.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true },
  });
  const [weeks, streak, perArticle] = await Promise.all([
    scoresByWeek(db, { studentId }, opts),
    studyStreak(db, studentId, opts),
    Promise.all(
      articles.map(async (a) => ({
        ...a,
        facts: await factMastery(db, { studentId, articleId: a.id, now: opts.now }),
      })),
    ),
  ]);
  const focus = perArticle.find((a) => a.id === opts.articleId) ?? perArticle[0];
  return {
    weeks,
    streak,
    mastery: perArticle.map((a) => ({
      articleId: a.id,
      title: a.title,
      ...summariseMastery(a.facts),
      total: a.facts.length,
    })),
    facts: focus ? { articleId: focus.id, title: focus.title, items: focus.facts } : null,
  };
}

export const progressRouter = router({
  mine: studentProcedure
    .input(
      clock.extend({ articleId: idSchema.optional() }).default({ utcOffsetMinutes: 0, weeks: 8 }),
    )
    .query(({ ctx, input }) => studentProgress(ctx.db, ctx.user.id, { ...input, now: ctx.now() })),

  student: teacherProcedure
    .input(clock.extend({ classId: idSchema, studentId: idSchema, articleId: idSchema.optional() }))
    .query(async ({ ctx, input }) => {
      const student = await requireStudentInOwnClass(ctx, input.classId, input.studentId);
      return {
        student,
        ...(await studentProgress(ctx.db, student.id, { ...input, now: ctx.now() })),
      };
    }),

  class: teacherProcedure
    .input(clock.extend({ classId: idSchema }))
    .query(async ({ ctx, input }) => {
      await requireOwnClass(ctx, input.classId);
      const now = ctx.now();
      const [weeks, enrolments, articles] = await Promise.all([
        scoresByWeek(ctx.db, { classId: input.classId }, { ...input, now }),
        ctx.db.enrolment.findMany({
          where: { classId: input.classId },
          select: { studentId: true },
        }),
        ctx.db.article.findMany({
          orderBy: { createdAt: "asc" },
          select: { id: true, title: true },
        }),
      ]);
      const mastery = await Promise.all(
        articles.map(async (a) => {
          const summary = { new: 0, learning: 0, mastered: 0 };
          for (const { studentId } of enrolments) {
            const s = summariseMastery(
              await factMastery(ctx.db, { studentId, articleId: a.id, now }),
            );
            summary.new += s.new;
            summary.learning += s.learning;
            summary.mastered += s.mastered;
          }
          return { articleId: a.id, title: a.title, ...summary };
        }),
      );
      return { weeks, students: enrolments.length, mastery };
    }),
});
