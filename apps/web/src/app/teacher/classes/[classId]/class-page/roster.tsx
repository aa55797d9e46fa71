"use client";
// The class roster: each student with their sign-in name, and removing one (after asking).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import type { ClassDetail } from "~/components/teacher/types";
import { useTRPC } from "~/trpc/react";
import { Badge } from "~/components/ui/badge";
import { buttonClass } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { EmptyState } from "~/components/ui/empty-state";
import { ScrollTable, td, th } from "~/components/ui/scroll-table";
import { DateTime } from "~/components/ui/time";
import { apiProblem } from "~/lib/api-error";
import { useRosterChanged } from "../use-roster-changed";
import type { Student } from "./types";

export function Roster({ cls, onNotice }: { cls: ClassDetail; onNotice: (text: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const rosterChanged = useRosterChanged(cls.id);
  const [removing, setRemoving] = useState<Student | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const remove = useMutation(
    trpc.classes.removeStudent.mutationOptions({
      onSuccess: async () => {
        const name = removing?.name ?? "The student";
        await Promise.all([
          rosterChanged(),
          queryClient.invalidateQueries({ queryKey: trpc.dashboard.class.queryKey() }),
        ]);
        setRemoving(null);
        onNotice(
          `Removed ${name} from ${cls.name}. Their account and results are kept; they can rejoin with the code ${cls.joinCode}.`,
        );
      },
    }),
  );
  return (
    <section
      aria-labelledby="roster-heading"
      className="mb-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-5 print:hidden"
    >
      <h2 id="roster-heading" ref={headingRef} tabIndex={-1} className="mb-3 text-lg font-semibold">
        Students ({cls.roster.length})
      </h2>
      {cls.roster.length === 0 ? (
        <EmptyState title="No students yet">
          <p>
            Share the join code <strong className="font-mono">{cls.joinCode}</strong>, or add your
            students&rsquo; names below to create their accounts.
          </p>
        </EmptyState>
      ) : (
        <ScrollTable label={`Students in ${cls.name}`}>
          <table className="w-full text-left sm:min-w-[32rem]">
            <caption className="sr-only">Students in {cls.name}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className={th}>
                  Name
                </th>
                <th scope="col" className={`${th} hidden sm:table-cell`}>
                  Username
                </th>
                <th scope="col" className={th}>
                  Status
                </th>
                <th scope="col" className={th}>
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {cls.roster.map((s) => (
                <tr key={s.id} className="border-b border-slate-100">
                  <th scope="row" className={`${td} font-medium`}>
                    {s.name}
                    {s.username && (
                      <span className="block font-mono text-sm font-normal text-slate-700 sm:hidden">
                        {s.username}
                      </span>
                    )}
                  </th>
                  <td className={`${td} hidden font-mono sm:table-cell`}>{s.username ?? "—"}</td>
                  <td className={td}>
                    {s.awaitingFirstSignIn ? (
                      <Badge tone="warning">Not signed in yet</Badge>
                    ) : (
                      <span className="text-sm text-slate-700">
                        Joined <DateTime value={s.joinedAt} style="date" />
                      </span>
                    )}
                  </td>
                  <td className={`${td} text-right`}>
                    <button
                      type="button"
                      className={buttonClass("danger", "sm")}
                      onClick={() => {
                        remove.reset();
                        setRemoving(s);
                      }}
                    >
                      Remove<span className="sr-only"> {s.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.name ?? "this student"} from ${cls.name}?`}
        confirmLabel="Remove student"
        busy={remove.isPending}
        error={
          remove.error ? apiProblem(remove.error, "the student could not be removed").message : null
        }
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate({ classId: cls.id, studentId: removing.id })}
      >
        They leave the roster and stop seeing this class&rsquo;s assignments. Their account,
        attempts and progress are kept, and they can rejoin with the code {cls.joinCode}.
      </ConfirmDialog>
    </section>
  );
}
