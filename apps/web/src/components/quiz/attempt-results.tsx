"use client";
// The results of a finished attempt: the score, what to do next, and a review of every
// question with the right answer, the explanation and the source in context, once the
// assignment's settings allow it.
import { skipToken, useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { rememberPractice } from "~/components/student/practice-picker";
import { useTRPC } from "~/trpc/react";
import { AnswerFeedbackView } from "./answer-feedback";
import { ClozePrompt } from "./question-inputs";
import { ResponseSummary } from "./response-summary";
import { type AttemptView } from "./types";
import { buttonClass, ButtonLink } from "~/components/ui/button";
import { percent, plural } from "~/components/ui/format";
import { Notice } from "~/components/ui/notice";
import { LocalTime } from "~/components/ui/time";
import { describeError } from "~/lib/api-error";
import { QUESTION_TYPE_LABEL } from "~/lib/labels";
import { QueryError } from "~/components/ui/query-state";

function verdict(score: number): string {
  if (score >= 0.9) return "Excellent work.";
  if (score >= 0.7) return "Good work.";
  if (score >= 0.5) return "Getting there.";
  return "Keep at it: the review below shows where each answer is in the article.";
}

export function AttemptResults({ attemptId }: { attemptId: string }) {
  const trpc = useTRPC();
  const { data, error, refetch } = useQuery(trpc.attempts.review.queryOptions({ attemptId }));
  if (error && !data)
    return (
      <QueryError
        look="panel"
        title="Your results didn't load"
        error={error}
        onRetry={refetch}
        retryTone="primary"
      />
    );
  if (!data) return <ResultsSkeleton />;
  return <Results attempt={data} />;
}

function Results({ attempt }: { attempt: AttemptView }) {
  const trpc = useTRPC();
  const withFeedback = attempt.questions.filter((q) => attempt.answers[q.id]?.feedback);
  const feedbackShown = withFeedback.length > 0 || attempt.feedbackAvailableAt === null;
  const article = useQuery({
    ...trpc.articles.get.queryOptions(
      feedbackShown && attempt.articleId ? { articleId: attempt.articleId } : skipToken,
    ),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const [onlyToRevisit, setOnlyToRevisit] = useState(false);
  const filterId = useId();
  const score = attempt.score ?? 0;
  const correct = withFeedback.filter((q) => attempt.answers[q.id]!.feedback!.correct).length;
  const toRevisit = (id: string) => {
    const a = attempt.answers[id];
    return !a || (a.feedback !== null && !a.feedback.correct);
  };
  const shown = onlyToRevisit
    ? attempt.questions.filter((q) => toRevisit(q.id))
    : attempt.questions;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-600">
          {attempt.kind === "practice" ? "Practice results" : "Assignment results"}
          {attempt.submittedAt && (
            <>
              {" · Submitted "}
              <LocalTime date={attempt.submittedAt} />
            </>
          )}
        </p>
        <h1 className="text-2xl font-bold">{attempt.title}</h1>
      </header>

      <section
        aria-labelledby="score-heading"
        className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
      >
        <h2 id="score-heading" className="sr-only">
          Your score
        </h2>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <p className="text-5xl font-bold text-brand-700" data-testid="score">
            {percent(score)}
          </p>
          <div className="space-y-1">
            <p className="font-semibold text-slate-900">
              {feedbackShown
                ? `${correct} of ${plural(attempt.questionCount, "question")} right`
                : `${attempt.answeredCount} of ${plural(attempt.questionCount, "question")} answered`}
            </p>
            <p className="text-slate-700">{verdict(score)}</p>
          </div>
        </div>
        <div aria-hidden="true" className="mt-4 h-2.5 overflow-hidden rounded-full bg-slate-200">
          <div className="h-full rounded-full bg-brand-600" style={{ width: percent(score) }} />
        </div>
        <NextSteps attempt={attempt} />
      </section>

      {!feedbackShown && (
        <Notice size="lg" role={null} tone="info" title="The answers aren't out yet">
          {attempt.feedbackAvailableAt ? (
            <p>
              Your teacher shares the right answers and explanations after the due date. Come back
              from <LocalTime date={attempt.feedbackAvailableAt} /> to review this attempt.
            </p>
          ) : (
            <p>Your teacher will share the right answers later.</p>
          )}
        </Notice>
      )}

      <section aria-labelledby="review-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="review-heading" className="text-xl font-bold">
            Review
          </h2>
          {feedbackShown && (
            <label htmlFor={filterId} className="flex items-center gap-2 text-sm text-slate-800">
              <input
                id={filterId}
                type="checkbox"
                checked={onlyToRevisit}
                onChange={(e) => setOnlyToRevisit(e.target.checked)}
                className="size-4 accent-brand-600"
              />
              Only the questions to revisit
            </label>
          )}
        </div>
        {shown.length === 0 ? (
          <Notice size="lg" role={null} tone="success">
            Nothing to revisit: every answer was right.
          </Notice>
        ) : (
          <ol className="space-y-4">
            {shown.map((q) => {
              const n = attempt.questions.indexOf(q) + 1;
              const answer = attempt.answers[q.id];
              return (
                <li key={q.id}>
                  <article
                    aria-labelledby={`review-${q.id}`}
                    className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
                  >
                    <h3 id={`review-${q.id}`} className="text-sm font-semibold text-slate-700">
                      Question {n} · {QUESTION_TYPE_LABEL[q.type]}
                    </h3>
                    {q.type === "cloze" ? (
                      <ClozePrompt prompt={q.prompt} id={`review-${q.id}-prompt`} />
                    ) : (
                      <p className="text-lg text-slate-900">{q.prompt}</p>
                    )}
                    <div className="text-slate-900">
                      <span className="font-semibold">Your answer: </span>
                      <ResponseSummary question={q} given={answer?.given} />
                    </div>
                    {answer?.feedback ? (
                      <AnswerFeedbackView
                        question={q}
                        feedback={answer.feedback}
                        article={article.data}
                        articleId={attempt.articleId}
                        headingLevel={4}
                      />
                    ) : !answer && attempt.missed[q.id] ? (
                      <AnswerFeedbackView
                        question={q}
                        feedback={attempt.missed[q.id]!}
                        article={article.data}
                        articleId={attempt.articleId}
                        headingLevel={4}
                        headline="Not answered, so it scored zero"
                      />
                    ) : null}
                  </article>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}

function NextSteps({ attempt }: { attempt: AttemptView }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();
  const assignments = useQuery({
    ...trpc.assignments.mine.queryOptions(),
    enabled: attempt.kind === "assignment",
  });
  const assignment = assignments.data?.find((a) => a.id === attempt.assignmentId);
  const open = (attemptId: string) =>
    startNavigation(() => router.push(`/student/attempts/${attemptId}`));
  const retry = useMutation(
    trpc.attempts.start.mutationOptions({ onSuccess: ({ attemptId }) => open(attemptId) }),
  );
  const practise = useMutation(
    trpc.attempts.practice.mutationOptions({
      onSuccess: ({ attemptId }) => {
        rememberPractice(attemptId);
        open(attemptId);
      },
    }),
  );
  const busy = retry.isPending || practise.isPending || navigating;
  const failure = retry.error ?? practise.error;

  return (
    <div className="mt-5 space-y-2">
      <div className="flex flex-wrap gap-3">
        {attempt.kind === "practice" && attempt.articleId && (
          <button
            type="button"
            className={buttonClass("primary", "lg")}
            disabled={busy}
            aria-busy={busy}
            onClick={() =>
              practise.mutate({ articleId: attempt.articleId!, count: attempt.questionCount })
            }
          >
            {busy ? "Opening…" : "Practice again"}
          </button>
        )}
        {assignment?.canStart && !assignment.inProgressAttemptId && (
          <button
            type="button"
            className={buttonClass("primary", "lg")}
            disabled={busy}
            aria-busy={busy}
            onClick={() => retry.mutate({ assignmentId: assignment.id })}
          >
            {busy ? "Opening…" : "Try again"}
          </button>
        )}
        <ButtonLink
          size="lg"
          href="/student"
          tone={attempt.kind === "practice" ? "secondary" : "outline"}
        >
          Back to your assignments
        </ButtonLink>
        {attempt.articleId && (
          <ButtonLink size="lg" href={`/articles/${attempt.articleId}`} tone="secondary">
            Read the article
          </ButtonLink>
        )}
      </div>
      {assignment && !assignment.canStart && assignment.attemptsAllowed !== null && (
        <p className="text-sm text-slate-700">
          You&apos;ve used all {plural(assignment.attemptsAllowed, "attempt")} at this assignment.{" "}
          <Link href="/student/practice" className="text-brand-700 underline">
            Practice the article
          </Link>{" "}
          to keep learning.
        </p>
      )}
      {failure && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {describeError(failure)}
        </p>
      )}
    </div>
  );
}

export function ResultsSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading your results" className="mx-auto max-w-3xl space-y-4">
      <div className="h-8 w-2/3 animate-pulse rounded bg-slate-200" />
      <div className="h-40 animate-pulse rounded-xl border border-slate-200 bg-white" />
      <div className="h-64 animate-pulse rounded-xl border border-slate-200 bg-white" />
    </div>
  );
}
