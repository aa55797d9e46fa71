"use client";
// A form's fields and their errors: an id for each field (unique on the page), the
// aria-describedby that points at its hint and its error, and the error line shown under it.
import { useId, type ReactNode } from "react";

export function useFieldErrors<F extends string>(errors: Partial<Record<F, string>>) {
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const describedBy = (name: F, hint = false) =>
    [hint ? `${id(name)}-hint` : null, errors[name] ? `${id(name)}-error` : null]
      .filter(Boolean)
      .join(" ") || undefined;
  const fieldError = (name: F): ReactNode =>
    errors[name] ? (
      <p id={`${id(name)}-error`} className="mt-1 text-sm text-red-800">
        {errors[name]}
      </p>
    ) : null;
  return { id, describedBy, fieldError };
}
