"use client";
// The question bank: pick an article, filter its questions by type, difficulty and key fact,
// preview each as a student sees it with its answer and source, and edit or disable it (the
// article's editor only). Each question shows its review status, which can be filtered on too.
// Filters live in the address, so a filtered view can be bookmarked or linked to.
import { useQueries, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { QueryError } from "~/components/ui/query-state";
import { Skeleton } from "~/components/ui/skeleton";
import { useTRPC } from "~/trpc/react";
import { ArticleBank } from "./article-bank";
import { readFilters, withParams } from "./bank-params";

export function BankView() {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const articles = useQuery(trpc.articles.list.queryOptions());
  const filters = readFilters(params);
  const factParam = filters.factId;

  // A link to a fact without its article (from the dashboard): find the article that holds it.
  const needsLookup = !params.get("article") && !!factParam && (articles.data?.length ?? 0) > 1;
  const lookups = useQueries({
    queries: (needsLookup ? (articles.data ?? []) : []).map((a) =>
      trpc.articles.get.queryOptions({ articleId: a.id }),
    ),
  });
  const articleId =
    params.get("article") ||
    (needsLookup
      ? lookups.find((l) => l.data?.facts.some((f) => f.id === factParam))?.data?.id
      : undefined) ||
    articles.data?.[0]?.id;

  const setParams = (changes: Record<string, string | undefined>) =>
    router.replace(`${pathname}${withParams(params.toString(), changes)}`, { scroll: false });

  return (
    <div>
      <PageHeader
        title="Question bank"
        description={
          <p>
            Every question StudyKit wrote from an article, with its answer and the sentence it came
            from, and the questions teachers imported. Edit a question to fix its wording, or
            disable it to keep it out of new sets and attempts.
          </p>
        }
        actions={
          <Link href="/teacher/bank/import" className={buttonClass("secondary")}>
            Import questions
          </Link>
        }
      />
      {articles.isPending ? (
        <Skeleton className="h-40" />
      ) : articles.isError ? (
        <QueryError
          title="The articles could not be loaded."
          error={articles.error}
          onRetry={articles.refetch}
        />
      ) : articles.data.length === 0 || !articleId ? (
        <EmptyState title="No articles yet">
          <p>
            Questions come from articles. Once an article has been added to StudyKit, its questions
            appear here.
          </p>
        </EmptyState>
      ) : (
        <ArticleBank
          key={articleId}
          articleId={articleId}
          articles={articles.data}
          filters={filters}
          onFilter={setParams}
        />
      )}
    </div>
  );
}
