"use client";
// The student's assignments, grouped by what to do about them, with start, resume and results.
import { useMutation, useQueries, useQuery } from "@tanstack/react-query";
import type { AppRouter } from "@studykit/api";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { attemptsWithUnsentAnswers } from "~/components/quiz/attempt-storage";
import { useTRPC } from "~/trpc/react";
import { buttonClass, ButtonLink } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { percent, plural } from "~/components/ui/format";
import { Notice } from "~/components/ui/notice";
import { LocalTime, TimeUntil } from "~/components/ui/time";
import { useHydrated } from "~/hooks/use-hydrated";
import { describeError } from "~/lib/api-error";
import { QueryError } from "~/components/ui/query-state";
import { useDeviceValue } from "~/hooks/use-device-value";

export type StudentAssignment = inferRouterOutputs<AppRouter>["assignments"]["mine"][number];

const DAY_MS = 86_400_000;

type AssignmentStatus = "not_started" | "in_progress" | "submitted" | "upcoming" | "missed";

const STATUS: Record<AssignmentStatus, { label: string; className: string }> = {
  not_started: { label: "Not started", className: "bg-slate-100 text-slate-800" },
  in_progress: { label: "In progress", className: "bg-amber-100 text-amber-950" },
  submitted: { label: "Submitted", className: "bg-green-100 text-green-900" },
  upcoming: { label: "Upcoming", className: "bg-brand-50 text-brand-800" },
  missed: { label: "Missed", className: "bg-red-100 text-red-900" },
};

function byDue(a: StudentAssignment, b: StudentAssignment): number {
  const da = a.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const db = b.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return da - db;
}

export function AssignmentList() {
  const trpc = useTRPC();
  const { data, error, isPending, refetch } = useQuery(trpc.assignments.mine.queryOptions());
  const classes = useQuery(trpc.classes.mine.queryOptions());

  if (isPending) return <AssignmentsSkeleton />;
  if (error && !data)
    return (
      <QueryError
        look="panel"
        title="Your assignments didn't load"
        error={error}
        onRetry={refetch}
        retryTone="secondary"
      />
    );

  if (data.length === 0) {
    const inAClass = (classes.data?.length ?? 0) > 0;
    return inAClass ? (
      <EmptyState
        title="No assignments yet"
        action={
          <ButtonLink size="lg" href="/student/practice">
            Practice an article
          </ButtonLink>
        }
      >
        Your teacher hasn&apos;t set any work for your class. Practice on your own in the meantime.
      </EmptyState>
    ) : (
      <EmptyState
        title="You're not in a class yet"
        action={
          <>
            <a href="#join-code" className={buttonClass("primary", "lg")}>
              Enter a class code
            </a>
            <ButtonLink size="lg" href="/student/practice" tone="outline">
              Practice on your own
            </ButtonLink>
          </>
        }
      >
        Ask your teacher for your class code and enter it below. Their assignments will appear here.
      </EmptyState>
    );
  }

  const todo = data
    .filter((a) => a.status === "in_progress" || a.status === "not_started")
    .sort(byDue);
  const upcoming = data
    .filter((a) => a.status === "upcoming")
    .sort((a, b) => a.opensAt.getTime() - b.opensAt.getTime());
  const done = data.filter((a) => a.status === "submitted").sort((a, b) => byDue(b, a));
  const missed = data.filter((a) => a.status === "missed").sort((a, b) => byDue(b, a));

  return (
    <div className="space-y-6">
      <UnsentAnswers />
      <AssignmentGroup id="todo" title="To do" items={todo}>
        <EmptyState title="You're all caught up">
          Nothing is waiting for you. Practice an article or check your progress.
        </EmptyState>
      </AssignmentGroup>
      {upcoming.length > 0 && <AssignmentGroup id="upcoming" title="Coming up" items={upcoming} />}
      {done.length > 0 && <AssignmentGroup id="done" title="Done" items={done} />}
      {missed.length > 0 && <AssignmentGroup id="missed" title="Missed" items={missed} />}
    </div>
  );
}

