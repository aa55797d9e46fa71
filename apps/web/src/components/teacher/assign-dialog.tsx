"use client";
// The "assign a set" dialog: which set (or class), a title, when it opens and is due, how many
// attempts, shuffling, and when students see feedback. The API's field errors show beside each
// field. What was typed survives closing the dialog, until the assignment is made.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useRef, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { buttonClass } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { plural } from "~/components/ui/format";
import { inputClass } from "~/components/ui/input";
import { Notice } from "~/components/ui/notice";
import { formatDate, toLocalInput } from "~/components/ui/time";
import { apiProblem } from "~/lib/api-error";
import { focusFirstInvalid } from "~/lib/focus";
import { FEEDBACK_LABEL, type FeedbackTiming } from "~/lib/labels";

export interface Assigned {
  id: string;
  title: string;
  classId: string;
  opensAt: Date;
  dueAt: Date | null;
}

export function AssignDialog({
  open,
  onClose,
  onAssigned,
  classId,
  setId,
  title = "Assign a set",
}: {
  open: boolean;
  onClose: () => void;
  onAssigned: (assigned: Assigned) => void;
  /** The class to assign to; when absent the teacher picks one. */
  classId?: string;
  /** The set to assign; when absent the teacher picks one. */
  setId?: string;
  title?: string;
}) {
  // The form mounts at the first opening (in the browser, so its default dates are the
  // teacher's), then stays mounted so closing keeps what was typed.
  const [mounted, setMounted] = useState(false);
  const [generation, setGeneration] = useState(0);
  if (open && !mounted) setMounted(true);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      size="lg"
      description="Students see it on their home page from the opening time."
    >
      {mounted && (
        <AssignForm
          key={generation}
          classId={classId}
          setId={setId}
          onCancel={onClose}
          onAssigned={(a) => {
            setGeneration((g) => g + 1);
            onAssigned(a);
          }}
        />
      )}
    </Dialog>
  );
}

const FEEDBACK_HINT: Record<FeedbackTiming, string> = {
  immediately: "The right answer and explanation appear as soon as each question is answered.",
  after_submit: "Students review their answers once they hand in the whole set.",
  after_due: "Answers stay hidden until the due date, so early finishers cannot share them.",
};

/** A plain-words summary of when students can take it, under the date fields. */
function Window({ opensAt, dueAt }: { opensAt: string; dueAt: string }) {
  const opens = opensAt ? new Date(opensAt) : new Date();
  const due = dueAt ? new Date(dueAt) : null;
  if (Number.isNaN(opens.getTime()) || (due && Number.isNaN(due.getTime()))) return null;
  return (
    <p className="text-sm text-slate-700">
      {opensAt ? `Opens ${formatDate(opens)}` : "Opens as soon as you assign it"}
      {due ? `, due ${formatDate(due)}.` : ", with no due date."}
    </p>
  );
}

function defaultDates() {
  const now = new Date();
  const due = new Date(now);
  due.setDate(due.getDate() + 7);
  due.setHours(17, 0, 0, 0);
  return { opensAt: toLocalInput(now), dueAt: toLocalInput(due) };
}

