"use client";
// One student's progress as their teacher sees it: scores by week, study streak and mastery of
// each key fact.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ScoresByWeekTable } from "~/components/charts/scores-by-week-table";
import { useTRPC } from "~/trpc/react";
import { useState } from "react";
import { Badge } from "~/components/ui/badge";
import { plural } from "~/components/ui/format";
import { inputClass } from "~/components/ui/input";
import { PageHeader } from "~/components/ui/page-header";
import { ScrollTable, td, th } from "~/components/ui/scroll-table";
import { Section } from "~/components/ui/section";
import { PageSkeleton } from "~/components/ui/skeleton";
import { DateTime, viewerUtcOffset } from "~/components/ui/time";
import { useHydrated } from "~/hooks/use-hydrated";
import { QueryError } from "~/components/ui/query-state";

const LEVEL = {
  mastered: { label: "Mastered", tone: "success" },
  learning: { label: "Learning", tone: "warning" },
  new: { label: "New", tone: "neutral" },
} as const;

export function StudentProgressView({
  classId,
  studentId,
}: {
  classId: string;
  studentId: string;
}) {
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const cls = useQuery(trpc.classes.get.queryOptions({ classId }));
  const [articleId, setArticleId] = useState<string | undefined>(undefined);
  const progress = useQuery({
    ...trpc.progress.student.queryOptions({
      classId,
      studentId,
      utcOffsetMinutes: viewerUtcOffset(),
      weeks: 8,
      ...(articleId ? { articleId } : {}),
    }),
    enabled: hydrated,
    placeholderData: keepPreviousData,
  });
  const crumbs = [
    { href: "/teacher", label: "Classes" },
    { href: `/teacher/classes/${classId}`, label: cls.data?.name ?? "Class" },
    { href: `/teacher/classes/${classId}/dashboard`, label: "Dashboard" },
    { label: progress.data?.student.name ?? "Student" },
  ];
  if (!progress.data) {
    return progress.isError ? (
      <div>
        <PageHeader crumbs={crumbs} title="Student progress" />
        <QueryError
          title="This student’s progress could not be loaded."
          error={progress.error}
          onRetry={progress.refetch}
        />
      </div>
    ) : (
      <PageSkeleton label="Loading the student's progress…" />
    );
  }
  const p = progress.data;
  return (
    <div>
      <PageHeader
        crumbs={crumbs}
        title={`${p.student.name}: progress`}
        description={
          p.student.username ? <p className="font-mono text-sm">{p.student.username}</p> : null
        }
      />
      <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {[
          { label: "Current streak", value: plural(p.streak.current, "day") },
          { label: "Longest streak", value: plural(p.streak.longest, "day") },
          { label: "Studied today", value: p.streak.activeToday ? "Yes" : "Not yet" },
          {
            label: "Last active",
            value: p.streak.lastActiveDay ? (
              <DateTime value={`${p.streak.lastActiveDay}T12:00:00Z`} style="date" />
            ) : (
              "Never"
            ),
          },
        ].map((c) => (
          <div key={c.label} className="rounded-lg border border-slate-200 bg-white p-3">
            <dt className="text-sm text-slate-700">{c.label}</dt>
            <dd className="text-xl font-bold">{c.value}</dd>
          </div>
        ))}
      </dl>
      <Section
        id="weeks-heading"
        title="Scores by week"
        description="Every submitted attempt counts, practice included."
      >
        <ScoresByWeekTable
          weeks={p.weeks}
          caption="Attempts and average score per week"
          tableClassName="w-full min-w-[20rem] text-left"
        />
      </Section>
      <Section id="mastery-heading" title="Key facts">
        {p.mastery.length > 1 && (
          <div className="mb-3 max-w-md">
            <label htmlFor="progress-article" className="block font-medium">
              Article
            </label>
            <select
              id="progress-article"
              className={`${inputClass} mt-1`}
              value={p.facts?.articleId ?? ""}
              onChange={(e) => setArticleId(e.target.value)}
            >
              {p.mastery.map((m) => (
                <option key={m.articleId} value={m.articleId}>
                  {m.title}
                </option>
              ))}
            </select>
          </div>
        )}
        {p.mastery.map((m) =>
          m.articleId === p.facts?.articleId ? (
            <p key={m.articleId} className="mb-3 text-slate-700">
              {m.mastered} of {m.total} key facts mastered, {m.learning} being learned, {m.new} not
              met yet.
            </p>
          ) : null,
        )}
        <p className="mb-3 text-sm text-slate-700">
          Levels count the answers given in your classes&rsquo; assignments: three right in a row is
          mastered. The student&rsquo;s own study reviews span all their classes and are not shown
          here.
        </p>
        {p.facts && (
          <ScrollTable label="Mastery of each key fact">
            <table className="w-full min-w-[28rem] text-left">
              <caption className="sr-only">Mastery of each key fact of {p.facts.title}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className={th}>
                    Fact
                  </th>
                  <th scope="col" className={th}>
                    Level
                  </th>
                  <th scope="col" className={th}>
                    Recent answers
                  </th>
                </tr>
              </thead>
              <tbody>
                {p.facts.items.map((f) => (
                  <tr key={f.factId} className="border-b border-slate-100">
                    <th scope="row" className={`${td} font-normal`}>
                      {f.text}
                    </th>
                    <td className={td}>
                      <Badge tone={LEVEL[f.level].tone}>{LEVEL[f.level].label}</Badge>
                    </td>
                    <td className={td}>
                      {f.recentAnswers.length === 0 ? (
                        <span className="text-slate-700">None</span>
                      ) : (
                        <span>
                          <span aria-hidden="true" className="font-mono tracking-wider">
                            {f.recentAnswers.map((c) => (c ? "✓" : "✗")).join(" ")}
                          </span>
                          <span className="sr-only">
                            {f.recentAnswers.filter(Boolean).length} of {f.recentAnswers.length}{" "}
                            recent answers right
                          </span>
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </Section>
    </div>
  );
}
