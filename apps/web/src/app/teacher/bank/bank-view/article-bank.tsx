"use client";
// One article's questions in the bank: the filters, how many match, the chosen key fact, the
// questions twenty at a time, and a confirmation that stays when a question leaves the list.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import { buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { plural } from "~/components/ui/format";
import { Notice } from "~/components/ui/notice";
import { QueryError } from "~/components/ui/query-state";
import { Skeleton } from "~/components/ui/skeleton";
import { useTRPC } from "~/trpc/react";
import { BankFilters } from "./bank-filters";
import { byDisabled, CLEAR_FILTERS, isFiltered, type BankFilters as Filters } from "./bank-params";
import { BankQuestion } from "./bank-question";
import type { BankArticle } from "./types";

const PAGE = 20;

export function ArticleBank({
  articleId,
  articles,
  filters,
  onFilter,
}: {
  articleId: string;
  articles: BankArticle[];
  filters: Filters;
  onFilter: (changes: Record<string, string | undefined>) => void;
}) {
  const { type, difficulty, review, factId, status } = filters;
  const trpc = useTRPC();
  const article = useQuery(trpc.articles.get.queryOptions({ articleId }));
  const bank = useQuery({
    ...trpc.articles.bank.queryOptions({
      articleId,
      ...(type ? { type } : {}),
      ...(difficulty ? { difficulty } : {}),
      ...(factId ? { factId } : {}),
      ...(review ? { reviewStatus: review } : {}),
      includeDisabled: true,
    }),
    placeholderData: keepPreviousData,
  });
  const [shown, setShown] = useState(PAGE);
  const [showAnswers, setShowAnswers] = useState(true);
  // Outside the list: a question that leaves the filtered list still gets its confirmation.
  const [toast, setToast] = useState<{ text: string; tone: "success" | "error" } | null>(null);
  const filterKey = `${type}|${difficulty}|${factId}|${status}|${review}`;
  const lastFilter = useRef(filterKey);
  useEffect(() => {
    if (lastFilter.current !== filterKey) {
      lastFilter.current = filterKey;
      setShown(PAGE);
    }
  }, [filterKey]);

  const sentences = useMemo(
    () => new Map((article.data?.sentences ?? []).map((s) => [s.id, s.text])),
    [article.data],
  );
  const facts = useMemo(
    () => new Map((article.data?.facts ?? []).map((f, i) => [f.id, { ...f, number: i + 1 }])),
    [article.data],
  );
  const entries = byDisabled(bank.data ?? [], status);
  const filtered = isFiltered(filters);

  return (
    <div>
      <BankFilters
        articleId={articleId}
        articles={articles}
        article={article.data}
        filters={filters}
        showAnswers={showAnswers}
        onShowAnswers={setShowAnswers}
        onFilter={onFilter}
      />

      <p role="status" aria-live="polite" className="mb-3 text-slate-700">
        {bank.isPending
          ? "Loading questions…"
          : bank.isError
            ? ""
            : `${plural(entries.length, "question")}${filtered ? " match these filters" : " in this article"}${
                bank.isFetching ? " (updating…)" : ""
              }.`}
      </p>

      {factId && facts.get(factId) && (
        <div className="mb-4">
          <Notice tone="info">
            <span className="font-semibold">Key fact {facts.get(factId)!.number}:</span>{" "}
            {facts.get(factId)!.text}
          </Notice>
        </div>
      )}

      {bank.isPending ? (
        <div className="space-y-3">
          <Skeleton className="h-48" />
          <Skeleton className="h-48" />
        </div>
      ) : bank.isError ? (
        <QueryError
          title="The questions could not be loaded."
          error={bank.error}
          onRetry={bank.refetch}
          detail
        />
      ) : entries.length === 0 ? (
        <EmptyState
          title="No questions match"
          action={
            filtered ? (
              <button
                type="button"
                className={buttonClass("secondary")}
                onClick={() => onFilter(CLEAR_FILTERS)}
              >
                Clear filters
              </button>
            ) : undefined
          }
        >
          <p>Try another type or difficulty, or clear the filters to see every question.</p>
        </EmptyState>
      ) : (
        <>
          <ol className="space-y-4">
            {entries.slice(0, shown).map((entry) => (
              <li key={entry.id}>
                <BankQuestion
                  entry={entry}
                  number={(bank.data ?? []).indexOf(entry) + 1}
                  sentences={sentences}
                  facts={facts}
                  showAnswers={showAnswers}
                  onFact={(id) => onFilter({ fact: id })}
                  onMessage={(text, tone = "success") => setToast({ text, tone })}
                />
              </li>
            ))}
          </ol>
          {entries.length > shown && (
            <div className="mt-4 text-center">
              <button
                type="button"
                className={buttonClass("secondary")}
                onClick={() => setShown((n) => n + PAGE)}
              >
                Show {Math.min(PAGE, entries.length - shown)} more of {entries.length - shown}{" "}
                remaining
              </button>
            </div>
          )}
        </>
      )}
      {toast && (
        <div className="fixed inset-x-3 bottom-3 z-40 shadow-lg sm:right-4 sm:left-auto sm:max-w-md">
          <Notice tone={toast.tone} role="status" onDismiss={() => setToast(null)}>
            {toast.text}
          </Notice>
        </div>
      )}
    </div>
  );
}
