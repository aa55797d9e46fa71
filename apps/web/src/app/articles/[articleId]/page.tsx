// The article reader: the text with its key facts highlighted, each numbered and linked to its
// entry in the list of facts, which says how the article presents it (a claim stays a claim) and
// leads to the questions built on it.
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PractiseFactButton } from "~/components/student/practise-fact-button";
import { serverApi } from "~/server/app";
import { requireUser } from "~/server/session";
import { plural } from "~/components/ui/format";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ articleId: string }> };

const loadArticle = cache(async (articleId: string) => {
  try {
    return await (await serverApi()).articles.get({ articleId });
  } catch (e) {
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) return null;
    throw e;
  }
});

type Article = NonNullable<Awaited<ReturnType<typeof loadArticle>>>;
type Fact = Article["facts"][number];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).articleId).catch(() => null);
  return { title: article?.title ?? "Article" };
}

// Each stance has its own colour and its own line style, so colour is never the only cue.
const STANCE_STYLE: Record<Fact["stance"], { mark: string; badge: string }> = {
  stated: {
    mark: "bg-amber-50 border-b-2 border-solid border-amber-500",
    badge: "bg-amber-100 text-amber-950 border-b-2 border-solid border-amber-500",
  },
  attributed: {
    mark: "bg-sky-50 border-b-2 border-dashed border-sky-600",
    badge: "bg-sky-100 text-sky-950 border-b-2 border-dashed border-sky-600",
  },
  alleged: {
    mark: "bg-rose-50 border-b-2 border-dashed border-rose-600",
    badge: "bg-rose-100 text-rose-950 border-b-2 border-dashed border-rose-600",
  },
  opinion: {
    mark: "bg-violet-50 border-b-2 border-dotted border-violet-600",
    badge: "bg-violet-100 text-violet-950 border-b-2 border-dotted border-violet-600",
  },
};

/** How the article presents a fact, in words: whose claim it is, when it is one. */
function stanceLabel(f: Fact): string {
  switch (f.stance) {
    case "stated":
      return "Reported as fact";
    case "attributed":
      return f.attribution ? `Claim, according to ${f.attribution}` : "Claim";
    case "alleged":
      return f.attribution ? `Allegation by ${f.attribution}` : "Allegation";
    case "opinion":
      return f.attribution ? `Opinion of ${f.attribution}` : "Opinion: the writer's view";
  }
}

