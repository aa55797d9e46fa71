"use client";
// Asking for a mix: how many questions, how many of each type (with how many the bank has),
// and what difficulty.
import type { Difficulty, QuestionType } from "@studykit/content";
import { matchesFilter } from "~/components/teacher/question-picker/question-filter";
import { useAcceptedQuestions } from "~/components/teacher/question-picker/use-accepted-questions";
import { DifficultyOptions } from "~/components/teacher/question-options";
import { inputClass } from "~/components/ui/input";
import { QUESTION_TYPE_LABEL, QUESTION_TYPES_IN_ORDER } from "~/lib/labels";
import { typesSummary, type MixState } from "./mix";

export function MixForm({
  articleId,
  mix,
  onChange,
  errors,
}: {
  articleId: string;
  mix: MixState;
  onChange: (m: MixState) => void;
  errors: Record<string, string>;
}) {
  const bank = useAcceptedQuestions(articleId);
  const available = (t: QuestionType) =>
    bank.data?.filter((e) => matchesFilter(e.question, { type: t, difficulty: mix.difficulty }))
      .length;
  const requested = Object.values(mix.types).reduce((s, n) => s + (Number(n) || 0), 0);
  const count = Number(mix.count) || 0;
  return (
    <section
      aria-labelledby="mix-heading"
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="mix-heading" className="text-lg font-semibold">
        The mix
      </h2>
      <p className="text-sm text-slate-700">
        StudyKit takes the best accepted questions first, one per key fact until every fact has one,
        and lists them best first.
      </p>
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="mix-count" className="block font-medium">
            Number of questions
          </label>
          <input
            id="mix-count"
            type="number"
            min={1}
            max={50}
            inputMode="numeric"
            className={`${inputClass} mt-1`}
            value={mix.count}
            onChange={(e) => onChange({ ...mix, count: e.target.value })}
            aria-invalid={errors.count ? true : undefined}
            aria-describedby={errors.count ? "mix-count-error" : undefined}
          />
          {errors.count && (
            <p id="mix-count-error" className="mt-1 text-sm text-red-800">
              {errors.count}
            </p>
          )}
        </div>
        <div>
          <label htmlFor="mix-difficulty" className="block font-medium">
            Difficulty
          </label>
          <select
            id="mix-difficulty"
            className={`${inputClass} mt-1`}
            value={mix.difficulty}
            onChange={(e) => onChange({ ...mix, difficulty: e.target.value as Difficulty | "" })}
          >
            <DifficultyOptions any="Any difficulty" suffix=" only" />
          </select>
        </div>
      </div>
      <fieldset className="mt-4" aria-describedby="mix-types-summary">
        <legend className="font-medium">How many of each type (optional)</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {QUESTION_TYPES_IN_ORDER.map((t) => {
            const n = available(t);
            return (
              <div key={t}>
                <label htmlFor={`mix-${t}`} className="block text-sm font-medium">
                  {QUESTION_TYPE_LABEL[t]}
                </label>
                <input
                  id={`mix-${t}`}
                  type="number"
                  min={0}
                  max={50}
                  inputMode="numeric"
                  className={`${inputClass} mt-1`}
                  value={mix.types[t] ?? ""}
                  placeholder="0"
                  onChange={(e) =>
                    onChange({ ...mix, types: { ...mix.types, [t]: e.target.value } })
                  }
                  aria-describedby={`mix-${t}-available`}
                />
                <p
                  id={`mix-${t}-available`}
                  className={`mt-0.5 text-xs ${n !== undefined && (Number(mix.types[t]) || 0) > n ? "font-semibold text-red-800" : "text-slate-700"}`}
                >
                  {n === undefined
                    ? "\u00a0"
                    : (Number(mix.types[t]) || 0) > n
                      ? `Only ${n} available${mix.difficulty ? ` at ${mix.difficulty} difficulty` : ""}`
                      : `${n} available`}
                </p>
              </div>
            );
          })}
        </div>
        <p id="mix-types-summary" className="mt-2 text-sm text-slate-700" aria-live="polite">
          {typesSummary(requested, count)}
        </p>
      </fieldset>
    </section>
  );
}
