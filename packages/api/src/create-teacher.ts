// A teacher's account from the command line (the first teacher of a school, or any other), by the
// same path as an invited sign-up: an invitation made here and used at once.
import { randomBytes } from "node:crypto";
import type { Database } from "@studykit/db";
import type { StudyKitAuth } from "./auth";
import { createTeacherInvitation } from "./invitations";

export interface NewTeacher {
  name: string;
  email: string;
  username?: string;
  /** Generated (and returned) when not given. */
  password?: string;
}

export async function createTeacherAccount(
  db: Database,
  auth: StudyKitAuth,
  input: NewTeacher,
): Promise<{ id: string; email: string; username: string | null; password: string }> {
  const password = input.password ?? randomBytes(12).toString("base64url");
  const { code } = await createTeacherInvitation(db, { invitedById: null, now: new Date() });
  const { user } = await auth.api.signUpEmail({
    body: {
      name: input.name,
      email: input.email,
      password,
      ...(input.username ? { username: input.username } : {}),
      invitation: code,
    } as NonNullable<Parameters<StudyKitAuth["api"]["signUpEmail"]>[0]>["body"],
  });
  // Made here, not signed in anywhere: the session sign-up opened is not anyone's.
  await db.session.deleteMany({ where: { userId: user.id } });
  const stored = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { id: true, email: true, username: true, role: true },
  });
  if (stored.role !== "teacher") throw new Error("the account was not made a teacher");
  return { id: stored.id, email: stored.email, username: stored.username, password };
}
