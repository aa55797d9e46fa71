// Attempts: start or resume, answer one question at a time (idempotently), finish, review.
// Nothing a student receives before answering a question contains its answer.
import { TRPCError } from "@trpc/server";
import { GradingError, gradeResponse, type ResponseValue } from "@studykit/content";
import {
  effectiveQuestion,
  isUniqueViolation,
  loadSubmission,
  recordGradedAnswer,
  sentencesForFeedback,
  type Prisma,
} from "@studykit/db";
import { z } from "zod";
import {
  AttemptRefusedError,
  checkAnswerAccepted,
  checkAttemptStart,
  checkReviewAllowed,
  finishAttempt,
  holdsBackFromPractice,
  pickAttemptQuestions,
  type AttemptRefusal,
} from "../logic/attempt-rules";
import {
  feedbackAvailableAt,
  feedbackOnAnswer,
  feedbackOnReview,
  type FeedbackContext,
} from "../logic/feedback";
import { buildLayout, parseLayout } from "../logic/layout";
import { pickMix } from "../logic/mix";
import { answerText, optionCount, toStudentQuestion } from "../logic/student-view";
import { idSchema, router, studentProcedure, type ContextInner, type SessionUser } from "../trpc";
import { assignmentsOfStudent, notFound } from "./access";
import {
  loadBank,
  loadQuestions,
  questionTypeSchema,
  responseSchema,
  sentencesByKey,
  sentenceView,
  type LoadedQuestion,
} from "./shared";

type Ctx = ContextInner & { user: SessionUser };

const ATTEMPT_SELECT = {
  id: true,
  studentId: true,
  status: true,
  number: true,
  layout: true,
  questionCount: true,
  correctCount: true,
  score: true,
  startedAt: true,
  submittedAt: true,
  articleId: true,
  article: { select: { id: true, title: true } },
  assignment: {
    select: {
      id: true,
      title: true,
      feedback: true,
      dueAt: true,
    },
  },
} satisfies Prisma.AttemptSelect;

async function loadOwnAttempt(ctx: Ctx, attemptId: string) {
  const attempt = await ctx.db.attempt.findFirst({
    where: { id: attemptId, studentId: ctx.user.id },
    select: ATTEMPT_SELECT,
  });
  return attempt ?? notFound("attempt");
}

type LoadedAttempt = Awaited<ReturnType<typeof loadOwnAttempt>>;

/** Refuses the request for the rule's reason (domain-errors.ts gives it its tRPC code). */
function refuse(refusal: AttemptRefusal): never {
  throw new AttemptRefusedError(refusal);
}

function feedbackContext(attempt: LoadedAttempt, now: Date): FeedbackContext {
  return {
    timing: attempt.assignment?.feedback ?? null,
    submitted: attempt.status === "submitted",
    dueAt: attempt.assignment?.dueAt ?? null,
    now,
  };
}

export interface AnswerFeedback {
  correct: boolean;
  score: number;
  correctAnswer: string;
  explanation: string;
  /** The source sentences, with offsets into the article text for showing them in context. */
  sources: { id: string; text: string; start: number; end: number; paragraph: number }[];
}

async function feedbackFor(
  ctx: Ctx,
  q: LoadedQuestion,
  grade: { correct: boolean; score: number },
  sentences?: Awaited<ReturnType<typeof sentencesByKey>>,
): Promise<AnswerFeedback> {
  // One answer's feedback needs only its own source sentences, not the whole article's.
  const byKey =
    sentences ?? (await sentencesByKey(ctx.db, q.articleId, q.question.sourceSentenceIds));
  return {
    correct: grade.correct,
    score: grade.score,
    correctAnswer: answerText(q.question),
    explanation: q.question.explanation,
    sources: q.question.sourceSentenceIds.flatMap((id) => {
      const s = byKey.get(id);
      return s ? [s] : [];
    }),
  };
}

