"use client";
// One question set: its questions as students will see them, with answers; assigning it, and
// renaming, editing, duplicating, deleting or archiving it.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo, useState } from "react";
import { AssignDialog } from "~/components/teacher/assign-dialog/assign-dialog";
import { AnswerNotes, QuestionBadges, StudentView } from "~/components/teacher/question-preview";
import { useTRPC } from "~/trpc/react";
import { ExportSection } from "./export-section";
import { SetActions } from "./set-actions";
import { SetQuestionsEditor } from "./set-questions-editor";
import { buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { plural } from "~/components/ui/format";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { PageSkeleton } from "~/components/ui/skeleton";
import { formatDate } from "~/components/ui/time";
import { QueryError } from "~/components/ui/query-state";

export type SetCreated = "hand" | "mix" | "copy";

const CREATED_NOTICE: Record<SetCreated, string> = {
  hand: "Set created. Assign it to a class when you are ready.",
  mix: "Set created from your mix. Check the questions below, then assign it to a class.",
  copy: "This is a copy, not assigned yet: rename it and edit its questions as you like.",
};

export function SetView({ setId, created }: { setId: string; created: SetCreated | null }) {
  const trpc = useTRPC();
  const set = useQuery(trpc.sets.get.queryOptions({ setId }));
  const [showAnswers, setShowAnswers] = useState(true);
  const [assignOpen, setAssignOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(created ? CREATED_NOTICE[created] : null);
  const facts = useMemo(
    () => new Map((set.data?.facts ?? []).map((f) => [f.id, f.text])),
    [set.data],
  );
  if (!set.data) {
    return set.isError ? (
      <QueryError title="The set could not be loaded." error={set.error} onRetry={set.refetch} />
    ) : (
      <PageSkeleton label="Loading the set…" />
    );
  }
  const s = set.data;
  const disabled = s.questions.filter((q) => q.disabled).length;
  const assigned = s.assignments > 0;
  return (
    <div>
      <PageHeader
        crumbs={[{ href: "/teacher/sets", label: "Sets" }, { label: s.title }]}
        title={s.title}
        description={
          <p>
            {plural(s.questions.length, "question")}
            {s.articles.length === 1
              ? ` from “${s.articles[0]!.title}”`
              : s.articles.length > 1
                ? ` from ${s.articles.length} articles: ${s.articles.map((a) => `“${a.title}”`).join(", ")}`
                : ""}
            . {assigned ? `Assigned ${plural(s.assignments, "time")}.` : "Not assigned yet."}
            {s.archived && " Archived."}
          </p>
        }
        actions={
          <>
            <SetActions set={s} onNotice={setNotice} />
            {s.questions.length > 0 && !editing && (
              <a href="#set-export" className={buttonClass("secondary")}>
                Export
              </a>
            )}
            <Link href={`/teacher/sets/${setId}/worksheet`} className={buttonClass("secondary")}>
              Printable worksheet
            </Link>
            {!s.archived && (
              <button
                type="button"
                className={buttonClass("primary")}
                onClick={() => setAssignOpen(true)}
              >
                Assign to a class
              </button>
            )}
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
              href={`/teacher/bank?${new URLSearchParams({ ...(s.articles[0] ? { article: s.articles[0].id } : {}), status: "disabled" })}`}
              className="underline"
            >
              question bank
            </Link>{" "}
            to include {disabled === 1 ? "it" : "them"} again.
          </Notice>
        )}
        {s.archived && (
          <Notice tone="info">
            This set is archived: it is hidden from your sets and cannot be assigned. Its
            assignments and students&rsquo; results are kept. Restore it to assign it again.
          </Notice>
        )}
        {editing ? (
          <SetQuestionsEditor
            setId={setId}
            initial={s.questions.map((q) => ({ id: q.id, prompt: q.question.prompt }))}
            firstArticleId={s.questions[0]?.articleId ?? null}
            onDone={(saved) => {
              setEditing(false);
              if (saved !== null) setNotice(`Saved: the set has ${plural(saved, "question")}.`);
            }}
          />
        ) : assigned ? (
          <p className="text-sm text-slate-700">
            This set has been assigned, so its questions are fixed: students&rsquo; attempts and
            results are marked against them. To change them, duplicate the set and edit the copy.
          </p>
        ) : (
          <button
            type="button"
            className={buttonClass("secondary")}
            onClick={() => setEditing(true)}
          >
            Edit questions
          </button>
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
      {editing ? null : s.questions.length === 0 ? (
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
                    <AnswerNotes
                      q={item.question}
                      sentences={new Map(item.sources.map((x) => [x.id, x.text]))}
                    />
                  </div>
                )}
              </article>
            </li>
          ))}
        </ol>
      )}
      {s.questions.length > 0 && !editing && (
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
