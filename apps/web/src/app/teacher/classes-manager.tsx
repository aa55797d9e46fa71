"use client";
// The teacher's classes: create one, rename it, archive or bring it back, and see its join code.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { ClassSummary } from "~/components/teacher/types";
import { useTRPC } from "~/trpc/react";
import { buttonClass } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { CopyButton } from "~/components/ui/copy-button";
import { EmptyState } from "~/components/ui/empty-state";
import { plural } from "~/components/ui/format";
import { inputClass } from "~/components/ui/input";
import { PageHeader } from "~/components/ui/page-header";
import { Skeleton } from "~/components/ui/skeleton";
import { SuccessNotice } from "~/components/ui/success-notice";
import { apiProblem } from "~/lib/api-error";
import { focusFirstInvalid } from "~/lib/focus";
import { QueryError } from "~/components/ui/query-state";

export function ClassesManager({ teacherName }: { teacherName: string }) {
  const trpc = useTRPC();
  const classes = useQuery(trpc.classes.list.queryOptions({ includeArchived: true }));
  const [notice, setNotice] = useState<string | null>(null);
  const active = classes.data?.filter((c) => !c.archivedAt) ?? [];
  const archived = classes.data?.filter((c) => c.archivedAt) ?? [];

  return (
    <div>
      <PageHeader
        title="Your classes"
        description={
          <p>
            Signed in as {teacherName}. Students join a class with its code, or you can add a whole
            roster at once and print their sign-in details.
          </p>
        }
      />
      <CreateClassForm />
      <SuccessNotice message={notice} onDismiss={() => setNotice(null)} />
      <section aria-labelledby="active-classes" className="mb-8">
        <h2 id="active-classes" className="mb-3 text-lg font-semibold">
          Current classes
        </h2>
        {classes.isPending ? (
          <div role="status" className="grid gap-3 sm:grid-cols-2">
            <span className="sr-only">Loading your classes…</span>
            <Skeleton className="h-36" />
            <Skeleton className="h-36" />
          </div>
        ) : classes.isError ? (
          <QueryError
            title="Your classes could not be loaded."
            error={classes.error}
            onRetry={classes.refetch}
            detail
          />
        ) : active.length === 0 ? (
          <EmptyState title="No classes yet">
            <p>
              Name your first class above, for example &ldquo;Year 10 Current Affairs&rdquo;. Then
              share its join code with your students, or add their names and print their sign-in
              details.
            </p>
          </EmptyState>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {active.map((c) => (
              <li key={c.id}>
                <ClassCard cls={c} onNotice={setNotice} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {archived.length > 0 && (
        <section aria-labelledby="archived-classes">
          <details className="rounded-lg border border-slate-200 bg-white p-4">
            <summary className="cursor-pointer font-semibold">
              <h2 id="archived-classes" className="inline text-lg">
                Archived classes ({archived.length})
              </h2>
            </summary>
            <p className="mt-2 text-sm text-slate-700">
              Students cannot join or see an archived class. Its results stay; bring it back any
              time.
            </p>
            <ul className="mt-3 divide-y divide-slate-200">
              {archived.map((c) => (
                <li key={c.id}>
                  <ArchivedRow cls={c} onNotice={setNotice} />
                </li>
              ))}
            </ul>
          </details>
        </section>
      )}
    </div>
  );
}

function CreateClassForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const create = useMutation(
    trpc.classes.create.mutationOptions({
      onSuccess: async (created) => {
        await queryClient.invalidateQueries({ queryKey: trpc.classes.list.queryKey() });
        router.push(`/teacher/classes/${created.id}?created=1`);
      },
      onError: (e) => {
        const problem = apiProblem(e, "the class could not be created");
        setError(problem.fieldErrors.name ?? problem.message);
      },
    }),
  );
  return (
    <form
      className="mb-6 rounded-lg border border-slate-200 bg-white p-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) {
          setError("Give the class a name.");
          return focusFirstInvalid(e.currentTarget);
        }
        setError(null);
        create.mutate({ name: name.trim() });
      }}
    >
      <label htmlFor="new-class-name" className="block font-semibold">
        New class name
      </label>
      <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-start">
        <div className="flex-1">
          <input
            id="new-class-name"
            className={inputClass}
            value={name}
            maxLength={80}
            placeholder="e.g. Year 10 Current Affairs"
            onChange={(e) => setName(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "new-class-name-error" : undefined}
          />
          {error && (
            <p id="new-class-name-error" className="mt-1 text-sm text-red-800">
              {error}
            </p>
          )}
        </div>
        <button
          type="submit"
          className={buttonClass("primary")}
          disabled={create.isPending}
          aria-busy={create.isPending}
        >
          {create.isPending ? "Creating…" : "Create class"}
        </button>
      </div>
    </form>
  );
}

function ClassCard({ cls, onNotice }: { cls: ClassSummary; onNotice: (m: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [renaming, setRenaming] = useState(false);
  const [confirmArchive, setConfirmArchive] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const archive = useMutation(
    trpc.classes.setArchived.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.classes.list.queryKey() });
        setConfirmArchive(false);
        onNotice(`Archived “${cls.name}”. You will find it under Archived classes.`);
      },
    }),
  );
  return (
    <article
      aria-labelledby={`class-${cls.id}`}
      className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-4"
    >
      {renaming ? (
        <RenameForm
          cls={cls}
          onDone={(renamed) => {
            setRenaming(false);
            if (renamed) onNotice(`Renamed the class to “${renamed}”.`);
            requestAnimationFrame(() => renameButton.current?.focus());
          }}
        />
      ) : (
        <h3 id={`class-${cls.id}`} className="text-lg font-semibold break-words">
          <Link
            href={`/teacher/classes/${cls.id}`}
            className="text-brand-700 underline-offset-2 hover:underline"
          >
            {cls.name}
          </Link>
        </h3>
      )}
      <p className="mt-1 text-sm text-slate-700">
        {plural(cls.students, "student")} · {plural(cls.assignments, "assignment")}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <span className="text-sm text-slate-700">Join code</span>
        <span className="rounded bg-slate-100 px-2 py-0.5 font-mono text-lg font-semibold tracking-widest">
          {cls.joinCode}
        </span>
        <CopyButton text={cls.joinCode} label="Copy code" />
      </div>
      <div className="mt-auto flex flex-wrap gap-2 pt-4">
        <Link href={`/teacher/classes/${cls.id}`} className={buttonClass("primary", "sm")}>
          Roster and assignments<span className="sr-only"> for {cls.name}</span>
        </Link>
        <Link
          href={`/teacher/classes/${cls.id}/dashboard`}
          className={buttonClass("secondary", "sm")}
        >
          Dashboard<span className="sr-only"> for {cls.name}</span>
        </Link>
        {!renaming && (
          <button
            ref={renameButton}
            type="button"
            className={buttonClass("secondary", "sm")}
            onClick={() => setRenaming(true)}
          >
            Rename<span className="sr-only"> {cls.name}</span>
          </button>
        )}
        <button
          type="button"
          className={buttonClass("secondary", "sm")}
          onClick={() => {
            archive.reset();
            setConfirmArchive(true);
          }}
        >
          Archive<span className="sr-only"> {cls.name}</span>
        </button>
      </div>
      <ConfirmDialog
        open={confirmArchive}
        title={`Archive “${cls.name}”?`}
        confirmLabel="Archive class"
        tone="primary"
        busy={archive.isPending}
        error={
          archive.error
            ? apiProblem(archive.error, "the class could not be archived").message
            : null
        }
        onCancel={() => setConfirmArchive(false)}
        onConfirm={() => archive.mutate({ classId: cls.id, archived: true })}
      >
        Students will no longer see the class or its assignments, and its join code stops working.
        Results are kept, and you can bring the class back at any time.
      </ConfirmDialog>
    </article>
  );
}

