// The signed-in account: who am I, setting one's own password at first sign-in, and inviting
// another teacher.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "../auth";
import { createTeacherInvitation } from "../invitations";
import { protectedProcedure, publicProcedure, router, teacherProcedure } from "../trpc";

export const accountRouter = router({
  /** The session's user, or null when signed out. */
  me: publicProcedure.query(({ ctx }) => ctx.user),

  /** Replaces the one-time password a teacher handed out with the student's own. */
  completeFirstSignIn: protectedProcedure
    .input(
      z.object({
        currentPassword: z.string().min(1).max(128),
        newPassword: z.string().min(MIN_PASSWORD_LENGTH).max(128),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      if (input.newPassword === input.currentPassword) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "choose a password different from the one-time password",
        });
      }
      let changed;
      try {
        // Every other session ends (whoever read the printed one-time password is signed out);
        // this one goes on in the new session cookie better-auth returns.
        changed = await ctx.auth.api.changePassword({
          body: {
            currentPassword: input.currentPassword,
            newPassword: input.newPassword,
            revokeOtherSessions: true,
          },
          headers: ctx.headers,
          returnHeaders: true,
        });
      } catch {
        throw new TRPCError({ code: "BAD_REQUEST", message: "the current password is not right" });
      }
      for (const cookie of changed.headers.getSetCookie())
        ctx.resHeaders?.append("set-cookie", cookie);
      await ctx.db.user.update({ where: { id: ctx.user.id }, data: { mustChangePassword: false } });
      return { ok: true as const };
    }),

  /**
   * An invitation for another teacher: a code, used once within `days` (a week by default), that makes the sign-up
   * it comes with a teacher's account. Sign-up alone makes a student.
   */
  inviteTeacher: teacherProcedure
    .input(z.object({ days: z.number().int().min(1).max(14).default(7) }))
    .mutation(async ({ ctx, input }) =>
      createTeacherInvitation(ctx.db, {
        invitedById: ctx.user.id,
        now: ctx.now(),
        days: input.days,
      }),
    ),
});
