"use client";
// The assign form: which set (or class), a title, when it opens and is due, and the options;
// checked here first, then by the API, whose field errors show beside each field.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRef, useState } from "react";
import { buttonClass } from "~/components/ui/button";
import { plural } from "~/components/ui/format";
import { inputClass } from "~/components/ui/input";
import { Notice } from "~/components/ui/notice";
import { toLocalInput } from "~/components/ui/time";
import { apiProblem } from "~/lib/api-error";
import { useFieldErrors } from "~/hooks/use-field-errors";
import { focusFirstInvalid } from "~/lib/focus";
import { useTRPC } from "~/trpc/react";
import type { Assigned } from "./assign-dialog";
import {
  assignInput,
  defaultWindow,
  errorFieldOf,
  localProblems,
  type AssignFormValues,
} from "./assign-form-model";
import { AssignOptions } from "./assign-options";
import { AssignWindow } from "./assign-window";

export function AssignForm({
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
  const sets = useQuery({ ...trpc.sets.list.queryOptions(), enabled: !fixedSetId });
  const classes = useQuery({
    ...trpc.classes.list.queryOptions({ includeArchived: false }),
    enabled: !fixedClassId,
  });
  const [form, setForm] = useState<AssignFormValues>(() => {
    const { opens, due } = defaultWindow(new Date());
    return {
      setId: fixedSetId ?? "",
      classId: fixedClassId ?? "",
      title: "",
      opensAt: toLocalInput(opens),
      dueAt: toLocalInput(due),
      attempts: "1",
      unlimited: false,
      shuffleQuestions: false,
      shuffleOptions: true,
      feedback: "after_submit",
    };
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { id, describedBy, fieldError } = useFieldErrors(errors);
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const update = <K extends keyof AssignFormValues>(key: K, value: AssignFormValues[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    // Editing a field clears its error; the attempts box and its checkbox share one.
    const field = errorFieldOf(key);
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

  return (
    <form
      ref={formRef}
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const el = e.currentTarget.elements;
        const opensInput = el.namedItem("opensAt") as HTMLInputElement | null;
        const dueInput = el.namedItem("dueAt") as HTMLInputElement | null;
        const local = localProblems(form, {
          opensAt: !!opensInput?.validity.badInput,
          dueAt: !!dueInput?.validity.badInput,
        });
        if (Object.keys(local).length) {
          setErrors(local);
          setFormError("Check the fields marked below.");
          focusFirstInvalid(formRef.current);
          return;
        }
        setFormError(null);
        create.mutate(assignInput(form), createCallbacks);
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

      <AssignOptions
        id={id}
        form={form}
        update={update}
        errors={errors}
        describedBy={describedBy}
        fieldError={fieldError}
      />

      <AssignWindow opensAt={form.opensAt} dueAt={form.dueAt} />

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
