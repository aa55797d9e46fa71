// The signed-in user for server components, and redirects for pages that need one.
import { redirect } from "next/navigation";
import type { SessionUser } from "@studykit/api";
import { serverApi } from "./app";

export async function currentUser(): Promise<SessionUser | null> {
  return (await serverApi()).account.me();
}

/** Sends the visitor to sign in, or to the right home for their role. */
export async function requireUser(role?: "teacher" | "student"): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  if (user.role === "student" && user.mustChangePassword) redirect("/welcome");
  if (role && user.role !== role) redirect(user.role === "teacher" ? "/teacher" : "/student");
  return user;
}
