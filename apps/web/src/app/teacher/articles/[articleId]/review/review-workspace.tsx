"use client";
// Reviewing an article's generated kit before it is assigned: the article on one side with the
// chosen question's source sentences highlighted, the key facts with their questions on the
// other. It opens on the generator's recommended questions, best first, with the other
// candidates one click away; the recommended set can be accepted in one action. Each question is
// accepted, edited or rejected and each fact can be reworded; every change is saved at once and
// says so. Keyboard: j/k or the arrows move between questions, a accepts, r rejects, e edits,
// Escape cancels an edit.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { QuestionEditor } from "~/components/teacher/question-editor";
import { QuestionBadges, StudentView } from "~/components/teacher/question-preview";
import type { RouterOutputs } from "~/components/teacher/types";
import { useTRPC } from "~/trpc/react";
import { initialView, questionsInView, reviewGroups, type ReviewView } from "./review-groups";
import { Badge } from "~/components/ui/badge";
import { buttonClass } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { EmptyState } from "~/components/ui/empty-state";
import { plural } from "~/components/ui/format";
import { inputClass } from "~/components/ui/input";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { Skeleton } from "~/components/ui/skeleton";
import { apiProblem } from "~/lib/api-error";
import { QUESTION_TYPE_LABEL, STANCE_LABEL } from "~/lib/labels";
import { QueryError } from "~/components/ui/query-state";
import { useKeyDown } from "~/hooks/use-key-down";

type Review = RouterOutputs["review"]["article"];
type ReviewQuestion = Review["questions"][number];
type ReviewFact = Review["facts"][number];
type Status = ReviewQuestion["status"];
type Filter = "all" | Status;

const STATUS_LABEL: Record<Status, string> = {
  pending: "Pending",
  accepted: "Accepted",
  rejected: "Rejected",
};
const STATUS_TONE = { pending: "warning", accepted: "success", rejected: "danger" } as const;

/** What became of the last change to a question or fact. */
type SaveState =
  | { state: "saving"; text: string }
  | { state: "saved"; text: string }
  | { state: "error"; text: string; retry?: () => void };

/** The review with some questions' status changed, and the counts to match. */
function withStatus(review: Review, ids: ReadonlySet<string>, status: Status): Review {
  const questions = review.questions.map((q) => (ids.has(q.id) ? { ...q, status } : q));
  const counts = { pending: 0, accepted: 0, rejected: 0 };
  const recommended = { pending: 0, accepted: 0, rejected: 0 };
  for (const q of questions) {
    counts[q.status] += 1;
    if (q.recommended) recommended[q.status] += 1;
  }
  return { ...review, questions, counts, recommended };
}

/** What "Accept all recommended" did, in words, with the counts. */
function acceptedRecommendedText(out: RouterOutputs["review"]["acceptRecommended"]): string {
  const { accepted, rejected } = out.recommended;
  const total = accepted + rejected + out.recommended.pending;
  const first =
    out.accepted === 0
      ? "No recommended question was waiting: nothing changed."
      : `Accepted ${plural(out.accepted, "recommended question")}.`;
  const stand = rejected
    ? ` ${plural(rejected, "question")} you rejected ${rejected === 1 ? "stays" : "stay"} rejected.`
    : "";
  return `${first} ${accepted} of the ${plural(total, "recommended question")} ${accepted === 1 ? "is" : "are"} now accepted and can go into a set.${stand}`;
}

