// The class dashboard: completion and scores per student, item analysis per question, the
// facts the class finds hardest, and the results as CSV.
import { effectiveFactText } from "@studykit/db";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { assignmentCountsFor } from "../logic/assignment-status";
import { analyseItems, type AttemptScores } from "../logic/item-analysis";
import { answerText } from "../logic/student-view";
import { idSchema, router, teacherProcedure } from "../trpc";
import { notFound, requireOwnClass } from "./access";
import { loadQuestions } from "./shared";

export const dashboardRouter = router({
  class: teacherProcedure
    .input(z.object({ classId: idSchema, assignmentId: idSchema.optional() }))
    .query(async ({ ctx, input }) => {
      const cls = await requireOwnClass(ctx, input.classId);
      const [enrolments, assignments] = await Promise.all([
        ctx.db.enrolment.findMany({
          where: { classId: cls.id },
          orderBy: { student: { name: "asc" } },
          select: {
            joinedAt: true,
            student: { select: { id: true, name: true, username: true } },
          },
        }),
        ctx.db.assignment.findMany({
          where: { classId: cls.id, archivedAt: null },
          orderBy: [{ opensAt: "asc" }],
          select: { id: true, title: true, dueAt: true, opensAt: true, setId: true },
        }),
      ]);
      // Figures per student and assignment come out of the database summed up, so a class with
      // years of attempts is not loaded row by row (docs/BENCHMARKS.md).
      const inClass = { assignment: { classId: cls.id, archivedAt: null } };
      const [submitted, activity] = await Promise.all([
        ctx.db.attempt.groupBy({
          by: ["studentId", "assignmentId"],
          where: { ...inClass, status: "submitted" },
          _max: { score: true },
        }),
        ctx.db.attempt.groupBy({
          by: ["studentId"],
          where: inClass,
          _max: { lastActivityAt: true },
        }),
      ]);
      const lastActive = new Map(activity.map((a) => [a.studentId, a._max.lastActivityAt]));

      const now = ctx.now();
      const students = enrolments.map(({ student, joinedAt }) => {
        const own = submitted.filter((g) => g.studentId === student.id);
        // Each assignment's best submitted score.
        const scores = own.flatMap((g) => (g._max.score !== null ? [g._max.score] : []));
        // What is theirs to do: open, and not closed before they joined the class.
        const assigned = assignments.filter((a) =>
          assignmentCountsFor({
            assignment: a,
            joinedAt,
            submitted: own.some((g) => g.assignmentId === a.id),
            now,
          }),
        ).length;
        return {
          ...student,
          assigned,
          completed: scores.length,
          averageScore: scores.length
            ? Math.round((scores.reduce((s, x) => s + x, 0) / scores.length) * 10_000) / 10_000
            : null,
          lastActive: lastActive.get(student.id) ?? null,
        };
      });

      // Item analysis on each student's first submitted attempt at the chosen assignment.
      const withSubmissions = assignments.filter((a) =>
        submitted.some((g) => g.assignmentId === a.id),
      );
      const chosen = input.assignmentId
        ? (assignments.find((a) => a.id === input.assignmentId) ?? notFound("assignment"))
        : withSubmissions.at(-1);
      let itemAnalysis = null;
      if (chosen) {
        const chosenAttempts = await ctx.db.attempt.findMany({
          where: { assignmentId: chosen.id, status: "submitted" },
          orderBy: { startedAt: "asc" },
          select: { id: true, studentId: true },
        });
        const firsts = new Map<string, string>();
        for (const a of chosenAttempts) if (!firsts.has(a.studentId)) firsts.set(a.studentId, a.id);
        const items = await ctx.db.questionSetItem.findMany({
          where: { setId: chosen.setId },
          orderBy: { position: "asc" },
          select: { questionId: true },
        });
        const questionIds = items.map((i) => i.questionId);
        const answers = await ctx.db.answer.findMany({
          where: { attemptId: { in: [...firsts.values()] } },
          select: { attemptId: true, questionId: true, score: true, given: true },
        });
        const byAttempt = new Map<string, AttemptScores>();
        for (const id of firsts.values())
          byAttempt.set(id, { attemptId: id, scores: new Map(), choices: new Map() });
        for (const a of answers) {
          const row = byAttempt.get(a.attemptId)!;
          row.scores.set(a.questionId, a.score);
          const given = a.given as { type?: string; option?: string; value?: boolean };
          if (given.type === "choice" && given.option) row.choices.set(a.questionId, given.option);
          if (given.type === "true_false")
            row.choices.set(a.questionId, given.value ? "True" : "False");
        }
        const stats = analyseItems(questionIds, [...byAttempt.values()]);
        const loaded = await loadQuestions(ctx.db, questionIds);
        itemAnalysis = {
          assignmentId: chosen.id,
          title: chosen.title,
          attempts: byAttempt.size,
          items: stats.map((s) => {
            const q = loaded.get(s.questionId)!.question;
            return { ...s, type: q.type, prompt: q.prompt, correctAnswer: answerText(q) };
          }),
        };
      }

      // The facts the class keeps missing: lowest mean score over answers to their questions.
      // Summed per question in the database, then spread over each question's facts: a class's
      // whole history (100,000 answers) is never loaded row by row.
      const perQuestion = await ctx.db.answer.groupBy({
        by: ["questionId"],
        where: { attempt: { assignment: { classId: cls.id } } },
        _sum: { score: true },
        _count: { _all: true },
      });
      const links = await ctx.db.questionFact.findMany({
        where: { questionId: { in: perQuestion.map((q) => q.questionId) } },
        select: { questionId: true, fact: { select: { id: true, text: true, editedText: true } } },
      });
      const factsOf = new Map<string, { id: string; text: string; editedText: string | null }[]>();
      for (const { questionId, fact } of links) {
        factsOf.set(questionId, [...(factsOf.get(questionId) ?? []), fact]);
      }
      const perFact = new Map<string, { text: string; total: number; answers: number }>();
      for (const q of perQuestion) {
        for (const fact of factsOf.get(q.questionId) ?? []) {
          const f = perFact.get(fact.id) ?? { text: effectiveFactText(fact), total: 0, answers: 0 };
          f.total += q._sum.score ?? 0;
          f.answers += q._count._all;
          perFact.set(fact.id, f);
        }
      }
      const weakestFacts = [...perFact.entries()]
        .filter(([, f]) => f.answers >= 2)
        .map(([factId, f]) => ({
          factId,
          text: f.text,
          answers: f.answers,
          averageScore: Math.round((f.total / f.answers) * 10_000) / 10_000,
        }))
        .sort((a, b) => a.averageScore - b.averageScore || b.answers - a.answers)
        .slice(0, 5);

      return { class: cls, assignments, students, itemAnalysis, weakestFacts };
    }),

  /** Every attempt in the class as CSV, one row per attempt. */
  exportCsv: teacherProcedure
    .input(z.object({ classId: idSchema }))
    .query(async ({ ctx, input }) => {
      const cls = await requireOwnClass(ctx, input.classId);
      const attempts = await ctx.db.attempt.findMany({
        where: { assignment: { classId: cls.id } },
        orderBy: [{ student: { name: "asc" } }, { startedAt: "asc" }],
        select: {
          number: true,
          status: true,
          score: true,
          correctCount: true,
          questionCount: true,
          startedAt: true,
          submittedAt: true,
          student: { select: { name: true, username: true } },
          assignment: { select: { title: true } },
        },
      });
      const csv = stringify(
        attempts.map((a) => [
          a.student.name,
          a.student.username ?? "",
          a.assignment?.title ?? "",
          a.number,
          a.status,
          a.score === null ? "" : Math.round(a.score * 1000) / 10,
          a.correctCount,
          a.questionCount,
          a.startedAt.toISOString(),
          a.submittedAt?.toISOString() ?? "",
        ]),
        {
          header: true,
          // A student chooses their own name: "=HYPERLINK(…)" must open as text in a spreadsheet.
          escape_formulas: true,
          columns: [
            "student",
            "username",
            "assignment",
            "attempt",
            "status",
            "score %",
            "correct",
            "questions",
            "started",
            "submitted",
          ],
        },
      );
      return { filename: `${cls.name.replace(/[^\w-]+/g, "-").toLowerCase()}-results.csv`, csv };
    }),
});
