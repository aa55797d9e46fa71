"use client";
// The assign form's options: attempts per student, shuffling, and when answers and feedback show.
import type { ReactNode } from "react";
import { inputClass } from "~/components/ui/input";
import { FEEDBACK_LABEL, type FeedbackTiming } from "~/lib/labels";
import { FEEDBACK_HINT, type AssignFormValues } from "./assign-form-model";

export function AssignOptions({
  id,
  form,
  update,
  errors,
  describedBy,
  fieldError,
}: {
  id: (name: string) => string;
  form: AssignFormValues;
  update: <K extends keyof AssignFormValues>(key: K, value: AssignFormValues[K]) => void;
  errors: Record<string, string>;
  describedBy: (name: string, hint?: boolean) => string | undefined;
  fieldError: (name: string) => ReactNode;
}) {
  return (
    <>
      <fieldset aria-describedby={describedBy("attemptsAllowed")}>
        <legend className="font-medium">Attempts per student</legend>
        <div className="mt-1 flex flex-wrap items-center gap-4">
          <label htmlFor={id("attemptsAllowed")} className="sr-only">
            Number of attempts
          </label>
          <input
            id={id("attemptsAllowed")}
            name="attemptsAllowed"
            type="number"
            min={1}
            max={20}
            inputMode="numeric"
            className={`${inputClass} w-24!`}
            value={form.attempts}
            disabled={form.unlimited}
            onChange={(e) => update("attempts", e.target.value)}
            aria-invalid={errors.attemptsAllowed ? true : undefined}
            aria-describedby={describedBy("attemptsAllowed")}
          />
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              name="unlimited"
              checked={form.unlimited}
              onChange={(e) => update("unlimited", e.target.checked)}
            />
            Unlimited attempts
          </label>
        </div>
        {fieldError("attemptsAllowed")}
      </fieldset>

      <fieldset>
        <legend className="font-medium">Shuffling</legend>
        <div className="mt-1 space-y-1">
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              name="shuffleQuestions"
              checked={form.shuffleQuestions}
              onChange={(e) => update("shuffleQuestions", e.target.checked)}
            />
            Shuffle the order of questions for each student
          </label>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              name="shuffleOptions"
              checked={form.shuffleOptions}
              onChange={(e) => update("shuffleOptions", e.target.checked)}
            />
            Shuffle the options within each question
          </label>
        </div>
      </fieldset>

      <fieldset aria-describedby={describedBy("feedback")}>
        <legend className="font-medium">Show answers and feedback</legend>
        <div className="mt-1 space-y-2">
          {(Object.keys(FEEDBACK_LABEL) as FeedbackTiming[]).map((value) => (
            <label key={value} className="flex items-start gap-2">
              <input
                type="radio"
                name="feedback"
                value={value}
                className="mt-1.5"
                checked={form.feedback === value}
                onChange={() => update("feedback", value)}
                aria-invalid={errors.feedback && form.feedback === value ? true : undefined}
              />
              <span>
                <span className="font-medium">{FEEDBACK_LABEL[value]}</span>
                <span className="block text-sm text-slate-700">{FEEDBACK_HINT[value]}</span>
              </span>
            </label>
          ))}
        </div>
        {fieldError("feedback")}
      </fieldset>
    </>
  );
}
