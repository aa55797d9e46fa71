"use client";
// The student's progress as plain, accessible tables: study streak, scores by week and mastery
// of each article's key facts. Weeks follow the student's own calendar, so it asks with the
// browser's UTC offset.
import { MasteryChart, ReviewsChart, ScoresChart } from "~/components/charts/progress-charts";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "~/trpc/react";
import { ButtonLink } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { percent, plural } from "~/components/ui/format";
import { QueryError } from "~/components/ui/query-state";
import { useDeviceValue } from "~/hooks/use-device-value";
import { DateTime, viewerUtcOffset } from "~/components/ui/time";

const LEVEL_LABEL = { new: "Not started", learning: "Learning", mastered: "Mastered" } as const;

export function ProgressView() {
  const trpc = useTRPC();
  const utcOffsetMinutes = useDeviceValue<number | null>(viewerUtcOffset, null);
  const { data, error, refetch } = useQuery({
    ...trpc.progress.mine.queryOptions({ utcOffsetMinutes: utcOffsetMinutes ?? 0, weeks: 8 }),
    enabled: utcOffsetMinutes !== null,
  });

  if (error && !data)
    return (
      <QueryError
        look="panel"
        title="Your progress didn't load"
        error={error}
        onRetry={refetch}
        retryTone="secondary"
      />
    );
  if (!data) return <ProgressSkeleton />;

  const { streak, weeks, mastery, facts } = data;
  const anyScores = weeks.some((w) => w.attempts > 0);

  return (
    <div className="space-y-8">
      <section aria-labelledby="streak-heading">
        <h2 id="streak-heading" className="sr-only">
          At a glance
        </h2>
        <dl className="grid gap-3 sm:grid-cols-3">
          <Stat label="Study streak" value={plural(streak.current, "day")}>
            {streak.activeToday
              ? "You've studied today."
              : streak.current > 0
                ? "Study today to keep it going."
                : "Answer a question today to start one."}
          </Stat>
          <Stat label="Longest streak" value={plural(streak.longest, "day")} />
          {/* The same figures as Study's counter: both come from the server's one count. */}
          <Stat label="Reviews due today" value={String(data.reviews.dueToday)}>
            {data.reviews.dueToday + data.reviews.newToday > 0 ? (
              <>
                {data.reviews.newToday > 0 && `and ${plural(data.reviews.newToday, "new card")}. `}
                <Link href="/student/study" className="text-brand-700 underline">
                  Study them now
                </Link>
              </>
            ) : (
              "Nothing due today."
            )}
          </Stat>
        </dl>
      </section>

      <section aria-label="Charts" className="grid gap-4 md:grid-cols-2">
        <ScoresChart weeks={weeks} />
        <ReviewsChart byWeek={data.reviews.byWeek} />
        <div className="md:col-span-2">
          <MasteryChart mastery={mastery} />
        </div>
      </section>

      <section aria-labelledby="weeks-heading" className="space-y-2">
        <h2 id="weeks-heading" className="text-xl font-bold">
          Scores by week
        </h2>
        {!anyScores ? (
          <EmptyState
            title="No finished quizzes in the last 8 weeks"
            action={
              <ButtonLink size="lg" href="/student/practice">
                Practice an article
              </ButtonLink>
            }
          >
            Finish an assignment or a practice quiz and your weekly average shows here.
          </EmptyState>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full min-w-[20rem] text-left text-sm">
              <caption className="sr-only">
                Average score of the quizzes you finished each week, oldest first
              </caption>
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Week of
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Quizzes
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Average score
                  </th>
                </tr>
              </thead>
              <tbody>
                {weeks.map((w) => (
                  <tr key={w.weekStart} className="border-t border-slate-100">
                    <th scope="row" className="px-3 py-2 font-medium">
                      <DateTime value={`${w.weekStart}T12:00:00Z`} style="date" />
                    </th>
                    <td className="px-3 py-2">{w.attempts}</td>
                    <td className="px-3 py-2">
                      {w.averageScore === null ? (
                        <span className="text-slate-600">—</span>
                      ) : (
                        <span className="flex items-center gap-2">
                          <span className="w-10 tabular-nums">{percent(w.averageScore)}</span>
                          <span
                            aria-hidden="true"
                            className="hidden h-2 w-32 overflow-hidden rounded-full bg-slate-200 sm:block"
                          >
                            <span
                              className="block h-full bg-brand-600"
                              style={{ width: percent(w.averageScore) }}
                            />
                          </span>
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="mastery-heading" className="space-y-2">
        <h2 id="mastery-heading" className="text-xl font-bold">
          Key facts by article
        </h2>
        <p className="text-sm text-slate-700">
          A fact is mastered when you answer its questions right and would very likely still recall
          it today.
        </p>
        {mastery.length === 0 ? (
          <EmptyState title="No articles yet">
            Articles appear once your teacher adds them.
          </EmptyState>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">
                How many key facts of each article you have mastered
              </caption>
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Article
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Mastered
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Learning
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Not started
                  </th>
                </tr>
              </thead>
              <tbody>
                {mastery.map((m) => (
                  <tr key={m.articleId} className="border-t border-slate-100">
                    <th scope="row" className="px-3 py-2 font-medium">
                      <Link href={`/articles/${m.articleId}`} className="text-brand-700 underline">
                        {m.title}
                      </Link>
                    </th>
                    <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                      {m.mastered} of {m.total}
                    </td>
                    <td className="px-3 py-2 tabular-nums">{m.learning}</td>
                    <td className="px-3 py-2 tabular-nums">{m.new}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {facts && facts.items.length > 0 && (
        <section aria-labelledby="facts-heading" className="space-y-2">
          <h2 id="facts-heading" className="text-xl font-bold">
            Each fact in &ldquo;{facts.title}&rdquo;
          </h2>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full min-w-[20rem] text-left text-sm">
              <caption className="sr-only">Your mastery of each key fact in {facts.title}</caption>
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Key fact
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Level
                  </th>
                  <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                    Recent answers
                  </th>
                </tr>
              </thead>
              <tbody>
                {facts.items.map((f) => (
                  <tr key={f.factId} className="border-t border-slate-100 align-top">
                    <td className="px-3 py-2">
                      <Link
                        href={`/articles/${facts.articleId}#fact-${f.factId}`}
                        className="text-slate-900 hover:underline"
                      >
                        {f.text}
                      </Link>
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      <LevelBadge level={f.level} />
                    </td>
                    <td className="hidden px-3 py-2 sm:table-cell">
                      {f.recentAnswers.length === 0
                        ? "—"
                        : `${f.recentAnswers.filter(Boolean).length} of ${f.recentAnswers.length} right`}
                    </td>
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

function LevelBadge({ level }: { level: keyof typeof LEVEL_LABEL }) {
  const style =
    level === "mastered"
      ? "bg-green-100 text-green-900"
      : level === "learning"
        ? "bg-amber-100 text-amber-950"
        : "bg-slate-100 text-slate-800";
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${style}`}>
      {LEVEL_LABEL[level]}
    </span>
  );
}

function Stat({
  label,
  value,
  children,
}: {
  label: string;
  value: string;
  children?: React.ReactNode;
}) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="text-2xl font-bold text-slate-900">{value}</dd>
      {children && <dd className="mt-1 text-sm text-slate-700">{children}</dd>}
    </div>
  );
}

export function ProgressSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading your progress" className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-3">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-24 animate-pulse rounded-lg border border-slate-200 bg-white" />
        ))}
      </div>
      <div className="h-64 animate-pulse rounded-lg border border-slate-200 bg-white" />
    </div>
  );
}
