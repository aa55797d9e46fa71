"use client";
// One attempt in progress: the question shown, its draft and answer, the outbox that sends the
// answers, the student's place across reloads, where focus goes, and finishing.
import { skipToken, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Notice } from "~/components/ui/notice";
import { useHydrated } from "~/hooks/use-hydrated";
import { useWarnBeforeUnload } from "~/hooks/use-warn-before-unload";
import { describeError, errorCode } from "~/lib/api-error";
import { useLocale } from "~/lib/use-locale";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import { feedbackHeadline } from "../answer-feedback";
import {
  forgetAttempt,
  loadOutbox,
  loadPlace,
  newIdempotencyKey,
  savePlace,
  type Draft,
} from "../attempt-storage";
import { QuestionCard, type QuestionAnswer } from "../question-card";
import { asResponse, buildResponse, draftFromResponse } from "../responses";
import type { AttemptView, QuizQuestion } from "../types";
import { useAnswerOutbox } from "../use-answer-outbox";
import { FinishStep } from "./finish-step";
import { firstOpen, rejectionNotice, restoredPosition, withSavedAnswer } from "./place";
import { PlayerHeader } from "./player-header";
import { usePlayerFocus } from "./use-player-focus";
import { usePlayerKeys } from "./use-player-keys";

const MAX_TIME_MS = 6 * 60 * 60 * 1000;

