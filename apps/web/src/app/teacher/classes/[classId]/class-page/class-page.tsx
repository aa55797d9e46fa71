"use client";
// One class: its join code, roster (remove, add in bulk with printable sign-in details) and
// its assignments with completion, and the dialog that assigns a set.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { AssignDialog } from "~/components/teacher/assign-dialog/assign-dialog";
import { useTRPC } from "~/trpc/react";
import { AddStudents } from "../add-students";
import { buttonClass } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { formatDate } from "~/components/ui/time";
import { QueryError } from "~/components/ui/query-state";
import { JoinCode } from "./join-code";
import { Roster } from "./roster";
import { Assignments } from "./assignments";

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
