import Link from "next/link";
import { AssignmentList } from "~/components/student/assignment-list";
import { ClassList, JoinClassForm } from "~/components/student/join-class";
import { requireUser } from "~/server/session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata = { title: "Your assignments" };
export const dynamic = "force-dynamic";

export default async function StudentHome() {
  const user = await requireUser("student");
  // Fetched here so the first paint already lists the work; the client keeps it fresh.
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.assignments.mine.queryOptions()),
    queryClient.prefetchQuery(trpc.classes.mine.queryOptions()),
  ]);
  const firstName = user.name.split(" ")[0] || user.name;

  return (
    <HydrateClient>
      <div className="space-y-6">
        <div>
          <h1 className="text-2xl font-bold">Hello, {firstName}</h1>
          <p className="mt-1 text-slate-700">
            Your assignments are below. Practice any article on your own, or see how you&apos;re
            doing.
          </p>
        </div>
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
          <section aria-labelledby="assignments-heading" className="min-w-0">
            <h2 id="assignments-heading" className="sr-only">
              Assignments
            </h2>
            <AssignmentList />
          </section>
          <aside className="space-y-4" aria-label="Practice, progress and classes">
            <nav aria-label="Study on your own" className="grid gap-3">
              <Link
                href="/student/practice"
                className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600"
              >
                <span className="font-semibold text-brand-700">Practice</span>
                <span className="mt-1 block text-sm text-slate-700">
                  Quiz yourself on any article, with answers as you go.
                </span>
              </Link>
              <Link
                href="/student/progress"
                className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600"
              >
                <span className="font-semibold text-brand-700">Your progress</span>
                <span className="mt-1 block text-sm text-slate-700">
                  Scores by week, facts you&apos;ve mastered and your study streak.
                </span>
              </Link>
            </nav>
            <section
              aria-labelledby="join-heading"
              className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
            >
              <h2 id="join-heading" className="font-semibold">
                Join a class
              </h2>
              <div className="mt-3">
                <JoinClassForm />
              </div>
              <h3 className="mt-5 text-sm font-semibold text-slate-900">Your classes</h3>
              <div className="mt-1">
                <ClassList />
              </div>
            </section>
          </aside>
        </div>
      </div>
    </HydrateClient>
  );
}