function AssignForm({
  classId: fixedClassId,
  setId: fixedSetId,
  onCancel,
  onAssigned,
}: {
  classId?: string;
  setId?: string;
  onCancel: () => void;
  onAssigned: (assigned: Assigned) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const sets = useQuery({ ...trpc.sets.list.queryOptions(), enabled: !fixedSetId });
  const classes = useQuery({
    ...trpc.classes.list.queryOptions({ includeArchived: false }),
    enabled: !fixedClassId,
  });
  const [form, setForm] = useState(() => ({
    setId: fixedSetId ?? "",
    classId: fixedClassId ?? "",
    title: "",
    ...defaultDates(),
    attempts: "1",
    unlimited: false,
    shuffleQuestions: false,
    shuffleOptions: true,
    feedback: "after_submit" as FeedbackTiming,
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const update = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    // Editing a field clears its error; the attempts box and its checkbox share one.
    const field = key === "attempts" || key === "unlimited" ? "attemptsAllowed" : String(key);
    setErrors((all) => {
      const rest = { ...all };
      delete rest[field];
      return rest;
    });
  };

  const create = useMutation(trpc.assignments.create.mutationOptions());
  // Its callbacks go with each call: they use refs, which rendering must not read.
  const createCallbacks: Parameters<typeof create.mutate>[1] = {
    onSuccess: async (a, input) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.assignments.forClass.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.classes.list.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.sets.list.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.dashboard.class.queryKey() }),
      ]);
      onAssigned({ ...a, classId: input.classId });
    },
    onError: (e) => {
      const problem = apiProblem(e, "the set could not be assigned");
      setErrors(problem.fieldErrors);
      setFormError(problem.message);
      focusFirstInvalid(formRef.current);
    },
  };

  const chosenSet = sets.data?.find((s) => s.id === form.setId);
  const noSets = !fixedSetId && sets.isSuccess && sets.data.length === 0;
  const noClasses = !fixedClassId && classes.isSuccess && classes.data.length === 0;
  if (noSets || noClasses) {
    return (
      <div className="space-y-4">
        <Notice tone="info">
          {noSets
            ? "You have no question sets yet. Build one from the question bank first, then assign it here."
            : "You have no current classes. Create a class first, then assign this set to it."}
        </Notice>
        <div className="flex flex-wrap justify-end gap-2">
          <button type="button" className={buttonClass("secondary")} onClick={onCancel}>
            Close
          </button>
          <Link href={noSets ? "/teacher/sets/new" : "/teacher"} className={buttonClass("primary")}>
            {noSets ? "Build a set" : "Create a class"}
          </Link>
        </div>
      </div>
    );
  }

  const describedBy = (name: string, hint?: boolean) =>
    [hint ? `${id(name)}-hint` : null, errors[name] ? `${id(name)}-error` : null]
      .filter(Boolean)
      .join(" ") || undefined;
  const fieldError = (name: string) =>
    errors[name] ? (
      <p id={`${id(name)}-error`} className="mt-1 text-sm text-red-800">
        {errors[name]}
      </p>
    ) : null;

  return (
    <form
      ref={formRef}
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const local: Record<string, string> = {};
        if (!form.setId) local.setId = "Choose the set to assign.";
        if (!form.classId) local.classId = "Choose the class to assign it to.";
        const el = e.currentTarget.elements;
        const opensInput = el.namedItem("opensAt") as HTMLInputElement | null;
        const dueInput = el.namedItem("dueAt") as HTMLInputElement | null;
        if (opensInput?.validity.badInput)
          local.opensAt = "Enter a complete date and time, or clear the field to open it now.";
        if (dueInput?.validity.badInput)
          local.dueAt = "Enter a complete date and time, or clear the field for no due date.";
        const attempts = Number(form.attempts);
        if (!form.unlimited && (form.attempts.trim() === "" || !Number.isFinite(attempts)))
          local.attemptsAllowed = "Enter how many attempts each student has, or choose unlimited.";
        if (Object.keys(local).length) {
          setErrors(local);
          setFormError("Check the fields marked below.");
          focusFirstInvalid(formRef.current);
          return;
        }
        setFormError(null);
        create.mutate(
          {
            classId: form.classId,
            setId: form.setId,
            ...(form.title.trim() ? { title: form.title.trim() } : {}),
            ...(form.opensAt ? { opensAt: new Date(form.opensAt) } : {}),
            dueAt: form.dueAt ? new Date(form.dueAt) : null,
            attemptsAllowed: form.unlimited ? null : attempts,
            shuffleQuestions: form.shuffleQuestions,
            shuffleOptions: form.shuffleOptions,
            feedback: form.feedback,
          },
          createCallbacks,
        );
      }}
    >
      {formError && <Notice tone="error">{formError}</Notice>}

      {!fixedSetId && (
        <div>
          <label htmlFor={id("setId")} className="block font-medium">
            Question set
          </label>
          <select
            id={id("setId")}
            name="setId"
            className={`${inputClass} mt-1`}
            value={form.setId}
            onChange={(e) => update("setId", e.target.value)}
            aria-invalid={errors.setId ? true : undefined}
            aria-describedby={describedBy("setId")}
          >
            <option value="">{sets.isPending ? "Loading your sets…" : "Choose a set"}</option>
            {sets.data?.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title} ({plural(s.questions, "question")})
              </option>
            ))}
          </select>
          {fieldError("setId")}
        </div>
      )}

      {!fixedClassId && (
        <div>
          <label htmlFor={id("classId")} className="block font-medium">
            Class
          </label>
          <select
            id={id("classId")}
            name="classId"
            className={`${inputClass} mt-1`}
            value={form.classId}
            onChange={(e) => update("classId", e.target.value)}
            aria-invalid={errors.classId ? true : undefined}
            aria-describedby={describedBy("classId")}
          >
            <option value="">
              {classes.isPending ? "Loading your classes…" : "Choose a class"}
            </option>
            {classes.data?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({plural(c.students, "student")})
              </option>
            ))}
          </select>
          {fieldError("classId")}
        </div>
      )}

      <div>
        <label htmlFor={id("title")} className="block font-medium">
          Title <span className="font-normal text-slate-700">(optional)</span>
        </label>
        <p id={`${id("title")}-hint`} className="text-sm text-slate-700">
          Students see this. Leave it empty to use the set&rsquo;s title
          {chosenSet ? `, “${chosenSet.title}”` : ""}.
        </p>
        <input
          id={id("title")}
          name="title"
          className={`${inputClass} mt-1`}
          value={form.title}
          maxLength={120}
          onChange={(e) => update("title", e.target.value)}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describedBy("title", true)}
        />
        {fieldError("title")}
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={id("opensAt")} className="block font-medium">
            Opens
          </label>
          <p id={`${id("opensAt")}-hint`} className="text-sm text-slate-700">
            Empty: open now.
          </p>
          <input
            id={id("opensAt")}
            name="opensAt"
            type="datetime-local"
            className={`${inputClass} mt-1`}
            value={form.opensAt}
            onChange={(e) => update("opensAt", e.target.value)}
            aria-invalid={errors.opensAt ? true : undefined}
            aria-describedby={describedBy("opensAt", true)}
          />
          {fieldError("opensAt")}
        </div>
        <div>
          <label htmlFor={id("dueAt")} className="block font-medium">
            Due
          </label>
          <p id={`${id("dueAt")}-hint`} className="text-sm text-slate-700">
            Empty: no due date.
          </p>
          <input
            id={id("dueAt")}
            name="dueAt"
            type="datetime-local"
            className={`${inputClass} mt-1`}
            value={form.dueAt}
            onChange={(e) => update("dueAt", e.target.value)}
            aria-invalid={errors.dueAt ? true : undefined}
            aria-describedby={describedBy("dueAt", true)}
          />
          {fieldError("dueAt")}
        </div>
      </div>

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

      <Window opensAt={form.opensAt} dueAt={form.dueAt} />

      <div className="flex flex-wrap justify-end gap-2 border-t border-slate-200 pt-4">
        <button type="button" className={buttonClass("secondary")} onClick={onCancel}>
          Cancel
        </button>
        <button
          type="submit"
          className={buttonClass("primary")}
          disabled={create.isPending}
          aria-busy={create.isPending}
        >
          {create.isPending ? "Assigning…" : "Assign"}
        </button>
      </div>
    </form>
  );
}