function AssignmentGroup({
  id,
  title,
  items,
  children,
}: {
  id: string;
  title: string;
  items: StudentAssignment[];
  children?: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`group-${id}`}>
      <h3 id={`group-${id}`} className="mb-2 text-lg font-semibold">
        {title} <span className="font-normal text-slate-600">({items.length})</span>
      </h3>
      {items.length === 0 ? (
        children
      ) : (
        <ul className="space-y-3">
          {items.map((a) => (
            <li key={a.id}>
              <AssignmentCard assignment={a} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AssignmentCard({ assignment: a }: { assignment: StudentAssignment }) {
  const hydrated = useHydrated();
  const status = STATUS[a.status as AssignmentStatus] ?? STATUS.not_started;
  const headingId = `assignment-${a.id}`;
  const dueSoon =
    hydrated &&
    a.dueAt !== null &&
    (a.status === "not_started" || a.status === "in_progress") &&
    msUntil(a.dueAt) < DAY_MS;
  const attemptsLeft =
    a.attemptsAllowed === null ? null : Math.max(0, a.attemptsAllowed - a.attemptsUsed);

  return (
    <article
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-start sm:justify-between"
    >
      <div className="min-w-0 space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <h4 id={headingId} className="font-semibold text-slate-900">
            {a.title}
          </h4>
          <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${status.className}`}>
            {status.label}
          </span>
        </div>
        <p className="text-sm text-slate-700">
          {a.class.name} · {plural(a.questions, "question")}
        </p>
        <p className="text-sm text-slate-700">
          {a.status === "upcoming" ? (
            <>
              Opens <LocalTime date={a.opensAt} />
            </>
          ) : a.dueAt ? (
            <>
              {a.status === "missed" ? "Was due" : "Due"} <LocalTime date={a.dueAt} />
              {a.status !== "missed" && a.status !== "submitted" && (
                <span className={dueSoon ? "font-semibold text-amber-900" : ""}>
                  {" "}
                  (<TimeUntil date={a.dueAt} />)
                </span>
              )}
            </>
          ) : (
            "No due date"
          )}
        </p>
        {(a.bestScore !== null || a.attemptsUsed > 0) && (
          <p className="text-sm text-slate-700">
            {a.bestScore !== null && (
              <>
                Best score <strong className="text-slate-900">{percent(a.bestScore)}</strong>
                {" · "}
              </>
            )}
            {a.attemptsAllowed === null
              ? `${plural(a.attemptsUsed, "attempt")} so far`
              : `${a.attemptsUsed} of ${plural(a.attemptsAllowed, "attempt")} used`}
          </p>
        )}
      </div>
      <AssignmentActions assignment={a} attemptsLeft={attemptsLeft} />
    </article>
  );
}

function AssignmentActions({
  assignment: a,
  attemptsLeft,
}: {
  assignment: StudentAssignment;
  attemptsLeft: number | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const start = useMutation(
    trpc.attempts.start.mutationOptions({
      onSuccess: ({ attemptId }) =>
        startNavigation(() => router.push(`/student/attempts/${attemptId}`)),
      onError: (e) => setError(describeError(e, "That assignment could not be started.")),
    }),
  );
  const busy = start.isPending || navigating;

  return (
    <div className="flex shrink-0 flex-col items-stretch gap-2 sm:items-end">
      <div className="flex flex-wrap gap-2 sm:justify-end">
        {a.inProgressAttemptId ? (
          <ButtonLink size="lg" href={`/student/attempts/${a.inProgressAttemptId}`}>
            Resume<span className="sr-only"> {a.title}</span>
          </ButtonLink>
        ) : (
          a.canStart && (
            <button
              type="button"
              className={
                a.status === "submitted"
                  ? buttonClass("outline", "lg")
                  : buttonClass("primary", "lg")
              }
              disabled={busy}
              aria-busy={busy}
              onClick={() => {
                setError(null);
                start.mutate({ assignmentId: a.id });
              }}
            >
              {busy ? "Opening…" : a.status === "submitted" ? "Try again" : "Start"}
              <span className="sr-only"> {a.title}</span>
            </button>
          )
        )}
        {a.lastSubmittedAttemptId && (
          <ButtonLink
            href={`/student/attempts/${a.lastSubmittedAttemptId}/results`}
            tone="secondary"
          >
            Results<span className="sr-only"> for {a.title}</span>
          </ButtonLink>
        )}
      </div>
      {a.status === "submitted" && !a.canStart && (
        <p className="text-sm text-slate-600">
          {attemptsLeft === 0 ? "No attempts left" : "Closed: the due date has passed"}
        </p>
      )}
      {a.status === "missed" && (
        <p className="max-w-xs text-sm text-slate-700">
          This closed before you started. You can still{" "}
          <Link href="/student/practice" className="text-brand-700 underline">
            practice the article
          </Link>
          .
        </p>
      )}
      {error && (
        <p role="alert" className="max-w-xs text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

function AssignmentsSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading your assignments" className="space-y-3">
      {[0, 1, 2].map((i) => (
        <div key={i} className="h-24 animate-pulse rounded-lg border border-slate-200 bg-white" />
      ))}
    </div>
  );
}

const NO_IDS: string[] = [];

/** Milliseconds from now until a date (read after hydration: the server's clock would be stale). */
function msUntil(date: Date): number {
  return date.getTime() - Date.now();
}

/** Answers this device still holds for a quiz (given offline, say): point the student back to it. */
function UnsentAnswers() {
  const trpc = useTRPC();
  const ids = useDeviceValue(attemptsWithUnsentAnswers, NO_IDS);
  // Only this student's quizzes: on a shared computer another student's may be waiting too.
  const attempts = useQueries({
    queries: ids.map((attemptId) => ({
      ...trpc.attempts.get.queryOptions({ attemptId }),
      retry: false,
    })),
  });
  const mine = attempts.flatMap((q) => (q.data?.status === "in_progress" ? [q.data] : []));
  if (mine.length === 0) return null;
  return (
    <Notice size="lg" role={null} tone="warning" title="Some answers haven't been sent yet">
      <p>They are kept on this device. Open the quiz while online and they are sent at once.</p>
      <ul className="mt-2 space-y-1">
        {mine.map((attempt) => (
          <li key={attempt.id}>
            <Link
              href={`/student/attempts/${attempt.id}`}
              className="font-medium text-brand-800 underline"
            >
              Open {attempt.title} to send its answers
            </Link>
          </li>
        ))}
      </ul>
    </Notice>
  );
}
