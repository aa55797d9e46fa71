"use client";
// Rewording a key fact: saved at once, or put back to the generated wording; Escape or Cancel
// asks before dropping unsaved words.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { buttonClass } from "~/components/ui/button";
import { DiscardChangesDialog } from "~/components/ui/discard-changes-dialog";
import { inputClass } from "~/components/ui/input";
import { Notice } from "~/components/ui/notice";
import { useDiscardGuard } from "~/hooks/use-discard-guard";
import { apiProblem } from "~/lib/api-error";
import { useTRPC } from "~/trpc/react";
import type { ReviewFact } from "./types";

export function FactEditor({
  fact,
  number,
  onDone,
}: {
  fact: ReviewFact;
  number: number;
  onDone: (message: string | null) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [text, setText] = useState(fact.text);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  const dirty = text.trim() !== fact.text;
  const discard = useDiscardGuard(dirty, () => onDone(null));
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.review.article.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.articles.get.queryKey() }),
    ]);
  const onError = (e: unknown) => {
    const problem = apiProblem(e, "the fact could not be saved");
    setError(`Not saved. ${problem.fieldErrors.text ?? problem.message ?? ""}`.trim());
    requestAnimationFrame(() => field.current?.focus());
  };
  const save = useMutation(trpc.review.editFact.mutationOptions());
  // Its callbacks go with each call: they use refs, which rendering must not read.
  const saveCallbacks: Parameters<typeof save.mutate>[1] = {
    onSuccess: async () => {
      await refresh();
      onDone("Reworded. Saved.");
    },
    onError,
  };
  const reset = useMutation(trpc.review.resetFact.mutationOptions());
  // Its callbacks go with each call: they use refs, which rendering must not read.
  const resetCallbacks: Parameters<typeof reset.mutate>[1] = {
    onSuccess: async () => {
      await refresh();
      onDone("Generated wording restored. Saved.");
    },
    onError,
  };
  const id = `fact-text-${fact.id}`;
  return (
    <form
      noValidate
      aria-label={`Edit key fact ${number}`}
      className="mt-2 space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (!dirty) return onDone(null);
        setError(null);
        save.mutate({ factId: fact.id, text }, saveCallbacks);
      }}
      onKeyDown={discard.onKeyDown}
    >
      {error && <Notice tone="error">{error}</Notice>}
      <label htmlFor={id} className="block font-medium">
        Wording of key fact {number}
      </label>
      <textarea
        id={id}
        ref={field}
        rows={3}
        maxLength={1000}
        className={inputClass}
        value={text}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
      />
      <p className="text-sm text-slate-700">Generated wording: {fact.generatedText}</p>
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          className={buttonClass("primary", "sm")}
          disabled={save.isPending}
          aria-busy={save.isPending}
        >
          {save.isPending ? "Saving…" : "Save fact"}
        </button>
        {fact.edited && (
          <button
            type="button"
            className={buttonClass("secondary", "sm")}
            disabled={reset.isPending}
            onClick={() => reset.mutate({ factId: fact.id }, resetCallbacks)}
          >
            Use the generated wording
          </button>
        )}
        <button type="button" className={buttonClass("secondary", "sm")} onClick={discard.cancel}>
          Cancel
        </button>
      </div>
      <DiscardChangesDialog guard={discard}>
        The new wording of this fact has not been saved.
      </DiscardChangesDialog>
    </form>
  );
}