/** The attempt as the student sees it: questions without answers, their own answers, and feedback where allowed. */
async function attemptView(ctx: Ctx, attempt: LoadedAttempt) {
  const layout = parseLayout(attempt.layout);
  const [loaded, answers] = await Promise.all([
    loadQuestions(ctx.db, layout.questionIds),
    ctx.db.answer.findMany({
      where: { attemptId: attempt.id },
      select: { questionId: true, given: true, correct: true, score: true, answeredAt: true },
    }),
  ]);
  const fc = feedbackContext(attempt, ctx.now());
  const showFeedback = feedbackOnReview(fc);
  // A set may draw on several articles: the attempt has an article only when all its questions share one.
  const articles = new Set([...loaded.values()].map((q) => q.articleId));
  const articleId = attempt.articleId ?? (articles.size === 1 ? ([...articles][0] ?? null) : null);
  // With one article, its sentences are read once; otherwise feedbackFor reads each question's own.
  const sentences = showFeedback && articleId ? await sentencesByKey(ctx.db, articleId) : undefined;
  const answerViews: Record<
    string,
    { given: unknown; answeredAt: Date; feedback: AnswerFeedback | null }
  > = {};
  for (const a of answers) {
    const q = loaded.get(a.questionId);
    if (!q) continue;
    answerViews[a.questionId] = {
      given: a.given,
      answeredAt: a.answeredAt,
      feedback: showFeedback ? await feedbackFor(ctx, q, a, sentences) : null,
    };
  }
  // Once the attempt is finished, the questions left unanswered are reviewed too (scored zero).
  const missed: Record<string, AnswerFeedback> = {};
  if (showFeedback && attempt.status === "submitted") {
    for (const id of layout.questionIds) {
      const q = loaded.get(id);
      if (q && !answerViews[id])
        missed[id] = await feedbackFor(ctx, q, { correct: false, score: 0 }, sentences);
    }
  }
  return {
    id: attempt.id,
    status: attempt.status,
    kind: attempt.assignment ? ("assignment" as const) : ("practice" as const),
    title: attempt.assignment?.title ?? `Practice: ${attempt.article?.title ?? "article"}`,
    assignmentId: attempt.assignment?.id ?? null,
    articleId,
    feedbackTiming: attempt.assignment?.feedback ?? "immediately",
    dueAt: attempt.assignment?.dueAt ?? null,
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt,
    score: attempt.status === "submitted" ? attempt.score : null,
    questionCount: attempt.questionCount,
    answeredCount: answers.length,
    feedbackAvailableAt: feedbackAvailableAt(fc),
    questions: layout.questionIds.flatMap((id) => {
      const q = loaded.get(id);
      return q ? [toStudentQuestion(id, q.question, layout.optionOrders?.[id])] : [];
    }),
    answers: answerViews,
    missed,
  };
}

async function createAttempt(
  ctx: Ctx,
  data: {
    assignmentId: string | null;
    articleId: string | null;
    number: number;
    questions: LoadedQuestion[];
    shuffleQuestions: boolean;
    shuffleOptions: boolean;
  },
) {
  const layout = buildLayout(
    data.questions.map((q) => ({ id: q.id, optionCount: optionCount(q.question) })),
    { shuffleQuestions: data.shuffleQuestions, shuffleOptions: data.shuffleOptions },
  );
  const now = ctx.now();
  return ctx.db.attempt.create({
    data: {
      studentId: ctx.user.id,
      assignmentId: data.assignmentId,
      articleId: data.articleId,
      number: data.number,
      layout: layout as unknown as Prisma.InputJsonValue,
      questionCount: layout.questionIds.length,
      startedAt: now,
      lastActivityAt: now,
    },
    select: { id: true },
  });
}

/**
 * The article's questions that practice must not show (practice gives the answer at once): those
 * in an assignment of the student's classes whose answers the student may not have yet, i.e.
 * until the due date for "after the due date" feedback, and otherwise until they have submitted
 * an attempt or the assignment has closed. Practising them first would hand out its key.
 */
async function questionsWithheldFromPractice(ctx: Ctx, articleId: string): Promise<Set<string>> {
  const now = ctx.now();
  const assignments = await ctx.db.assignment.findMany({
    where: {
      ...assignmentsOfStudent(ctx.user.id),
      set: { items: { some: { question: { articleId } } } },
    },
    select: {
      feedback: true,
      dueAt: true,
      attempts: {
        where: { studentId: ctx.user.id, status: "submitted" },
        select: { id: true },
        take: 1,
      },
      set: { select: { items: { select: { questionId: true } } } },
    },
  });
  const withheld = new Set<string>();
  for (const a of assignments) {
    if (holdsBackFromPractice({ ...a, submittedAttempts: a.attempts.length }, now)) {
      for (const item of a.set.items) withheld.add(item.questionId);
    }
  }
  return withheld;
}

