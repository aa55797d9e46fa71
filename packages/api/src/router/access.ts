// Who may see what. A resource the caller may not see is NOT_FOUND, so its existence does
// not leak; a role that may never call a procedure gets FORBIDDEN from the procedure itself.
import { TRPCError } from "@trpc/server";
import type { Prisma } from "@studykit/db";
import type { ContextInner, SessionUser } from "../trpc";

type Ctx = ContextInner & { user: SessionUser };

export function notFound(what: string): never {
  throw new TRPCError({ code: "NOT_FOUND", message: `${what} not found` });
}

/** The assignments a student sees: live ones, in the live classes they are enrolled in. */
export const assignmentsOfStudent = (studentId: string) =>
  ({
    archivedAt: null,
    class: { archivedAt: null, enrolments: { some: { studentId } } },
  }) satisfies Prisma.AssignmentWhereInput;

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
    select: { id: true, title: true, archivedAt: true },
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

/** Whether a teacher may review an article's kit: the one who added it, or anyone if no one did. */
export const mayEditArticle = (addedById: string | null, userId: string) =>
  addedById === null || addedById === userId;

/** The article, if the caller may review and edit its facts and questions; FORBIDDEN otherwise. */
export async function requireArticleEditor(ctx: Ctx, articleId: string) {
  const found = await ctx.db.article.findUnique({
    where: { id: articleId },
    select: { id: true, addedById: true },
  });
  if (!found) notFound("article");
  if (!mayEditArticle(found.addedById, ctx.user.id)) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "only the teacher who added this article can review or edit its questions and facts",
    });
  }
  return found;
}

/**
 * Refuses a change to questions that another teacher's assignment uses: editing, disabling or
 * rejecting them would silently rewrite what that teacher's class is asked (and the key it is
 * marked against). The editor can copy the question into a new set of their own instead.
 */
export async function requireNotInOthersAssignments(ctx: Ctx, questionIds: readonly string[]) {
  const inUse = await ctx.db.assignment.findFirst({
    where: {
      archivedAt: null,
      class: { archivedAt: null },
      set: {
        ownerId: { not: ctx.user.id },
        items: { some: { questionId: { in: [...questionIds] } } },
      },
    },
    select: { id: true },
  });
  if (inUse) {
    throw new TRPCError({
      code: "CONFLICT",
      message:
        "another teacher's assignment uses this question: it cannot be changed while that assignment is live",
    });
  }
}
