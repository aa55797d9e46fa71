"use client";
// A key fact with its questions: its wording (reworded in place by the fact editor), its stance
// and the questions built on it.
import { useRef, type ReactNode } from "react";
import { Badge } from "~/components/ui/badge";
import { buttonClass } from "~/components/ui/button";
import { STANCE_LABEL } from "~/lib/labels";
import { FactEditor } from "./fact-editor";
import { SaveLine } from "./save-line";
import type { Filter, ReviewFact, SaveState } from "./types";

export function FactSection({
  fact,
  number,
  canEdit,
  selected,
  editing,
  save,
  filter,
  onSelect,
  onEdit,
  onSaved,
  children,
}: {
  fact: ReviewFact;
  number: number;
  canEdit: boolean;
  selected: boolean;
  editing: boolean;
  save?: SaveState;
  filter: Filter;
  onSelect: () => void;
  onEdit: (on: boolean) => void;
  onSaved: (message: string) => void;
  children: ReactNode[];
}) {
  const headingId = `fact-${fact.id}`;
  const editButton = useRef<HTMLButtonElement>(null);
  return (
    <section
      aria-labelledby={headingId}
      className={`rounded-lg border bg-white p-4 ${selected ? "border-brand-600 ring-2 ring-brand-600" : "border-slate-200"}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          Key fact {number}
        </h2>
        <span className="flex flex-wrap gap-1.5">
          <Badge tone={fact.stance === "stated" ? "neutral" : "warning"}>
            {STANCE_LABEL[fact.stance]}
            {fact.attribution && fact.stance !== "stated" ? `: ${fact.attribution}` : ""}
          </Badge>
          {fact.edited && <Badge tone="success">Reworded</Badge>}
        </span>
      </div>
      {editing ? (
        <FactEditor
          fact={fact}
          number={number}
          onDone={(message) => {
            onEdit(false);
            if (message) onSaved(message);
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      ) : (
        <>
          <p className="mt-2" data-fact-text>
            {fact.text}
          </p>
          {fact.edited && (
            <p className="mt-1 text-sm text-slate-700">Generated wording: {fact.generatedText}</p>
          )}
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="button" className={buttonClass("quiet", "sm")} onClick={onSelect}>
              Show in the article<span className="sr-only">: key fact {number}</span>
            </button>
            {canEdit && (
              <button
                ref={editButton}
                type="button"
                className={buttonClass("secondary", "sm")}
                onClick={() => onEdit(true)}
              >
                Edit fact<span className="sr-only"> {number}</span>
              </button>
            )}
          </div>
          <SaveLine save={save} />
        </>
      )}
      {children.length > 0 ? (
        <ol className="mt-4 space-y-4" aria-label={`Questions on key fact ${number}`}>
          {children}
        </ol>
      ) : (
        <p className="mt-3 text-sm text-slate-700">
          {filter === "all"
            ? "No questions are built on this fact alone."
            : `No ${filter} questions on this fact.`}
        </p>
      )}
    </section>
  );
}