export const attemptsRouter = router({
  /** Starts an attempt at an assignment, or resumes the one in progress. */
  start: studentProcedure
    .input(z.object({ assignmentId: idSchema }))
    .mutation(async ({ ctx, input }) => {
      const assignment = await ctx.db.assignment.findFirst({
        where: { id: input.assignmentId, ...assignmentsOfStudent(ctx.user.id) },
        select: {
          id: true,
          opensAt: true,
          dueAt: true,
          attemptsAllowed: true,
          shuffleQuestions: true,
          shuffleOptions: true,
          set: {
            select: { items: { orderBy: { position: "asc" }, select: { questionId: true } } },
          },
        },
      });
      if (!assignment) notFound("assignment");
      const findOpen = () =>
        ctx.db.attempt.findFirst({
          where: { assignmentId: assignment.id, studentId: ctx.user.id, status: "in_progress" },
          select: { id: true },
        });
      const open = await findOpen();
      if (open) return { attemptId: open.id, resumed: true };
      const questionIds = assignment.set.items.map((i) => i.questionId);
      const [used, loaded] = await Promise.all([
        ctx.db.attempt.count({ where: { assignmentId: assignment.id, studentId: ctx.user.id } }),
        loadQuestions(ctx.db, questionIds),
      ]);
      const questions = pickAttemptQuestions(questionIds, loaded);
      const refusal = checkAttemptStart(
        assignment,
        { attemptsUsed: used, questionCount: questions.length },
        ctx.now(),
      );
      if (refusal) refuse(refusal);
      try {
        const attempt = await createAttempt(ctx, {
          assignmentId: assignment.id,
          articleId: null,
          number: used + 1,
          questions,
          shuffleQuestions: assignment.shuffleQuestions,
          shuffleOptions: assignment.shuffleOptions,
        });
        return { attemptId: attempt.id, resumed: false };
      } catch (e) {
        // Two tabs pressed start at once: the other one created it.
        if (!isUniqueViolation(e)) throw e;
        const raced = await findOpen();
        if (!raced) throw e;
        return { attemptId: raced.id, resumed: true };
      }
    }),

  /**
   * Practice on an article outside assignments, with feedback at once; never on the questions of
   * an assignment the student has still to do (see questionsWithheldFromPractice).
   */
  practice: studentProcedure
    .input(
      z.object({
        articleId: idSchema,
        count: z.number().int().min(1).max(40).default(10),
        types: z.array(questionTypeSchema).min(1).max(7).optional(),
        /** Only the questions built on this key fact, e.g. from the article reader. */
        factId: idSchema.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      // Only an article a student may read and practise (as articles.list shows them): a
      // teacher's imported question file is theirs to assign, not anyone's practice.
      const article = await ctx.db.article.findUnique({
        where: { id: input.articleId },
        select: { kind: true },
      });
      if (!article || article.kind !== "article") notFound("article");
      const withheld = await questionsWithheldFromPractice(ctx, input.articleId);
      const bank = (
        await loadBank(ctx.db, {
          articleId: input.articleId,
          ...(input.types ? { types: input.types } : {}),
          ...(input.factId ? { factId: input.factId } : {}),
        })
      ).filter((q) => !withheld.has(q.id));
      if (!bank.length) {
        if (withheld.size === 0) notFound("article");
        refuse({ reason: "held_for_assignment" });
      }
      const ids = pickMix(bank, { count: Math.min(input.count, bank.length) });
      const loaded = await loadQuestions(ctx.db, ids);
      const used = await ctx.db.attempt.count({
        where: { studentId: ctx.user.id, articleId: input.articleId },
      });
      const attempt = await createAttempt(ctx, {
        assignmentId: null,
        articleId: input.articleId,
        number: used + 1,
        questions: ids.map((id) => loaded.get(id)!),
        shuffleQuestions: true,
        shuffleOptions: true,
      });
      return { attemptId: attempt.id };
    }),

  /** The attempt for the player: questions without answers, the student's answers, feedback where allowed. */
  get: studentProcedure.input(z.object({ attemptId: idSchema })).query(async ({ ctx, input }) => {
    return attemptView(ctx, await loadOwnAttempt(ctx, input.attemptId));
  }),

  /** A finished attempt with its feedback, as the assignment's settings allow. */
  review: studentProcedure
    .input(z.object({ attemptId: idSchema }))
    .query(async ({ ctx, input }) => {
      const attempt = await loadOwnAttempt(ctx, input.attemptId);
      const refusal = checkReviewAllowed(attempt);
      if (refusal) refuse(refusal);
      return attemptView(ctx, attempt);
    }),

  /**
   * Records and grades one answer. The idempotency key makes a retried submit safe: the same key
   * returns the first result; a different key for an answered question is a conflict.
   */
  submitAnswer: studentProcedure
    .input(
      z.object({
        attemptId: idSchema,
        questionId: idSchema,
        idempotencyKey: z
          .string()
          .min(8)
          .max(64)
          .regex(/^[A-Za-z0-9_-]+$/),
        response: responseSchema,
        timeTakenMs: z
          .number()
          .int()
          .min(0)
          .max(6 * 60 * 60 * 1000),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      // Everything the submit needs in one read (the hottest request: see docs/BENCHMARKS.md).
      const found = await loadSubmission(ctx.db, {
        attemptId: input.attemptId,
        studentId: ctx.user.id,
        questionId: input.questionId,
      });
      if (!found) notFound("attempt");
      if (!parseLayout(found.layout).questionIds.includes(input.questionId) || !found.question)
        notFound("question in this attempt");
      const row = found.question;
      const q: LoadedQuestion = {
        id: row.id,
        articleId: row.articleId,
        question: effectiveQuestion(row),
        disabled: row.disabled,
        factIds: row.factIds,
      };
      const fc: FeedbackContext = {
        timing: (found.feedback as FeedbackContext["timing"]) ?? null,
        submitted: found.status === "submitted",
        dueAt: found.dueAt,
        now: ctx.now(),
      };
      const respond = async (grade: { correct: boolean; score: number }, duplicate: boolean) => ({
        recorded: true as const,
        duplicate,
        feedback: feedbackOnAnswer(fc)
          ? await feedbackFor(
              ctx,
              q,
              grade,
              new Map(
                (await sentencesForFeedback(ctx.db, q.articleId, q.question.sourceSentenceIds)).map(
                  (s) => [s.key, sentenceView(s)],
                ),
              ),
            )
          : null,
      });
      // An answer already recorded for this question: the same key gets its result again, another
      // key is a conflict. While the attempt is open, recordGradedAnswer finds it by the unique
      // constraint, so the usual first submit costs no lookup.
      const answeredBefore = async () => {
        const existing = await ctx.db.answer.findUnique({
          where: {
            attemptId_questionId: { attemptId: input.attemptId, questionId: input.questionId },
          },
          select: { idempotencyKey: true, correct: true, score: true },
        });
        if (existing && existing.idempotencyKey !== input.idempotencyKey) {
          throw new TRPCError({
            code: "CONFLICT",
            message: "this question has already been answered",
          });
        }
        return existing ? respond(existing, true) : null;
      };
      // A submitted attempt, or one past its due date, takes no new answer (a retry of an answer
      // sent in time still gets its result).
      const refusal = checkAnswerAccepted(found, fc.now);
      if (refusal) return (await answeredBefore()) ?? refuse(refusal);
      let grade;
      try {
        grade = gradeResponse(q.question, input.response as ResponseValue);
      } catch (e) {
        // A response that does not fit the question, unless it is a retry of one that did.
        if (!(e instanceof GradingError)) throw e;
        const replay = await answeredBefore();
        if (replay) return replay;
        throw e;
      }
      // The answer and its effect on the review schedule commit together.
      const result = await recordGradedAnswer(ctx.db, {
        attemptId: input.attemptId,
        questionId: input.questionId,
        idempotencyKey: input.idempotencyKey,
        given: input.response,
        correct: grade.correct,
        score: grade.score,
        timeTakenMs: input.timeTakenMs,
        answeredAt: ctx.now(),
        studentId: ctx.user.id,
        factIds: q.factIds,
        factCards: found.factCards,
        questionCard: found.questionCard,
      });
      return respond(result.answer, result.duplicate);
    }),

  /** Submits the attempt and scores it; unanswered questions score 0. Finishing twice is harmless. */
  finish: studentProcedure
    .input(z.object({ attemptId: idSchema }))
    .mutation(async ({ ctx, input }) => {
      const attempt = await loadOwnAttempt(ctx, input.attemptId);
      if (attempt.status === "in_progress") {
        const now = ctx.now();
        const answers = await ctx.db.answer.findMany({
          where: { attemptId: attempt.id },
          select: { correct: true, score: true, answeredAt: true },
        });
        const finished = finishAttempt(
          { questionCount: attempt.questionCount, dueAt: attempt.assignment?.dueAt ?? null },
          answers,
          now,
        );
        await ctx.db.attempt.updateMany({
          where: { id: attempt.id, status: "in_progress" },
          data: { status: "submitted", lastActivityAt: now, ...finished },
        });
      }
      const done = await loadOwnAttempt(ctx, input.attemptId);
      const fc = feedbackContext(done, ctx.now());
      return {
        attemptId: done.id,
        score: done.score ?? 0,
        correctCount: done.correctCount,
        questionCount: done.questionCount,
        reviewAvailable: feedbackOnReview(fc),
        feedbackAvailableAt: feedbackAvailableAt(fc),
      };
    }),
});
