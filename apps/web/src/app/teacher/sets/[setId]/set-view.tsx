"use client";
// One question set: its questions as students will see them, with answers, and a way to
// assign it to a class.
import { skipToken, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo, useState } from "react";
import { AssignDialog } from "~/components/teacher/assign-dialog/assign-dialog";
import { AnswerNotes, QuestionBadges, StudentView } from "~/components/teacher/question-preview";
import { useTRPC } from "~/trpc/react";
import { ExportSection } from "./export-section";
import { buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { plural } from "~/components/ui/format";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { PageSkeleton } from "~/components/ui/skeleton";
import { formatDate } from "~/components/ui/time";
import { QueryError } from "~/components/ui/query-state";

export function SetView({ setId, created }: { setId: string; created: "hand" | "mix" | null }) {
  const trpc = useTRPC();
  const set = useQuery(trpc.sets.get.queryOptions({ setId }));
  const articles = useQuery(trpc.articles.list.queryOptions());
  const articleId = set.data?.articleId;
  const article = useQuery(trpc.articles.get.queryOptions(articleId ? { articleId } : skipToken));
  const [showAnswers, setShowAnswers] = useState(true);
  const [assignOpen, setAssignOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(
    created === "hand"
      ? "Set created. Assign it to a class when you are ready."
      : created === "mix"
        ? "Set created from your mix. Check the questions below, then assign it to a class."
        : null,
  );
  const sentences = useMemo(
    () => new Map((article.data?.sentences ?? []).map((s) => [s.id, s.text])),
    [article.data],
  );
  const facts = useMemo(
    () => new Map((article.data?.facts ?? []).map((f) => [f.id, f.text])),
    [article.data],
  );
  if (!set.data) {
    return set.isError ? (
      <QueryError title="The set could not be loaded." error={set.error} onRetry={set.refetch} />
    ) : (
      <PageSkeleton label="Loading the set…" />
    );
  }
  const s = set.data;
  const articleTitle = articles.data?.find((a) => a.id === s.articleId)?.title;
  const disabled = s.questions.filter((q) => q.disabled).length;
  return (
    <div>
      <PageHeader
        crumbs={[{ href: "/teacher/sets", label: "Sets" }, { label: s.title }]}
        title={s.title}
        description={
          <p>
            {plural(s.questions.length, "question")}
            {articleTitle ? ` from “${articleTitle}”` : ""}.
          </p>
        }
        actions={
          <>
            {s.questions.length > 0 && (
              <a href="#set-export" className={buttonClass("secondary")}>
                Export
              </a>
            )}
            <Link href={`/teacher/sets/${setId}/worksheet`} className={buttonClass("secondary")}>
              Printable worksheet
            </Link>
            <button
              type="button"
              className={buttonClass("primary")}
              onClick={() => setAssignOpen(true)}
            >
              Assign to a class
            </button>
          </>
        }
      />
      <div className="mb-4 space-y-3">
        {notice && (
          <Notice tone="success" onDismiss={() => setNotice(null)}>
            {notice}
          </Notice>
        )}
        {disabled > 0 && (
          <Notice tone="warning">
            {plural(disabled, "question")} in this set {disabled === 1 ? "is" : "are"} disabled in
            the bank and will be left out of new attempts. Enable {disabled === 1 ? "it" : "them"}{" "}
            in the{" "}
            <Link
              href={`/teacher/bank?${new URLSearchParams({ ...(s.articleId ? { article: s.articleId } : {}), status: "disabled" })}`}
              className="underline"
            >
              question bank
            </Link>{" "}
            to include {disabled === 1 ? "it" : "them"} again.
          </Notice>
        )}
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={showAnswers}
            onChange={(e) => setShowAnswers(e.target.checked)}
          />
          Show answers and sources
        </label>
      </div>
      {s.questions.length === 0 ? (
        <EmptyState title="This set has no questions" />
      ) : (
        <ol className="space-y-4">
          {s.questions.map((item, i) => (
            <li key={item.id}>
              <article
                aria-labelledby={`set-question-${item.id}`}
                className="rounded-lg border border-slate-200 bg-white p-4"
              >
                <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
                  <h2 id={`set-question-${item.id}`} className="font-semibold">
                    Question {i + 1}
                  </h2>
                  <QuestionBadges q={item.question} disabled={item.disabled} />
                </div>
                <StudentView q={item.question} showAnswer={showAnswers} />
                {showAnswers && (
                  <div className="mt-4 border-t border-slate-200 pt-3">
                    <AnswerNotes q={item.question} sentences={sentences} />
                  </div>
                )}
              </article>
            </li>
          ))}
        </ol>
      )}
      {s.questions.length > 0 && (
        <div className="mt-6">
          <ExportSection
            setId={setId}
            questions={s.questions.map((q) => ({ id: q.id, prompt: q.question.prompt }))}
            facts={facts}
          />
        </div>
      )}
      <AssignDialog
        open={assignOpen}
        setId={setId}
        title={`Assign “${s.title}”`}
        onClose={() => setAssignOpen(false)}
        onAssigned={(a) => {
          setAssignOpen(false);
          setNotice(`Assigned “${a.title}”${a.dueAt ? `, due ${formatDate(a.dueAt)}` : ""}.`);
        }}
      />
    </div>
  );
}