export default async function ArticlePage({ params }: Props) {
  const user = await requireUser();
  const { articleId } = await params;
  const article = await loadArticle(articleId);
  // An imported question file has no text to read: its questions live in the bank.
  if (!article || article.kind === "question_import") notFound();

  const number = new Map(article.facts.map((f, i) => [f.id, i + 1]));
  const factsBySentence = new Map<string, Fact[]>();
  for (const f of article.facts) {
    for (const s of f.sentenceIds) factsBySentence.set(s, [...(factsBySentence.get(s) ?? []), f]);
  }
  const paragraphs = new Map<number, Article["sentences"]>();
  for (const s of article.sentences) {
    paragraphs.set(s.paragraph, [...(paragraphs.get(s.paragraph) ?? []), s]);
  }
  const isStudent = user.role === "student";

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link
          href={isStudent ? "/student/practice" : "/teacher/bank"}
          className="text-brand-700 underline"
        >
          {isStudent ? "← Practice" : "← Question bank"}
        </Link>
      </nav>
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{article.title}</h1>
        <p className="text-slate-700">
          {plural(article.facts.length, "key fact")} highlighted.{" "}
          <a href="#key-facts" className="text-brand-700 underline lg:hidden">
            Jump to the list of key facts
          </a>
        </p>
        <ul aria-label="What the highlights mean" className="flex flex-wrap gap-2 text-sm">
          {(["stated", "attributed", "alleged", "opinion"] as const).map((stance) => (
            <li key={stance} className={`rounded px-2 py-0.5 ${STANCE_STYLE[stance].badge}`}>
              {
                {
                  stated: "Reported as fact",
                  attributed: "Claim",
                  alleged: "Allegation",
                  opinion: "Opinion",
                }[stance]
              }
            </li>
          ))}
        </ul>
      </header>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <article
          aria-label="Article text"
          className="max-w-prose space-y-4 text-lg leading-relaxed"
        >
          {[...paragraphs.entries()]
            .sort(([a], [b]) => a - b)
            .map(([index, sentences]) => (
              <p key={index}>
                {sentences.map((s, i) => {
                  const facts = factsBySentence.get(s.id) ?? [];
                  const gap = i > 0 ? article.text.slice(sentences[i - 1]!.end, s.start) : "";
                  return (
                    <span key={s.id}>
                      {gap}
                      {facts.length ? (
                        <mark
                          id={`sentence-${s.id}`}
                          className={`scroll-mt-24 box-decoration-clone px-0.5 text-slate-950 target:bg-amber-200 target:outline-3 target:outline-brand-600 ${STANCE_STYLE[facts[0]!.stance].mark}`}
                        >
                          {s.text}
                          {facts.map((f) => (
                            <sup key={f.id} className="ml-0.5">
                              <a
                                href={`#fact-${f.id}`}
                                className="rounded px-0.5 font-semibold text-brand-800 underline"
                                aria-label={`Key fact ${number.get(f.id)}`}
                              >
                                {number.get(f.id)}
                              </a>
                            </sup>
                          ))}
                        </mark>
                      ) : (
                        <span
                          id={`sentence-${s.id}`}
                          className="scroll-mt-24 target:bg-amber-100 target:outline-3 target:outline-brand-600"
                        >
                          {s.text}
                        </span>
                      )}
                    </span>
                  );
                })}
              </p>
            ))}
        </article>

        <aside
          aria-labelledby="key-facts"
          className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto"
        >
          <h2 id="key-facts" className="mb-3 scroll-mt-4 text-xl font-bold" tabIndex={-1}>
            Key facts
          </h2>
          {article.facts.length === 0 ? (
            <p className="text-slate-700">No key facts were found in this article.</p>
          ) : (
            <ol className="space-y-3">
              {article.facts.map((f) => (
                <li
                  key={f.id}
                  id={`fact-${f.id}`}
                  className="scroll-mt-24 rounded-lg border border-slate-200 bg-white p-3 target:border-brand-600 target:ring-2 target:ring-brand-600"
                >
                  <div className="flex items-start gap-2">
                    <span className="flex size-6 shrink-0 items-center justify-center rounded-full bg-slate-800 text-xs font-bold text-white">
                      {number.get(f.id)}
                    </span>
                    <div className="min-w-0 space-y-2">
                      <p className="text-slate-900">{f.text}</p>
                      <p className="flex flex-wrap gap-2 text-xs">
                        <span
                          className={`rounded px-2 py-0.5 font-medium ${STANCE_STYLE[f.stance].badge}`}
                        >
                          {stanceLabel(f)}
                        </span>
                        <span className="rounded bg-slate-100 px-2 py-0.5 text-slate-800">
                          {f.category}
                        </span>
                      </p>
                      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
                        {f.sentenceIds[0] && (
                          <a
                            href={`#sentence-${f.sentenceIds[0]}`}
                            className="text-brand-700 underline"
                          >
                            Show in the article
                            <span className="sr-only"> (key fact {number.get(f.id)})</span>
                          </a>
                        )}
                        {f.questions === 0 ? (
                          <span className="text-slate-600">No questions on this fact</span>
                        ) : isStudent ? (
                          <PractiseFactButton
                            articleId={article.id}
                            factId={f.id}
                            factNumber={number.get(f.id)!}
                            questions={f.questions}
                          />
                        ) : (
                          <Link
                            href={`/teacher/bank?article=${article.id}&fact=${f.id}`}
                            className="text-brand-700 underline"
                          >
                            {plural(f.questions, "question")} in the bank
                            <span className="sr-only"> (key fact {number.get(f.id)})</span>
                          </Link>
                        )}
                      </div>
                    </div>
                  </div>
                </li>
              ))}
            </ol>
          )}
        </aside>
      </div>
    </div>
  );
}