export function Player({ attempt }: { attempt: AttemptView }) {
  const trpc = useTRPC();
  const locale = useLocale();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const router = useRouter();
  const attemptKey = trpc.attempts.get.queryKey({ attemptId: attempt.id });
  const questions = attempt.questions;
  const total = questions.length;
  const instantFeedback = attempt.feedbackTiming === "immediately";

  const article = useQuery({
    ...trpc.articles.get.queryOptions(
      instantFeedback && attempt.articleId ? { articleId: attempt.articleId } : skipToken,
    ),
    staleTime: Number.POSITIVE_INFINITY,
  });

  const [position, setPosition] = useState(() => firstOpen(attempt, []));
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const shownAt = useRef(0);
  const finished = useRef(false);
  const currentId = useRef<string | null>(null);
  useEffect(() => {
    currentId.current = questions[position]?.id ?? null;
  });

  const outbox = useAnswerOutbox({
    attemptId: attempt.id,
    send: (e) =>
      client.attempts.submitAnswer.mutate({
        attemptId: attempt.id,
        questionId: e.questionId,
        idempotencyKey: e.idempotencyKey,
        response: e.response,
        timeTakenMs: e.timeTakenMs,
      }),
    onSaved: async (entry, result) => {
      // A refetch begun before this save would bring back the attempt without it: cancel first.
      await queryClient.cancelQueries({ queryKey: attemptKey });
      queryClient.setQueryData(attemptKey, (old) =>
        old ? withSavedAnswer(old, entry, result.feedback) : old,
      );
      if (entry.questionId === currentId.current) {
        const q = questions.find((x) => x.id === entry.questionId);
        setAnnouncement(
          q && result.feedback ? `${feedbackHeadline(q, result.feedback)}.` : "Answer saved.",
        );
      }
    },
    onRejected: (entry, err) => {
      const n = questions.findIndex((q) => q.id === entry.questionId) + 1;
      const { text, backInForm } = rejectionNotice(errorCode(err), n, describeError(err));
      if (backInForm) {
        const q = questions.find((x) => x.id === entry.questionId);
        if (q) setDrafts((d) => ({ ...d, [q.id]: draftFromResponse(q, entry.response) }));
      }
      setNotice(text);
      void queryClient.invalidateQueries({ queryKey: attemptKey });
    },
  });

  // Back where the student left off, with their unfinished drafts (device only, so after
  // hydration), once per attempt: later data must not move the student. Set while rendering,
  // so React re-renders before painting.
  const hydrated = useHydrated();
  const [restoredFor, setRestoredFor] = useState<string | null>(null);
  const restored = restoredFor === attempt.id;
  if (hydrated && !restored) {
    const place = loadPlace(attempt.id);
    if (place) setDrafts(place.drafts);
    // The question the student was on; if it is already answered, the next one still open.
    setPosition(restoredPosition(attempt, place, loadOutbox(attempt.id)));
    setRestoredFor(attempt.id);
  }

  useEffect(() => {
    if (restored && !finished.current) savePlace(attempt.id, { position, drafts });
  }, [attempt.id, position, drafts, restored]);

  useEffect(() => {
    shownAt.current = Date.now();
  }, [position]);

  const answerFor = (q: QuizQuestion): QuestionAnswer | null => {
    const saved = attempt.answers[q.id];
    if (saved) return { given: asResponse(saved.given), feedback: saved.feedback, pending: false };
    const waiting = outbox.entries.find((e) => e.questionId === q.id);
    return waiting ? { given: waiting.response, feedback: null, pending: true } : null;
  };
  const answeredCount = questions.filter((q) => answerFor(q) !== null).length;
  const current = position < total ? questions[position]! : null;
  const currentAnswer = current ? answerFor(current) : null;
  const { focusNextRef, headingRef, nextRef, feedbackRef, finishHeadingRef } = usePlayerFocus({
    current,
    answered: !!currentAnswer,
    feedbackShown: currentAnswer?.feedback !== null && currentAnswer?.feedback !== undefined,
    position,
  });

  const goTo = (i: number) => {
    setPosition(Math.min(Math.max(0, i), total));
    setError(null);
    focusNextRef.current = "question";
  };

  const submit = () => {
    if (!current) return;
    if (currentAnswer) return goTo(position + 1);
    const built = buildResponse(current, drafts[current.id] ?? {}, locale);
    if ("error" in built) {
      setError(built.error);
      return;
    }
    setError(null);
    outbox.enqueue({
      questionId: current.id,
      idempotencyKey: newIdempotencyKey(),
      response: built.response,
      timeTakenMs: Math.min(MAX_TIME_MS, Math.max(0, Date.now() - shownAt.current)),
      queuedAt: Date.now(),
    });
    if (instantFeedback) {
      focusNextRef.current = "next";
    } else {
      setAnnouncement("Answer saved.");
      goTo(position + 1);
    }
  };

  const primaryAction = () => {
    if (!current) return;
    if (currentAnswer) goTo(position + 1);
    else submit();
  };

  // A changed draft is kept on the device at once, not after the next render: a key press
  // handled outside React's own events renders later, and a reload straight after it would
  // otherwise lose the choice.
  const changeDraft = (id: string, draft: Draft) => {
    const next = { ...drafts, [id]: draft };
    setDrafts(next);
    if (restored && !finished.current) savePlace(attempt.id, { position, drafts: next });
  };

  const pick = (q: QuizQuestion, index: number) => {
    const draft = drafts[q.id] ?? {};
    changeDraft(
      q.id,
      q.type === "true_false"
        ? { ...draft, value: index === 0 }
        : { ...draft, option: q.options![index]! },
    );
    setError(null);
    // Focus follows the choice inside the radio group, as arrow keys would move it.
    const active = document.activeElement;
    if (active instanceof HTMLInputElement && active.name === `q-${q.id}`) {
      document.querySelectorAll<HTMLInputElement>(`input[name="q-${q.id}"]`)[index]?.focus();
    }
  };

  // Keyboard: 1–4 / A–D choose, T / F answer true or false, Enter submits and moves on.
  usePlayerKeys({
    enabled: restored,
    current,
    answered: !!currentAnswer,
    onPrimary: primaryAction,
    onPick: pick,
  });

  // With no device storage, closing the tab would lose waiting answers: warn first.
  const unsafe = outbox.entries.length > 0 && !outbox.onDevice;
  useWarnBeforeUnload(unsafe);

  const [navigating, startNavigation] = useTransition();
  const finish = useMutation(trpc.attempts.finish.mutationOptions());
  // Its callbacks go with each call: they use refs, which rendering must not read.
  const finishCallbacks: Parameters<typeof finish.mutate>[1] = {
    onSuccess: () => {
      finished.current = true;
      forgetAttempt(attempt.id);
      // The player's own attempt query stays as it is: refetching it now would show
      // "finished" here for a moment before the results page opens.
      void queryClient.invalidateQueries(trpc.assignments.mine.queryFilter());
      startNavigation(() => router.replace(`/student/attempts/${attempt.id}/results`));
    },
  };

  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <PlayerHeader
        attempt={attempt}
        answeredCount={answeredCount}
        position={position}
        saveState={outbox.state}
        waiting={outbox.entries.length}
        onDevice={outbox.onDevice}
        onRetry={outbox.retryNow}
        status={(q) => {
          const a = answerFor(q);
          return a ? (a.pending ? "waiting" : "answered") : "open";
        }}
        onGo={goTo}
      />

      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>

      {notice && (
        <Notice size="lg" tone="warning" role="alert">
          <div className="flex items-start justify-between gap-3">
            <p>{notice}</p>
            <button
              type="button"
              onClick={() => setNotice(null)}
              className="shrink-0 rounded px-2 text-sm underline"
            >
              Dismiss
            </button>
          </div>
        </Notice>
      )}

      <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        {current ? (
          <QuestionCard
            key={current.id}
            question={current}
            index={position}
            total={total}
            draft={drafts[current.id] ?? {}}
            onDraft={(d) => {
              changeDraft(current.id, d);
              setError(null);
            }}
            answer={currentAnswer}
            attempt={attempt}
            article={article.data}
            error={error}
            saveState={outbox.state}
            onSubmit={submit}
            onNext={() => goTo(position + 1)}
            onPrevious={() => goTo(position - 1)}
            onSkip={() => goTo(position + 1)}
            headingRef={headingRef}
            nextRef={nextRef}
            feedbackRef={feedbackRef}
          />
        ) : (
          <FinishStep
            attempt={attempt}
            headingRef={finishHeadingRef}
            unanswered={questions
              .map((q, i) => ({ q, i }))
              .filter(({ q }) => answerFor(q) === null)}
            waiting={outbox.entries.length}
            saveState={outbox.state}
            onGo={goTo}
            onRetry={outbox.retryNow}
            finishing={finish.isPending || navigating}
            finishError={finish.error ? describeError(finish.error) : null}
            onFinish={() => finish.mutate({ attemptId: attempt.id }, finishCallbacks)}
          />
        )}
      </div>
    </div>
  );
}
