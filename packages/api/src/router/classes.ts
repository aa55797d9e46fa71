// Classes: teachers create, rename and archive them and manage rosters; students join by code.
import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import {
  archiveClass,
  clearFailedGuesses,
  createClass,
  isUniqueViolation,
  nextGuessAllowedAt,
  recordFailedGuess,
  type GuessPolicy,
} from "@studykit/db";
import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import { PLACEHOLDER_EMAIL_DOMAIN, placeholderEmail } from "../auth";
import { oneTimePassword, rosterCsv, usernameFor, type RosterEntry } from "../logic/roster";
import { idSchema, router, studentProcedure, teacherProcedure } from "../trpc";
import { requireOwnClass } from "./access";

const className = z.string().trim().min(1, "give the class a name").max(80);

/**
 * Wrong join codes slow the next try down, per student and per address: a class's code is six
 * characters read off a whiteboard, not a secret that survives a thousand guesses a second.
 */
export const JOIN_CODE_THROTTLE: { student: GuessPolicy; address: GuessPolicy } = {
  student: { freeFailures: 5, firstDelayMs: 1000, maxDelayMs: 15 * 60_000, windowMs: 60 * 60_000 },
  address: { freeFailures: 20, firstDelayMs: 1000, maxDelayMs: 15 * 60_000, windowMs: 60 * 60_000 },
};

