// Load students for the benchmarks and the load tests: a class of N students who can sign in with
// one password, enrolled in one assignment over the shipped article's questions. Rows are written
// in bulk with one password hash for everyone (scrypt per student would take minutes).
import { createHmac, randomBytes } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { generateJoinCode, type Database } from "@studykit/db";

export const LOAD_PASSWORD = "load-studykit-password";

export interface LoadPopulation {
  classId: string;
  assignmentId: string;
  usernames: string[];
  password: string;
  questionCount: number;
}

export interface LoadPopulationOptions {
  students: number;
  /** Distinguishes several populations in one database (ids and usernames start with it). */
  prefix?: string;
  /** Questions in the assignment (default: every enabled question of the article, up to 40). */
  questions?: number;
  /** When feedback is shown: "immediately" (the heaviest path: each answer returns its feedback). */
  feedback?: "immediately" | "after_submit" | "after_due";
  now?: Date;
}

const CHUNK = 500;

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

export function loadUsername(prefix: string, i: number): string {
  return `${prefix}${String(i).padStart(5, "0")}`;
}

/** Creates the class, its students and an open assignment; the demo seed must be in place. */
export async function createLoadPopulation(
  db: Database,
  options: LoadPopulationOptions,
): Promise<LoadPopulation> {
  const prefix = options.prefix ?? "load";
  const now = options.now ?? new Date();
  const teacher = await db.user.findFirstOrThrow({
    where: { role: "teacher" },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  const article = await db.article.findFirstOrThrow({
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  const questions = await db.question.findMany({
    where: { articleId: article.id, disabledAt: null, retiredAt: null },
    orderBy: { position: "asc" },
    select: { id: true },
    take: options.questions ?? 40,
  });
  if (!questions.length) throw new Error("the article has no questions: seed the demo first");

  const hash = await hashPassword(LOAD_PASSWORD);
  const students = Array.from({ length: options.students }, (_, i) => {
    const username = loadUsername(prefix, i);
    return { id: `${prefix}-student-${i}`, username };
  });
  await inChunks(students, (chunk) =>
    db.user.createMany({
      data: chunk.map((s) => ({
        id: s.id,
        name: `Load Student ${s.username}`,
        email: `${s.username}@students.studykit.invalid`,
        emailVerified: true,
        username: s.username,
        displayUsername: s.username,
        role: "student" as const,
      })),
    }),
  );
  await inChunks(students, (chunk) =>
    db.account.createMany({
      data: chunk.map((s) => ({
        id: `${s.id}-credential`,
        providerId: "credential",
        accountId: s.id,
        userId: s.id,
        password: hash,
      })),
    }),
  );
  const cls = await db.class.create({
    data: {
      id: `${prefix}-class`,
      name: `Load class ${prefix}`,
      joinCode: generateJoinCode(),
      teacherId: teacher.id,
    },
    select: { id: true },
  });
  await inChunks(students, (chunk) =>
    db.enrolment.createMany({ data: chunk.map((s) => ({ classId: cls.id, studentId: s.id })) }),
  );
  const set = await db.questionSet.create({
    data: {
      id: `${prefix}-set`,
      title: `Load set ${prefix}`,
      ownerId: teacher.id,
      items: { create: questions.map((q, position) => ({ questionId: q.id, position })) },
    },
    select: { id: true },
  });
  const assignment = await db.assignment.create({
    data: {
      id: `${prefix}-assignment`,
      classId: cls.id,
      setId: set.id,
      title: `Load assignment ${prefix}`,
      opensAt: new Date(now.getTime() - 3_600_000),
      dueAt: null,
      attemptsAllowed: null,
      shuffleQuestions: true,
      shuffleOptions: true,
      feedback: options.feedback ?? "immediately",
    },
    select: { id: true },
  });
  return {
    classId: cls.id,
    assignmentId: assignment.id,
    usernames: students.map((s) => s.username),
    password: LOAD_PASSWORD,
    questionCount: questions.length,
  };
}

/**
 * Sessions written straight into the database for the given students, as a sign-in would leave
 * them, and the signed session cookie for each (better-auth's format: the token, a dot, and its
 * HMAC-SHA256 under the secret, base64). For runs where thousands of scrypt sign-ins would take
 * longer than the load itself on a busy machine; the server then reads each session from the
 * database once and hands the client its signed cached copy, as after a real sign-in.
 */
export async function createSessions(
  db: Database,
  usernames: readonly string[],
  secret: string,
  now = new Date(),
): Promise<string[]> {
  const users = await db.user.findMany({
    where: { username: { in: [...usernames] } },
    select: { id: true, username: true },
  });
  const idOf = new Map(users.map((u) => [u.username, u.id]));
  const sessions = usernames.map((username) => {
    const token = randomBytes(24).toString("base64url");
    return { token, userId: idOf.get(username)! };
  });
  await inChunks(sessions, (chunk) =>
    db.session.createMany({
      data: chunk.map((x) => ({
        id: `session-${x.token}`,
        token: x.token,
        userId: x.userId,
        expiresAt: new Date(now.getTime() + 7 * 86_400_000),
        createdAt: now,
        updatedAt: now,
      })),
    }),
  );
  return sessions.map((x) => {
    const signature = createHmac("sha256", secret).update(x.token).digest("base64");
    return `better-auth.session_token=${encodeURIComponent(`${x.token}.${signature}`)}`;
  });
}

/** Gives each student a session written into the database (createSessions) instead of a sign-in. */
export async function giveSessions(
  db: Database,
  students: readonly { username: string; useSession(cookie: string): void }[],
  secret: string,
): Promise<void> {
  if (!students.length) return;
  const cookies = await createSessions(
    db,
    students.map((s) => s.username),
    secret,
  );
  students.forEach((s, i) => s.useSession(cookies[i]!));
}
