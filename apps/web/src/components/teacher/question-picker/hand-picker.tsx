"use client";
// Picking a set's questions by hand (building a set, or editing one): one article's accepted
// questions, filtered, on the left; the set in order on the right, with up, down and remove. The
// set keeps what was picked from other articles, so it can draw on several.
import type { Difficulty, QuestionType } from "@studykit/content";
import { useState } from "react";
import { buttonClass } from "~/components/ui/button";
import { plural } from "~/components/ui/format";
import { inputClass } from "~/components/ui/input";
import { QueryError } from "~/components/ui/query-state";
import { Skeleton } from "~/components/ui/skeleton";
import { DifficultyOptions, QuestionTypeOptions } from "~/components/teacher/question-options";
import { PickRow } from "./pick-row";
import { matchesFilter } from "./question-filter";
import { useAcceptedQuestions } from "./use-accepted-questions";

/** A question in the set being built, with its prompt (it may come from another article). */
export interface PickedQuestion {
  id: string;
  prompt: string;
}

export function HandPicker({
  articleId,
  picked,
  onChange,
  error,
}: {
  articleId: string;
  picked: PickedQuestion[];
  onChange: (questions: PickedQuestion[]) => void;
  error?: string;
}) {
  const bank = useAcceptedQuestions(articleId);
  const [type, setType] = useState<QuestionType | "">("");
  const [difficulty, setDifficulty] = useState<Difficulty | "">("");
  const [search, setSearch] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const [previewing, setPreviewing] = useState<string | null>(null);
  const pickedIds = new Set(picked.map((p) => p.id));
  const visible = (bank.data ?? []).filter((e) =>
    matchesFilter(e.question, { type, difficulty, search }),
  );
  const move = (index: number, by: -1 | 1) => {
    const next = [...picked];
    const [item] = next.splice(index, 1);
    if (!item) return;
    next.splice(index + by, 0, item);
    onChange(next);
    setAnnouncement(`Moved to position ${index + by + 1} of ${next.length}.`);
  };

  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <section
        aria-labelledby="available-heading"
        className="rounded-lg border border-slate-200 bg-white p-4"
      >
        <h2 id="available-heading" className="text-lg font-semibold">
          Questions in the bank
        </h2>
        <p className="text-sm text-slate-700">
          Accepted questions, best first; pending, rejected and disabled ones are not listed.
        </p>
        <div className="mt-3 grid gap-3 sm:grid-cols-3">
          <div className="sm:col-span-3">
            <label htmlFor="pick-search" className="block text-sm font-medium">
              Search the prompts
            </label>
            <input
              id="pick-search"
              type="search"
              className={`${inputClass} mt-1`}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          </div>
          <div>
            <label htmlFor="pick-type" className="block text-sm font-medium">
              Type
            </label>
            <select
              id="pick-type"
              className={`${inputClass} mt-1`}
              value={type}
              onChange={(e) => setType(e.target.value as QuestionType | "")}
            >
              <QuestionTypeOptions any="All types" />
            </select>
          </div>
          <div>
            <label htmlFor="pick-difficulty" className="block text-sm font-medium">
              Difficulty
            </label>
            <select
              id="pick-difficulty"
              className={`${inputClass} mt-1`}
              value={difficulty}
              onChange={(e) => setDifficulty(e.target.value as Difficulty | "")}
            >
              <DifficultyOptions any="Any difficulty" />
            </select>
          </div>
          <p role="status" className="self-end text-sm text-slate-700">
            {bank.data ? `${plural(visible.length, "question")} shown` : ""}
          </p>
        </div>
        {bank.isPending ? (
          <Skeleton className="mt-3 h-64" />
        ) : bank.isError ? (
          <QueryError
            title="The questions could not be loaded."
            error={bank.error}
            onRetry={bank.refetch}
          />
        ) : visible.length === 0 ? (
          <p className="mt-3 text-slate-700">
            {bank.data.length === 0
              ? "No accepted questions yet. Review the article's questions to use them here."
              : "No questions match. Try another type or difficulty."}
          </p>
        ) : (
          <ul className="relative mt-3 max-h-[36rem] divide-y divide-slate-200 overflow-y-auto rounded border border-slate-200">
            {visible.map((e) => (
              <PickRow
                key={e.id}
                entry={e}
                checked={pickedIds.has(e.id)}
                previewing={previewing === e.id}
                onPreview={() => setPreviewing(previewing === e.id ? null : e.id)}
                onToggle={(on) =>
                  onChange(
                    on
                      ? [...picked, { id: e.id, prompt: e.question.prompt }]
                      : picked.filter((p) => p.id !== e.id),
                  )
                }
              />
            ))}
          </ul>
        )}
      </section>

      <section
        aria-labelledby="picked-heading"
        className="self-start rounded-lg border border-slate-200 bg-white p-4 lg:sticky lg:top-4"
      >
        <h2 id="picked-heading" className="text-lg font-semibold">
          Your set ({picked.length})
        </h2>
        <p className="sr-only" role="status">
          {announcement}
        </p>
        {error && (
          <p id="picked-error" className="mt-1 text-sm text-red-800">
            {error}
          </p>
        )}
        {picked.length === 0 ? (
          <p className="mt-2 text-slate-700">
            Tick questions in the list to add them. They appear here in the order students will meet
            them (unless you shuffle when assigning).
          </p>
        ) : (
          <ol className="mt-2 space-y-2">
            {picked.map(({ id, prompt }, i) => {
              return (
                <li key={id} className="rounded border border-slate-200 p-2">
                  <p className="text-sm">
                    <span className="font-semibold">{i + 1}.</span> {prompt}
                  </p>
                  <div className="mt-1 flex flex-wrap gap-1">
                    <button
                      type="button"
                      className={buttonClass("secondary", "sm")}
                      disabled={i === 0}
                      onClick={() => move(i, -1)}
                      aria-label={`Move question ${i + 1} up`}
                    >
                      <span aria-hidden="true">↑</span> Up
                    </button>
                    <button
                      type="button"
                      className={buttonClass("secondary", "sm")}
                      disabled={i === picked.length - 1}
                      onClick={() => move(i, 1)}
                      aria-label={`Move question ${i + 1} down`}
                    >
                      <span aria-hidden="true">↓</span> Down
                    </button>
                    <button
                      type="button"
                      className={buttonClass("secondary", "sm")}
                      onClick={() => {
                        onChange(picked.filter((x) => x.id !== id));
                        setAnnouncement(`Removed question ${i + 1}.`);
                      }}
                      aria-label={`Remove question ${i + 1} from the set`}
                    >
                      Remove
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}
