"use client";
// Editing a bank question: prompt, options and answer (in the shape its type needs),
// explanation and difficulty. The server runs the same validator as the generator; each
// problem it finds is shown beside the field it concerns, and nothing typed is thrown away.
// A choice question can take one of the generator's other distractors in place of an option.
import type { Difficulty, Question } from "@studykit/content";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { buttonClass } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { inputClass } from "~/components/ui/input";
import { Notice } from "~/components/ui/notice";
import { apiProblem, sentence } from "~/lib/api-error";
import { focusFirstInvalid } from "~/lib/focus";
import { DIFFICULTIES, DIFFICULTY_LABEL } from "~/lib/labels";

type Field = "prompt" | "options" | "answer" | "explanation" | "difficulty" | "acceptableAnswers";

/** Which field a validator message is about, so it shows beside that field. */
export function fieldOfIssue(message: string): Field | null {
  const m = message.toLowerCase();
  if (m.includes("in the prompt") || m.includes("elsewhere in the prompt")) return "prompt";
  if (m.startsWith("prompt") || m.includes("blank outside") || m.includes("is asked as if"))
    return "prompt";
  if (m.includes("explanation")) return "explanation";
  if (m.includes("cloze") || m.includes("missing words")) return "answer";
  if (m.includes("option") || m.includes("matching") || m.includes("pair") || m.includes("answer"))
    return "options";
  if (m.includes("difficulty")) return "difficulty";
  return null;
}

const VALIDATOR_PREFIX = /^the edited question is not valid:\s*/i;

interface Draft {
  prompt: string;
  explanation: string;
  difficulty: Difficulty;
  options: string[];
  answerIndex: number;
  trueFalse: boolean;
  clozeAnswer: string;
  acceptable: string;
  pairs: { left: string; right: string }[];
}

