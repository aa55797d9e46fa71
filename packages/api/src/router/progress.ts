// Progress over time: scores by week, mastery per key fact, streak — for a student, for a
// teacher looking at one of their students, and summed over a class.
import {
  countStudyCards,
  dayNumber,
  dayStartInstant,
  factMastery,
  formatDay,
  weekStartDay,
  weeksSpanned,
  scoresByWeek,
  studyDay,
  studyStreak,
  summariseMastery,
  type Database,
} from "@studykit/db";
import { z } from "zod";
import { assignmentOverdueFor } from "../logic/assignment-status";
import { fallingBehindReasons } from "../logic/falling-behind";
import { idSchema, router, studentProcedure, teacherProcedure } from "../trpc";
import { requireOwnClass, requireStudentInOwnClass } from "./access";
import { todaysStudyCards } from "./study-queue";

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
  opts: {
    now: Date;
    utcOffsetMinutes: number;
    weeks: number;
    articleId?: string;
    /** A teacher looking on: only results from their own classes' assignments. */
    teacherId?: string;
  },
) {
  const articles = await db.article.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true },
  });
  const [weeks, streak, perArticle] = await Promise.all([
    scoresByWeek(db, { studentId, ...(opts.teacherId ? { teacherId: opts.teacherId } : {}) }, opts),
    studyStreak(db, studentId, opts),
    Promise.all(
      articles.map(async (a) => ({
        ...a,
        facts: await factMastery(db, {
          studentId,
          articleId: a.id,
          now: opts.now,
          ...(opts.teacherId ? { teacherId: opts.teacherId } : {}),
        }),
      })),
    ),
  ]);
  const focus = perArticle.find((a) => a.id === opts.articleId) ?? perArticle[0];
  return {
    weeks,
    streak,
    reviews: await reviewStats(db, studentId, opts),
    mastery: perArticle.map((a) => ({
      articleId: a.id,
      title: a.title,
      ...summariseMastery(a.facts),
      total: a.facts.length,
    })),
    facts: focus ? { articleId: focus.id, title: focus.title, items: focus.facts } : null,
  };
}

/**
 * Reviews done per week, and today's Study: its reviews due and new cards, counted by the same
 * function (todaysStudyCards) the Study page's queue uses, so the two pages agree.
 */
async function reviewStats(
  db: Database,
  studentId: string,
  opts: { now: Date; utcOffsetMinutes: number; weeks: number; teacherId?: string },
) {
  const today = dayNumber(opts.now, opts.utcOffsetMinutes);
  const firstWeek = weekStartDay(today) - 7 * (opts.weeks - 1);
  const [logs, studyToday] = await Promise.all([
    db.reviewLog.findMany({
      where: {
        studentId,
        reviewedAt: { gte: dayStartInstant(firstWeek, opts.utcOffsetMinutes), lte: opts.now },
      },
      select: { reviewedAt: true },
    }),
    // A teacher looking on only reads: the student's new cards are made when they study.
    todaysStudyCards(db, studentId, { ...opts, ensure: !opts.teacherId }),
  ]);
  const counts = new Array<number>(opts.weeks).fill(0);
  for (const l of logs) {
    const i = (weekStartDay(dayNumber(l.reviewedAt, opts.utcOffsetMinutes)) - firstWeek) / 7;
    if (i >= 0 && i < counts.length) counts[i]! += 1;
  }
  return {
    dueToday: studyToday.counts.due,
    overdue: studyToday.counts.overdue,
    newToday: studyToday.counts.new,
    byWeek: counts.map((reviews, i) => ({ weekStart: formatDay(firstWeek + 7 * i), reviews })),
  };
}

/** The mean score of the student's attempts submitted from `from` until (before) `until`. */
async function meanScore(db: Database, studentId: string, from: Date, until: Date) {
  const { _avg } = await db.attempt.aggregate({
    where: { studentId, status: "submitted", submittedAt: { gte: from, lt: until } },
    _avg: { score: true },
  });
  return _avg.score;
}

/**
 * Who is falling behind (fallingBehindReasons): reviews overdue, assignments past their due date
 * and not submitted (counted only from when the student joined), scores falling (the last two
 * weeks below the two before).
 */
async function fallingBehind(
  db: Database,
  classId: string,
  opts: { now: Date; utcOffsetMinutes: number },
) {
  const DAY = 86_400_000;
  const { now } = opts;
  const day = studyDay(now, opts.utcOffsetMinutes);
  const [enrolments, assignments] = await Promise.all([
    db.enrolment.findMany({
      where: { classId },
      orderBy: { student: { name: "asc" } },
      select: { joinedAt: true, student: { select: { id: true, name: true } } },
    }),
    db.assignment.findMany({
      where: { classId, archivedAt: null, opensAt: { lte: now } },
      select: {
        opensAt: true,
        dueAt: true,
        attempts: { where: { status: "submitted" }, select: { studentId: true } },
      },
    }),
  ]);
  const rows = [];
  for (const { student, joinedAt } of enrolments) {
    const [late, recent, earlier] = await Promise.all([
      // Cards due before the student's day began, the same rule as Study's and Progress's.
      db.reviewCard.findMany({
        where: { studentId: student.id, state: { not: "new" }, due: { lt: day.start } },
        select: { state: true, due: true },
      }),
      meanScore(db, student.id, new Date(now.getTime() - 14 * DAY), now),
      meanScore(
        db,
        student.id,
        new Date(now.getTime() - 28 * DAY),
        new Date(now.getTime() - 14 * DAY),
      ),
    ]);
    const overdueReviews = countStudyCards(late, day).overdue;
    const overdueAssignments = assignments.filter((a) =>
      assignmentOverdueFor({
        assignment: a,
        joinedAt,
        submitted: a.attempts.some((x) => x.studentId === student.id),
        now,
      }),
    ).length;
    const trend =
      recent !== null && earlier !== null ? Math.round((recent - earlier) * 1000) / 1000 : null;
    const reasons = fallingBehindReasons({ overdueReviews, scoreTrend: trend, overdueAssignments });
    rows.push({ ...student, overdueReviews, scoreTrend: trend, overdueAssignments, reasons });
  }
  return rows.sort((a, b) => b.reasons.length - a.reasons.length || a.name.localeCompare(b.name));
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
        // Another teacher's class is not this teacher's business: its results stay out.
        ...(await studentProgress(ctx.db, student.id, {
          ...input,
          now: ctx.now(),
          teacherId: ctx.user.id,
        })),
      };
    }),

  class: teacherProcedure
    .input(clock.extend({ classId: idSchema }))
    .query(async ({ ctx, input }) => {
      const cls = await requireOwnClass(ctx, input.classId);
      const now = ctx.now();
      // No weeks before the class existed: a new class charts this week only.
      const chartWeeks = Math.min(
        input.weeks,
        weeksSpanned(cls.createdAt, now, input.utcOffsetMinutes),
      );
      const [weeks, enrolments, articles] = await Promise.all([
        scoresByWeek(ctx.db, { classId: input.classId }, { ...input, weeks: chartWeeks, now }),
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
      return {
        weeks,
        students: enrolments.length,
        mastery,
        fallingBehind: await fallingBehind(ctx.db, input.classId, { ...input, now }),
      };
    }),
});
