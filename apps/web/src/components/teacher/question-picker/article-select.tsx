"use client";
// Which article's bank to pick from, with how many of its questions are accepted. A set may draw
// on several articles: switching keeps what was already picked.
import type { RouterOutputs } from "~/components/teacher/types";
import { inputClass } from "~/components/ui/input";

type ArticleSummary = Pick<RouterOutputs["articles"]["list"][number], "id" | "title" | "accepted">;

export function ArticleSelect({
  id,
  articles,
  value,
  onChange,
  label = "Article",
  hint,
}: {
  id: string;
  articles: readonly ArticleSummary[];
  value: string;
  onChange: (articleId: string) => void;
  label?: string;
  hint?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select
        id={id}
        className={`${inputClass} mt-1`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      >
        {articles.map((a) => (
          <option key={a.id} value={a.id}>
            {a.title} ({a.accepted} accepted)
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-700">
          {hint}
        </p>
      )}
    </div>
  );
}
