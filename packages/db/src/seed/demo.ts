// The demo: the shipped article's kit, a teacher, a class and six students with four weeks of
// synthetic history (attempts whose scores vary and improve, spaced reviews). Deterministic for a
// given day, and idempotent: ids are fixed, rows are upserted, history is written only once.
import { gradeResponse, type Question, type ResponseValue, type StudyKit } from "@studykit/content";
import { hashPassword } from "better-auth/crypto";
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from "ts-fsrs";
import { fromFsrsCard, fromFsrsLog } from "../progress/card-fields";
import type { Prisma } from "../../generated/sqlite/client";
import type { Database } from "../client";
import { storeStudyKit } from "../content";
import { dayNumber, dayStartInstant } from "../progress/calendar";
import { seededRandom, type Random } from "./random";

export const DEMO_PASSWORD = { teacher: "teach-studykit", student: "learn-studykit" } as const;

export const DEMO_TEACHER = {
  id: "seed-teacher",
  username: "teacher",
  name: "Noor Rahman",
  email: "teacher@demo.studykit.example",
} as const;

interface DemoStudent {
  username: string;
  name: string;
  /** Chance of a correct answer at the start. */
  ability: number;
  /** Added to that chance each week. */
  growth: number;
  /** Chance of studying on a given day, and of retrying a weak attempt. */
  diligence: number;
  /** Days up to yesterday the student certainly studied (0: none forced); -1: away the last week. */
  recentRun: number;
}

export const DEMO_STUDENTS: readonly DemoStudent[] = [
  {
    username: "amira",
    name: "Amira Haddad",
    ability: 0.48,
    growth: 0.1,
    diligence: 0.8,
    recentRun: 4,
  },
  {
    username: "ben",
    name: "Ben Okafor",
    ability: 0.38,
    growth: 0.1,
    diligence: 0.55,
    recentRun: 0,
  },
  { username: "chen", name: "Chen Wei", ability: 0.62, growth: 0.08, diligence: 0.9, recentRun: 6 },
  {
    username: "dara",
    name: "Dara Byrne",
    ability: 0.36,
    growth: 0.03,
    diligence: 0.35,
    recentRun: -1,
  },
  {
    username: "eli",
    name: "Eli Cohen",
    ability: 0.45,
    growth: 0.09,
    diligence: 0.65,
    recentRun: 2,
  },
  {
    username: "farah",
    name: "Farah Siddiqui",
    ability: 0.56,
    growth: 0.09,
    diligence: 0.95,
    recentRun: 12,
  },
];

export const DEMO_CLASS = {
  id: "seed-class",
  name: "Year 10 Current Affairs",
  joinCode: "NEWS24",
} as const;

const studentEmail = (username: string) => `${username}@demo.studykit.example`;
const studentId = (username: string) => `seed-student-${username}`;

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const HISTORY_DAYS = 28;
const QUESTIONS_PER_SET = 8;
const DIFFICULTY_SHIFT = { easy: 0.1, medium: 0, hard: -0.12 } as const;

interface AssignmentPlan {
  id: string;
  setId: string;
  title: string;
  opensAt: Date;
  dueAt: Date;
  attemptsAllowed: number | null;
  shuffleQuestions: boolean;
  feedback: "immediately" | "after_submit" | "after_due";
  /** 0-based week of the history; the current assignment is week 4. */
  week: number;
}

function rowCounters(db: Database) {
  return {
    users: () => db.user.count(),
    articles: () => db.article.count(),
    facts: () => db.fact.count(),
    questions: () => db.question.count(),
    classes: () => db.class.count(),
    enrolments: () => db.enrolment.count(),
    questionSets: () => db.questionSet.count(),
    assignments: () => db.assignment.count(),
    attempts: () => db.attempt.count(),
    answers: () => db.answer.count(),
    reviewCards: () => db.reviewCard.count(),
    reviewLogs: () => db.reviewLog.count(),
  };
}

export type SeedCounts = Record<keyof ReturnType<typeof rowCounters>, number>;

/** Rows per table the demo fills. */
export async function countRows(db: Database): Promise<SeedCounts> {
  const counters = Object.entries(rowCounters(db));
  const counts = await Promise.all(counters.map(([, count]) => count()));
  return Object.fromEntries(counters.map(([table], i) => [table, counts[i]])) as SeedCounts;
}