function draftOf(q: Question): Draft {
  return {
    prompt: q.prompt,
    explanation: q.explanation,
    difficulty: q.difficulty,
    options:
      q.type === "multiple_choice" || q.type === "numeric" || q.type === "attribution"
        ? [...q.options]
        : [],
    answerIndex:
      q.type === "multiple_choice" || q.type === "numeric" || q.type === "attribution"
        ? Math.max(0, q.options.indexOf(q.answer))
        : 0,
    trueFalse: q.type === "true_false" ? q.answer : true,
    clozeAnswer: q.type === "cloze" ? q.answer : "",
    acceptable: q.type === "cloze" ? q.acceptableAnswers.join("\n") : "",
    pairs: q.type === "matching" ? q.answer.map((p) => ({ ...p })) : [],
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only what changed, in the shapes editQuestion takes. */
function changesOf(q: Question, d: Draft) {
  const out: {
    prompt?: string;
    explanation?: string;
    difficulty?: Difficulty;
    options?: string[] | { left: string[]; right: string[] };
    answer?: string | boolean | { left: string; right: string }[];
    acceptableAnswers?: string[];
  } = {};
  if (d.prompt !== q.prompt) out.prompt = d.prompt;
  if (d.explanation !== q.explanation) out.explanation = d.explanation;
  if (d.difficulty !== q.difficulty) out.difficulty = d.difficulty;
  switch (q.type) {
    case "multiple_choice":
    case "numeric":
    case "attribution": {
      const answer = d.options[d.answerIndex] ?? "";
      if (!same(d.options, q.options)) out.options = d.options;
      if (answer !== q.answer || out.options) out.answer = answer;
      break;
    }
    case "true_false":
      if (d.trueFalse !== q.answer) out.answer = d.trueFalse;
      break;
    case "cloze": {
      if (d.clozeAnswer !== q.answer) out.answer = d.clozeAnswer;
      const acceptable = d.acceptable
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter(Boolean);
      if (!same(acceptable, q.acceptableAnswers)) out.acceptableAnswers = acceptable;
      break;
    }
    case "matching": {
      if (!same(d.pairs, q.answer)) {
        // Partners keep the shuffled order students see; only their words change.
        const right = q.options.right.map((r) => {
          const i = q.answer.findIndex((p) => p.right === r);
          return i >= 0 ? (d.pairs[i]?.right ?? r) : r;
        });
        out.options = { left: d.pairs.map((p) => p.left), right };
        out.answer = d.pairs;
      }
      break;
    }
    case "open":
      break;
  }
  return out;
}

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
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const [draft, setDraft] = useState(() => draftOf(question));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const promptRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => promptRef.current?.focus(), []);
  const changes = changesOf(question, draft);
  const dirty = Object.keys(changes).length > 0;

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
      const problem = apiProblem(e, "the question could not be saved");
      const fieldErrors: Partial<Record<Field, string>> = {};
      for (const [k, v] of Object.entries(problem.fieldErrors)) fieldErrors[k as Field] = v;
      let rest: string[] = [];
      if (problem.code === "BAD_REQUEST" && problem.message && !Object.keys(fieldErrors).length) {
        const raw = problem.message.replace(/\.$/, "").replace(VALIDATOR_PREFIX, "");
        for (const issue of raw.split(/;\s*/)) {
          const field = fieldOfIssue(issue);
          if (field)
            fieldErrors[field] = [fieldErrors[field], sentence(issue)].filter(Boolean).join(" ");
          else rest.push(sentence(issue));
        }
      } else if (!Object.keys(fieldErrors).length && problem.message) {
        rest = [problem.message];
      }
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
  const described = (field: Field, hint = false) =>
    [hint ? `${id(field)}-hint` : null, errors[field] ? `${id(field)}-error` : null]
      .filter(Boolean)
      .join(" ") || undefined;
  const error = (field: Field) =>
    errors[field] ? (
      <p id={`${id(field)}-error`} className="mt-1 text-sm text-red-800">
        {errors[field]}
      </p>
    ) : null;

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
      onKeyDown={(e) => {
        if (e.key === "Escape" && !confirmDiscard) {
          e.preventDefault();
          if (dirty) setConfirmDiscard(true);
          else onCancel();
        }
      }}
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

      {isChoice && (
        <fieldset aria-describedby={described("options", true)}>
          <legend className="font-medium">Options</legend>
          <p id={`${id("options")}-hint`} className="text-sm text-slate-700">
            Four different options; choose the correct one.
            {swappable.length > 0 && " Or swap a distractor for another the generator proposed."}
          </p>
          <div className="mt-2 space-y-2">
            {draft.options.map((o, i) => (
              <div key={i} className="flex items-center gap-2">
                <input
                  type="radio"
                  name={id("answer")}
                  id={id(`correct-${i}`)}
                  checked={draft.answerIndex === i}
                  onChange={() => set("answerIndex", i, "options")}
                  aria-label={`Option ${"ABCDEF"[i]} is correct`}
                />
                <label htmlFor={id(`option-${i}`)} className="w-6 shrink-0 font-semibold">
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
                    className={`${inputClass} w-44 shrink-0`}
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
      )}

      {q.type === "true_false" && (
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
      )}

      {q.type === "cloze" && (
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
      )}

      {q.type === "matching" && (
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
      )}

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
          {DIFFICULTIES.map((d) => (
            <option key={d} value={d}>
              {DIFFICULTY_LABEL[d]}
            </option>
          ))}
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
        <button
          type="button"
          className={buttonClass("secondary")}
          onClick={() => (dirty ? setConfirmDiscard(true) : onCancel())}
        >
          Cancel
        </button>
        {dirty && (
          <span className="self-center text-sm text-slate-700" role="status">
            Unsaved changes
          </span>
        )}
      </div>
      <ConfirmDialog
        open={confirmDiscard}
        title="Discard your changes?"
        confirmLabel="Discard changes"
        busy={false}
        onCancel={() => setConfirmDiscard(false)}
        onConfirm={() => {
          setConfirmDiscard(false);
          onCancel();
        }}
      >
        The edits you made to this question have not been saved.
      </ConfirmDialog>
    </form>
  );
}
