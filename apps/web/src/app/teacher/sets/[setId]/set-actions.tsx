"use client";
// What a teacher can do to a set besides assigning it: rename it, duplicate it, and delete it
// while it has never been assigned, or archive it (and restore it) once it has.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonClass } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { Dialog } from "~/components/ui/dialog";
import { FormError } from "~/components/ui/form-error";
import { inputClass } from "~/components/ui/input";
import { apiProblem, describeError } from "~/lib/api-error";
import { useTRPC } from "~/trpc/react";

export interface SetSummary {
  id: string;
  title: string;
  archived: boolean;
  assignments: number;
}

/** Refreshes the set and the set list after a change. */
function useRefreshSets() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.sets.get.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.sets.list.queryKey() }),
    ]);
}

export function SetActions({
  set,
  onNotice,
}: {
  set: SetSummary;
  onNotice: (message: string) => void;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const refresh = useRefreshSets();
  const [renaming, setRenaming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const duplicate = useMutation(
    trpc.sets.duplicate.mutationOptions({
      onSuccess: async (copy) => {
        await refresh();
        router.push(`/teacher/sets/${copy.id}?created=copy`);
      },
      onError: (e) => onNotice(describeError(e, "The set could not be duplicated.")),
    }),
  );
  const remove = useMutation(
    trpc.sets.delete.mutationOptions({
      onSuccess: async () => {
        await refresh();
        router.push(`/teacher/sets?deleted=${encodeURIComponent(set.title)}`);
      },
      onError: (e) => setError(describeError(e, "The set could not be deleted.")),
    }),
  );
  const archive = useMutation(
    trpc.sets.setArchived.mutationOptions({
      onSuccess: async (out) => {
        setRemoving(false);
        await refresh();
        // The page's own notice says what archiving means while the set stays archived.
        onNotice(out.archived ? "Set archived." : "Set restored: it can be assigned again.");
      },
      onError: (e) => setError(describeError(e, "The set could not be archived.")),
    }),
  );
  const assigned = set.assignments > 0;
  return (
    <>
      <button type="button" className={buttonClass("secondary")} onClick={() => setRenaming(true)}>
        Rename
      </button>
      <button
        type="button"
        className={buttonClass("secondary")}
        disabled={duplicate.isPending}
        aria-busy={duplicate.isPending}
        onClick={() => duplicate.mutate({ setId: set.id })}
      >
        {duplicate.isPending ? "Duplicating…" : "Duplicate"}
      </button>
      {set.archived ? (
        <button
          type="button"
          className={buttonClass("secondary")}
          disabled={archive.isPending}
          onClick={() => archive.mutate({ setId: set.id, archived: false })}
        >
          Restore
        </button>
      ) : (
        <button
          type="button"
          className={buttonClass("danger")}
          onClick={() => {
            setError(null);
            setRemoving(true);
          }}
        >
          {assigned ? "Archive" : "Delete"}
        </button>
      )}
      <RenameDialog
        key={`${set.title}-${renaming}`}
        open={renaming}
        set={set}
        onClose={() => setRenaming(false)}
        onRenamed={async (title) => {
          setRenaming(false);
          await refresh();
          onNotice(`Renamed the set to “${title}”.`);
        }}
      />
      <ConfirmDialog
        open={removing}
        title={assigned ? `Archive “${set.title}”?` : `Delete “${set.title}”?`}
        confirmLabel={assigned ? "Archive set" : "Delete set"}
        busy={remove.isPending || archive.isPending}
        error={error}
        onCancel={() => setRemoving(false)}
        onConfirm={() =>
          assigned
            ? archive.mutate({ setId: set.id, archived: true })
            : remove.mutate({ setId: set.id })
        }
      >
        {assigned ? (
          <p>
            This set has been assigned, so it cannot be deleted: students&rsquo; attempts and
            results belong to it. Archiving hides it from your sets and from new assignments;
            everything already done stays, and you can restore it later.
          </p>
        ) : (
          <p>
            The set has never been assigned. Deleting it removes the set only; its questions stay in
            the bank.
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}

function RenameDialog({
  open,
  set,
  onClose,
  onRenamed,
}: {
  open: boolean;
  set: SetSummary;
  onClose: () => void;
  onRenamed: (title: string) => void;
}) {
  const trpc = useTRPC();
  const [title, setTitle] = useState(set.title);
  const [problem, setProblem] = useState<string | null>(null);
  const rename = useMutation(
    trpc.sets.rename.mutationOptions({
      onSuccess: (out) => onRenamed(out.title),
      onError: (e) => {
        const p = apiProblem(e, "the set could not be renamed");
        setProblem(p.fieldErrors.title ?? p.message);
      },
    }),
  );
  return (
    <Dialog open={open} onClose={onClose} title="Rename the set" size="sm">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!title.trim()) return setProblem("Give the set a title.");
          rename.mutate({ setId: set.id, title: title.trim() });
        }}
      >
        <label htmlFor="rename-set" className="block font-medium">
          Title
        </label>
        <input
          id="rename-set"
          className={`${inputClass} mt-1`}
          value={title}
          maxLength={120}
          onChange={(e) => {
            setTitle(e.target.value);
            setProblem(null);
          }}
          aria-invalid={problem ? true : undefined}
        />
        <div className="mt-2">
          <FormError message={problem} />
        </div>
        <div className="mt-4 flex flex-wrap justify-end gap-2">
          <button type="button" className={buttonClass("secondary")} onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className={buttonClass("primary")}
            disabled={rename.isPending}
            aria-busy={rename.isPending}
          >
            {rename.isPending ? "Saving…" : "Save title"}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
