"use client";
// The teacher's question sets, newest first, each a click from being viewed or assigned; the
// archived ones behind a switch.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { AssignDialog } from "~/components/teacher/assign-dialog/assign-dialog";
import type { RouterOutputs } from "~/components/teacher/types";
import { useTRPC } from "~/trpc/react";
import { Badge } from "~/components/ui/badge";
import { buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { plural } from "~/components/ui/format";
import { ListLoading, ListTable } from "~/components/ui/list-table";
import { PageHeader } from "~/components/ui/page-header";
import { td } from "~/components/ui/scroll-table";
import { SuccessNotice } from "~/components/ui/success-notice";
import { DateTime, formatDate } from "~/components/ui/time";
import { QueryError } from "~/components/ui/query-state";

type QuestionSet = RouterOutputs["sets"]["list"][number];

export function SetsList() {
  const trpc = useTRPC();
  const params = useSearchParams();
  const [archived, setArchived] = useState(false);
  const sets = useQuery(trpc.sets.list.queryOptions(archived ? { archived: true } : undefined));
  // The set stays chosen after the dialog closes, so the dialog can hand focus back cleanly.
  const [assigning, setAssigning] = useState<QuestionSet | null>(null);
  const [assignOpen, setAssignOpen] = useState(false);
  const deleted = params.get("deleted");
  const [notice, setNotice] = useState<string | null>(
    deleted ? `Deleted the set “${deleted}”.` : null,
  );
  return (
    <div>
      <PageHeader
        title="Question sets"
        description={
          <p>
            A set is the questions you assign to a class. Pick them by hand from the bank, or ask
            for a mix of types and difficulty.
          </p>
        }
        actions={
          <Link href="/teacher/sets/new" className={buttonClass("primary")}>
            Build a new set
          </Link>
        }
      />
      <SuccessNotice message={notice} onDismiss={() => setNotice(null)} />
      <label className="mb-4 flex items-center gap-2">
        <input type="checkbox" checked={archived} onChange={(e) => setArchived(e.target.checked)} />
        Show archived sets instead
      </label>
      {sets.isPending ? (
        <ListLoading label="Loading your sets…" />
      ) : sets.isError ? (
        <QueryError
          title="Your sets could not be loaded."
          error={sets.error}
          onRetry={sets.refetch}
        />
      ) : sets.data.length === 0 && archived ? (
        <EmptyState title="No archived sets">
          <p>A set you archive is kept here, with its assignments and results.</p>
        </EmptyState>
      ) : sets.data.length === 0 ? (
        <EmptyState
          title="No question sets yet"
          action={
            <Link href="/teacher/sets/new" className={buttonClass("primary")}>
              Build your first set
            </Link>
          }
        >
          <p>
            Build a set from the question bank, then assign it to a class with a due date and
            feedback settings.
          </p>
        </EmptyState>
      ) : (
        <ListTable
          label="Your question sets"
          caption="Your question sets, newest first"
          minWidth="sm:min-w-[40rem]"
          columns={["Set", "Questions", "Made", "Assigned"]}
        >
          {sets.data.map((s) => (
            <tr key={s.id} className="border-b border-slate-100">
              <th scope="row" className={`${td} font-medium`}>
                <Link
                  href={`/teacher/sets/${s.id}`}
                  className="text-brand-700 underline-offset-2 hover:underline"
                >
                  {s.title}
                </Link>
                <span className="block text-sm font-normal text-slate-700">
                  {s.articles.length === 0
                    ? "No article"
                    : s.articles.map((a) => a.title).join(" · ")}
                </span>
                {/* On a phone the other columns fold in here. */}
                <span className="mt-1 block text-sm font-normal text-slate-700 sm:hidden">
                  {plural(s.questions, "question")} ·{" "}
                  {s.source === "manual" ? "picked by hand" : "a mix"} ·{" "}
                  {s.assignments === 0
                    ? "not assigned yet"
                    : `assigned ${plural(s.assignments, "time")}`}
                </span>
              </th>
              <td className={`${td} hidden sm:table-cell`}>{s.questions}</td>
              <td className={`${td} hidden sm:table-cell`}>
                <Badge tone={s.source === "manual" ? "neutral" : "brand"}>
                  {s.source === "manual" ? "By hand" : "As a mix"}
                </Badge>
                <span className="block text-sm text-slate-700">
                  <DateTime value={s.createdAt} style="date" />
                </span>
              </td>
              <td className={`${td} hidden sm:table-cell`}>
                {s.assignments === 0 ? (
                  <span className="text-slate-700">Not yet</span>
                ) : (
                  plural(s.assignments, "time")
                )}
              </td>
              <td className={`${td} text-right`}>
                {s.archivedAt ? (
                  <Badge tone="neutral">Archived</Badge>
                ) : (
                  <button
                    type="button"
                    className={buttonClass("secondary", "sm")}
                    onClick={() => {
                      setAssigning(s);
                      setAssignOpen(true);
                    }}
                  >
                    Assign<span className="sr-only"> {s.title}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </ListTable>
      )}
      <AssignDialog
        key={assigning?.id ?? "none"}
        open={assignOpen}
        setId={assigning?.id}
        title={assigning ? `Assign “${assigning.title}”` : "Assign a set"}
        onClose={() => setAssignOpen(false)}
        onAssigned={(a) => {
          setAssignOpen(false);
          setNotice(
            `Assigned “${a.title}”${a.dueAt ? `, due ${formatDate(a.dueAt)}` : ""}. See it on the class page.`,
          );
        }}
      />
    </div>
  );
}
