"use client";
// "Practise this fact": a short practice attempt made of the questions built on one key fact.
import { useStartPractice } from "./practice-picker";
import { describeError } from "~/lib/api-error";

export function PractiseFactButton({
  articleId,
  factId,
  factNumber,
  questions,
}: {
  articleId: string;
  factId: string;
  factNumber: number;
  questions: number;
}) {
  const { practice, busy } = useStartPractice();
  return (
    <span className="inline-flex flex-col gap-1">
      <button
        type="button"
        disabled={busy}
        aria-busy={busy}
        onClick={() => practice.mutate({ articleId, factId, count: Math.min(40, questions) })}
        className="inline-flex min-h-9 items-center rounded-md border border-brand-600 bg-white px-3 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60"
      >
        {busy
          ? "Opening…"
          : `Practice its ${questions === 1 ? "question" : `${questions} questions`}`}
        <span className="sr-only"> (key fact {factNumber})</span>
      </button>
      {practice.error && (
        <span role="alert" className="text-sm text-red-800">
          {describeError(practice.error)}
        </span>
      )}
    </span>
  );
}
