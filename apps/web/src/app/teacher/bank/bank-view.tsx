"use client";
// The question bank: pick an article, filter its questions by type, difficulty and key fact,
// preview each as a student sees it with its answer and source, and edit or disable it (the
// article's editor only). Each question shows its review status, which can be filtered on too.
// Filters live in the address, so a filtered view can be bookmarked or linked to.
import type { Difficulty, QuestionType } from "@studykit/content";
import {
  keepPreviousData,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { QuestionEditor } from "~/components/teacher/question-editor";
import { AnswerNotes, QuestionBadges, StudentView } from "~/components/teacher/question-preview";
import type { ArticleDetail, BankEntry } from "~/components/teacher/types";
import { useTRPC } from "~/trpc/react";
import { Badge } from "~/components/ui/badge";
import { buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { plural } from "~/components/ui/format";
import { inputClass } from "~/components/ui/input";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { Skeleton } from "~/components/ui/skeleton";
import { apiProblem } from "~/lib/api-error";
import {
  DIFFICULTIES,
  DIFFICULTY_LABEL,
  QUESTION_TYPE_LABEL,
  QUESTION_TYPES_IN_ORDER,
} from "~/lib/labels";
import { QueryError } from "~/components/ui/query-state";

const PAGE = 20;

const isType = (v: string | null): v is QuestionType =>
  !!v && (QUESTION_TYPES_IN_ORDER as string[]).includes(v);
const isDifficulty = (v: string | null): v is Difficulty =>
  !!v && (DIFFICULTIES as string[]).includes(v);
const REVIEW_STATUSES = ["pending", "accepted", "rejected"] as const;
type ReviewStatus = (typeof REVIEW_STATUSES)[number];
const isReviewStatus = (v: string | null): v is ReviewStatus =>
  !!v && (REVIEW_STATUSES as readonly string[]).includes(v);
const REVIEW_LABEL: Record<ReviewStatus, string> = {
  pending: "Pending review",
  accepted: "Accepted",
  rejected: "Rejected",
};

export function BankView() {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const articles = useQuery(trpc.articles.list.queryOptions());
  const factParam = params.get("fact") || undefined;
  const typeParam = params.get("type");
  const difficultyParam = params.get("difficulty");
  const type = isType(typeParam) ? typeParam : undefined;
  const difficulty = isDifficulty(difficultyParam) ? difficultyParam : undefined;
  const reviewParam = params.get("review");
  const review = isReviewStatus(reviewParam) ? reviewParam : undefined;
  const status =
    params.get("status") === "disabled" || params.get("status") === "active"
      ? params.get("status")
      : "all";

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

  const setParams = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    router.replace(`${pathname}${next.size ? `?${next}` : ""}`, { scroll: false });
  };

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
          type={type}
          difficulty={difficulty}
          review={review}
          factId={factParam}
          status={status as "all" | "active" | "disabled"}
          onFilter={setParams}
        />
      )}
    </div>
  );
}

