"use client";
// A review session: one card at a time; Space or Enter shows the answer, 1–4 rate it
// (Again, Hard, Good, Easy). Ratings go to FSRS on the server, which schedules the next review.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { QueryError } from "~/components/ui/query-state";
import { DateTime } from "~/components/ui/time";
import { useKeyDown } from "~/hooks/use-key-down";
import { sessionCounts, sessionCountsLabel } from "./session-counts";

type Rating = "again" | "hard" | "good" | "easy";
const RATINGS: { rating: Rating; label: string; key: string; className: string }[] = [
  {
    rating: "again",
    label: "Again",
    key: "1",
    className: "border-red-700 text-red-800 hover:bg-red-50",
  },
  {
    rating: "hard",
    label: "Hard",
    key: "2",
    className: "border-amber-700 text-amber-900 hover:bg-amber-50",
  },
  {
    rating: "good",
    label: "Good",
    key: "3",
    className: "border-green-700 text-green-800 hover:bg-green-50",
  },
  {
    rating: "easy",
    label: "Easy",
    key: "4",
    className: "border-brand-700 text-brand-800 hover:bg-brand-50",
  },
];

/** "in 10 minutes", "in 3 days": how far away a due date is. */
export function untilLabel(due: Date, now: Date): string {
  const minutes = Math.max(1, Math.round((due.getTime() - now.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h`;
  const days = Math.round(hours / 24);
  if (days < 60) return `${days} d`;
  return `${Math.round(days / 30)} mo`;
}

export function StudySession() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const utcOffsetMinutes = useMemo(() => -new Date().getTimezoneOffset(), []);
  const queue = useQuery(
    trpc.study.queue.queryOptions({ utcOffsetMinutes, newLimit: 10 }, { staleTime: 0 }),
  );
  const review = useMutation(trpc.study.review.mutationOptions());
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [done, setDone] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const shownAt = useRef(0);
  // The session works through the queue as it was when it started: a refetch must not shift
  // the cards under the student's finger.
  const [session, setSession] = useState<typeof queue.data | null>(null);
  if (queue.data && queue.data !== session && (!session || index === 0)) setSession(queue.data);
  const cards = session?.cards ?? [];
  const card = cards[index];

  useEffect(() => {
    shownAt.current = Date.now();
  }, [index]);

  const rate = useCallback(
    async (rating: Rating) => {
      if (!card || review.isPending) return;
      setError(null);
      try {
        await review.mutateAsync({
          cardId: card.id,
          rating,
          expectedReps: card.reps,
          durationMs: Date.now() - shownAt.current,
        });
      } catch (e) {
        // CONFLICT: this card was rated elsewhere already (another tab); move on all the same.
        const code = (e as { data?: { code?: string } }).data?.code;
        if (code !== "CONFLICT") {
          setError("Your rating could not be saved. Check your connection and try again.");
          return;
        }
      }
      setDone((d) => d + 1);
      setRevealed(false);
      setIndex((i) => i + 1);
    },
    [card, review],
  );

  useKeyDown((e, { typing }) => {
    if (typing || !card) return;
    if (!revealed && (e.key === " " || e.key === "Enter")) {
      e.preventDefault();
      setRevealed(true);
      return;
    }
    const r = RATINGS.find((x) => x.key === e.key);
    if (revealed && r) {
      e.preventDefault();
      void rate(r.rating);
    }
  });

  if (queue.isPending || (queue.data && !session)) return <p role="status">Loading your cards…</p>;
  if (queue.isError) {
    return (
      <QueryError
        title="Your cards could not be loaded."
        error={queue.error}
        onRetry={queue.refetch}
      />
    );
  }
  if (!card) {
    const next = session?.nextDueAt ?? null;
    return (
      <section
        aria-live="polite"
        className="space-y-3 rounded-lg border border-slate-200 bg-white p-6"
      >
        <h2 className="text-xl font-semibold">
          {done > 0
            ? `Done for now: ${done} card${done === 1 ? "" : "s"} reviewed`
            : "Nothing to review right now"}
        </h2>
        <p className="text-slate-700">
          {next ? (
            <>
              Your next review is due <DateTime value={next} />.
            </>
          ) : (
            "Take a quiz or practice an article to add cards."
          )}
        </p>
        <div className="flex flex-wrap gap-3">
          <button
            className="rounded border border-slate-300 px-3 py-2"
            onClick={() => {
              setIndex(0);
              setDone(0);
              setSession(null);
              void queryClient.invalidateQueries({ queryKey: trpc.study.queue.queryKey() });
            }}
          >
            Check again
          </button>
          <Link
            href="/student/practice"
            className="rounded bg-brand-600 px-3 py-2 font-medium text-white"
          >
            Practice an article
          </Link>
        </div>
      </section>
    );
  }

  const now = new Date();
  return (
    <section aria-labelledby="card-heading" className="space-y-4">
      <p className="text-sm text-slate-700" aria-live="polite" data-testid="study-counts">
        {sessionCountsLabel(sessionCounts(cards, index))}
      </p>
      <div className="min-h-[22rem] rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2
          id="card-heading"
          className="text-sm font-medium uppercase tracking-wide text-slate-600"
        >
          {card.kind === "fact" ? "Key fact" : "A question you missed"} ·{" "}
          {card.state === "new" ? "new" : card.state}
        </h2>
        <p className="mt-3 text-lg">{card.front.prompt}</p>
        {card.front.options && (
          <ul className="mt-2 list-inside list-disc text-slate-800">
            {card.front.options.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        )}
        {/* The answer area keeps its space before it is revealed, so nothing jumps. */}
        <div className="mt-4 min-h-[9rem] border-t border-slate-200 pt-4" aria-live="polite">
          {revealed ? (
            <div className="space-y-2">
              {card.back.answer && (
                <p>
                  <span className="font-semibold">Answer:</span> {card.back.answer}
                </p>
              )}
              {card.back.fact && <p className="text-slate-800">{card.back.fact}</p>}
              {card.back.stanceLabel && (
                <p className="inline-block rounded bg-amber-100 px-2 py-0.5 text-sm text-amber-950">
                  {card.back.stanceLabel}
                </p>
              )}
              {card.back.explanation && (
                <p className="text-sm text-slate-700">{card.back.explanation}</p>
              )}
              {card.back.context && (
                <blockquote className="rounded bg-slate-50 p-3 text-sm text-slate-700">
                  <span className="sr-only">
                    In context, from {card.back.context.articleTitle}:{" "}
                  </span>
                  {card.back.context.before}
                  <mark className="bg-yellow-200 text-slate-900">{card.back.context.sentence}</mark>
                  {card.back.context.after}
                </blockquote>
              )}
            </div>
          ) : (
            <button
              type="button"
              onClick={() => setRevealed(true)}
              className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
            >
              Show answer <kbd className="ml-1 text-xs opacity-80 pointer-coarse:hidden">Space</kbd>
            </button>
          )}
        </div>
      </div>
      <div
        role="group"
        aria-label="How well did you know it?"
        // On a phone the ratings stay at the bottom of the screen, whatever the card's length.
        className="sticky bottom-0 z-10 -mx-4 grid grid-cols-2 gap-2 border-t border-slate-200 bg-slate-50/95 px-4 py-3 sm:static sm:mx-0 sm:grid-cols-4 sm:border-0 sm:bg-transparent sm:p-0"
      >
        {RATINGS.map((r) => (
          <button
            key={r.rating}
            type="button"
            disabled={!revealed || review.isPending}
            onClick={() => void rate(r.rating)}
            className={`min-h-12 rounded border-2 bg-white px-3 py-2 font-medium disabled:cursor-not-allowed disabled:opacity-50 ${r.className}`}
          >
            <span className="block">
              {r.label} <kbd className="text-xs opacity-80 pointer-coarse:hidden">{r.key}</kbd>
            </span>
            <span className="block text-xs font-normal">
              {untilLabel(new Date(card.intervals[r.rating]), now)}
            </span>
          </button>
        ))}
      </div>
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {error}
        </p>
      )}
    </section>
  );
}
