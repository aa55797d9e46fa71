// Fixtures for the student E2E tests, written straight into the E2E database: a class of the
// demo teacher's with its own join code, and an assignment holding one question of each of the
// seven types in a known order. Each call makes a fresh class, so tests never share state with
// each other or with the seeded demo class other tests read.
import type { Question, QuestionType } from "@studykit/content";
import {
  createClass,
  createDatabase,
  DEMO_TEACHER,
  effectiveQuestion,
  resolveDatabaseConfig,
  type Database,
} from "@studykit/db";
import type { Page } from "playwright-core";
import { inject } from "vitest";
import { submitAuthForm } from "./support";

export const TYPE_ORDER: readonly QuestionType[] = [
  "multiple_choice",
  "true_false",
  "cloze",
  "numeric",
  "attribution",
  "matching",
  "open",
];

let shared: Database | null = null;
/** The E2E database the server under test uses. */
export function e2eDatabase(): Database {
  shared ??= createDatabase(resolveDatabaseConfig(inject("databaseUrl")));
  return shared;
}

export async function closeE2eDatabase(): Promise<void> {
  await shared?.$disconnect();
  shared = null;
}

export interface FixtureQuestion {
  id: string;
  question: Question;
  /** The source sentences' text, as feedback should quote them. */
  sources: string[];
}

export interface AssignmentFixture {
  classId: string;
  className: string;
  joinCode: string;
  assignmentId: string;
  title: string;
  articleId: string;
  questions: FixtureQuestion[];
}

/**
 * A class (new, or the given one) with an assignment of one question per type, in TYPE_ORDER,
 * options unshuffled. By default it opened an hour ago and is due in a week.
 */
export async function createAllTypesAssignment(options: {
  feedback: "immediately" | "after_submit" | "after_due";
  title: string;
  dueInDays?: number;
  opensInDays?: number;
  classId?: string;
}): Promise<AssignmentFixture> {
  const db = e2eDatabase();
  const article = await db.article.findFirstOrThrow({ select: { id: true } });
  const rows = await db.question.findMany({
    where: { articleId: article.id, retiredAt: null, disabledAt: null },
    orderBy: { position: "asc" },
    select: { id: true, type: true, generated: true, override: true },
  });
  const sentences = new Map(
    (
      await db.sentence.findMany({
        where: { articleId: article.id },
        select: { key: true, text: true },
      })
    ).map((s) => [s.key, s.text]),
  );
  const questions = TYPE_ORDER.map((type) => {
    const row = rows.find((r) => r.type === type);
    if (!row) throw new Error(`the seeded article has no ${type} question`);
    const question = effectiveQuestion(row);
    return {
      id: row.id,
      question,
      sources: question.sourceSentenceIds.map((id) => sentences.get(id) ?? ""),
    };
  });
  const className = options.classId
    ? (await db.class.findUniqueOrThrow({ where: { id: options.classId } })).name
    : `${options.title} class`;
  const cls = options.classId
    ? await db.class.findUniqueOrThrow({
        where: { id: options.classId },
        select: { id: true, joinCode: true },
      })
    : await createClass(db, { teacherId: DEMO_TEACHER.id, name: className });
  const set = await createDemoSet(
    options.title,
    questions.map((q) => q.id),
  );
  const now = Date.now();
  const assignment = await db.assignment.create({
    data: {
      classId: cls.id,
      setId: set.id,
      title: options.title,
      opensAt: new Date(
        options.opensInDays === undefined
          ? now - 60 * 60 * 1000
          : now + options.opensInDays * 86_400_000,
      ),
      dueAt: new Date(now + (options.dueInDays ?? 7) * 86_400_000),
      attemptsAllowed: null,
      shuffleQuestions: false,
      shuffleOptions: false,
      feedback: options.feedback,
    },
    select: { id: true },
  });
  return {
    classId: cls.id,
    className,
    joinCode: cls.joinCode,
    assignmentId: assignment.id,
    title: options.title,
    articleId: article.id,
    questions,
  };
}

/** A set of the demo teacher's holding the given questions, in that order. */
export async function createDemoSet(title: string, questionIds: readonly string[]) {
  return e2eDatabase().questionSet.create({
    data: {
      title,
      ownerId: DEMO_TEACHER.id,
      items: { create: questionIds.map((questionId, position) => ({ questionId, position })) },
    },
    select: { id: true },
  });
}

let counter = 0;

/** Signs a new student up through the sign-up page; returns their username. */
export async function signUpStudent(page: Page, name = "Test Student"): Promise<string> {
  counter += 1;
  const username = `st${Date.now().toString(36)}${counter}`;
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill("a-good-password");
  await submitAuthForm(page, "Create account", "sign-up");
  await page.waitForURL("**/student");
  return username;
}

/**
 * Puts a student in a class directly, for tests that are not about joining. `joinedAt` back-dates
 * it: assignments count for a student only from when they joined (issue 15).
 */
export async function enrol(username: string, classId: string, joinedAt?: Date): Promise<void> {
  const db = e2eDatabase();
  const user = await db.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
  await db.enrolment.create({
    data: { classId, studentId: user.id, ...(joinedAt ? { joinedAt } : {}) },
  });
}

/**
 * Signs a new student up, puts them in the fixture's class and starts its assignment; returns
 * their username.
 */
export async function startAsNewStudent(
  page: Page,
  fixture: AssignmentFixture,
  name?: string,
): Promise<string> {
  const username = await signUpStudent(page, name);
  await enrol(username, fixture.classId);
  await page.goto("/student");
  await page
    .getByRole("article", { name: fixture.title })
    .getByRole("button", { name: /^Start/ })
    .click();
  return username;
}

/** From the player's last step: finishes the attempt and waits for its results page. */
export async function finishAndSeeResults(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Finish and see results" }).click();
  await page.waitForURL("**/results");
}

/** The answers recorded for an attempt, by question id. */
export async function recordedAnswers(attemptId: string) {
  return e2eDatabase().answer.findMany({
    where: { attemptId },
    select: { questionId: true, idempotencyKey: true, score: true, correct: true },
  });
}

/** The attempt id in a player or results URL. */
export function attemptIdFrom(url: string): string {
  const match = /\/student\/attempts\/([^/?#]+)/.exec(new URL(url).pathname);
  if (!match) throw new Error(`not an attempt URL: ${url}`);
  return match[1]!;
}

/** Whether the page scrolls sideways (content wider than the viewport). */
export async function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
  );
}
