// Progress over time for dashboards: scores by week, mastery per key fact, study streak.
// Rows are fetched with plain Prisma queries and folded here, so both engines answer alike.
import type { Database } from "../client";
import { dayNumber, formatDay, weekStartDay, dayStartInstant } from "./calendar";
import { classifyMastery, type MasteryLevel } from "./mastery";
import { effectiveFactText } from "../review";

export interface ClockOptions {
  now?: Date;
  /** The viewer's offset from UTC, e.g. 60 for UTC+1; days and weeks follow their calendar. */
  utcOffsetMinutes?: number;
}

export interface WeeklyScore {
  /** Monday of the week, YYYY-MM-DD. */
  weekStart: string;
  attempts: number;
  /** Mean score (0..1) of the attempts submitted that week, null when none. */
  averageScore: number | null;
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

/**
 * Submitted attempts' mean score per week, for the `weeks` weeks ending with the current one.
 * Scope by student (all their attempts, practice too), by class (its assignments) or both; a
 * teacher scope keeps only the attempts at assignments in that teacher's classes.
 */
export async function scoresByWeek(
  db: Database,
  scope: { studentId?: string; classId?: string; teacherId?: string },
  options: ClockOptions & { weeks?: number } = {},
): Promise<WeeklyScore[]> {
  if (!scope.studentId && !scope.classId)
    throw new Error("scoresByWeek needs a studentId or a classId");
  const now = options.now ?? new Date();
  const offset = options.utcOffsetMinutes ?? 0;
  const weeks = options.weeks ?? 8;
  const firstWeek = weekStartDay(dayNumber(now, offset)) - 7 * (weeks - 1);
  const attempts = await db.attempt.findMany({
    where: {
      status: "submitted",
      score: { not: null },
      submittedAt: {
        gte: dayStartInstant(firstWeek, offset),
        lt: dayStartInstant(firstWeek + 7 * weeks, offset),
      },
      ...(scope.studentId ? { studentId: scope.studentId } : {}),
      ...(scope.classId || scope.teacherId
        ? {
            assignment: {
              ...(scope.classId ? { classId: scope.classId } : {}),
              ...(scope.teacherId ? { class: { teacherId: scope.teacherId } } : {}),
            },
          }
        : {}),
    },
    select: { score: true, submittedAt: true },
  });
  const sums = Array.from({ length: weeks }, () => ({ attempts: 0, total: 0 }));
  for (const attempt of attempts) {
    const index = (weekStartDay(dayNumber(attempt.submittedAt!, offset)) - firstWeek) / 7;
    const bucket = sums[index];
    if (!bucket) continue;
    bucket.attempts += 1;
    bucket.total += attempt.score!;
  }
  return sums.map((bucket, index) => ({
    weekStart: formatDay(firstWeek + 7 * index),
    attempts: bucket.attempts,
    averageScore: bucket.attempts === 0 ? null : round4(bucket.total / bucket.attempts),
  }));
}

export interface FactMastery {
  factId: string;
  key: string;
  text: string;
  level: MasteryLevel;
  retrievability: number | null;
  reviews: number;
  /** Answers to the fact's questions considered, newest first. */
  recentAnswers: boolean[];
}

/** How many answers per fact feed mastery. */
const RECENT_ANSWERS = 3;

/**
 * Mastery of each current key fact of an article, for one student, in article order. With a
 * teacherId, only answers given in that teacher's classes' assignments count, and the review cards
 * (which every class's answers shape) are left out: another teacher's class is not this one's.
 */
export async function factMastery(
  db: Database,
  input: { studentId: string; articleId: string; now?: Date; teacherId?: string },
): Promise<FactMastery[]> {
  const now = input.now ?? new Date();
  const facts = await db.fact.findMany({
    where: { articleId: input.articleId, retiredAt: null },
    orderBy: { position: "asc" },
    select: { id: true, key: true, text: true, editedText: true },
  });
  const cards = input.teacherId
    ? []
    : await db.reviewCard.findMany({
        where: { studentId: input.studentId, fact: { articleId: input.articleId } },
        // The latest review's rating: recall is not reported right after a miss.
        include: { logs: { orderBy: { reviewedAt: "desc" }, take: 1, select: { rating: true } } },
      });
  const cardByFact = new Map(cards.map((card) => [card.factId, card]));
  const answers = await db.answer.findMany({
    where: {
      attempt: {
        studentId: input.studentId,
        ...(input.teacherId ? { assignment: { class: { teacherId: input.teacherId } } } : {}),
      },
      question: { articleId: input.articleId },
    },
    orderBy: [{ answeredAt: "desc" }, { id: "asc" }],
    select: { correct: true, question: { select: { facts: { select: { factId: true } } } } },
  });
  const recent = new Map<string, boolean[]>();
  for (const answer of answers) {
    for (const { factId } of answer.question.facts) {
      const list = recent.get(factId) ?? [];
      if (list.length < RECENT_ANSWERS) list.push(answer.correct);
      recent.set(factId, list);
    }
  }
  return facts.map((fact) => {
    const card = cardByFact.get(fact.id) ?? null;
    const recentAnswers = recent.get(fact.id) ?? [];
    const { level, retrievability } = classifyMastery({
      card,
      lastRating: card?.logs[0]?.rating ?? null,
      recentAnswers,
      now,
    });
    return {
      factId: fact.id,
      key: fact.key,
      text: effectiveFactText(fact),
      level,
      retrievability: retrievability === null ? null : round4(retrievability),
      reviews: card?.reps ?? 0,
      recentAnswers,
    };
  });
}

export function summariseMastery(
  facts: readonly { level: MasteryLevel }[],
): Record<MasteryLevel, number> {
  const summary: Record<MasteryLevel, number> = { new: 0, learning: 0, mastered: 0 };
  for (const fact of facts) summary[fact.level] += 1;
  return summary;
}

export interface Streak {
  /** Consecutive active days ending today, or yesterday when today has no activity yet. */
  current: number;
  longest: number;
  activeToday: boolean;
  lastActiveDay: string | null;
}

/** Days with any answer or review, looked back over a year. */
export async function studyStreak(
  db: Database,
  studentId: string,
  options: ClockOptions = {},
): Promise<Streak> {
  const now = options.now ?? new Date();
  const offset = options.utcOffsetMinutes ?? 0;
  const today = dayNumber(now, offset);
  const since = dayStartInstant(today - 366, offset);
  const [answers, reviews] = await Promise.all([
    db.answer.findMany({
      where: { attempt: { studentId }, answeredAt: { gte: since, lte: now } },
      select: { answeredAt: true },
    }),
    db.reviewLog.findMany({
      where: { studentId, reviewedAt: { gte: since, lte: now } },
      select: { reviewedAt: true },
    }),
  ]);
  const days = new Set([
    ...answers.map((a) => dayNumber(a.answeredAt, offset)),
    ...reviews.map((r) => dayNumber(r.reviewedAt, offset)),
  ]);
  const sorted = [...days].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  for (const [index, day] of sorted.entries()) {
    run = index > 0 && sorted[index - 1] === day - 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const activeToday = days.has(today);
  let current = 0;
  for (let day = activeToday ? today : today - 1; days.has(day); day -= 1) current += 1;
  const last = sorted.at(-1);
  return {
    current,
    longest,
    activeToday,
    lastActiveDay: last === undefined ? null : formatDay(last),
  };
}
