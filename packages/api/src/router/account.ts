// The signed-in account: who am I, and setting one's own password at first sign-in.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "../auth.ts";
import { protectedProcedure, publicProcedure, router } from "../trpc.ts";

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
      try {
        await ctx.auth.api.changePassword({
          body: { currentPassword: input.currentPassword, newPassword: input.newPassword },
          headers: ctx.headers,
        });
      } catch {
        throw new TRPCError({ code: "BAD_REQUEST", message: "the current password is not right" });
      }
      await ctx.db.user.update({ where: { id: ctx.user.id }, data: { mustChangePassword: false } });
      return { ok: true as const };
    }),
});