async function loadShippedKit(): Promise<StudyKit> {
  const { deriveStudyKit } = await import("@studykit/content");
  const { readDefaultArticle } = await import("@studykit/content/default-article");
  return deriveStudyKit(readDefaultArticle());
}

async function upsertUser(
  db: Database,
  user: { id: string; username: string; name: string; email: string; role: "teacher" | "student" },
  password: string,
): Promise<void> {
  const exists = await db.user.findUnique({ where: { id: user.id }, select: { id: true } });
  if (exists) return;
  // better-auth verifies this scrypt hash on sign-in; hashing is slow, so only for new users.
  const hash = await hashPassword(password);
  await db.user.create({
    data: {
      id: user.id,
      name: user.name,
      email: user.email,
      emailVerified: true,
      username: user.username,
      displayUsername: user.username,
      role: user.role,
      accounts: {
        create: {
          id: `${user.id}-credential`,
          providerId: "credential",
          accountId: user.id,
          password: hash,
        },
      },
    },
  });
}

interface StoredQuestion {
  id: string;
  recommended: boolean;
  question: Question;
}

/**
 * The week's sets, built from the generator's recommended questions (open ones left out: the
 * demo's history grades them by self-assessment only). Each set takes the next
 * QUESTIONS_PER_SET of the shuffled pool, wrapping round, so every recommended question is used
 * before any repeats, and no set holds a question twice.
 */
export function planSets<Q extends { recommended: boolean; question: Pick<Question, "type"> }>(
  questions: readonly Q[],
  random: Random,
  sets: number,
): Q[][] {
  const pool = random.shuffle(questions.filter((q) => q.recommended && q.question.type !== "open"));
  const size = Math.min(QUESTIONS_PER_SET, pool.length);
  return Array.from({ length: sets }, (_, s) =>
    Array.from({ length: size }, (_, i) => pool[(s * size + i) % pool.length]!),
  );
}

/** The response a student gave: the right one, or a plausible wrong one of the right shape. */
function givenResponse(
  question: Question,
  correct: boolean,
  random: Random,
  clozeAnswers: readonly string[],
): ResponseValue {
  switch (question.type) {
    case "true_false":
      return { type: "true_false", value: correct ? question.answer : !question.answer };
    case "cloze": {
      const wrong = clozeAnswers.filter((a) => a.toLowerCase() !== question.answer.toLowerCase());
      return {
        type: "text",
        text: correct || wrong.length === 0 ? question.answer : random.pick(wrong),
      };
    }
    case "matching": {
      if (correct || question.answer.length < 2)
        return { type: "matching", pairs: question.answer };
      // Two right-hand items swapped: partial credit.
      const pairs = question.answer.map((pair) => ({ ...pair }));
      [pairs[0]!.right, pairs[1]!.right] = [pairs[1]!.right, pairs[0]!.right];
      return { type: "matching", pairs };
    }
    case "open":
      return { type: "self_assessment", rubricPointsMet: correct ? question.rubric.length : 0 };
    default: {
      const wrong = question.options.filter((option) => option !== question.answer);
      return {
        type: "choice",
        option: correct || wrong.length === 0 ? question.answer : random.pick(wrong),
      };
    }
  }
}

interface History {
  attempts: Prisma.AttemptCreateManyInput[];
  answers: Prisma.AnswerCreateManyInput[];
  cards: Prisma.ReviewCardCreateManyInput[];
  logs: Prisma.ReviewLogCreateManyInput[];
}

