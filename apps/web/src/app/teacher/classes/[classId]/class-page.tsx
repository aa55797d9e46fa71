"use client";
// One class: its join code, roster (remove, add in bulk with printable sign-in details) and
// its assignments with completion, and the dialog that assigns a set.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRef, useState } from "react";
import { AssignDialog } from "~/components/teacher/assign-dialog";
import type { ClassDetail, RouterOutputs } from "~/components/teacher/types";
import { useTRPC } from "~/trpc/react";
import { AddStudents } from "./add-students";
import { Badge } from "~/components/ui/badge";
import { buttonClass } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { CopyButton } from "~/components/ui/copy-button";
import { EmptyState } from "~/components/ui/empty-state";
import { plural } from "~/components/ui/format";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { ScrollTable, td, th } from "~/components/ui/scroll-table";
import { Section } from "~/components/ui/section";
import { ShareBar } from "~/components/ui/share-bar";
import { DateTime, formatDate } from "~/components/ui/time";
import { apiProblem } from "~/lib/api-error";
import { FEEDBACK_LABEL } from "~/lib/labels";
import { QueryError } from "~/components/ui/query-state";

type Assignment = RouterOutputs["assignments"]["forClass"][number];
type Student = ClassDetail["roster"][number];

export function ClassPage({ classId, justCreated }: { classId: string; justCreated: boolean }) {
  const trpc = useTRPC();
  const cls = useQuery(trpc.classes.get.queryOptions({ classId }));
  const [assignOpen, setAssignOpen] = useState(false);
  const [notice, setNotice] = useState<{ text: string; undo?: () => void } | null>(null);
  if (!cls.data) {
    return cls.isError ? (
      <QueryError
        title="The class could not be loaded."
        error={cls.error}
        onRetry={cls.refetch}
        detail
      />
    ) : (
      <p role="status">Loading the class…</p>
    );
  }
  const c = cls.data;
  return (
    <div>
      <PageHeader
        crumbs={[{ href: "/teacher", label: "Classes" }, { label: c.name }]}
        title={c.name}
        actions={
          <>
            <button
              type="button"
              className={buttonClass("primary")}
              onClick={() => setAssignOpen(true)}
              disabled={!!c.archivedAt}
            >
              Assign a set
            </button>
            <Link
              href={`/teacher/classes/${classId}/dashboard`}
              className={buttonClass("secondary")}
            >
              Dashboard
            </Link>
          </>
        }
        description={
          c.archivedAt ? (
            <Notice tone="warning">
              This class is archived: students cannot see it or join it. Unarchive it from{" "}
              <Link href="/teacher" className="underline">
                your classes
              </Link>{" "}
              to use it again.
            </Notice>
          ) : undefined
        }
      />
      <div className="space-y-4 print:hidden">
        {justCreated && c.roster.length === 0 && (
          <Notice tone="success">
            <p className="font-semibold">Your class is ready.</p>
            <p>
              Next, give students the join code <strong className="font-mono">{c.joinCode}</strong>{" "}
              to join from their own accounts, or add their names below to create accounts for them.
              Then assign a question set.
            </p>
          </Notice>
        )}
        {notice && (
          <Notice tone="success" onDismiss={() => setNotice(null)}>
            {notice.text}{" "}
            {notice.undo && (
              <button type="button" className="font-medium underline" onClick={notice.undo}>
                Undo
              </button>
            )}
          </Notice>
        )}
        <JoinCode cls={c} />
      </div>
      <div className="mt-6">
        <Assignments
          classId={classId}
          onAssign={() => setAssignOpen(true)}
          onNotice={setNotice}
          archived={!!c.archivedAt}
        />
        <Roster cls={c} onNotice={(text) => setNotice({ text })} />
        <AddStudents cls={c} />
      </div>
      <AssignDialog
        open={assignOpen}
        onClose={() => setAssignOpen(false)}
        classId={classId}
        title={`Assign a set to ${c.name}`}
        onAssigned={(a) => {
          setAssignOpen(false);
          const opens =
            a.opensAt > new Date()
              ? `It opens ${formatDate(a.opensAt)}`
              : "Students can start it now";
          const due = a.dueAt ? ` and it is due ${formatDate(a.dueAt)}` : "";
          setNotice({ text: `Assigned “${a.title}”. ${opens}${due}.` });
        }}
      />
    </div>
  );
}

