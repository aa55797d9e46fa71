"use client";
// One question in the bank: how students see it, with its answer, source and key facts when
// answers are shown; Edit and Disable/Enable for the article's editor.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { QuestionEditor } from "~/components/teacher/question-editor/question-editor";
import { AnswerNotes, QuestionBadges, StudentView } from "~/components/teacher/question-preview";
import type { ArticleDetail, BankEntry } from "~/components/teacher/types";
import { Badge } from "~/components/ui/badge";
import { buttonClass } from "~/components/ui/button";
import { apiProblem } from "~/lib/api-error";
import { QUESTION_TYPE_LABEL } from "~/lib/labels";
import { useTRPC } from "~/trpc/react";
import { REVIEW_LABEL, REVIEW_TONE } from "./bank-params";

export function BankQuestion({
  entry,
  number,
  sentences,
  facts,
  showAnswers,
  onFact,
  onMessage,
}: {
  entry: BankEntry;
  number: number;
  sentences: ReadonlyMap<string, string>;
  facts: ReadonlyMap<string, ArticleDetail["facts"][number] & { number: number }>;
  showAnswers: boolean;
  onFact: (factId: string) => void;
  onMessage: (text: string, tone?: "success" | "error") => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const headingId = `question-${entry.id}`;
  const toggle = useMutation(
    trpc.articles.setQuestionDisabled.mutationOptions({
      onSuccess: async (r) => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.articles.bank.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.articles.list.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.sets.get.queryKey() }),
        ]);
        onMessage(
          r.disabled
            ? `Question ${number} disabled. It is left out of new sets and new attempts, including those of sets already assigned.`
            : `Question ${number} enabled again. It can be picked for sets and appears in new attempts.`,
        );
      },
      onError: (e) =>
        onMessage(apiProblem(e, "the question could not be changed").message ?? "", "error"),
    }),
  );
  const q = entry.question;
  return (
    <article
      aria-labelledby={headingId}
      className={`rounded-lg border bg-white p-4 ${entry.disabled ? "border-red-300 bg-slate-50" : "border-slate-200"}`}
    >
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="font-semibold">
          Question {number}
          <span className="sr-only">
            : {QUESTION_TYPE_LABEL[q.type]}, {REVIEW_LABEL[entry.reviewStatus].toLowerCase()}
            {entry.disabled ? ", disabled" : ""}
          </span>
        </h2>
        <span className="flex flex-wrap items-center gap-1.5">
          <Badge tone={REVIEW_TONE[entry.reviewStatus]}>{REVIEW_LABEL[entry.reviewStatus]}</Badge>
          <QuestionBadges
            q={q}
            disabled={entry.disabled}
            edited={entry.edited}
            recommended={entry.recommended}
          />
        </span>
      </div>
      {editing ? (
        <QuestionEditor
          questionId={entry.id}
          question={q}
          onCancel={() => {
            setEditing(false);
            requestAnimationFrame(() => editButton.current?.focus());
          }}
          onSaved={() => {
            setEditing(false);
            onMessage(
              `Question ${number} saved. Students see the new version in attempts started from now on.`,
            );
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      ) : (
        <>
          <StudentView q={q} showAnswer={showAnswers} />
          {showAnswers && (
            <div className="mt-4 border-t border-slate-200 pt-3">
              <AnswerNotes q={q} sentences={sentences} />
              {entry.factIds.length > 0 && (
                <div className="mt-2 text-sm">
                  <span className="font-semibold">Key facts: </span>
                  {entry.factIds.map((id, i) => {
                    const f = facts.get(id);
                    return (
                      <span key={id}>
                        {i > 0 && ", "}
                        <button
                          type="button"
                          className="text-brand-700 underline"
                          onClick={() => onFact(id)}
                          title={f?.text}
                        >
                          {f ? `Fact ${f.number}` : "A retired fact"}
                          <span className="sr-only">: show its questions</span>
                        </button>
                      </span>
                    );
                  })}
                </div>
              )}
            </div>
          )}
        </>
      )}
      {!editing && entry.canEdit && (
        <div className="mt-4 flex flex-wrap gap-2">
          <button
            ref={editButton}
            type="button"
            className={buttonClass("secondary", "sm")}
            onClick={() => setEditing(true)}
          >
            Edit<span className="sr-only"> question {number}</span>
          </button>
          <button
            type="button"
            className={buttonClass(entry.disabled ? "secondary" : "danger", "sm")}
            disabled={toggle.isPending}
            aria-busy={toggle.isPending}
            onClick={() => toggle.mutate({ questionId: entry.id, disabled: !entry.disabled })}
          >
            {entry.disabled ? "Enable" : "Disable"}
            <span className="sr-only"> question {number}</span>
          </button>
        </div>
      )}
    </article>
  );
}
