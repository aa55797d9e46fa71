"use client";
// Reviewing an article's generated kit before it is assigned: the article on one side with the
// chosen question's source sentences highlighted, the key facts with their questions on the
// other. It opens on the generator's recommended questions, best first, with the other
// candidates one click away; the recommended set can be accepted in one action. Each question is
// accepted, edited or rejected and each fact can be reworded; every change is saved at once and
// says so. Keyboard: j/k or the arrows move between questions, a accepts, r rejects, e edits,
// Escape cancels an edit.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo, useState } from "react";
import { buttonClass } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { plural } from "~/components/ui/format";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { QueryError } from "~/components/ui/query-state";
import { Skeleton } from "~/components/ui/skeleton";
import { useTRPC } from "~/trpc/react";
import { ArticleText } from "./article-text";
import { FactSection } from "./fact-section";
import { QuestionCard } from "./question-card";
import { initialView, questionsInView, reviewGroups, type ReviewView } from "./review-groups";
import { ReviewToolbar } from "./review-toolbar";
import { statusCounts } from "./status";
import type { Filter, ReviewQuestion } from "./types";
import { useAcceptRecommended } from "./use-accept-recommended";
import { useReviewKeys } from "./use-review-keys";
import { useReviewSaves } from "./use-review-saves";
import { ViewNotice } from "./view-notice";

export function ReviewWorkspace({ articleId }: { articleId: string }) {
  const trpc = useTRPC();
  const review = useQuery(trpc.review.article.queryOptions({ articleId }));

  const [filter, setFilter] = useState<Filter>("all");
  // Null until the teacher chooses: the recommended set when there is one.
  const [chosenView, setView] = useState<ReviewView | null>(null);
  const [selected, setSelected] = useState<{ kind: "question" | "fact"; id: string } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [editingFact, setEditingFact] = useState<string | null>(null);
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
  const { saves, mark, announcement, setAnnouncement, changeStatus, statusPending } =
    useReviewSaves(articleId, number);
  const acceptRecommended = useAcceptRecommended(articleId);

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

  // Keyboard: anywhere on the page except while typing in a field or a dialog.
  useReviewKeys({
    enabled: !!data && !editing,
    order,
    current,
    canEdit,
    onMove: (id) => {
      setSelected({ kind: "question", id });
      document.getElementById(`review-q-${id}`)?.focus();
    },
    onStatus: (id, status) => void changeStatus([id], status),
    onEdit: setEditing,
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
  const viewCounts = statusCounts(inView);
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

      {acceptRecommended.notice && (
        <div className="mb-4">
          <Notice tone={acceptRecommended.notice.tone} onDismiss={acceptRecommended.dismiss}>
            {acceptRecommended.notice.text}
          </Notice>
        </div>
      )}

      <ReviewToolbar
        view={view}
        filter={filter}
        canEdit={canEdit}
        recommendedTotal={recommendedTotal}
        candidatesTotal={candidatesTotal}
        recommendedPending={data.recommended.pending}
        pendingCount={pendingIds.length}
        inViewCount={inView.length}
        viewCounts={viewCounts}
        accepting={acceptRecommended.isPending}
        onView={chooseView}
        onFilter={setFilter}
        onAcceptRecommended={() => acceptRecommended.accept(data.id)}
        onAcceptAll={() => {
          setAcceptAllError(null);
          setConfirmAll(true);
        }}
      />

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
          <ViewNotice
            review={data}
            view={view}
            filter={filter}
            inViewCount={inView.length}
            shownCount={order.length}
            viewCounts={viewCounts}
            recommendedTotal={recommendedTotal}
            candidatesTotal={candidatesTotal}
            onView={chooseView}
          />
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
        busy={statusPending}
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