export const classesRouter = router({
  /** The teacher's classes, newest first. */
  list: teacherProcedure
    .input(
      z.object({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false }),
    )
    .query(async ({ ctx, input }) => {
      const classes = await ctx.db.class.findMany({
        where: { teacherId: ctx.user.id, ...(input.includeArchived ? {} : { archivedAt: null }) },
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          name: true,
          joinCode: true,
          archivedAt: true,
          createdAt: true,
          _count: { select: { enrolments: true, assignments: true } },
        },
      });
      return classes.map(({ _count, ...c }) => ({
        ...c,
        students: _count.enrolments,
        assignments: _count.assignments,
      }));
    }),

  create: teacherProcedure.input(z.object({ name: className })).mutation(async ({ ctx, input }) => {
    const created = await createClass(ctx.db, {
      teacherId: ctx.user.id,
      name: input.name,
      now: ctx.now(),
    });
    return { id: created.id, joinCode: created.joinCode, name: input.name };
  }),

  rename: teacherProcedure
    .input(z.object({ classId: idSchema, name: className }))
    .mutation(async ({ ctx, input }) => {
      await requireOwnClass(ctx, input.classId);
      await ctx.db.class.update({ where: { id: input.classId }, data: { name: input.name } });
      return { id: input.classId, name: input.name };
    }),

  setArchived: teacherProcedure
    .input(z.object({ classId: idSchema, archived: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      await requireOwnClass(ctx, input.classId);
      if (input.archived) await archiveClass(ctx.db, input.classId, ctx.now());
      else await ctx.db.class.update({ where: { id: input.classId }, data: { archivedAt: null } });
      return { id: input.classId, archived: input.archived };
    }),

  /** One class with its join code and roster. */
  get: teacherProcedure.input(z.object({ classId: idSchema })).query(async ({ ctx, input }) => {
    const cls = await requireOwnClass(ctx, input.classId);
    const enrolments = await ctx.db.enrolment.findMany({
      where: { classId: input.classId },
      orderBy: { student: { name: "asc" } },
      select: {
        joinedAt: true,
        student: { select: { id: true, name: true, username: true, mustChangePassword: true } },
      },
    });
    return {
      ...cls,
      roster: enrolments.map((e) => ({
        id: e.student.id,
        name: e.student.name,
        username: e.student.username,
        joinedAt: e.joinedAt,
        // Still on the one-time password the teacher handed out.
        awaitingFirstSignIn: e.student.mustChangePassword,
      })),
    };
  }),

  /** Takes a student off the roster; their attempts and progress stay. */
  removeStudent: teacherProcedure
    .input(z.object({ classId: idSchema, studentId: idSchema }))
    .mutation(async ({ ctx, input }) => {
      await requireOwnClass(ctx, input.classId);
      const removed = await ctx.db.enrolment.deleteMany({
        where: { classId: input.classId, studentId: input.studentId },
      });
      if (removed.count === 0)
        throw new TRPCError({ code: "NOT_FOUND", message: "student not found in this class" });
      return { removed: true as const };
    }),

  /**
   * Creates accounts from a roster of names: generated usernames and one-time passwords, which
   * the students replace at first sign-in. Returns them once, with a CSV to print or download.
   */
  addStudents: teacherProcedure
    .input(
      z.object({
        classId: idSchema,
        names: z.array(z.string().trim().min(1).max(80)).min(1, "list at least one name").max(200),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const cls = await requireOwnClass(ctx, input.classId);
      // A username is taken if an account has it, or has its placeholder email (an address at
      // the placeholder domain someone signed up with before sign-up refused them).
      const existing = await ctx.db.user.findMany({
        select: { username: true, email: true },
        where: {
          OR: [
            { username: { not: null } },
            { email: { endsWith: `@${PLACEHOLDER_EMAIL_DOMAIN}` } },
          ],
        },
      });
      const taken = new Set(
        existing.flatMap((u) => [
          ...(u.username ? [u.username] : []),
          ...(u.email.toLowerCase().endsWith(`@${PLACEHOLDER_EMAIL_DOMAIN}`)
            ? [u.email.toLowerCase().split("@")[0]!]
            : []),
        ]),
      );
      const entries: (RosterEntry & { id: string; hash: string })[] = [];
      for (const name of input.names) {
        const username = usernameFor(name, taken);
        taken.add(username);
        const password = oneTimePassword();
        entries.push({
          id: randomUUID(),
          name,
          username,
          oneTimePassword: password,
          hash: await hashPassword(password),
        });
      }
      try {
        await createRosterAccounts();
      } catch (e) {
        // An account took one of these names in the meantime: nothing was created; say so.
        if (!isUniqueViolation(e)) throw e;
        throw new TRPCError({
          code: "CONFLICT",
          message: "a username on this roster was taken just now: add the students again",
        });
      }
      const students = entries.map(({ name, username, oneTimePassword: p }) => ({
        name,
        username,
        oneTimePassword: p,
      }));
      return { students, csv: rosterCsv(cls.name, cls.joinCode, students) };

      function createRosterAccounts() {
        return ctx.db.$transaction(
          entries.flatMap((e) => [
            ctx.db.user.create({
              data: {
                id: e.id,
                name: e.name,
                email: placeholderEmail(e.username),
                username: e.username,
                displayUsername: e.username,
                role: "student",
                mustChangePassword: true,
                accounts: {
                  create: {
                    id: `${e.id}-credential`,
                    providerId: "credential",
                    accountId: e.id,
                    password: e.hash,
                  },
                },
              },
            }),
            ctx.db.enrolment.create({
              data: { classId: cls.id, studentId: e.id, joinedAt: ctx.now() },
            }),
          ]),
        );
      }
    }),

  /** Joins a class by its code. */
  join: studentProcedure
    .input(
      z.object({
        joinCode: z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z0-9]{4,12}$/, "a join code is letters and digits"),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const keys: [string, GuessPolicy][] = [
        [`join:user:${ctx.user.id}`, JOIN_CODE_THROTTLE.student],
        [`join:address:${ctx.clientAddress ?? "unknown"}`, JOIN_CODE_THROTTLE.address],
      ];
      const now = ctx.now();
      const waits = await Promise.all(keys.map(([key]) => nextGuessAllowedAt(ctx.db, key, now)));
      const until = Math.max(0, ...waits.map((w) => w?.getTime() ?? 0));
      if (until > now.getTime()) {
        const seconds = Math.ceil((until - now.getTime()) / 1000);
        throw new TRPCError({
          code: "TOO_MANY_REQUESTS",
          message: `too many wrong join codes: wait ${seconds} second${seconds === 1 ? "" : "s"} and try again`,
        });
      }
      const cls = await ctx.db.class.findUnique({
        where: { joinCode: input.joinCode },
        select: { id: true, name: true, archivedAt: true },
      });
      if (!cls || cls.archivedAt) {
        for (const [key, policy] of keys) await recordFailedGuess(ctx.db, key, now, policy);
        throw new TRPCError({ code: "NOT_FOUND", message: "no open class has that join code" });
      }
      await clearFailedGuesses(ctx.db, keys[0]![0]);
      await ctx.db.enrolment.upsert({
        where: { classId_studentId: { classId: cls.id, studentId: ctx.user.id } },
        // The request's time (the E2E clock's too): assignments count from when they joined.
        create: { classId: cls.id, studentId: ctx.user.id, joinedAt: ctx.now() },
        update: {},
      });
      return { id: cls.id, name: cls.name };
    }),

  /** The student's classes. */
  mine: studentProcedure.query(async ({ ctx }) => {
    const enrolments = await ctx.db.enrolment.findMany({
      where: { studentId: ctx.user.id, class: { archivedAt: null } },
      orderBy: { joinedAt: "asc" },
      select: {
        joinedAt: true,
        class: { select: { id: true, name: true, teacher: { select: { name: true } } } },
      },
    });
    return enrolments.map((e) => ({
      id: e.class.id,
      name: e.class.name,
      teacher: e.class.teacher.name,
      joinedAt: e.joinedAt,
    }));
  }),
});
