"use client";
// The bank's filters: the article (with its review state and a link to the review), review
// status, type, difficulty, in use or disabled, key fact; showing answers; clearing them all.
import Link from "next/link";
import { DifficultyOptions, QuestionTypeOptions } from "~/components/teacher/question-options";
import type { ArticleDetail } from "~/components/teacher/types";
import { buttonClass } from "~/components/ui/button";
import { plural } from "~/components/ui/format";
import { inputClass } from "~/components/ui/input";
import {
  CLEAR_FILTERS,
  factOption,
  isFiltered,
  REVIEW_LABEL,
  REVIEW_STATUSES,
  type BankFilters as Filters,
} from "./bank-params";
import type { BankArticle } from "./types";

export function BankFilters({
  articleId,
  articles,
  article,
  filters,
  showAnswers,
  onShowAnswers,
  onFilter,
}: {
  articleId: string;
  articles: BankArticle[];
  /** The chosen article, once loaded: its facts fill the fact filter. */
  article: ArticleDetail | undefined;
  filters: Filters;
  showAnswers: boolean;
  onShowAnswers: (on: boolean) => void;
  onFilter: (changes: Record<string, string | undefined>) => void;
}) {
  const { type, difficulty, review, factId, status } = filters;
  const current = articles.find((a) => a.id === articleId);
  return (
    <form
      role="search"
      aria-label="Filter questions"
      className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="sm:col-span-2 lg:col-span-3">
        <label htmlFor="bank-article" className="block font-medium">
          Article
        </label>
        <select
          id="bank-article"
          className={`${inputClass} mt-1`}
          value={articleId}
          onChange={(e) => onFilter({ article: e.target.value, fact: undefined })}
        >
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title} ({plural(a.questions, "question")})
            </option>
          ))}
        </select>
        {current && (
          <p className="mt-1 text-sm text-slate-700">
            {current.pending > 0
              ? `${plural(current.pending, "question")} ${current.pending === 1 ? "waits" : "wait"} for review. `
              : ""}
            <Link
              href={`/teacher/articles/${articleId}/review`}
              className="font-medium text-brand-700 underline"
            >
              {current.canEdit ? "Review this article's questions" : "See this article's review"}
            </Link>
          </p>
        )}
      </div>
      <div>
        <label htmlFor="bank-review" className="block font-medium">
          Review
        </label>
        <select
          id="bank-review"
          className={`${inputClass} mt-1`}
          value={review ?? ""}
          onChange={(e) => onFilter({ review: e.target.value || undefined })}
        >
          <option value="">Any review status</option>
          {REVIEW_STATUSES.map((r) => (
            <option key={r} value={r}>
              {REVIEW_LABEL[r]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="bank-type" className="block font-medium">
          Type
        </label>
        <select
          id="bank-type"
          className={`${inputClass} mt-1`}
          value={type ?? ""}
          onChange={(e) => onFilter({ type: e.target.value || undefined })}
        >
          <QuestionTypeOptions any="All types" />
        </select>
      </div>
      <div>
        <label htmlFor="bank-difficulty" className="block font-medium">
          Difficulty
        </label>
        <select
          id="bank-difficulty"
          className={`${inputClass} mt-1`}
          value={difficulty ?? ""}
          onChange={(e) => onFilter({ difficulty: e.target.value || undefined })}
        >
          <DifficultyOptions any="Any difficulty" />
        </select>
      </div>
      <div>
        <label htmlFor="bank-status" className="block font-medium">
          Status
        </label>
        <select
          id="bank-status"
          className={`${inputClass} mt-1`}
          value={status}
          onChange={(e) =>
            onFilter({ status: e.target.value === "all" ? undefined : e.target.value })
          }
        >
          <option value="all">In use and disabled</option>
          <option value="active">In use only</option>
          <option value="disabled">Disabled only</option>
        </select>
      </div>
      <div className="sm:col-span-2 lg:col-span-3">
        <label htmlFor="bank-fact" className="block font-medium">
          Key fact
        </label>
        <select
          id="bank-fact"
          className={`${inputClass} mt-1`}
          value={factId ?? ""}
          disabled={!article}
          onChange={(e) => onFilter({ fact: e.target.value || undefined })}
        >
          <option value="">All key facts</option>
          {article?.facts.map((f, i) => (
            <option key={f.id} value={f.id}>
              {factOption(f.text, i)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-3">
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={showAnswers}
            onChange={(e) => onShowAnswers(e.target.checked)}
          />
          Show answers and sources
        </label>
        {isFiltered(filters) && (
          <button
            type="button"
            className={buttonClass("quiet", "sm")}
            onClick={() => onFilter(CLEAR_FILTERS)}
          >
            Clear filters
          </button>
        )}
      </div>
    </form>
  );
}
