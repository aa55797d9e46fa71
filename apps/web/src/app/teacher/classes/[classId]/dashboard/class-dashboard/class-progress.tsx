"use client";
// Progress over the weeks in the teacher's own calendar: scores and mastery charts, who is
// falling behind, and the same numbers as tables.
import { useQuery } from "@tanstack/react-query";
import { MasteryChart, ScoresChart } from "~/components/charts/progress-charts";
import { ScoresByWeekTable } from "~/components/charts/scores-by-week-table";
import { EmptyState } from "~/components/ui/empty-state";
import { percent, plural } from "~/components/ui/format";
import { QueryError } from "~/components/ui/query-state";
import { ScrollTable, td, th } from "~/components/ui/scroll-table";
import { Section } from "~/components/ui/section";
import { Skeleton } from "~/components/ui/skeleton";
import { viewerUtcOffset } from "~/components/ui/time";
import { useHydrated } from "~/hooks/use-hydrated";
import { useTRPC } from "~/trpc/react";
import { FallingBehind } from "./falling-behind";

export function ClassProgress({ classId }: { classId: string }) {
  const trpc = useTRPC();
  const hydrated = useHydrated();
  // Weeks follow the teacher's own calendar, which only the browser knows.
  const progress = useQuery({
    ...trpc.progress.class.queryOptions({ classId, utcOffsetMinutes: viewerUtcOffset(), weeks: 8 }),
    enabled: hydrated,
  });
  return (
    <Section
      id="progress-heading"
      title="Progress over time"
      description="Submitted assignments per week, and how many key facts the students have mastered."
    >
      {!progress.data ? (
        progress.isError ? (
          <QueryError
            title="Progress could not be loaded."
            error={progress.error}
            onRetry={progress.refetch}
          />
        ) : (
          <div role="status">
            <span className="sr-only">Loading progress…</span>
            <Skeleton className="h-40" />
          </div>
        )
      ) : progress.data.students === 0 ? (
        <EmptyState title="No progress to show yet">
          <p>Week-by-week scores and mastered facts appear once students join and work.</p>
        </EmptyState>
      ) : (
        <>
          <div className="mb-6 grid gap-4 lg:grid-cols-2">
            <ScoresChart weeks={progress.data.weeks} title="Class scores by week" />
            <MasteryChart mastery={progress.data.mastery} />
          </div>
          <FallingBehind rows={progress.data.fallingBehind} classId={classId} />
          <div className="grid gap-6 lg:grid-cols-2">
            <div>
              <h3 className="mb-2 font-semibold">Scores by week</h3>
              <ScoresByWeekTable
                weeks={progress.data.weeks}
                caption="Attempts submitted and their average score, week by week"
              />
            </div>
            <div>
              <h3 className="mb-2 font-semibold">Key facts mastered</h3>
              <ScrollTable label="Key facts mastered per article">
                <table className="w-full text-left">
                  <caption className="sr-only">
                    Key facts per article, summed over the{" "}
                    {plural(progress.data.students, "student")}: new, learning and mastered
                  </caption>
                  <thead>
                    <tr className="border-b border-slate-300">
                      <th scope="col" className={th}>
                        Article
                      </th>
                      <th scope="col" className={th}>
                        Mastered
                      </th>
                      <th scope="col" className={th}>
                        Learning
                      </th>
                      <th scope="col" className={th}>
                        New
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {progress.data.mastery.map((m) => {
                      const total = m.mastered + m.learning + m.new;
                      return (
                        <tr key={m.articleId} className="border-b border-slate-100">
                          <th scope="row" className={`${td} font-normal`}>
                            {m.title}
                          </th>
                          <td className={td}>
                            {m.mastered}
                            {total > 0 && (
                              <span className="text-slate-700">
                                {" "}
                                ({percent(m.mastered / total)})
                              </span>
                            )}
                          </td>
                          <td className={td}>{m.learning}</td>
                          <td className={td}>{m.new}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </ScrollTable>
              <p className="mt-2 text-sm text-slate-700">
                Counted per student and fact: {plural(progress.data.students, "student")} × each
                article&rsquo;s key facts.
              </p>
            </div>
          </div>
        </>
      )}
    </Section>
  );
}
