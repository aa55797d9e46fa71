"use client";
// Deleting an article from the library (the teacher who added it only). The server refuses while
// a set uses one of its questions or students have practised it; the dialog then says which sets,
// with links, so the teacher knows what to change first.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { buttonClass } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { plural } from "~/components/ui/format";
import { Notice } from "~/components/ui/notice";
import { describeError, setRefusalOf, type SetRefusal } from "~/lib/api-error";
import { useTRPC } from "~/trpc/react";

export function DeleteArticleButton({
  article,
  onDeleted,
}: {
  article: { id: string; title: string };
  onDeleted: (title: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [refusal, setRefusal] = useState<SetRefusal | null>(null);
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation(
    trpc.articles.delete.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.imports.library.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.articles.list.queryKey() }),
        ]);
        onDeleted(article.title);
      },
      onError: (e) => {
        const why = setRefusalOf(e);
        setRefusal(why);
        setError(why ? null : describeError(e, "The article could not be deleted."));
      },
    }),
  );
  return (
    <>
      <button
        type="button"
        className={buttonClass("danger", "sm")}
        onClick={() => {
          setRefusal(null);
          setError(null);
          setOpen(true);
        }}
      >
        Delete<span className="sr-only"> {article.title}</span>
      </button>
      <ConfirmDialog
        open={open}
        title={`Delete “${article.title}”?`}
        confirmLabel="Delete article"
        busy={remove.isPending}
        error={error}
        onCancel={() => setOpen(false)}
        onConfirm={() => remove.mutate({ articleId: article.id })}
      >
        {refusal ? (
          <RefusalReason refusal={refusal} />
        ) : (
          <p>
            The article goes from the library with its key facts and questions. This cannot be
            undone.
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}

/** Why the article stays, in the teacher's words: the sets that use it, or students' practice. */
function RefusalReason({ refusal }: { refusal: SetRefusal }) {
  if (refusal.reason === "article_in_use") {
    return (
      <Notice tone="warning" role="alert" title="This article cannot be deleted yet">
        <p>Its questions are used by:</p>
        <ul className="mt-1 list-disc pl-5">
          {refusal.sets.map((s) => (
            <li key={s.id}>
              <Link href={`/teacher/sets/${s.id}`} className="underline">
                {s.title}
              </Link>
            </li>
          ))}
          {refusal.othersSets > 0 && <li>{plural(refusal.othersSets, "set")} of other teachers</li>}
        </ul>
        <p className="mt-1">Remove its questions from those sets, or delete the sets, first.</p>
      </Notice>
    );
  }
  if (refusal.reason === "article_practised") {
    return (
      <Notice tone="warning" role="alert" title="This article cannot be deleted">
        Students have practised it ({plural(refusal.attempts, "practice attempt")},{" "}
        {plural(refusal.cards, "review card")}): deleting it would erase their work.
      </Notice>
    );
  }
  return null;
}
