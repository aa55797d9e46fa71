// Who may see what. A resource the caller may not see is NOT_FOUND, so its existence does
// not leak; a role that may never call a procedure gets FORBIDDEN from the procedure itself.
import { TRPCError } from "@trpc/server";
import type { ContextInner, SessionUser } from "../trpc.ts";

type Ctx = ContextInner & { user: SessionUser };

export function notFound(what: string): never {
  throw new TRPCError({ code: "NOT_FOUND", message: `${what} not found` });
}

export async function requireOwnClass(ctx: Ctx, classId: string) {
  const found = await ctx.db.class.findFirst({
    where: { id: classId, teacherId: ctx.user.id },
    select: { id: true, name: true, joinCode: true, archivedAt: true, createdAt: true },
  });
  return found ?? notFound("class");
}

export async function requireEnrolment(ctx: Ctx, classId: string) {
  const found = await ctx.db.enrolment.findUnique({
    where: { classId_studentId: { classId, studentId: ctx.user.id } },
    select: { id: true },
  });
  return found ?? notFound("class");
}

export async function requireOwnSet(ctx: Ctx, setId: string) {
  const found = await ctx.db.questionSet.findFirst({
    where: { id: setId, ownerId: ctx.user.id },
    select: { id: true, title: true, articleId: true },
  });
  return found ?? notFound("question set");
}

/** A student of the class, seen by the class's teacher. */
export async function requireStudentInOwnClass(ctx: Ctx, classId: string, studentId: string) {
  await requireOwnClass(ctx, classId);
  const enrolment = await ctx.db.enrolment.findUnique({
    where: { classId_studentId: { classId, studentId } },
    select: { student: { select: { id: true, name: true, username: true } } },
  });
  return enrolment?.student ?? notFound("student");
}
