"use client";
// The key facts the class scores lowest on, each a link to its questions in the bank.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { ClassDashboard } from "~/components/teacher/types";
import { EmptyState } from "~/components/ui/empty-state";
import { percent, plural } from "~/components/ui/format";
import { Section } from "~/components/ui/section";
import { ShareBar } from "~/components/ui/share-bar";
import { useTRPC } from "~/trpc/react";

export function WeakestFacts({ d }: { d: ClassDashboard }) {
  const trpc = useTRPC();
  // The bank is per article: find each fact's article so its questions are one click away.
  const articles = useQuery(trpc.articles.list.queryOptions());
  const onlyArticle = articles.data?.length === 1 ? articles.data[0] : undefined;
  return (
    <Section
      id="weakest-facts-heading"
      title="Facts the class finds hardest"
      description="The key facts with the lowest average score across all answers in this class (at least two answers each)."
    >
      {d.weakestFacts.length === 0 ? (
        <EmptyState title="Nothing to show yet">
          <p>Once students have answered questions, the facts they miss most appear here.</p>
        </EmptyState>
      ) : (
        <ol className="space-y-3">
          {d.weakestFacts.map((f, i) => (
            <li key={f.factId} className="flex gap-3 rounded border border-slate-200 p-3">
              <span aria-hidden="true" className="font-bold text-slate-700">
                {i + 1}.
              </span>
              <div className="min-w-0 flex-1">
                <p>{f.text}</p>
                <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
                  <ShareBar value={f.averageScore} label={`${percent(f.averageScore)} average`} />
                  <span>{plural(f.answers, "answer")}</span>
                  <Link
                    href={`/teacher/bank?${new URLSearchParams({
                      ...(onlyArticle ? { article: onlyArticle.id } : {}),
                      fact: f.factId,
                    })}`}
                    className="text-brand-700 underline"
                  >
                    See its questions<span className="sr-only">: {f.text}</span>
                  </Link>
                </p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
