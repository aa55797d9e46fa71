"use client";
// The answer part of the question editor, in the shape each type needs: the options and the
// correct one (with distractors to swap in), true or false, the missing words and other
// spellings, or the matching pairs.
import type { ReactNode } from "react";
import { inputClass } from "~/components/ui/input";
import type { Draft, Field } from "./draft";

/** What every field of the editor uses: ids, the draft, its errors and how to change it. */
export interface FieldKit {
  id: (name: string) => string;
  draft: Draft;
  errors: Partial<Record<Field, string>>;
  set: <K extends keyof Draft>(key: K, value: Draft[K], field: Field) => void;
  described: (field: Field, hint?: boolean) => string | undefined;
  error: (field: Field) => ReactNode;
}

/** Four options with the correct one chosen; a distractor can be swapped for a proposed one. */
export function ChoiceOptions({ kit, swappable }: { kit: FieldKit; swappable: string[] }) {
  const { id, draft, errors, set, described, error } = kit;
  return (
    <fieldset aria-describedby={described("options", true)}>
      <legend className="font-medium">Options</legend>
      <p id={`${id("options")}-hint`} className="text-sm text-slate-700">
        Four different options; choose the correct one.
        {swappable.length > 0 && " Or swap a distractor for another the generator proposed."}
      </p>
      {/* Laid out by the card's own width, not the screen's: the review page puts the card in a
          narrow column on a wide screen. Narrow, each swap list goes under its option's text. */}
      <div className="@container mt-2">
        {draft.options.map((o, i) => (
          <div
            key={i}
            className="mb-2 grid grid-cols-[auto_1.5rem_minmax(0,1fr)] items-center gap-x-2 gap-y-1 @lg:grid-cols-[auto_1.5rem_minmax(0,1fr)_11rem]"
          >
            <input
              type="radio"
              name={id("answer")}
              id={id(`correct-${i}`)}
              checked={draft.answerIndex === i}
              onChange={() => set("answerIndex", i, "options")}
              aria-label={`Option ${"ABCDEF"[i]} is correct`}
            />
            <label htmlFor={id(`option-${i}`)} className="font-semibold">
              {"ABCDEF"[i]}
              <span className="sr-only"> option text</span>
            </label>
            <input
              id={id(`option-${i}`)}
              className={inputClass}
              value={o}
              onChange={(e) =>
                set(
                  "options",
                  draft.options.map((x, j) => (j === i ? e.target.value : x)),
                  "options",
                )
              }
              aria-invalid={errors.options ? true : undefined}
              aria-describedby={errors.options ? `${id("options")}-error` : undefined}
            />
            {swappable.length > 0 && i !== draft.answerIndex && (
              <select
                className={`${inputClass} col-start-3 @lg:col-start-4`}
                aria-label={`Swap option ${"ABCDEF"[i]} for another distractor`}
                value=""
                onChange={(e) => {
                  if (!e.target.value) return;
                  set(
                    "options",
                    draft.options.map((x, j) => (j === i ? e.target.value : x)),
                    "options",
                  );
                }}
              >
                <option value="">Swap for…</option>
                {swappable.map((alt) => (
                  <option key={alt} value={alt}>
                    {alt}
                  </option>
                ))}
              </select>
            )}
          </div>
        ))}
      </div>
      {error("options")}
      {error("answer")}
    </fieldset>
  );
}

export function TrueFalseAnswer({ kit }: { kit: FieldKit }) {
  const { id, draft, set, described, error } = kit;
  return (
    <fieldset aria-describedby={described("answer")}>
      <legend className="font-medium">The statement is</legend>
      <div className="mt-1 flex gap-4">
        {[true, false].map((v) => (
          <label key={String(v)} className="flex items-center gap-2">
            <input
              type="radio"
              name={id("tf")}
              checked={draft.trueFalse === v}
              onChange={() => set("trueFalse", v, "answer")}
            />
            {v ? "True" : "False"}
          </label>
        ))}
      </div>
      {error("answer")}
    </fieldset>
  );
}

export function ClozeAnswer({ kit }: { kit: FieldKit }) {
  const { id, draft, errors, set, described, error } = kit;
  return (
    <>
      <div>
        <label htmlFor={id("answer")} className="block font-medium">
          Missing words
        </label>
        <input
          id={id("answer")}
          className={`${inputClass} mt-1`}
          value={draft.clozeAnswer}
          onChange={(e) => set("clozeAnswer", e.target.value, "answer")}
          aria-invalid={errors.answer ? true : undefined}
          aria-describedby={described("answer")}
        />
        {error("answer")}
      </div>
      <div>
        <label htmlFor={id("acceptableAnswers")} className="block font-medium">
          Other accepted spellings <span className="font-normal">(one per line)</span>
        </label>
        <textarea
          id={id("acceptableAnswers")}
          rows={2}
          className={`${inputClass} mt-1`}
          value={draft.acceptable}
          onChange={(e) => set("acceptable", e.target.value, "acceptableAnswers")}
          aria-invalid={errors.acceptableAnswers ? true : undefined}
          aria-describedby={described("acceptableAnswers")}
        />
        {error("acceptableAnswers")}
      </div>
    </>
  );
}

/** Each item and its partner; students see the partners shuffled. */
export function MatchingPairs({ kit }: { kit: FieldKit }) {
  const { id, draft, set, described, error } = kit;
  return (
    <fieldset aria-describedby={described("options", true)}>
      <legend className="font-medium">Pairs</legend>
      <p id={`${id("options")}-hint`} className="text-sm text-slate-700">
        Each item and its partner. Students see the partners shuffled.
      </p>
      <div className="mt-2 space-y-2">
        {draft.pairs.map((p, i) => (
          <div key={i} className="grid gap-2 sm:grid-cols-2">
            <div>
              <label htmlFor={id(`left-${i}`)} className="sr-only">
                Item {i + 1}
              </label>
              <input
                id={id(`left-${i}`)}
                className={inputClass}
                value={p.left}
                onChange={(e) =>
                  set(
                    "pairs",
                    draft.pairs.map((x, j) => (j === i ? { ...x, left: e.target.value } : x)),
                    "options",
                  )
                }
              />
            </div>
            <div>
              <label htmlFor={id(`right-${i}`)} className="sr-only">
                Partner of item {i + 1}
              </label>
              <input
                id={id(`right-${i}`)}
                className={inputClass}
                value={p.right}
                onChange={(e) =>
                  set(
                    "pairs",
                    draft.pairs.map((x, j) => (j === i ? { ...x, right: e.target.value } : x)),
                    "options",
                  )
                }
              />
            </div>
          </div>
        ))}
      </div>
      {error("options")}
      {error("answer")}
    </fieldset>
  );
}
