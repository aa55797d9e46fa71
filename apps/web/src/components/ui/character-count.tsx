"use client";
// Under a text field with a limit: empty until 90% of it is used, then "4,612 of 5,000
// characters", and past it how many too many, in red. Polite, so a screen reader hears it once.
import { limitCount, limitState } from "~/lib/character-limit";
import { useLocale } from "~/lib/use-locale";

export function CharacterCount({
  id,
  length,
  limit,
}: {
  id: string;
  length: number;
  limit: number;
}) {
  const locale = useLocale();
  const over = limitState(length, limit) === "over";
  return (
    <p
      id={id}
      aria-live="polite"
      className={`text-sm empty:hidden ${over ? "font-medium text-red-800" : "text-slate-700"}`}
    >
      {limitCount(length, limit, locale)}
    </p>
  );
}
