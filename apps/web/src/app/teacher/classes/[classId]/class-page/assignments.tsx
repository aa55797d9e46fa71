"use client";
// The class's assignments, open first, with completion; archiving one (with undo) or bringing
// back the archived ones.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "~/trpc/react";
import { buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { Section } from "~/components/ui/section";
import { apiProblem } from "~/lib/api-error";
import { QueryError } from "~/components/ui/query-state";
import type { Assignment } from "./types";
import { sortForTeacher } from "./sort-for-teacher";
import { AssignmentRow } from "./assignment-row";

export function Assignments({
  classId,
  onAssign,
  onNotice,
  archived,
}: {
  classId: string;
  onAssign: () => void;
  onNotice: (n: { text: string; undo?: () => void } | null) => void;
  archived: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const assignments = useQuery(trpc.assignments.forClass.queryOptions({ classId }));
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.assignments.forClass.queryKey({ classId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.dashboard.class.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.classes.list.queryKey() }),
    ]);
  const setArchived = useMutation(trpc.assignments.setArchived.mutationOptions());
  const archive = async (a: Assignment) => {
    try {
      await setArchived.mutateAsync({ assignmentId: a.id, archived: true });
      await refresh();
      onNotice({
        text: `Archived “${a.title}”: students no longer see it.`,
        undo: async () => {
          await setArchived.mutateAsync({ assignmentId: a.id, archived: false });
          await refresh();
          onNotice({ text: `“${a.title}” is back.` });
        },
      });
    } catch (e) {
      onNotice({ text: apiProblem(e, "the assignment could not be archived").message ?? "" });
    }
  };
  return (
    <Section
      id="assignments-heading"
      title="Assignments"
      className="print:hidden"
      actions={
        assignments.data && assignments.data.length > 0 && !archived ? (
          <button type="button" className={buttonClass("secondary", "sm")} onClick={onAssign}>
            Assign another set
          </button>
        ) : undefined
      }
    >
      <div>
        {assignments.isPending ? (
          <p role="status">Loading assignments…</p>
        ) : assignments.isError ? (
          <QueryError
            title="The assignments could not be loaded."
            error={assignments.error}
            onRetry={assignments.refetch}
          />
        ) : assignments.data.length === 0 ? (
          <EmptyState
            title="Nothing assigned yet"
            action={
              <>
                <button
                  type="button"
                  className={buttonClass("primary")}
                  onClick={onAssign}
                  disabled={archived}
                >
                  Assign a set
                </button>
                <Link href="/teacher/sets/new" className={buttonClass("secondary")}>
                  Build a new set
                </Link>
              </>
            }
          >
            <p>Assign a question set with an opening time, a due date and feedback settings.</p>
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200">
            {sortForTeacher(assignments.data).map((a) => (
              <li key={a.id} className="py-3">
                <AssignmentRow a={a} classId={classId} onArchive={() => archive(a)} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </Section>
  );
}
