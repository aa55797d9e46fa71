"use client";
// The article library every teacher shares: each article with its key facts and its questions
// by review status, who added it, and the teacher's own recent imports as they run. The teacher
// who added an article may delete it while nothing uses it.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import type { RouterOutputs } from "~/components/teacher/types";
import { useTRPC } from "~/trpc/react";
import { Badge } from "~/components/ui/badge";
import { buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { plural } from "~/components/ui/format";
import { ListLoading, ListTable } from "~/components/ui/list-table";
import { PageHeader } from "~/components/ui/page-header";
import { td } from "~/components/ui/scroll-table";
import { Section } from "~/components/ui/section";
import { SuccessNotice } from "~/components/ui/success-notice";
import { DateTime } from "~/components/ui/time";
import { QueryError } from "~/components/ui/query-state";
import { DeleteArticleButton } from "./delete-article";

type Import = RouterOutputs["imports"]["mine"][number];

const KIND_LABEL: Record<Import["kind"], string> = {
  paste: "Pasted text",
  txt: "Text file",
  md: "Markdown file",
  html: "Web page",
};

export const reviewHref = (articleId: string) => `/teacher/articles/${articleId}/review`;

function ImportStatus({ job }: { job: Import }) {
  if (job.status === "done") {
    return (
      <span className="flex flex-wrap items-center gap-2">
        <Badge tone={job.duplicate ? "neutral" : "success"}>
          {job.duplicate ? "Already in the library" : "Added"}
        </Badge>
        {job.articleId && (
          <Link
            href={reviewHref(job.articleId)}
            className="text-brand-700 underline-offset-2 hover:underline"
          >
            {job.articleTitle ?? "Open the article"}
          </Link>
        )}
      </span>
    );
  }
  if (job.status === "failed") {
    return (
      <span>
        <Badge tone="danger">Failed</Badge>{" "}
        <span className="text-sm text-red-900">{job.errorMessage}</span>
      </span>
    );
  }
  return (
    <span>
      <Badge tone="brand">{job.status === "queued" ? "Waiting" : "Working"}</Badge>{" "}
      <span className="text-sm text-slate-700">
        {job.message} {Math.round(job.progress * 100)}%
      </span>
    </span>
  );
}

export function ArticleLibrary() {
  const trpc = useTRPC();
  const library = useQuery(trpc.imports.library.queryOptions());
  const imports = useQuery({
    ...trpc.imports.mine.queryOptions(),
    // Running imports are polled until they end; then the library shows what they added.
    refetchInterval: (q) =>
      q.state.data?.some((j) => j.status === "queued" || j.status === "running") ? 1000 : false,
  });
  const running = imports.data?.some((j) => j.status === "queued" || j.status === "running");
  const [notice, setNotice] = useState<string | null>(null);
  const addButton = (
    <Link href="/teacher/articles/new" className={buttonClass("primary")}>
      Add an article
    </Link>
  );
  return (
    <div>
      <PageHeader
        title="Articles"
        description={
          <p>
            The article library, shared by every teacher. Add an article by pasting its text or
            uploading a file; StudyKit finds its key facts and writes questions for you to review
            before they can go into a set.
          </p>
        }
        actions={addButton}
      />
      <SuccessNotice message={notice} onDismiss={() => setNotice(null)} />

      {imports.data && imports.data.length > 0 && (
        <Section
          title="Your recent imports"
          id="recent-imports"
          description={running ? "Imports still running update here by themselves." : undefined}
        >
          <ul className="divide-y divide-slate-100">
            {imports.data.slice(0, 8).map((job) => (
              <li key={job.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2">
                <span className="font-medium">{job.sourceName ?? KIND_LABEL[job.kind]}</span>
                <span className="text-sm text-slate-700">
                  <DateTime value={job.createdAt} />
                </span>
                <ImportStatus job={job} />
              </li>
            ))}
          </ul>
        </Section>
      )}

      {library.isPending ? (
        <ListLoading label="Loading the library…" />
      ) : library.isError ? (
        <QueryError
          title="The library could not be loaded."
          error={library.error}
          onRetry={library.refetch}
        />
      ) : library.data.length === 0 ? (
        <EmptyState title="No articles yet" action={addButton}>
          <p>
            Paste this week&rsquo;s news or upload a .txt, .md or .html file, and StudyKit will
            derive its key facts and questions.
          </p>
        </EmptyState>
      ) : (
        <ListTable
          label="The article library"
          caption="The article library, newest first"
          minWidth="sm:min-w-[44rem]"
          columns={["Article", "Key facts", "Questions", "Added by"]}
        >
          {library.data.map((a) => (
            <tr key={a.id} className="border-b border-slate-100">
              <th scope="row" className={`${td} font-medium`}>
                <Link
                  href={reviewHref(a.id)}
                  className="text-brand-700 underline-offset-2 hover:underline"
                >
                  {a.title}
                </Link>
                <span className="block text-sm font-normal text-slate-700">
                  {a.kind === "question_import" ? "Imported questions" : null}
                  {a.kind === "question_import" && a.sourceName ? " · " : null}
                  {a.sourceName}
                </span>
                {/* On a phone the other columns fold in here. */}
                <span className="mt-1 block text-sm font-normal text-slate-700 sm:hidden">
                  {plural(a.facts, "key fact")} · {plural(a.questions.total, "question")} (
                  {a.questions.pending} to review) · {a.addedBy ?? "StudyKit"}
                </span>
              </th>
              <td className={`${td} hidden sm:table-cell`}>{a.facts}</td>
              <td className={`${td} hidden sm:table-cell`}>
                {a.questions.total}
                <span className="block text-sm text-slate-700">
                  {a.questions.pending > 0 ? (
                    <>
                      <strong className="font-semibold text-amber-900">
                        {a.questions.pending} to review
                      </strong>
                      {" · "}
                    </>
                  ) : null}
                  {a.questions.accepted} accepted
                  {a.questions.rejected > 0 ? ` · ${a.questions.rejected} rejected` : ""}
                </span>
              </td>
              <td className={`${td} hidden sm:table-cell`}>
                {a.addedByYou ? "You" : (a.addedBy ?? "StudyKit")}
                <span className="block text-sm text-slate-700">
                  <DateTime value={a.createdAt} style="date" />
                </span>
              </td>
              <td className={`${td} text-right`}>
                <span className="inline-flex flex-wrap justify-end gap-2">
                  <Link href={reviewHref(a.id)} className={buttonClass("secondary", "sm")}>
                    {a.canReview && a.questions.pending > 0 ? "Review" : "Open"}
                    <span className="sr-only"> {a.title}</span>
                  </Link>
                  {a.canReview && (
                    <DeleteArticleButton
                      article={a}
                      onDeleted={(title) => setNotice(`Deleted the article “${title}”.`)}
                    />
                  )}
                </span>
              </td>
            </tr>
          ))}
        </ListTable>
      )}
    </div>
  );
}
