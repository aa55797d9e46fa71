"use client";
// Item analysis for one assignment at a time (the latest unless one is chosen): what the numbers
// mean, the assignment picker and the table.
import type { ClassDashboard } from "~/components/teacher/types";
import { EmptyState } from "~/components/ui/empty-state";
import { plural } from "~/components/ui/format";
import { inputClass } from "~/components/ui/input";
import { Section } from "~/components/ui/section";
import { ItemTable } from "./item-table";

export function ItemAnalysisSection({
  d,
  chosen,
  onChoose,
  updating,
}: {
  d: ClassDashboard;
  chosen: string;
  onChoose: (id: string) => void;
  updating: boolean;
}) {
  const ia = d.itemAnalysis;
  return (
    <Section
      id="item-analysis-heading"
      title="Item analysis"
      description={
        <details>
          <summary className="cursor-pointer text-brand-700 underline">
            What these numbers mean
          </summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>
              <strong>Facility</strong>: the average score on the question. Below 30% the class
              found it hard; above 90% it may be too easy.
            </li>
            <li>
              <strong>Discrimination</strong>: how well the question separates stronger from weaker
              students (from −1 to 1). 0.3 or more is good; below 0.2 is weak; a negative value
              often means a wrong answer key or a misleading wording.
            </li>
            <li>
              <strong>Wrong options chosen</strong>: the wrong answers students picked, most common
              first. A popular wrong option points at a misconception.
            </li>
          </ul>
          <p className="mt-2">Each student&rsquo;s first submitted attempt counts.</p>
        </details>
      }
    >
      {d.assignments.length === 0 ? (
        <EmptyState title="No assignments yet">
          <p>Item analysis appears once students have submitted an assignment.</p>
        </EmptyState>
      ) : (
        <>
          <div className="mb-3 flex flex-wrap items-end gap-3">
            <div className="w-full min-w-0 sm:w-auto sm:max-w-md sm:flex-1">
              <label htmlFor="item-analysis-assignment" className="block font-medium">
                Assignment
              </label>
              <select
                id="item-analysis-assignment"
                className={`${inputClass} mt-1`}
                value={chosen}
                onChange={(e) => onChoose(e.target.value)}
              >
                {!chosen && <option value="">Choose an assignment</option>}
                {d.assignments.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.title}
                  </option>
                ))}
              </select>
            </div>
            <span role="status" className="text-sm text-slate-700">
              {updating ? "Updating…" : ia ? `Based on ${plural(ia.attempts, "student")}.` : ""}
            </span>
          </div>
          {!ia ? (
            <EmptyState title="No submissions yet">
              <p>Choose an assignment above, or wait until students submit one.</p>
            </EmptyState>
          ) : ia.attempts === 0 ? (
            <EmptyState title={`No one has submitted “${ia.title}” yet`}>
              <p>The analysis fills in as students hand it in.</p>
            </EmptyState>
          ) : (
            <ItemTable ia={ia} />
          )}
        </>
      )}
    </Section>
  );
}
