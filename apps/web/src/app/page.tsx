import Link from "next/link";
import { redirect } from "next/navigation";
import { demoCredentials, DEMO_TEACHER } from "@studykit/db";
import { app } from "~/server/app";
import { currentUser } from "~/server/session";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const user = await currentUser();
  if (user)
    redirect(
      user.role === "teacher" ? "/teacher" : user.mustChangePassword ? "/welcome" : "/student",
    );
  // On a fresh install the demo accounts are there to try; once an admin removes them, so is this list.
  const demo =
    (await app().db.user.count({ where: { id: DEMO_TEACHER.id } })) > 0 ? demoCredentials() : [];
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Learn the news, not just read it</h1>
        <p className="max-w-2xl text-lg text-slate-700">
          StudyKit turns a news article into key facts, quizzes of seven kinds and spaced review.
          Every question cites the sentence it came from, and a claim stays a claim:
          &ldquo;according to officials&rdquo; is never turned into a fact. Teachers assign question
          sets to their classes and see who learned what, week by week.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link
            href="/sign-in"
            className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          >
            Sign in
          </Link>
          <Link
            href="/sign-up"
            className="rounded border border-brand-600 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
          >
            Create an account
          </Link>
        </div>
      </section>
      {demo.length > 0 && (
        <section
          aria-labelledby="demo-heading"
          className="rounded-lg border border-slate-200 bg-white p-4"
        >
          <h2 id="demo-heading" className="text-lg font-semibold">
            Try the demo accounts
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            A demo class, &ldquo;Year 10 Current Affairs&rdquo;, comes with a few weeks of history.
            Sign in with a username and password below.
          </p>
          <div className="mt-3 overflow-x-auto">
            <table className="w-full min-w-[20rem] text-left text-sm">
              <caption className="sr-only">Demo accounts</caption>
              <thead>
                <tr className="border-b border-slate-200">
                  <th scope="col" className="py-1 pr-4">
                    Role
                  </th>
                  <th scope="col" className="py-1 pr-4">
                    Username
                  </th>
                  <th scope="col" className="py-1">
                    Password
                  </th>
                </tr>
              </thead>
              <tbody>
                {demo.map((d) => (
                  <tr key={d.username} className="border-b border-slate-100">
                    <td className="py-1 pr-4">{d.role}</td>
                    <td className="py-1 pr-4 font-mono">{d.username}</td>
                    <td className="py-1 font-mono">{d.password}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
