"use client";
// Each student's completion, average score and last activity, sortable by any column; on a
// phone the last column folds into the name.
import Link from "next/link";
import { useState } from "react";
import type { ClassDashboard } from "~/components/teacher/types";
import { Badge } from "~/components/ui/badge";
import { buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { percent } from "~/components/ui/format";
import { ScrollTable, td, th } from "~/components/ui/scroll-table";
import { Section } from "~/components/ui/section";
import { ShareBar } from "~/components/ui/share-bar";
import { Ago } from "~/components/ui/time";
import { nextSort, sortStudents, type SortKey } from "./sort-students";

export function StudentsTable({ classId, d }: { classId: string; d: ClassDashboard }) {
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({
    key: "name",
    ascending: true,
  });
  const rows = sortStudents(d.students, sort.key, sort.ascending);
  const header = (key: SortKey, label: string, className = "") => {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        className={`${th} ${className}`}
        aria-sort={active ? (sort.ascending ? "ascending" : "descending") : undefined}
      >
        <button
          type="button"
          className="inline-flex items-center gap-1 rounded font-semibold hover:underline"
          onClick={() => setSort(nextSort(sort, key))}
        >
          {label}
          <span aria-hidden="true" className="text-slate-700">
            {active ? (sort.ascending ? "▲" : "▼") : "↕"}
          </span>
        </button>
      </th>
    );
  };
  return (
    <Section
      id="students-heading"
      title="Students"
      description="Completion counts the assignments open while each student was in the class; the average is each student’s best score per assignment."
    >
      {d.students.length === 0 ? (
        <EmptyState
          title="No students in this class yet"
          action={
            <Link href={`/teacher/classes/${classId}`} className={buttonClass("primary")}>
              Add students
            </Link>
          }
        >
          <p>Results appear here as soon as students join and submit their first assignment.</p>
        </EmptyState>
      ) : (
        <ScrollTable label="Students’ completion and scores">
          <table className="w-full text-left sm:min-w-[36rem]">
            <caption className="sr-only">
              Completion, average score and last activity per student. Column headers sort the
              table.
            </caption>
            <thead>
              <tr className="border-b border-slate-300">
                {header("name", "Student")}
                {header("completed", "Completed")}
                {header("averageScore", "Average score")}
                {header("lastActive", "Last active", "hidden sm:table-cell")}
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.id} className="border-b border-slate-100">
                  <th scope="row" className={`${td} font-medium`}>
                    <Link
                      href={`/teacher/classes/${classId}/students/${s.id}`}
                      className="text-brand-700 underline-offset-2 hover:underline"
                    >
                      {s.name}
                    </Link>
                    {s.username && (
                      <span className="block font-mono text-xs font-normal text-slate-700">
                        {s.username}
                      </span>
                    )}
                    {/* On a phone the last column folds in here. */}
                    <span className="block text-xs font-normal text-slate-700 sm:hidden">
                      {s.lastActive ? (
                        <>
                          Active <Ago value={s.lastActive} />
                        </>
                      ) : (
                        "Not active yet"
                      )}
                    </span>
                  </th>
                  <td className={td}>
                    <ShareBar
                      value={s.assigned ? s.completed / s.assigned : 0}
                      label={`${s.completed} of ${s.assigned}`}
                      inTable
                    />
                  </td>
                  <td className={td}>
                    {s.averageScore === null ? (
                      <span className="text-slate-700">No results yet</span>
                    ) : (
                      <>
                        {percent(s.averageScore)}{" "}
                        {s.averageScore < 0.5 && <Badge tone="warning">Needs support</Badge>}
                      </>
                    )}
                  </td>
                  <td className={`${td} hidden sm:table-cell`}>
                    <Ago value={s.lastActive} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </Section>
  );
}
