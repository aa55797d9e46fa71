"use client";
// Editing a bank question: prompt, options and answer (in the shape its type needs),
// explanation and difficulty. The server runs the same validator as the generator; each
// problem it finds is shown beside the field it concerns, and nothing typed is thrown away.
// A choice question can take one of the generator's other distractors in place of an option.
import type { Difficulty, Question } from "@studykit/content";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { buttonClass } from "~/components/ui/button";
import { DiscardChangesDialog } from "~/components/ui/discard-changes-dialog";
import { inputClass } from "~/components/ui/input";
import { Notice } from "~/components/ui/notice";
import { DifficultyOptions } from "~/components/teacher/question-options";
import { apiProblem } from "~/lib/api-error";
import {
  ChoiceOptions,
  ClozeAnswer,
  MatchingPairs,
  TrueFalseAnswer,
  type FieldKit,
} from "./answer-fields";
import { changesOf, draftOf, placeProblems, type Draft, type Field } from "./draft";
import { focusFirstInvalid } from "~/lib/focus";
import { useDiscardGuard } from "~/hooks/use-discard-guard";
import { useFieldErrors } from "~/hooks/use-field-errors";

export function QuestionEditor({
  questionId,
  question,
  alternatives = [],
  onSaved,
  onCancel,
}: {
  questionId: string;
  question: Question;
  /** Distractors the generator proposed besides those shown, offered in place of an option. */
  alternatives?: readonly string[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => draftOf(question));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const { id, describedBy: described, fieldError: error } = useFieldErrors(errors);
  const [formError, setFormError] = useState<string | null>(null);
  const promptRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => promptRef.current?.focus(), []);
  const changes = changesOf(question, draft);
  const dirty = Object.keys(changes).length > 0;
  const discard = useDiscardGuard(dirty, onCancel);

  const save = useMutation(trpc.articles.editQuestion.mutationOptions());
  // Its callbacks go with each call: they use refs, which rendering must not read.
  const saveCallbacks: Parameters<typeof save.mutate>[1] = {
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.articles.bank.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.sets.get.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.review.article.queryKey() }),
      ]);
      onSaved();
    },
    onError: (e) => {
      const { fieldErrors, rest } = placeProblems(apiProblem(e, "the question could not be saved"));
      setErrors(fieldErrors);
      focusFirstInvalid(formRef.current);
      setFormError(
        `Not saved. ${rest.length ? rest.join(" ") : "Fix the problems marked below and save again."}`,
      );
    },
  };

  const set = <K extends keyof Draft>(key: K, value: Draft[K], field: Field) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => {
      const next = { ...e };
      delete next[field];
      return next;
    });
  };
  const kit: FieldKit = { id, draft, errors, set, described, error };

  const q = question;
  const isChoice = q.type === "multiple_choice" || q.type === "numeric" || q.type === "attribution";
  // The proposed distractors not already among the options (a swapped-out one comes back).
  const swappable = isChoice
    ? [...new Set([...alternatives, ...q.options.filter((o) => o !== q.answer)])].filter(
        (alt) => !draft.options.some((o) => o.trim().toLowerCase() === alt.trim().toLowerCase()),
      )
    : [];
  return (
    <form
      ref={formRef}
      noValidate
      aria-label="Edit question"
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        if (!dirty) {
          setFormError("Nothing has changed yet.");
          return;
        }
        setFormError(null);
        save.mutate({ questionId, ...changes }, saveCallbacks);
      }}
      onKeyDown={discard.onKeyDown}
    >
      {formError && <Notice tone="error">{formError}</Notice>}
      <div>
        <label htmlFor={id("prompt")} className="block font-medium">
          Prompt
        </label>
        {q.type === "cloze" && (
          <p id={`${id("prompt")}-hint`} className="text-sm text-slate-700">
            Keep exactly one blank, written as four underscores: ____
          </p>
        )}
        <textarea
          id={id("prompt")}
          ref={promptRef}
          rows={3}
          className={`${inputClass} mt-1`}
          value={draft.prompt}
          onChange={(e) => set("prompt", e.target.value, "prompt")}
          aria-invalid={errors.prompt ? true : undefined}
          aria-describedby={described("prompt", q.type === "cloze")}
        />
        {error("prompt")}
      </div>

      {isChoice && <ChoiceOptions kit={kit} swappable={swappable} />}
      {q.type === "true_false" && <TrueFalseAnswer kit={kit} />}
      {q.type === "cloze" && <ClozeAnswer kit={kit} />}
      {q.type === "matching" && <MatchingPairs kit={kit} />}

      {q.type === "open" && (
        <p className="text-sm text-slate-700">
          The model answer and the checklist students mark themselves against come from the article
          and cannot be edited here.
        </p>
      )}

      <div>
        <label htmlFor={id("explanation")} className="block font-medium">
          Explanation
        </label>
        <p id={`${id("explanation")}-hint`} className="text-sm text-slate-700">
          Shown with the answer. Quoting the source sentence helps students find it in the article.
        </p>
        <textarea
          id={id("explanation")}
          rows={3}
          className={`${inputClass} mt-1`}
          value={draft.explanation}
          onChange={(e) => set("explanation", e.target.value, "explanation")}
          aria-invalid={errors.explanation ? true : undefined}
          aria-describedby={described("explanation", true)}
        />
        {error("explanation")}
      </div>

      <div className="max-w-xs">
        <label htmlFor={id("difficulty")} className="block font-medium">
          Difficulty
        </label>
        <select
          id={id("difficulty")}
          className={`${inputClass} mt-1`}
          value={draft.difficulty}
          onChange={(e) => set("difficulty", e.target.value as Difficulty, "difficulty")}
          aria-invalid={errors.difficulty ? true : undefined}
          aria-describedby={described("difficulty")}
        >
          <DifficultyOptions />
        </select>
        {error("difficulty")}
      </div>

      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          className={buttonClass("primary")}
          disabled={save.isPending}
          aria-busy={save.isPending}
        >
          {save.isPending ? "Saving…" : "Save changes"}
        </button>
        <button type="button" className={buttonClass("secondary")} onClick={discard.cancel}>
          Cancel
        </button>
        {dirty && (
          <span className="self-center text-sm text-slate-700" role="status">
            Unsaved changes
          </span>
        )}
      </div>
      <DiscardChangesDialog guard={discard}>
        The edits you made to this question have not been saved.
      </DiscardChangesDialog>
    </form>
  );
}
