"use client";
// The quiz player: one question at a time, answered by mouse, touch or keyboard. Answers go
// through the outbox (stored on the device, sent with a fixed idempotency key, retried), the
// place and unfinished drafts survive a reload, and feedback shows as the settings allow.
import { skipToken, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import { feedbackHeadline } from "./answer-feedback";
import {
  forgetAttempt,
  loadOutbox,
  loadPlace,
  newIdempotencyKey,
  savePlace,
  type Draft,
  type OutboxEntry,
} from "./attempt-storage";
import { QuestionCard, type QuestionAnswer } from "./question-card";
import { asResponse, buildResponse, draftFromResponse } from "./responses";
import { isChoiceType, type AnswerFeedback, type AttemptView, type QuizQuestion } from "./types";
import { useAnswerOutbox, type SaveState } from "./use-answer-outbox";
import { buttonClass, ButtonLink } from "~/components/ui/button";
import { plural } from "~/components/ui/format";
import { Notice } from "~/components/ui/notice";
import { LocalTime } from "~/components/ui/time";
import { describeError, errorCode } from "~/lib/api-error";
import { QueryError } from "~/components/ui/query-state";
import { useWarnBeforeUnload } from "~/hooks/use-warn-before-unload";
import { useKeyDown } from "~/hooks/use-key-down";
import { useHydrated } from "~/hooks/use-hydrated";

const MAX_TIME_MS = 6 * 60 * 60 * 1000;

export function QuizPlayer({ attemptId }: { attemptId: string }) {
  const trpc = useTRPC();
  const { data, error, isPending, refetch } = useQuery(
    trpc.attempts.get.queryOptions({ attemptId }),
  );
  // A failed background refetch keeps the data: the player carries on, its outbox retrying.
  if (isPending) return <PlayerSkeleton />;
  if (error && !data)
    return (
      <QueryError
        look="panel"
        title="This quiz didn't load"
        error={error}
        onRetry={refetch}
        retryTone="primary"
        note="Any answers you gave are kept."
        actions={
          <>
            <ButtonLink size="lg" href="/student" tone="secondary">
              Back to your assignments
            </ButtonLink>
          </>
        }
      />
    );
  if (data.status === "submitted")
    return (
      <Notice size="lg" role={null} tone="info" title="This attempt is finished">
        <p>It has been submitted, so its answers can no longer change.</p>
        <ButtonLink size="lg" href={`/student/attempts/${attemptId}/results`} className="mt-3">
          See your results
        </ButtonLink>
      </Notice>
    );
  return <Player attempt={data} />;
}

/**
 * The first question from `from` on (then from the start) with no answer, saved or waiting; the
 * finish step when every question has one.
 */
function firstOpen(attempt: AttemptView, pending: readonly OutboxEntry[], from = 0): number {
  const open = (i: number) => {
    const q = attempt.questions[i]!;
    return !attempt.answers[q.id] && !pending.some((e) => e.questionId === q.id);
  };
  const n = attempt.questions.length;
  for (let k = 0; k < n; k += 1) if (open((from + k) % n)) return (from + k) % n;
  return n;
}

function withSavedAnswer(
  old: AttemptView,
  entry: OutboxEntry,
  feedback: AnswerFeedback | null,
): AttemptView {
  const existing = old.answers[entry.questionId];
  return {
    ...old,
    answeredCount: existing ? old.answeredCount : old.answeredCount + 1,
    answers: {
      ...old.answers,
      [entry.questionId]: existing
        ? { ...existing, feedback: feedback ?? existing.feedback }
        : { given: entry.response, answeredAt: new Date(), feedback },
    },
  };
}

/** The option a key picks: 1–9 or A–I for choices, T/F (or 1/2, A/B) for true or false. */
function optionForKey(q: QuizQuestion, key: string): number | null {
  const k = key.toLowerCase();
  if (q.type === "true_false") {
    if (k === "t" || k === "1" || k === "a") return 0;
    if (k === "f" || k === "2" || k === "b") return 1;
    return null;
  }
  if (!isChoiceType(q.type)) return null;
  const n = q.options?.length ?? 0;
  const i = /^[1-9]$/.test(k) ? Number(k) - 1 : /^[a-i]$/.test(k) ? k.charCodeAt(0) - 97 : -1;
  return i >= 0 && i < n ? i : null;
}

function Player({ attempt }: { attempt: AttemptView }) {
  const trpc = useTRPC();
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
  const focusNext = useRef<"question" | "next" | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const feedbackRef = useRef<HTMLElement>(null);
  const finishHeadingRef = useRef<HTMLHeadingElement>(null);
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
      const code = errorCode(err);
      if (code === "CONFLICT") {
        setNotice(
          `Question ${n} already had an answer, perhaps from another tab or device. That first answer is the one kept.`,
        );
      } else if (code === "PRECONDITION_FAILED") {
        setNotice(
          `This attempt was already submitted, so your answer to question ${n} wasn't added.`,
        );
      } else {
        const q = questions.find((x) => x.id === entry.questionId);
        if (q) setDrafts((d) => ({ ...d, [q.id]: draftFromResponse(q, entry.response) }));
        setNotice(
          `Your answer to question ${n} couldn't be saved: ${describeError(err)} It's back in the form: please submit it again.`,
        );
      }
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
    const pending = loadOutbox(attempt.id);
    const total = attempt.questions.length;
    const saved = place ? Math.min(Math.max(0, Math.floor(place.position)), total) : 0;
    if (place) setDrafts(place.drafts);
    // The question the student was on; if it is already answered, the next one still open.
    const question = attempt.questions[saved];
    const done =
      !question ||
      !!attempt.answers[question.id] ||
      pending.some((e) => e.questionId === question.id);
    setPosition(done ? firstOpen(attempt, pending, saved) : saved);
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

  const goTo = (i: number) => {
    setPosition(Math.min(Math.max(0, i), total));
    setError(null);
    focusNext.current = "question";
  };

  const submit = () => {
    if (!current) return;
    if (currentAnswer) return goTo(position + 1);
    const built = buildResponse(current, drafts[current.id] ?? {});
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
      focusNext.current = "next";
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

  const pick = (q: QuizQuestion, index: number) => {
    const draft = drafts[q.id] ?? {};
    setDrafts((d) => ({
      ...d,
      [q.id]:
        q.type === "true_false"
          ? { ...draft, value: index === 0 }
          : { ...draft, option: q.options![index]! },
    }));
    setError(null);
    // Focus follows the choice inside the radio group, as arrow keys would move it.
    const active = document.activeElement;
    if (active instanceof HTMLInputElement && active.name === `q-${q.id}`) {
      document.querySelectorAll<HTMLInputElement>(`input[name="q-${q.id}"]`)[index]?.focus();
    }
  };

  // Keyboard: 1–4 / A–D choose, T / F answer true or false, Enter submits and moves on.
  useKeyDown((e, { typing }) => {
    if (e.defaultPrevented || !restored) return;
    const target = e.target instanceof HTMLElement ? e.target : null;
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      if (!e.repeat) {
        e.preventDefault();
        primaryAction();
      }
      return;
    }
    if (e.altKey || e.ctrlKey || e.metaKey || typing || !current) return;
    if (e.key === "Enter") {
      // Buttons and links activate themselves; a held key must not race through questions.
      if (e.repeat || target?.closest("button, a, summary, [role='button']")) return;
      e.preventDefault();
      primaryAction();
      return;
    }
    if (currentAnswer) return;
    const index = optionForKey(current, e.key);
    if (index === null) return;
    e.preventDefault();
    pick(current, index);
  });

  // Focus goes where the student's attention should: the new question, or the Next button.
  useEffect(() => {
    const want = focusNext.current;
    if (!want) return;
    if (want === "next") {
      if (!nextRef.current) return;
      nextRef.current.focus();
    } else if (current === null) {
      finishHeadingRef.current?.focus();
    } else if (current.type === "cloze" && !currentAnswer) {
      document.getElementById(`answer-${current.id}`)?.focus();
    } else {
      headingRef.current?.focus();
    }
    focusNext.current = null;
  });

  // When feedback arrives below the fold (phones), bring it into view.
  const feedbackShown = currentAnswer?.feedback !== null && currentAnswer?.feedback !== undefined;
  useEffect(() => {
    const panel = feedbackRef.current;
    if (!feedbackShown || !panel) return;
    const box = panel.getBoundingClientRect();
    if (box.top > window.innerHeight - 80) {
      const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      panel.scrollIntoView({ block: "start", behavior: reduce ? "auto" : "smooth" });
    }
  }, [feedbackShown, position]);

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
      <header className="space-y-3">
        <div className="min-w-0">
          <p className="text-sm text-slate-600">
            {attempt.kind === "practice" ? "Practice" : "Assignment"}
            {attempt.dueAt && (
              <>
                {" · Due "}
                <LocalTime date={attempt.dueAt} />
              </>
            )}
          </p>
          <h1 className="text-xl font-bold sm:text-2xl">{attempt.title}</h1>
        </div>
        <div className="space-y-1.5">
          <div className="flex flex-col sm:flex-row sm:items-center sm:justify-between sm:gap-4">
            <p id="quiz-progress-label" className="text-sm font-medium text-slate-800">
              {answeredCount} of {total} answered
            </p>
            <SaveStatus
              state={outbox.state}
              waiting={outbox.entries.length}
              answered={answeredCount}
              onDevice={outbox.onDevice}
              onRetry={outbox.retryNow}
            />
          </div>
          <ProgressBar answered={answeredCount} total={total} />
          <p className="text-sm text-slate-600">Once submitted, an answer can&apos;t be changed.</p>
        </div>
        <QuestionNav
          questions={questions}
          position={position}
          status={(q) => {
            const a = answerFor(q);
            return a ? (a.pending ? "waiting" : "answered") : "open";
          }}
          onGo={goTo}
        />
      </header>

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
              setDrafts((all) => ({ ...all, [current.id]: d }));
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

function SaveStatus({
  state,
  waiting,
  answered,
  onDevice,
  onRetry,
}: {
  state: SaveState;
  waiting: number;
  answered: number;
  onDevice: boolean;
  onRetry: () => void;
}) {
  const answers = plural(waiting, "answer");
  // Short enough for two lines on a phone: the space is reserved, so a change never moves the page.
  const text =
    state === "sending"
      ? "Saving…"
      : state === "offline"
        ? `Offline: ${answers} waiting`
        : state === "retrying"
          ? `Can't reach StudyKit: ${answers} waiting`
          : state === "signed_out"
            ? `Signed out: ${answers} waiting`
            : answered > 0
              ? "All answers saved"
              : "Answers save as you go";
  const trouble = state === "offline" || state === "retrying" || state === "signed_out";
  return (
    <div className="flex min-h-10 flex-wrap items-center gap-x-3 text-sm sm:min-h-6 sm:justify-end">
      <p
        role="status"
        aria-live="polite"
        data-save-state={state}
        className={`flex items-center gap-1.5 font-medium ${trouble ? "text-amber-900" : "text-slate-700"}`}
      >
        <span aria-hidden="true">{trouble ? "⚠" : state === "sending" ? "⋯" : "✓"}</span>
        {text}
        {trouble && !onDevice && " (keep this tab open)"}
      </p>
      {trouble && (
        <span className="flex gap-3">
          <button type="button" onClick={onRetry} className="font-medium text-brand-700 underline">
            Retry now
          </button>
          {state === "signed_out" && (
            <a href="/sign-in" target="_blank" rel="noopener" className="text-brand-700 underline">
              Sign in<span className="sr-only"> (opens in a new tab)</span>
            </a>
          )}
        </span>
      )}
    </div>
  );
}

function ProgressBar({ answered, total }: { answered: number; total: number }) {
  const pct = total ? Math.round((answered / total) * 100) : 0;
  return (
    <div
      role="progressbar"
      aria-labelledby="quiz-progress-label"
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={answered}
      aria-valuetext={`${answered} of ${total} answered`}
      className="h-2.5 overflow-hidden rounded-full bg-slate-200"
    >
      <div
        className="h-full rounded-full bg-brand-600 transition-[width] duration-300 motion-reduce:transition-none"
        style={{ width: `${pct}%` }}
      />
    </div>
  );
}

function QuestionNav({
  questions,
  position,
  status,
  onGo,
}: {
  questions: QuizQuestion[];
  position: number;
  status: (q: QuizQuestion) => "open" | "answered" | "waiting";
  onGo: (i: number) => void;
}) {
  const label = { open: "not answered", answered: "answered", waiting: "answer waiting to send" };
  return (
    <nav aria-label="Questions">
      <ol className="flex flex-wrap gap-1.5">
        {questions.map((q, i) => {
          const s = status(q);
          const here = i === position;
          return (
            <li key={q.id}>
              <button
                type="button"
                onClick={() => onGo(i)}
                aria-current={here ? "step" : undefined}
                aria-label={`Question ${i + 1}, ${label[s]}`}
                className={`flex size-9 items-center justify-center rounded-md border-2 text-sm font-semibold ${
                  s === "answered"
                    ? "border-slate-700 bg-slate-700 text-white"
                    : s === "waiting"
                      ? "border-amber-700 bg-amber-100 text-amber-950"
                      : "border-slate-300 bg-white text-slate-800"
                } ${here ? "ring-2 ring-brand-600 ring-offset-2" : ""}`}
              >
                {i + 1}
              </button>
            </li>
          );
        })}
        <li>
          <button
            type="button"
            onClick={() => onGo(questions.length)}
            aria-current={position === questions.length ? "step" : undefined}
            className={`flex h-9 items-center rounded-md border-2 border-slate-300 bg-white px-3 text-sm font-semibold text-slate-800 ${
              position === questions.length ? "ring-2 ring-brand-600 ring-offset-2" : ""
            }`}
          >
            Finish
          </button>
        </li>
      </ol>
    </nav>
  );
}

function FinishStep({
  attempt,
  headingRef,
  unanswered,
  waiting,
  saveState,
  onGo,
  onRetry,
  finishing,
  finishError,
  onFinish,
}: {
  attempt: AttemptView;
  headingRef: React.Ref<HTMLHeadingElement>;
  unanswered: { q: QuizQuestion; i: number }[];
  waiting: number;
  saveState: SaveState;
  onGo: (i: number) => void;
  onRetry: () => void;
  finishing: boolean;
  finishError: string | null;
  onFinish: () => void;
}) {
  const total = attempt.questions.length;
  return (
    <div className="space-y-4">
      <h2 ref={headingRef} tabIndex={-1} className="text-xl font-bold">
        Review and finish
      </h2>
      <p className="text-slate-800">
        You&apos;ve answered {total - unanswered.length} of {total} questions.
      </p>
      {unanswered.length > 0 && (
        <Notice
          size="lg"
          role={null}
          tone="warning"
          title={`${plural(unanswered.length, "question")} without an answer`}
        >
          <p>Unanswered questions score zero. Go back to answer them, or finish anyway.</p>
          <ul className="mt-2 space-y-1">
            {unanswered.map(({ q, i }) => (
              <li key={q.id}>
                <button
                  type="button"
                  onClick={() => onGo(i)}
                  className="text-left text-brand-800 underline"
                >
                  Question {i + 1}: {q.prompt.length > 90 ? `${q.prompt.slice(0, 90)}…` : q.prompt}
                </button>
              </li>
            ))}
          </ul>
        </Notice>
      )}
      {waiting > 0 && (
        <Notice
          size="lg"
          role={null}
          tone="info"
          title={`${plural(waiting, "answer")} still to send`}
        >
          <p>
            {saveState === "sending"
              ? "Sending now…"
              : "They're kept on this device and will be sent when the connection is back. You can finish once they're in."}
          </p>
          {saveState !== "sending" && (
            <button type="button" onClick={onRetry} className="mt-2 text-brand-800 underline">
              Try sending now
            </button>
          )}
        </Notice>
      )}
      <p className="text-slate-700">
        {attempt.feedbackTiming === "immediately"
          ? "Your results page lists every question with its answer."
          : attempt.feedbackTiming === "after_submit"
            ? "You'll see the right answers as soon as you finish."
            : "You'll see your score now; the right answers come after the due date."}
      </p>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          className={buttonClass("primary", "lg")}
          disabled={waiting > 0 || finishing}
          aria-busy={finishing}
          onClick={onFinish}
        >
          {finishing ? "Finishing…" : "Finish and see results"}
        </button>
        {unanswered[0] && (
          <button
            type="button"
            className={buttonClass("secondary", "lg")}
            onClick={() => onGo(unanswered[0]!.i)}
          >
            Go to question {unanswered[0].i + 1}
          </button>
        )}
      </div>
      <p role="alert" className="min-h-6 font-medium text-red-800">
        {finishError && `Couldn't finish: ${finishError} Your answers are saved.`}
      </p>
    </div>
  );
}

export function PlayerSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading the quiz" className="mx-auto max-w-3xl space-y-4">
      <div className="h-8 w-2/3 animate-pulse rounded bg-slate-200" />
      <div className="h-2.5 animate-pulse rounded-full bg-slate-200" />
      <div className="h-96 animate-pulse rounded-xl border border-slate-200 bg-white" />
    </div>
  );
}