export function ReviewWorkspace({ articleId }: { articleId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const review = useQuery(trpc.review.article.queryOptions({ articleId }));
  const queryKey = trpc.review.article.queryKey({ articleId });

  const [filter, setFilter] = useState<Filter>("all");
  // Null until the teacher chooses: the recommended set when there is one.
  const [chosenView, setView] = useState<ReviewView | null>(null);
  const [acceptedRecommended, setAcceptedRecommended] = useState<{
    tone: "success" | "error";
    text: string;
  } | null>(null);
  const [selected, setSelected] = useState<{ kind: "question" | "fact"; id: string } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [editingFact, setEditingFact] = useState<string | null>(null);
  const [saves, setSaves] = useState<Record<string, SaveState>>({});
  const [announcement, setAnnouncement] = useState("");
  const [confirmAll, setConfirmAll] = useState(false);
  const [acceptAllError, setAcceptAllError] = useState<string | null>(null);

  const data = review.data;
  const canEdit = !!data?.canEdit;
  const number = useMemo(
    () => new Map((data?.questions ?? []).map((q, i) => [q.id, i + 1])),
    [data?.questions],
  );
  const factNumber = useMemo(
    () => new Map((data?.facts ?? []).map((f, i) => [f.id, i + 1])),
    [data?.facts],
  );

  const view: ReviewView = chosenView ?? initialView(data?.questions ?? []);
  // Best first: each question under the first key fact it is built on, groups by their best.
  const visibleGroups = useMemo(
    () => (data ? reviewGroups(data.facts, data.questions, view, filter) : []),
    [data, view, filter],
  );
  const order = visibleGroups.flatMap((g) => g.questions.map((q) => q.id));

  const current =
    selected?.kind === "question" && order.includes(selected.id) ? selected.id : undefined;
  const highlighted = useMemo(() => {
    if (!data || !selected) return new Set<string>();
    if (selected.kind === "fact")
      return new Set(data.facts.find((f) => f.id === selected.id)?.sentenceIds ?? []);
    return new Set(data.questions.find((q) => q.id === selected.id)?.sourceSentenceIds ?? []);
  }, [data, selected]);

  const mark = (id: string, state: SaveState) => setSaves((s) => ({ ...s, [id]: state }));

  const setStatus = useMutation(trpc.review.setStatus.mutationOptions());
  const acceptRecommended = useMutation(
    trpc.review.acceptRecommended.mutationOptions({
      onSuccess: (out) => {
        // Shown at once as the server left it, then refreshed from the server.
        queryClient.setQueryData(queryKey, (old: Review | undefined) =>
          old
            ? withStatus(
                old,
                new Set(
                  old.questions
                    .filter((q) => q.recommended && q.status === "pending")
                    .map((q) => q.id),
                ),
                "accepted",
              )
            : old,
        );
        // The notice is a live region itself: no second announcement.
        setAcceptedRecommended({ tone: "success", text: acceptedRecommendedText(out) });
        void queryClient.invalidateQueries({ queryKey });
        void queryClient.invalidateQueries({ queryKey: trpc.articles.list.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.articles.bank.queryKey() });
      },
      onError: (e) => {
        const text = `Not saved: ${apiProblem(e, "the recommended questions could not be accepted").message ?? ""}`;
        setAcceptedRecommended({ tone: "error", text });
      },
    }),
  );
  const changeStatus = async (ids: string[], status: Status): Promise<boolean> => {
    if (!ids.length) return true;
    const label = STATUS_LABEL[status].toLowerCase();
    for (const id of ids) mark(id, { state: "saving", text: "Saving…" });
    try {
      for (let i = 0; i < ids.length; i += 500) {
        await setStatus.mutateAsync({ questionIds: ids.slice(i, i + 500), status });
      }
      queryClient.setQueryData(queryKey, (old: Review | undefined) =>
        old ? withStatus(old, new Set(ids), status) : old,
      );
      for (const id of ids) mark(id, { state: "saved", text: `Saved: ${label}.` });
      setAnnouncement(
        ids.length === 1
          ? `Question ${number.get(ids[0]!)} ${label}. Saved.`
          : `${plural(ids.length, "question")} ${label}. Saved.`,
      );
      void queryClient.invalidateQueries({ queryKey: trpc.articles.list.queryKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.articles.bank.queryKey() });
      return true;
    } catch (e) {
      const message = apiProblem(e, "the change could not be saved").message ?? "";
      for (const id of ids)
        mark(id, {
          state: "error",
          text: `Not saved: ${message}`,
          retry: () => void changeStatus([id], status),
        });
      setAnnouncement(`Not saved. ${message}`);
      return false;
    }
  };

  const focusQuestion = (id: string) => {
    setSelected({ kind: "question", id });
    document.getElementById(`review-q-${id}`)?.focus();
  };

  // Keyboard: anywhere on the page except while typing in a field or a dialog.
  useKeyDown((e, { typing }) => {
    // A dialog or a form (the editor) keeps its keys to itself.
    const inForm = e.target instanceof HTMLElement && !!e.target.closest("dialog, form");
    if (e.defaultPrevented || e.metaKey || e.ctrlKey || e.altKey || typing || inForm) return;
    if (!data || editing) return;
    // The focused card is the current one; focus moves before React re-renders.
    const inFocus = (document.activeElement as HTMLElement | null)
      ?.closest<HTMLElement>('article[id^="review-q-"]')
      ?.id.slice("review-q-".length);
    const focused = inFocus && order.includes(inFocus) ? inFocus : current;
    const at = focused ? order.indexOf(focused) : -1;
    const move = (by: number) => {
      const next = order[Math.max(0, Math.min(order.length - 1, at + by))];
      if (next) focusQuestion(next);
    };
    switch (e.key) {
      case "j":
      case "ArrowDown":
        e.preventDefault();
        move(1);
        break;
      case "k":
      case "ArrowUp":
        e.preventDefault();
        move(-1);
        break;
      case "a":
      case "r":
        if (!focused || !canEdit) return;
        e.preventDefault();
        void changeStatus([focused], e.key === "a" ? "accepted" : "rejected");
        break;
      case "e":
        if (!focused || !canEdit) return;
        e.preventDefault();
        setEditing(focused);
        break;
    }
  });

  if (review.isPending) return <Skeleton className="h-96" />;
  if (review.isError || !data)
    return (
      <QueryError
        title="The review could not be loaded."
        error={review.error}
        onRetry={review.refetch}
        detail
      />
    );

  const pendingIds = data.questions.filter((q) => q.status === "pending").map((q) => q.id);
  const inView = questionsInView(data.questions, view);
  const viewCounts = { pending: 0, accepted: 0, rejected: 0 };
  for (const q of inView) viewCounts[q.status] += 1;
  const recommendedTotal =
    data.recommended.pending + data.recommended.accepted + data.recommended.rejected;
  const candidatesTotal = data.questions.length - recommendedTotal;
  const chooseView = (next: ReviewView) => {
    setView(next);
    setFilter("all");
    setSelected(null);
  };
  const hasText = data.kind === "article" && data.sentences.length > 0;

  const questionCard = (q: ReviewQuestion) => (
    <QuestionCard
      key={q.id}
      q={q}
      number={number.get(q.id)!}
      factNumbers={q.factIds.map((id) => factNumber.get(id)).filter((n): n is number => !!n)}
      canEdit={canEdit}
      selected={current === q.id}
      editing={editing === q.id}
      save={saves[q.id]}
      onSelect={() => setSelected({ kind: "question", id: q.id })}
      onStatus={(status) => void changeStatus([q.id], status)}
      onEdit={() => setEditing(q.id)}
      onEditDone={(saved) => {
        setEditing(null);
        if (saved) {
          mark(q.id, { state: "saved", text: "Edit saved." });
          setAnnouncement(`Question ${number.get(q.id)} edited. Saved.`);
        }
        requestAnimationFrame(() => document.getElementById(`review-q-${q.id}`)?.focus());
      }}
    />
  );

  return (
    <div>
      <PageHeader
        crumbs={[
          { href: `/teacher/bank?article=${data.id}`, label: "Question bank" },
          { label: "Review" },
        ]}
        title={`Review: ${data.title}`}
        description={
          <p>
            Accept the questions you want students to meet, edit those that need it and reject the
            rest. Only accepted questions can go into a set.
          </p>
        }
        actions={
          <Link
            href={`/teacher/sets/new?article=${data.id}`}
            className={buttonClass(data.counts.accepted ? "primary" : "secondary")}
          >
            Create a set from accepted questions
          </Link>
        }
      />
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {!canEdit && (
        <div className="mb-4">
          <Notice tone="info">
            {data.addedBy ? `${data.addedBy} added this article` : "Another teacher added this"}.
            Only they can accept, edit or reject its questions and reword its facts. You can read
            the review here and use its accepted questions in your own sets.
          </Notice>
        </div>
      )}

      {acceptedRecommended && (
        <div className="mb-4">
          <Notice tone={acceptedRecommended.tone} onDismiss={() => setAcceptedRecommended(null)}>
            {acceptedRecommended.text}
          </Notice>
        </div>
      )}

      <div className="mb-4 flex flex-wrap items-end justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <div className="flex w-full flex-wrap items-center justify-between gap-3">
          <div role="group" aria-label="Questions to review" className="flex flex-wrap gap-2">
            <button
              type="button"
              className={buttonClass(view === "recommended" ? "primary" : "secondary")}
              aria-pressed={view === "recommended"}
              onClick={() => chooseView("recommended")}
            >
              Recommended ({recommendedTotal})
            </button>
            <button
              type="button"
              className={buttonClass(view === "candidates" ? "primary" : "secondary")}
              aria-pressed={view === "candidates"}
              onClick={() => chooseView("candidates")}
            >
              More candidates ({candidatesTotal})
            </button>
          </div>
          {canEdit && view === "recommended" && recommendedTotal > 0 && (
            <button
              type="button"
              className={buttonClass(data.recommended.pending ? "primary" : "secondary")}
              disabled={data.recommended.pending === 0 || acceptRecommended.isPending}
              aria-busy={acceptRecommended.isPending}
              onClick={() => {
                setAcceptedRecommended(null);
                acceptRecommended.mutate({ articleId: data.id });
              }}
            >
              {acceptRecommended.isPending
                ? "Accepting…"
                : `Accept all recommended (${data.recommended.pending})`}
            </button>
          )}
          {canEdit && view === "candidates" && (
            <button
              type="button"
              className={buttonClass("secondary")}
              disabled={pendingIds.length === 0}
              onClick={() => {
                setAcceptAllError(null);
                setConfirmAll(true);
              }}
            >
              Accept all remaining ({pendingIds.length})
            </button>
          )}
        </div>
        <p className="w-full text-sm text-slate-700">
          {view === "recommended"
            ? "StudyKit's pick: the best question on each of the article's main points, best first."
            : "Every other question StudyKit generated, best first. Most teachers need only a few of these."}
        </p>
        <fieldset>
          <legend className="font-medium">Show</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {(["all", "pending", "accepted", "rejected"] as const).map((f) => (
              <label key={f} className="flex items-center gap-1.5">
                <input
                  type="radio"
                  name="review-filter"
                  checked={filter === f}
                  onChange={() => setFilter(f)}
                />
                {f === "all" ? `All (${inView.length})` : `${STATUS_LABEL[f]} (${viewCounts[f]})`}
              </label>
            ))}
          </div>
        </fieldset>
        <details className="w-full text-sm text-slate-700">
          <summary className="cursor-pointer">Keyboard shortcuts</summary>
          <ul className="mt-1 list-disc pl-5">
            <li>j or ↓: next question; k or ↑: previous question</li>
            {canEdit && <li>a: accept; r: reject; e: edit; Escape: cancel the edit</li>}
          </ul>
        </details>
      </div>

      <div className={hasText ? "grid gap-6 lg:grid-cols-2" : ""}>
        {hasText ? (
          <ArticleText review={data} highlighted={highlighted} />
        ) : (
          <div className="mb-4">
            <Notice tone="info">
              {data.kind === "question_import"
                ? `Imported${data.sourceName ? ` from ${data.sourceName}` : ""}: these questions have no article text or key facts.`
                : "This article has no text to show."}
            </Notice>
          </div>
        )}
        <div className="min-w-0 space-y-6">
          {data.questions.length === 0 ? (
            <EmptyState title="No questions">
              <p>StudyKit found nothing to ask about in this article.</p>
            </EmptyState>
          ) : inView.length === 0 ? (
            <EmptyState
              title={view === "recommended" ? "Nothing is recommended" : "No more candidates"}
              action={
                <button
                  type="button"
                  className={buttonClass("secondary")}
                  onClick={() => chooseView(view === "recommended" ? "candidates" : "recommended")}
                >
                  {view === "recommended"
                    ? `Show the ${plural(candidatesTotal, "candidate")}`
                    : `Show the ${plural(recommendedTotal, "recommended question")}`}
                </button>
              }
            >
              <p>
                {view === "recommended"
                  ? data.kind === "question_import"
                    ? "These questions were imported, not generated, so StudyKit does not rank them."
                    : "StudyKit recommends no questions for this article."
                  : "Every question StudyKit generated for this article is in the recommended set."}
              </p>
            </EmptyState>
          ) : order.length === 0 && filter !== "all" ? (
            <EmptyState title={`No ${STATUS_LABEL[filter as Status].toLowerCase()} questions`}>
              <p>Choose another filter to see the rest.</p>
            </EmptyState>
          ) : view === "recommended" && viewCounts.pending === 0 ? (
            <Notice tone="success">
              All {plural(inView.length, "recommended question")}{" "}
              {inView.length === 1 ? "is" : "are"} reviewed: {viewCounts.accepted} accepted,{" "}
              {viewCounts.rejected} rejected.{" "}
              {viewCounts.accepted > 0 && (
                <>
                  <Link
                    href={`/teacher/sets/new?article=${data.id}`}
                    className="font-semibold underline"
                  >
                    Create a set
                  </Link>{" "}
                  or{" "}
                </>
              )}
              <button
                type="button"
                className="font-semibold underline"
                onClick={() => chooseView("candidates")}
              >
                look at {plural(candidatesTotal, "more candidate")}
              </button>
              .
            </Notice>
          ) : null}
          {visibleGroups.map((g) =>
            g.fact ? (
              <FactSection
                key={g.fact.id}
                fact={g.fact}
                number={factNumber.get(g.fact.id)!}
                canEdit={canEdit}
                selected={selected?.kind === "fact" && selected.id === g.fact.id}
                editing={editingFact === g.fact.id}
                save={saves[g.fact.id]}
                onSelect={() => setSelected({ kind: "fact", id: g.fact!.id })}
                onEdit={(on) => setEditingFact(on ? g.fact!.id : null)}
                onSaved={(text) => {
                  mark(g.fact!.id, { state: "saved", text });
                  setAnnouncement(`Key fact ${factNumber.get(g.fact!.id)}: ${text}`);
                }}
                filter={filter}
              >
                {g.questions.map(questionCard)}
              </FactSection>
            ) : (
              <section
                key="other"
                aria-labelledby="other-questions"
                className="rounded-lg border border-slate-200 bg-white p-4"
              >
                <h2 id="other-questions" className="text-lg font-semibold">
                  {data.facts.length ? "Questions on no current key fact" : "Questions"}
                </h2>
                <ol className="mt-3 space-y-4">{g.questions.map(questionCard)}</ol>
              </section>
            ),
          )}
        </div>
      </div>

      <ConfirmDialog
        open={confirmAll}
        title={`Accept ${plural(pendingIds.length, "pending question")}?`}
        confirmLabel={`Accept ${plural(pendingIds.length, "question")}`}
        tone="primary"
        busy={setStatus.isPending}
        error={acceptAllError}
        onCancel={() => setConfirmAll(false)}
        onConfirm={async () => {
          setAcceptAllError(null);
          if (await changeStatus(pendingIds, "accepted")) setConfirmAll(false);
          else setAcceptAllError("Not saved. Check your connection and try again.");
        }}
      >
        Every question still pending becomes available for sets. Questions you rejected stay
        rejected.
      </ConfirmDialog>
    </div>
  );
}

function ArticleText({ review, highlighted }: { review: Review; highlighted: Set<string> }) {
  const container = useRef<HTMLElement>(null);
  const paragraphs = useMemo(() => {
    const map = new Map<number, Review["sentences"]>();
    for (const s of review.sentences) map.set(s.paragraph, [...(map.get(s.paragraph) ?? []), s]);
    return [...map.entries()].sort(([a], [b]) => a - b);
  }, [review.sentences]);
  const first = review.sentences.find((s) => highlighted.has(s.id))?.id;

  // Bring the highlighted sentence into view inside the article's own scroll area.
  useEffect(() => {
    const box = container.current;
    const el = first ? document.getElementById(`review-s-${first}`) : null;
    if (!box || !el) return;
    const top = el.offsetTop - box.clientHeight / 3;
    const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    box.scrollTo({ top: Math.max(0, top), behavior: smooth ? "smooth" : "auto" });
    if (box.scrollHeight <= box.clientHeight) el.scrollIntoView({ block: "nearest" });
  }, [first]);

  return (
    <section
      ref={container}
      aria-labelledby="article-heading"
      tabIndex={0}
      className="relative rounded-lg border border-slate-200 bg-white p-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto"
    >
      <h2 id="article-heading" className="mb-3 text-lg font-semibold">
        The article
      </h2>
      <div className="max-w-prose space-y-3 leading-relaxed">
        {paragraphs.map(([index, sentences]) => (
          <p key={index}>
            {sentences.map((s, i) => {
              const gap = i > 0 ? review.text.slice(sentences[i - 1]!.end, s.start) : "";
              const on = highlighted.has(s.id);
              return (
                <span key={s.id}>
                  {gap}
                  {on ? (
                    <mark
                      id={`review-s-${s.id}`}
                      data-highlighted="true"
                      className="rounded bg-amber-200 px-0.5 text-slate-950 outline-2 outline-amber-600"
                    >
                      <span className="sr-only">Source: </span>
                      {s.text}
                    </mark>
                  ) : (
                    <span id={`review-s-${s.id}`}>{s.text}</span>
                  )}
                </span>
              );
            })}
          </p>
        ))}
      </div>
    </section>
  );
}

function SaveLine({ save }: { save?: SaveState }) {
  if (!save) return null;
  return (
    <p
      className={`mt-2 text-sm ${save.state === "error" ? "font-semibold text-red-800" : save.state === "saved" ? "text-green-900" : "text-slate-700"}`}
      data-save-state={save.state}
    >
      {save.state === "saved" && <span aria-hidden="true">✓ </span>}
      {save.text}
      {save.state === "error" && save.retry && (
        <button type="button" className="ml-2 underline" onClick={save.retry}>
          Try again
        </button>
      )}
    </p>
  );
}

function FactSection({
  fact,
  number,
  canEdit,
  selected,
  editing,
  save,
  filter,
  onSelect,
  onEdit,
  onSaved,
  children,
}: {
  fact: ReviewFact;
  number: number;
  canEdit: boolean;
  selected: boolean;
  editing: boolean;
  save?: SaveState;
  filter: Filter;
  onSelect: () => void;
  onEdit: (on: boolean) => void;
  onSaved: (message: string) => void;
  children: ReactNode[];
}) {
  const headingId = `fact-${fact.id}`;
  const editButton = useRef<HTMLButtonElement>(null);
  return (
    <section
      aria-labelledby={headingId}
      className={`rounded-lg border bg-white p-4 ${selected ? "border-brand-600 ring-2 ring-brand-600" : "border-slate-200"}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          Key fact {number}
        </h2>
        <span className="flex flex-wrap gap-1.5">
          <Badge tone={fact.stance === "stated" ? "neutral" : "warning"}>
            {STANCE_LABEL[fact.stance]}
            {fact.attribution && fact.stance !== "stated" ? `: ${fact.attribution}` : ""}
          </Badge>
          {fact.edited && <Badge tone="success">Reworded</Badge>}
        </span>
      </div>
      {editing ? (
        <FactEditor
          fact={fact}
          number={number}
          onDone={(message) => {
            onEdit(false);
            if (message) onSaved(message);
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      ) : (
        <>
          <p className="mt-2" data-fact-text>
            {fact.text}
          </p>
          {fact.edited && (
            <p className="mt-1 text-sm text-slate-700">Generated wording: {fact.generatedText}</p>
          )}
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="button" className={buttonClass("quiet", "sm")} onClick={onSelect}>
              Show in the article<span className="sr-only">: key fact {number}</span>
            </button>
            {canEdit && (
              <button
                ref={editButton}
                type="button"
                className={buttonClass("secondary", "sm")}
                onClick={() => onEdit(true)}
              >
                Edit fact<span className="sr-only"> {number}</span>
              </button>
            )}
          </div>
          <SaveLine save={save} />
        </>
      )}
      {children.length > 0 ? (
        <ol className="mt-4 space-y-4" aria-label={`Questions on key fact ${number}`}>
          {children}
        </ol>
      ) : (
        <p className="mt-3 text-sm text-slate-700">
          {filter === "all"
            ? "No questions are built on this fact alone."
            : `No ${filter} questions on this fact.`}
        </p>
      )}
    </section>
  );
}

function FactEditor({
  fact,
  number,
  onDone,
}: {
  fact: ReviewFact;
  number: number;
  onDone: (message: string | null) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [text, setText] = useState(fact.text);
  const [error, setError] = useState<string | null>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  const dirty = text.trim() !== fact.text;
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.review.article.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.articles.get.queryKey() }),
    ]);
  const onError = (e: unknown) => {
    const problem = apiProblem(e, "the fact could not be saved");
    setError(`Not saved. ${problem.fieldErrors.text ?? problem.message ?? ""}`.trim());
    requestAnimationFrame(() => field.current?.focus());
  };
  const save = useMutation(trpc.review.editFact.mutationOptions());
  // Its callbacks go with each call: they use refs, which rendering must not read.
  const saveCallbacks: Parameters<typeof save.mutate>[1] = {
    onSuccess: async () => {
      await refresh();
      onDone("Reworded. Saved.");
    },
    onError,
  };
  const reset = useMutation(trpc.review.resetFact.mutationOptions());
  // Its callbacks go with each call: they use refs, which rendering must not read.
  const resetCallbacks: Parameters<typeof reset.mutate>[1] = {
    onSuccess: async () => {
      await refresh();
      onDone("Generated wording restored. Saved.");
    },
    onError,
  };
  const id = `fact-text-${fact.id}`;
  return (
    <form
      noValidate
      aria-label={`Edit key fact ${number}`}
      className="mt-2 space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (!dirty) return onDone(null);
        setError(null);
        save.mutate({ factId: fact.id, text }, saveCallbacks);
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape" && !confirmDiscard) {
          e.preventDefault();
          if (dirty) setConfirmDiscard(true);
          else onDone(null);
        }
      }}
    >
      {error && <Notice tone="error">{error}</Notice>}
      <label htmlFor={id} className="block font-medium">
        Wording of key fact {number}
      </label>
      <textarea
        id={id}
        ref={field}
        rows={3}
        maxLength={1000}
        className={inputClass}
        value={text}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
      />
      <p className="text-sm text-slate-700">Generated wording: {fact.generatedText}</p>
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          className={buttonClass("primary", "sm")}
          disabled={save.isPending}
          aria-busy={save.isPending}
        >
          {save.isPending ? "Saving…" : "Save fact"}
        </button>
        {fact.edited && (
          <button
            type="button"
            className={buttonClass("secondary", "sm")}
            disabled={reset.isPending}
            onClick={() => reset.mutate({ factId: fact.id }, resetCallbacks)}
          >
            Use the generated wording
          </button>
        )}
        <button
          type="button"
          className={buttonClass("secondary", "sm")}
          onClick={() => (dirty ? setConfirmDiscard(true) : onDone(null))}
        >
          Cancel
        </button>
      </div>
      <ConfirmDialog
        open={confirmDiscard}
        title="Discard your changes?"
        confirmLabel="Discard changes"
        busy={false}
        onCancel={() => setConfirmDiscard(false)}
        onConfirm={() => {
          setConfirmDiscard(false);
          onDone(null);
        }}
      >
        The new wording of this fact has not been saved.
      </ConfirmDialog>
    </form>
  );
}

function QuestionCard({
  q,
  number,
  factNumbers,
  canEdit,
  selected,
  editing,
  save,
  onSelect,
  onStatus,
  onEdit,
  onEditDone,
}: {
  q: ReviewQuestion;
  number: number;
  factNumbers: number[];
  canEdit: boolean;
  selected: boolean;
  editing: boolean;
  save?: SaveState;
  onSelect: () => void;
  onStatus: (status: Status) => void;
  onEdit: () => void;
  onEditDone: (saved: boolean) => void;
}) {
  const headingId = `review-q-${q.id}-heading`;
  const busy = save?.state === "saving";
  return (
    <li>
      <article
        id={`review-q-${q.id}`}
        tabIndex={0}
        aria-labelledby={headingId}
        aria-current={selected ? "true" : undefined}
        data-status={q.status}
        onFocus={(e) => {
          if (e.target === e.currentTarget || !selected) onSelect();
        }}
        onClick={() => !selected && onSelect()}
        className={`rounded-lg border p-4 ${q.status === "rejected" ? "bg-slate-50" : "bg-white"} ${selected ? "border-brand-600 ring-2 ring-brand-600" : "border-slate-300"}`}
      >
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h3 id={headingId} className="font-semibold">
            Question {number}
            <span className="sr-only">
              : {QUESTION_TYPE_LABEL[q.question.type]}, {STATUS_LABEL[q.status].toLowerCase()}
            </span>
          </h3>
          <span className="flex flex-wrap items-center gap-1.5">
            <Badge tone={STATUS_TONE[q.status]}>{STATUS_LABEL[q.status]}</Badge>
            <QuestionBadges q={q.question} edited={q.edited} disabled={q.disabled} />
          </span>
        </div>
        {editing ? (
          <QuestionEditor
            questionId={q.id}
            question={q.question}
            alternatives={q.alternativeDistractors ?? []}
            onCancel={() => onEditDone(false)}
            onSaved={() => onEditDone(true)}
          />
        ) : (
          <>
            <StudentView q={q.question} showAnswer />
            <div className="mt-3 text-sm">
              <p>
                <span className="font-semibold">Explanation: </span>
                {q.question.explanation}
              </p>
              {factNumbers.length > 1 && (
                <p className="mt-1 text-slate-700">
                  Built on key facts {factNumbers.join(" and ")}.
                </p>
              )}
              {q.sourceSentenceIds.length === 0 && (
                <p className="mt-1 text-slate-700">No source sentence in an article.</p>
              )}
            </div>
            {canEdit && (
              <div className="mt-3 flex flex-wrap gap-2">
                <button
                  type="button"
                  className={buttonClass(q.status === "accepted" ? "primary" : "secondary", "sm")}
                  aria-pressed={q.status === "accepted"}
                  disabled={busy}
                  onClick={() => onStatus("accepted")}
                >
                  {q.status === "accepted" ? "Accepted" : "Accept"}
                  <span className="sr-only"> question {number}</span>
                </button>
                <button type="button" className={buttonClass("secondary", "sm")} onClick={onEdit}>
                  Edit<span className="sr-only"> question {number}</span>
                </button>
                <button
                  type="button"
                  className={buttonClass("danger", "sm")}
                  aria-pressed={q.status === "rejected"}
                  disabled={busy}
                  onClick={() => onStatus("rejected")}
                >
                  {q.status === "rejected" ? "Rejected" : "Reject"}
                  <span className="sr-only"> question {number}</span>
                </button>
                {q.status !== "pending" && (
                  <button
                    type="button"
                    className={buttonClass("quiet", "sm")}
                    disabled={busy}
                    onClick={() => onStatus("pending")}
                  >
                    Back to pending<span className="sr-only"> (question {number})</span>
                  </button>
                )}
              </div>
            )}
            <SaveLine save={save} />
          </>
        )}
      </article>
    </li>
  );
}