function simulateStudent(input: {
  student: DemoStudent;
  today: Date;
  assignments: readonly AssignmentPlan[];
  setQuestions: ReadonlyMap<string, readonly StoredQuestion[]>;
  facts: readonly { id: string; key: string; importance: number }[];
  clozeAnswers: readonly string[];
}): History {
  const { student, today, assignments, setQuestions, facts, clozeAnswers } = input;
  const random = seededRandom(`studykit-demo:${student.username}`);
  const sid = studentId(student.username);
  const history: History = { attempts: [], answers: [], cards: [], logs: [] };
  const missed = new Map<string, Date>();

  for (const assignment of assignments) {
    const current = assignment.week >= HISTORY_DAYS / 7;
    const takes = current
      ? student.diligence >= 0.8 || student.username === "eli"
      : random.chance(0.55 + 0.45 * student.diligence);
    if (!takes) continue;
    const questions = setQuestions.get(assignment.setId) ?? [];
    const maxAttempts = assignment.attemptsAllowed ?? 3;
    let startAt = new Date(
      assignment.opensAt.getTime() +
        (current ? random.int(2) : random.int(5 - Math.round(3 * student.diligence))) * DAY_MS +
        (7 + random.int(6)) * HOUR_MS,
    );
    for (let number = 1; number <= maxAttempts; number += 1) {
      const attemptId = `seed-attempt-${student.username}-${assignment.week}-${number}`;
      // Eli leaves the current assignment half done, so dashboards show one in progress.
      const inProgress = current && student.username === "eli";
      const order = assignment.shuffleQuestions ? random.shuffle(questions) : [...questions];
      const answered = inProgress ? order.slice(0, Math.ceil(order.length / 2)) : order;
      let at = startAt.getTime();
      let correctCount = 0;
      let totalScore = 0;
      for (const [index, { id, question }] of answered.entries()) {
        const chance =
          student.ability +
          student.growth * assignment.week +
          (number - 1) * 0.12 +
          DIFFICULTY_SHIFT[question.difficulty] +
          (random.next() - 0.5) * 0.2;
        const given = givenResponse(
          question,
          random.chance(Math.min(0.97, Math.max(0.05, chance))),
          random,
          clozeAnswers,
        );
        // Graded as the API grades, so stored results agree with the content package.
        const { correct, score } = gradeResponse(question, given);
        const timeTakenMs = Math.round(
          (8 + random.next() * 40 + (question.difficulty === "hard" ? 15 : 0)) * 1000,
        );
        at += timeTakenMs + 4000;
        totalScore += score;
        if (correct) correctCount += 1;
        else missed.set(id, new Date(at));
        history.answers.push({
          id: `${attemptId}-q${index}`,
          attemptId,
          questionId: id,
          idempotencyKey: `${attemptId}-q${index}`,
          given: given as unknown as Prisma.InputJsonValue,
          correct,
          score,
          timeTakenMs,
          answeredAt: new Date(at),
        });
      }
      const submittedAt = inProgress ? null : new Date(at + 20_000);
      history.attempts.push({
        id: attemptId,
        studentId: sid,
        assignmentId: assignment.id,
        number,
        status: inProgress ? "in_progress" : "submitted",
        layout: { questionIds: order.map((q) => q.id) },
        questionCount: order.length,
        correctCount,
        score: inProgress ? null : totalScore / Math.max(1, order.length),
        startedAt: startAt,
        lastActivityAt: new Date(at),
        submittedAt,
      });
      const retry =
        !inProgress &&
        totalScore / Math.max(1, order.length) < 0.75 &&
        random.chance(student.diligence);
      if (!retry || current) break;
      startAt = new Date(at + DAY_MS / 2 + random.int(8) * HOUR_MS);
      if (startAt.getTime() >= today.getTime()) break;
    }
  }

  // Daily study: facts are introduced by importance and reviewed when due, scheduled by FSRS.
  const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));
  const byImportance = [...facts].sort(
    // Ties broken by the kit's key, not the row id, so every database gets the same history.
    (a, b) => b.importance - a.importance || a.key.localeCompare(b.key),
  );
  const cards = new Map<string, Card>();
  let logNumber = 0;
  const todayDay = dayNumber(today);
  for (let day = todayDay - HISTORY_DAYS; day < todayDay; day += 1) {
    const daysAgo = todayDay - day;
    const forced = student.recentRun > 0 && daysAgo <= student.recentRun;
    const away = student.recentRun < 0 && daysAgo <= 7;
    if (away || !(forced || random.chance(student.diligence))) continue;
    const week = Math.floor((HISTORY_DAYS - daysAgo) / 7);
    let at =
      dayStartInstant(day).getTime() + (16 + random.int(5)) * HOUR_MS + random.int(60) * 60_000;
    const due = [...cards.entries()].filter(([, card]) => card.due.getTime() <= at).slice(0, 15);
    const fresh = byImportance.filter((fact) => !cards.has(fact.id)).slice(0, 4);
    // With nothing due or new, a keen student reviews ahead: the card due soonest.
    if (due.length === 0 && fresh.length === 0 && cards.size > 0) {
      due.push(
        [...cards.entries()].reduce((soonest, entry) =>
          entry[1].due < soonest[1].due ? entry : soonest,
        ),
      );
    }
    for (const fact of fresh) cards.set(fact.id, createEmptyCard(new Date(at)));
    for (const [factId] of [...due, ...fresh.map((fact) => [fact.id] as const)]) {
      const card = cards.get(factId)!;
      const recall =
        card.reps === 0 ? student.ability : scheduler.get_retrievability(card, new Date(at), false);
      const success = random.chance(
        Math.min(0.97, 0.5 * recall + 0.5 * (student.ability + student.growth * week)),
      );
      const roll = random.next();
      const rating: Grade = !success
        ? Rating.Again
        : roll < 0.15
          ? Rating.Hard
          : roll > 0.85
            ? Rating.Easy
            : Rating.Good;
      const durationMs = Math.round((4 + random.next() * 14) * 1000);
      at += durationMs;
      const { card: next, log } = scheduler.next(card, new Date(at), rating);
      cards.set(factId, next);
      logNumber += 1;
      history.logs.push({
        id: `seed-log-${student.username}-${logNumber}`,
        cardId: `seed-card-${student.username}-${factId}`,
        studentId: sid,
        ...fromFsrsLog(log),
        durationMs,
        source: "study",
      });
    }
  }
  for (const [factId, card] of cards) {
    history.cards.push({
      id: `seed-card-${student.username}-${factId}`,
      studentId: sid,
      factId,
      ...fromFsrsCard(card),
    });
  }
  // Missed quiz questions join the review queue as new cards, due from when they were missed.
  for (const [questionId, at] of [...missed.entries()].slice(-6)) {
    history.cards.push({
      id: `seed-card-${student.username}-${questionId}`,
      studentId: sid,
      questionId,
      ...fromFsrsCard(createEmptyCard(at)),
    });
  }
  return history;
}