function RenameForm({
  cls,
  onDone,
}: {
  cls: ClassSummary;
  onDone: (renamed: string | null) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState(cls.name);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.select();
  }, []);
  const rename = useMutation(
    trpc.classes.rename.mutationOptions({
      onSuccess: async (r) => {
        await queryClient.invalidateQueries({ queryKey: trpc.classes.list.queryKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.classes.get.queryKey() });
        onDone(r.name);
      },
      onError: (e) => {
        const problem = apiProblem(e, "the class could not be renamed");
        setError(problem.fieldErrors.name ?? problem.message);
      },
    }),
  );
  const id = `rename-${cls.id}`;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) return setError("Give the class a name.");
        if (name.trim() === cls.name) return onDone(null);
        rename.mutate({ classId: cls.id, name: name.trim() });
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          onDone(null);
        }
      }}
    >
      <label htmlFor={id} className="block text-sm font-medium">
        New name for {cls.name}
      </label>
      <input
        ref={input}
        id={id}
        className={`${inputClass} mt-1`}
        value={name}
        maxLength={80}
        onChange={(e) => setName(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
      <div className="mt-2 flex gap-2">
        <button
          type="submit"
          className={buttonClass("primary", "sm")}
          disabled={rename.isPending}
          aria-busy={rename.isPending}
        >
          {rename.isPending ? "Saving…" : "Save name"}
        </button>
        <button
          type="button"
          className={buttonClass("secondary", "sm")}
          onClick={() => onDone(null)}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}

function ArchivedRow({ cls, onNotice }: { cls: ClassSummary; onNotice: (m: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const restore = useMutation(
    trpc.classes.setArchived.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.classes.list.queryKey() });
        onNotice(`“${cls.name}” is back among your current classes.`);
      },
    }),
  );
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 py-2">
      <span>
        <span className="font-medium">{cls.name}</span>{" "}
        <span className="text-sm text-slate-700">· {plural(cls.students, "student")}</span>
      </span>
      <span className="flex items-center gap-2">
        {restore.isError && (
          <span role="alert" className="text-sm text-red-800">
            {apiProblem(restore.error, "the class could not be brought back").message}
          </span>
        )}
        <button
          type="button"
          className={buttonClass("secondary", "sm")}
          disabled={restore.isPending}
          onClick={() => restore.mutate({ classId: cls.id, archived: false })}
        >
          Unarchive<span className="sr-only"> {cls.name}</span>
        </button>
      </span>
    </div>
  );
}
