"use client";
// Practice on any article: pick how many questions and of what kind, then go straight to the
// player, where practice always gives feedback at once. The last unfinished practice is offered
// first, so leaving one half done loses nothing.
import { skipToken, useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { type QuestionType } from "~/components/quiz/types";
import { useTRPC } from "~/trpc/react";
import { buttonClass, ButtonLink } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { plural } from "~/components/ui/format";
import { Notice } from "~/components/ui/notice";
import { describeError, errorCode } from "~/lib/api-error";
import { QUESTION_TYPE_LABEL } from "~/lib/labels";
import { QueryError } from "~/components/ui/query-state";
import { useDeviceValue } from "~/hooks/use-device-value";

const LAST_PRACTICE_KEY = "studykit.practice.last";

export function rememberPractice(attemptId: string): void {
  try {
    window.localStorage.setItem(LAST_PRACTICE_KEY, attemptId);
  } catch {
    // without storage there is simply no "carry on" offer
  }
}

/**
 * Starting a practice attempt: it is remembered (for "carry on") and opened in the player. `busy`
 * lasts until the player's page is there.
 */
export function useStartPractice() {
  const trpc = useTRPC();
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();
  const practice = useMutation(
    trpc.attempts.practice.mutationOptions({
      onSuccess: ({ attemptId }) => {
        rememberPractice(attemptId);
        startNavigation(() => router.push(`/student/attempts/${attemptId}`));
      },
    }),
  );
  return { practice, busy: practice.isPending || navigating };
}

function lastPractice(): string | null {
  try {
    return window.localStorage.getItem(LAST_PRACTICE_KEY);
  } catch {
    return null;
  }
}

export function PracticePicker() {
  const trpc = useTRPC();
  const { data, error, refetch } = useQuery(trpc.articles.list.queryOptions());
  if (error && !data)
    return (
      <QueryError
        look="panel"
        title="The articles didn't load"
        error={error}
        onRetry={refetch}
        retryTone="secondary"
      />
    );
  if (!data) return <div aria-busy="true" className="h-40 animate-pulse rounded-lg bg-white" />;
  const practisable = data.filter((a) => a.questions > 0);
  return (
    <div className="space-y-6">
      <CarryOn />
      {practisable.length === 0 ? (
        <EmptyState
          title="No articles to practice yet"
          action={
            <ButtonLink size="lg" href="/student">
              Back to your assignments
            </ButtonLink>
          }
        >
          Articles appear here once your teacher adds them to StudyKit.
        </EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {practisable.map((a) => (
            <li key={a.id}>
              <ArticleCard article={a} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function CarryOn() {
  const trpc = useTRPC();
  const attemptId = useDeviceValue(lastPractice, null);
  const { data } = useQuery({
    ...trpc.attempts.get.queryOptions(attemptId ? { attemptId } : skipToken),
    retry: false,
  });
  if (!data || data.status !== "in_progress" || data.kind !== "practice") return null;
  return (
    <Notice size="lg" role={null} tone="info" title="Carry on where you left off">
      <p>
        {data.title}: {data.answeredCount} of {plural(data.questionCount, "question")} answered.
      </p>
      <ButtonLink size="lg" href={`/student/attempts/${data.id}`} className="mt-3">
        Resume practice
      </ButtonLink>
    </Notice>
  );
}

function ArticleCard({
  article,
}: {
  article: { id: string; title: string; facts: number; questions: number };
}) {
  const id = useId();
  const [count, setCount] = useState(10);
  const [kind, setKind] = useState<QuestionType | "mix">("mix");
  const { practice, busy } = useStartPractice();
  const failure = practice.error
    ? errorCode(practice.error) === "NOT_FOUND" && kind !== "mix"
      ? `This article has no ${QUESTION_TYPE_LABEL[kind].toLowerCase()} questions. Choose another kind.`
      : describeError(practice.error)
    : null;

  return (
    <article
      aria-labelledby={`${id}-title`}
      className="flex h-full flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div>
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {article.title}
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          {plural(article.facts, "key fact")} · {plural(article.questions, "question")}
        </p>
      </div>
      <form
        className="mt-auto space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          practice.mutate({
            articleId: article.id,
            count,
            ...(kind === "mix" ? {} : { types: [kind] }),
          });
        }}
      >
        <div className="grid gap-3 sm:grid-cols-2">
          <div className="space-y-1">
            <label htmlFor={`${id}-count`} className="block text-sm font-medium">
              Questions
            </label>
            <select
              id={`${id}-count`}
              value={count}
              onChange={(e) => setCount(Number(e.target.value))}
              className="w-full rounded-md border border-slate-400 bg-white px-2 py-2"
            >
              {[5, 10, 20].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor={`${id}-kind`} className="block text-sm font-medium">
              Kind
            </label>
            <select
              id={`${id}-kind`}
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as QuestionType | "mix");
                practice.reset();
              }}
              className="w-full rounded-md border border-slate-400 bg-white px-2 py-2"
            >
              <option value="mix">A mix of everything</option>
              {Object.entries(QUESTION_TYPE_LABEL).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            className={buttonClass("primary", "lg")}
            disabled={busy}
            aria-busy={busy}
          >
            {busy ? "Opening…" : "Start practice"}
            <span className="sr-only"> on {article.title}</span>
          </button>
          <Link href={`/articles/${article.id}`} className="text-brand-700 underline">
            Read the article<span className="sr-only"> {article.title}</span>
          </Link>
        </div>
        <p role="alert" className="text-sm font-medium text-red-800">
          {failure}
        </p>
      </form>
    </article>
  );
}