export interface SeedDemoOptions {
  /** The clock the history is laid out against: it ends the day before `now`. */
  now?: Date;
  kit?: StudyKit;
}

export async function seedDemo(db: Database, options: SeedDemoOptions = {}): Promise<SeedCounts> {
  const now = options.now ?? new Date();
  const today = dayStartInstant(dayNumber(now));
  const kit = options.kit ?? (await loadShippedKit());

  await upsertUser(db, { ...DEMO_TEACHER, role: "teacher" }, DEMO_PASSWORD.teacher);
  for (const student of DEMO_STUDENTS) {
    await upsertUser(
      db,
      {
        id: studentId(student.username),
        username: student.username,
        name: student.name,
        email: studentEmail(student.username),
        role: "student",
      },
      DEMO_PASSWORD.student,
    );
  }

  const existingArticle = await db.article.findUnique({
    where: { hash: kit.article.hash },
    select: { id: true },
  });
  const articleId = existingArticle
    ? existingArticle.id
    : (await storeStudyKit(db, kit, { addedById: DEMO_TEACHER.id, now, reviewStatus: "accepted" }))
        .articleId;

  await db.class.upsert({
    where: { id: DEMO_CLASS.id },
    create: {
      ...DEMO_CLASS,
      teacherId: DEMO_TEACHER.id,
      createdAt: new Date(today.getTime() - (HISTORY_DAYS + 2) * DAY_MS),
    },
    update: {},
  });
  for (const student of DEMO_STUDENTS) {
    const id = studentId(student.username);
    await db.enrolment.upsert({
      where: { classId_studentId: { classId: DEMO_CLASS.id, studentId: id } },
      create: {
        classId: DEMO_CLASS.id,
        studentId: id,
        joinedAt: new Date(today.getTime() - (HISTORY_DAYS + 1) * DAY_MS),
      },
      update: {},
    });
  }

  const rows = await db.question.findMany({
    where: { articleId, retiredAt: null, disabledAt: null },
    orderBy: { position: "asc" },
    select: { id: true, generated: true, recommended: true },
  });
  const questions = rows.map((row) => ({
    id: row.id,
    recommended: row.recommended,
    question: row.generated as unknown as Question,
  }));
  const weeks = HISTORY_DAYS / 7;
  const plannedSets = planSets(questions, seededRandom("studykit-demo:sets"), weeks + 1);
  const setQuestions = new Map<string, StoredQuestion[]>();
  const assignments: AssignmentPlan[] = [];
  for (const [week, planned] of plannedSets.entries()) {
    const setId = `seed-set-${week + 1}`;
    const current = week === weeks;
    const existingSet = await db.questionSet.findUnique({
      where: { id: setId },
      select: { items: { orderBy: { position: "asc" }, select: { questionId: true } } },
    });
    if (!existingSet) {
      await db.questionSet.create({
        data: {
          id: setId,
          title: current ? "This week's check-in" : `Week ${week + 1} check-in`,
          ownerId: DEMO_TEACHER.id,
          source: "generated",
          recipe: { count: planned.length, recommended: true },
          items: { create: planned.map((q, position) => ({ questionId: q.id, position })) },
        },
      });
    }
    // An existing set keeps its questions, so re-seeding never rewrites what was assigned.
    const itemIds = existingSet
      ? existingSet.items.map((item) => item.questionId)
      : planned.map((q) => q.id);
    const byId = new Map(questions.map((q) => [q.id, q]));
    setQuestions.set(
      setId,
      itemIds.flatMap((id) => byId.get(id) ?? []),
    );
    const opensAt = new Date(
      today.getTime() - (current ? 2 * DAY_MS : (HISTORY_DAYS - 7 * week) * DAY_MS) + 8 * HOUR_MS,
    );
    assignments.push({
      id: `seed-assignment-${week + 1}`,
      setId,
      title: current ? "Ceasefire talks: this week" : `Cross-border strikes: week ${week + 1}`,
      opensAt,
      dueAt: new Date(opensAt.getTime() + 7 * DAY_MS - 9 * HOUR_MS),
      attemptsAllowed: week % 2 === 0 ? 2 : null,
      shuffleQuestions: week % 2 === 1,
      feedback: (["immediately", "after_submit", "after_due"] as const)[week % 3]!,
      week,
    });
  }
  for (const plan of assignments) {
    await db.assignment.upsert({
      where: { id: plan.id },
      create: {
        id: plan.id,
        classId: DEMO_CLASS.id,
        setId: plan.setId,
        title: plan.title,
        opensAt: plan.opensAt,
        dueAt: plan.dueAt,
        attemptsAllowed: plan.attemptsAllowed,
        shuffleQuestions: plan.shuffleQuestions,
        shuffleOptions: plan.shuffleQuestions,
        feedback: plan.feedback,
        createdAt: new Date(plan.opensAt.getTime() - DAY_MS),
      },
      update: {},
    });
  }
  // Stored dates win over the freshly computed ones, so history lines up with what exists.
  const storedAssignments = await db.assignment.findMany({
    where: { id: { in: assignments.map((a) => a.id) } },
    select: { id: true, opensAt: true, dueAt: true },
  });
  for (const stored of storedAssignments) {
    const plan = assignments.find((a) => a.id === stored.id)!;
    plan.opensAt = stored.opensAt;
    plan.dueAt = stored.dueAt ?? plan.dueAt;
  }

  const facts = await db.fact.findMany({
    where: { articleId, retiredAt: null },
    select: { id: true, key: true, importance: true },
  });
  const clozeAnswers = questions.flatMap((q) =>
    q.question.type === "cloze" ? [q.question.answer] : [],
  );
  for (const student of DEMO_STUDENTS) {
    const sid = studentId(student.username);
    const started = await db.attempt.count({ where: { studentId: sid } });
    const reviewed = await db.reviewLog.count({ where: { studentId: sid } });
    if (started > 0 || reviewed > 0) continue; // history is written once; later runs leave it be
    const history = simulateStudent({
      student,
      today,
      assignments,
      setQuestions,
      facts,
      clozeAnswers,
    });
    await db.$transaction([
      db.attempt.createMany({ data: history.attempts }),
      db.answer.createMany({ data: history.answers }),
      db.reviewCard.createMany({ data: history.cards }),
      db.reviewLog.createMany({ data: history.logs }),
    ]);
  }
  return countRows(db);
}

export function demoCredentials(): {
  role: string;
  username: string;
  email: string;
  password: string;
}[] {
  return [
    {
      role: "teacher",
      username: DEMO_TEACHER.username,
      email: DEMO_TEACHER.email,
      password: DEMO_PASSWORD.teacher,
    },
    ...DEMO_STUDENTS.map((s) => ({
      role: "student",
      username: s.username,
      email: studentEmail(s.username),
      password: DEMO_PASSWORD.student,
    })),
  ];
}