function JoinCode({ cls }: { cls: ClassDetail }) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <dl>
        <dt className="text-sm text-slate-700">Join code</dt>
        <dd className="font-mono text-2xl font-bold tracking-widest" data-join-code>
          {cls.joinCode}
        </dd>
      </dl>
      <CopyButton text={cls.joinCode} label="Copy join code" />
      <p className="basis-full text-sm text-slate-700 sm:basis-auto sm:flex-1">
        Students with their own account choose &ldquo;Join a class&rdquo; and type this code.
      </p>
    </div>
  );
}

function Roster({ cls, onNotice }: { cls: ClassDetail; onNotice: (text: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [removing, setRemoving] = useState<Student | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const remove = useMutation(
    trpc.classes.removeStudent.mutationOptions({
      onSuccess: async () => {
        const name = removing?.name ?? "The student";
        await Promise.all([
          queryClient.invalidateQueries({
            queryKey: trpc.classes.get.queryKey({ classId: cls.id }),
          }),
          queryClient.invalidateQueries({ queryKey: trpc.classes.list.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.assignments.forClass.queryKey() }),
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

function Assignments({
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

/** Open assignments first, then those still to open, then closed ones (latest first). */
function sortForTeacher(list: Assignment[]): Assignment[] {
  const now = Date.now();
  const rank = (a: Assignment) =>
    a.opensAt.getTime() > now ? 1 : a.dueAt && a.dueAt.getTime() < now ? 2 : 0;
  return [...list].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank) return byRank;
    const due = (x: Assignment) => x.dueAt?.getTime() ?? Number.MAX_SAFE_INTEGER;
    return rank(a) === 2 ? due(b) - due(a) : due(a) - due(b);
  });
}

function AssignmentRow({
  a,
  classId,
  onArchive,
}: {
  a: Assignment;
  classId: string;
  onArchive: () => void;
}) {
  const now = new Date();
  const status =
    a.opensAt > now ? (
      <Badge tone="brand">Opens later</Badge>
    ) : a.dueAt && a.dueAt < now ? (
      <Badge>Closed</Badge>
    ) : (
      <Badge tone="success">Open</Badge>
    );
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0 space-y-1">
        <h3 className="font-semibold break-words">
          {a.title} <span className="align-middle">{status}</span>
        </h3>
        <p className="text-sm text-slate-700">
          Set:{" "}
          <Link href={`/teacher/sets/${a.set.id}`} className="text-brand-700 underline">
            {a.set.title}
          </Link>{" "}
          · {plural(a.set.questions, "question")}
        </p>
        <p className="text-sm text-slate-700">
          Opens <DateTime value={a.opensAt} />
          {a.dueAt ? (
            <>
              {" "}
              · due <DateTime value={a.dueAt} />
            </>
          ) : (
            " · no due date"
          )}
        </p>
        <p className="text-sm text-slate-700">
          {a.attemptsAllowed === null ? "Unlimited attempts" : plural(a.attemptsAllowed, "attempt")}{" "}
          · feedback {FEEDBACK_LABEL[a.feedback].toLowerCase()}
          {a.shuffleQuestions ? " · questions shuffled" : ""}
          {a.shuffleOptions ? " · options shuffled" : ""}
        </p>
      </div>
      <div className="flex shrink-0 flex-col gap-2 sm:items-end">
        <ShareBar
          value={a.students ? a.completed / a.students : 0}
          label={`${a.completed} of ${plural(a.students, "student")} submitted`}
        />
        <div className="flex gap-2">
          <Link
            href={`/teacher/classes/${classId}/dashboard?assignment=${a.id}`}
            className={buttonClass("secondary", "sm")}
          >
            Results<span className="sr-only"> for {a.title}</span>
          </Link>
          <button type="button" className={buttonClass("secondary", "sm")} onClick={onArchive}>
            Archive<span className="sr-only"> {a.title}</span>
          </button>
        </div>
      </div>
    </div>
  );
}