function ArticleBank({
  articleId,
  articles,
  type,
  difficulty,
  review,
  factId,
  status,
  onFilter,
}: {
  articleId: string;
  articles: { id: string; title: string; questions: number; pending: number; canEdit: boolean }[];
  type?: QuestionType;
  difficulty?: Difficulty;
  review?: ReviewStatus;
  factId?: string;
  status: "all" | "active" | "disabled";
  onFilter: (changes: Record<string, string | undefined>) => void;
}) {
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
  const current = articles.find((a) => a.id === articleId);
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
  const entries = (bank.data ?? []).filter((e) =>
    status === "all" ? true : status === "disabled" ? e.disabled : !e.disabled,
  );
  const filtered = !!(type || difficulty || factId || review || status !== "all");
  const clearFilters = {
    type: undefined,
    difficulty: undefined,
    fact: undefined,
    status: undefined,
    review: undefined,
  };

  return (
    <div>
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
            <option value="">All types</option>
            {QUESTION_TYPES_IN_ORDER.map((t) => (
              <option key={t} value={t}>
                {QUESTION_TYPE_LABEL[t]}
              </option>
            ))}
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
            <option value="">Any difficulty</option>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {DIFFICULTY_LABEL[d]}
              </option>
            ))}
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
            disabled={!article.data}
            onChange={(e) => onFilter({ fact: e.target.value || undefined })}
          >
            <option value="">All key facts</option>
            {article.data?.facts.map((f, i) => (
              <option key={f.id} value={f.id}>
                {i + 1}. {f.text.length > 110 ? `${f.text.slice(0, 107)}…` : f.text}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-3">
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={showAnswers}
              onChange={(e) => setShowAnswers(e.target.checked)}
            />
            Show answers and sources
          </label>
          {filtered && (
            <button
              type="button"
              className={buttonClass("quiet", "sm")}
              onClick={() => onFilter(clearFilters)}
            >
              Clear filters
            </button>
          )}
        </div>
      </form>

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
                onClick={() => onFilter(clearFilters)}
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

function BankQuestion({
  entry,
  number,
  sentences,
  facts,
  showAnswers,
  onFact,
  onMessage,
}: {
  entry: BankEntry;
  number: number;
  sentences: ReadonlyMap<string, string>;
  facts: ReadonlyMap<string, ArticleDetail["facts"][number] & { number: number }>;
  showAnswers: boolean;
  onFact: (factId: string) => void;
  onMessage: (text: string, tone?: "success" | "error") => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const headingId = `question-${entry.id}`;
  const toggle = useMutation(
    trpc.articles.setQuestionDisabled.mutationOptions({
      onSuccess: async (r) => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.articles.bank.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.articles.list.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.sets.get.queryKey() }),
        ]);
        onMessage(
          r.disabled
            ? `Question ${number} disabled. It is left out of new sets and new attempts, including those of sets already assigned.`
            : `Question ${number} enabled again. It can be picked for sets and appears in new attempts.`,
        );
      },
      onError: (e) =>
        onMessage(apiProblem(e, "the question could not be changed").message ?? "", "error"),
    }),
  );
  const q = entry.question;
  return (
    <article
      aria-labelledby={headingId}
      className={`rounded-lg border bg-white p-4 ${entry.disabled ? "border-red-300 bg-slate-50" : "border-slate-200"}`}
    >
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="font-semibold">
          Question {number}
          <span className="sr-only">
            : {QUESTION_TYPE_LABEL[q.type]}, {REVIEW_LABEL[entry.reviewStatus].toLowerCase()}
            {entry.disabled ? ", disabled" : ""}
          </span>
        </h2>
        <span className="flex flex-wrap items-center gap-1.5">
          <Badge
            tone={
              entry.reviewStatus === "accepted"
                ? "success"
                : entry.reviewStatus === "rejected"
                  ? "danger"
                  : "warning"
            }
          >
            {REVIEW_LABEL[entry.reviewStatus]}
          </Badge>
          <QuestionBadges
            q={q}
            disabled={entry.disabled}
            edited={entry.edited}
            recommended={entry.recommended}
          />
        </span>
      </div>
      {editing ? (
        <QuestionEditor
          questionId={entry.id}
          question={q}
          onCancel={() => {
            setEditing(false);
            requestAnimationFrame(() => editButton.current?.focus());
          }}
          onSaved={() => {
            setEditing(false);
            onMessage(
              `Question ${number} saved. Students see the new version in attempts started from now on.`,
            );
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      ) : (
        <>
          <StudentView q={q} showAnswer={showAnswers} />
          {showAnswers && (
            <div className="mt-4 border-t border-slate-200 pt-3">
              <AnswerNotes q={q} sentences={sentences} />
              {entry.factIds.length > 0 && (
                <div className="mt-2 text-sm">
                  <span className="font-semibold">Key facts: </span>
                  {entry.factIds.map((id, i) => {
                    const f = facts.get(id);
                    return (
                      <span key={id}>
                        {i > 0 && ", "}
                        <button
                          type="button"
                          className="text-brand-700 underline"
                          onClick={() => onFact(id)}
                          title={f?.text}
                        >
                          {f ? `Fact ${f.number}` : "A retired fact"}
                          <span className="sr-only">: show its questions</span>
                        </button>
                      </span>
                    );
                  })}
                </div>
              )}
            </div>
          )}
        </>
      )}
      {!editing && entry.canEdit && (
        <div className="mt-4 flex flex-wrap gap-2">
          <button
            ref={editButton}
            type="button"
            className={buttonClass("secondary", "sm")}
            onClick={() => setEditing(true)}
          >
            Edit<span className="sr-only"> question {number}</span>
          </button>
          <button
            type="button"
            className={buttonClass(entry.disabled ? "secondary" : "danger", "sm")}
            disabled={toggle.isPending}
            aria-busy={toggle.isPending}
            onClick={() => toggle.mutate({ questionId: entry.id, disabled: !entry.disabled })}
          >
            {entry.disabled ? "Enable" : "Disable"}
            <span className="sr-only"> question {number}</span>
          </button>
        </div>
      )}
    </article>
  );
}
