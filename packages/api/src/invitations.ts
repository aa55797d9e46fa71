// Teacher invitations: a teacher account is made only with a code an existing teacher (or the
// command line) created. Kept in better-auth's verification table, one row per code, used once.
import { randomBytes } from "node:crypto";
import type { Database } from "@studykit/db";

const IDENTIFIER_PREFIX = "teacher-invitation:";
/** A new invitation code (128 bits, URL-safe), valid for `days` (7 by default). */
export async function createTeacherInvitation(
  db: Database,
  input: { invitedById: string | null; now: Date; days?: number },
): Promise<{ code: string; expiresAt: Date }> {
  const code = randomBytes(16).toString("base64url");
  const expiresAt = new Date(input.now.getTime() + (input.days ?? 7) * 86_400_000);
  await db.verification.create({
    data: {
      identifier: `${IDENTIFIER_PREFIX}${code}`,
      value: input.invitedById ?? "command-line",
      expiresAt,
    },
  });
  return { code, expiresAt };
}

/** Uses an invitation up: true if it existed and had not expired (one sign-up per code, even at once). */
export async function consumeTeacherInvitation(
  db: Database,
  code: string,
  now: Date,
): Promise<boolean> {
  const { count } = await db.verification.deleteMany({
    where: { identifier: `${IDENTIFIER_PREFIX}${code}`, expiresAt: { gt: now } },
  });
  return count === 1;
}
