"use client";
// One question in the hand picker's list: tick it into the set, or preview it as students see it.
import { useId } from "react";
import { QuestionBadges, StudentView } from "~/components/teacher/question-preview";
import type { BankEntry } from "~/components/teacher/types";

export function PickRow({
  entry,
  checked,
  previewing,
  onPreview,
  onToggle,
}: {
  entry: BankEntry;
  checked: boolean;
  previewing: boolean;
  onPreview: () => void;
  onToggle: (on: boolean) => void;
}) {
  const uid = useId();
  return (
    <li className={`p-3 ${checked ? "bg-brand-50" : ""}`}>
      <div className="flex items-start gap-3">
        <input
          id={`${uid}-pick`}
          type="checkbox"
          className="mt-1 h-4 w-4 shrink-0"
          checked={checked}
          onChange={(e) => onToggle(e.target.checked)}
        />
        <div className="min-w-0 flex-1">
          <label htmlFor={`${uid}-pick`} className="block cursor-pointer">
            {entry.question.prompt}
          </label>
          <div className="mt-1 flex flex-wrap items-center gap-2">
            <QuestionBadges
              q={entry.question}
              edited={entry.edited}
              recommended={entry.recommended}
            />
            <button
              type="button"
              className="text-sm text-brand-700 underline"
              aria-expanded={previewing}
              onClick={onPreview}
            >
              {previewing ? "Hide preview" : "Preview"}
              <span className="sr-only">: {entry.question.prompt}</span>
            </button>
          </div>
          {previewing && (
            <div className="mt-2 rounded border border-slate-200 bg-slate-50 p-3">
              <StudentView q={entry.question} showAnswer />
            </div>
          )}
        </div>
      </div>
    </li>
  );
}
