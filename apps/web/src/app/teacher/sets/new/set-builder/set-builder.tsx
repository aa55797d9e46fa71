"use client";
// The set builder: pick questions by hand from the bank (and put them in order), from one article
// or several, or ask for a mix from one article — how many, how many of each type, what
// difficulty — and let the bank fill it, best question first. Only questions accepted in the
// article's review are offered, listed best first; `?article=` chooses the article first shown.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useRef, useState, type ReactNode } from "react";
import { buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { plural } from "~/components/ui/format";
import { inputClass } from "~/components/ui/input";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { QueryError } from "~/components/ui/query-state";
import { Skeleton } from "~/components/ui/skeleton";
import { useWarnBeforeUnload } from "~/hooks/use-warn-before-unload";
import { apiProblem, sentence } from "~/lib/api-error";
import { focusFirstInvalid } from "~/lib/focus";
import { useTRPC } from "~/trpc/react";
import { ArticleSelect } from "~/components/teacher/question-picker/article-select";
import { HandPicker, type PickedQuestion } from "~/components/teacher/question-picker/hand-picker";
import { MixForm } from "./mix-form";
import { requestedTypes, type MixState } from "./mix";
import { mixShortfallOf, shortfallInWords } from "./shortfall";

type Mode = "hand" | "mix";

export function SetBuilder() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const articles = useQuery(trpc.articles.list.queryOptions());
  const params = useSearchParams();
  const [mode, setMode] = useState<Mode>("hand");
  const [title, setTitle] = useState("");
  const [chosenArticle, setChosenArticle] = useState<string>(() => params.get("article") ?? "");
  const articleId =
    (articles.data?.some((a) => a.id === chosenArticle) ? chosenArticle : "") ||
    articles.data?.[0]?.id ||
    "";
  const article = articles.data?.find((a) => a.id === articleId);
  const [picked, setPicked] = useState<PickedQuestion[]>([]);
  const [mix, setMix] = useState<MixState>({ count: "10", types: {}, difficulty: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [shortfall, setShortfall] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // Picks and a title are work: warn before the tab closes with them unsaved.
  const dirty = !leaving && (picked.length > 0 || title.trim() !== "");
  useWarnBeforeUnload(dirty);

  const done = async (setId: string, how: Mode) => {
    setLeaving(true);
    await queryClient.invalidateQueries({ queryKey: trpc.sets.list.queryKey() });
    router.push(`/teacher/sets/${setId}?created=${how}`);
  };
  const fail = (e: unknown, how: Mode) => {
    const problem = apiProblem(e, "the set could not be made");
    setErrors(problem.fieldErrors);
    focusFirstInvalid(formRef.current);
    if (
      how === "mix" &&
      problem.code === "BAD_REQUEST" &&
      !Object.keys(problem.fieldErrors).length
    ) {
      const numbers = mixShortfallOf(e);
      setShortfall(numbers ? shortfallInWords(numbers) : sentence(problem.message ?? ""));
      setFormError(null);
    } else {
      setFormError(problem.message);
    }
  };
  // Callbacks go with each call (not the options made during render): they read the form's ref.
  const byHand = useMutation(trpc.sets.create.mutationOptions());
  const byMix = useMutation(trpc.sets.createFromMix.mutationOptions());
  const busy = byHand.isPending || byMix.isPending;

  return (
    <div>
      <PageHeader
        crumbs={[{ href: "/teacher/sets", label: "Sets" }, { label: "New set" }]}
        title="Build a question set"
      />
      {articles.isPending ? (
        <Skeleton className="h-64" />
      ) : articles.isError ? (
        <QueryError
          title="The articles could not be loaded."
          error={articles.error}
          onRetry={articles.refetch}
        />
      ) : articles.data.length === 0 ? (
        <EmptyState title="No articles yet">
          <p>Sets are built from an article&rsquo;s questions. Add an article to StudyKit first.</p>
        </EmptyState>
      ) : (
        <form
          ref={formRef}
          noValidate
          className="space-y-6"
          onSubmit={(e) => {
            e.preventDefault();
            const local: Record<string, string> = {};
            if (!title.trim()) local.title = "Give the set a title.";
            if (mode === "hand" && picked.length === 0)
              local.questionIds = "Pick at least one question from the list.";
            const count = Number(mix.count);
            if (mode === "mix" && (!Number.isInteger(count) || count < 1 || count > 50))
              local.count = "Ask for between 1 and 50 questions.";
            setShortfall(null);
            if (Object.keys(local).length) {
              setErrors(local);
              setFormError("Check the fields marked below.");
              focusFirstInvalid(formRef.current);
              return;
            }
            setErrors({});
            setFormError(null);
            if (mode === "hand") {
              byHand.mutate(
                { title: title.trim(), questionIds: picked.map((p) => p.id) },
                { onSuccess: (s) => done(s.id, "hand"), onError: (e) => fail(e, "hand") },
              );
            } else {
              const types = requestedTypes(mix);
              byMix.mutate(
                {
                  title: title.trim(),
                  articleId,
                  count,
                  ...(Object.keys(types).length ? { types } : {}),
                  ...(mix.difficulty ? { difficulty: mix.difficulty } : {}),
                },
                { onSuccess: (s) => done(s.id, "mix"), onError: (e) => fail(e, "mix") },
              );
            }
          }}
        >
          {formError && <Notice tone="error">{formError}</Notice>}
          <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
            <div>
              <label htmlFor="set-title" className="block font-medium">
                Title
              </label>
              <input
                id="set-title"
                className={`${inputClass} mt-1`}
                value={title}
                maxLength={120}
                placeholder="e.g. Ceasefire talks: check-in"
                onChange={(e) => {
                  setTitle(e.target.value);
                  setErrors(({ title: _, ...rest }) => rest);
                }}
                aria-invalid={errors.title ? true : undefined}
                aria-describedby={errors.title ? "set-title-error" : undefined}
              />
              {errors.title && (
                <p id="set-title-error" className="mt-1 text-sm text-red-800">
                  {errors.title}
                </p>
              )}
            </div>
            <ArticleSelect
              id="set-article"
              articles={articles.data}
              value={articleId}
              onChange={setChosenArticle}
              hint={
                mode === "hand"
                  ? "To draw on several articles, switch the article: what you picked stays in your set."
                  : "A mix is drawn from one article's questions."
              }
            />
            {article && article.pending > 0 && (
              <div className="sm:col-span-2">
                <Notice tone="warning">
                  {plural(article.pending, "question")} of this article{" "}
                  {article.pending === 1 ? "waits" : "wait"} for review. Only accepted questions can
                  go into a set.{" "}
                  <Link
                    href={`/teacher/articles/${article.id}/review`}
                    className="font-semibold underline"
                  >
                    Review them
                  </Link>
                </Notice>
              </div>
            )}
            <fieldset className="sm:col-span-2">
              <legend className="font-medium">How to choose the questions</legend>
              <div className="mt-1 flex flex-col gap-2 sm:flex-row sm:gap-6">
                {(
                  [
                    ["hand", "Pick them by hand"],
                    ["mix", "Ask for a mix"],
                  ] as const
                ).map(([value, label]) => (
                  <label key={value} className="flex items-center gap-2">
                    <input
                      type="radio"
                      name="mode"
                      value={value}
                      checked={mode === value}
                      onChange={() => {
                        setMode(value);
                        setErrors({});
                        setFormError(null);
                        setShortfall(null);
                      }}
                    />
                    {label}
                  </label>
                ))}
              </div>
            </fieldset>
          </div>

          {mode === "hand" ? (
            <HandPicker
              articleId={articleId}
              picked={picked}
              onChange={(ids) => {
                setPicked(ids);
                setErrors(({ questionIds: _, ...rest }) => rest);
              }}
              error={errors.questionIds}
            />
          ) : (
            <MixForm
              articleId={articleId}
              mix={mix}
              onChange={(m) => {
                setMix(m);
                setShortfall(null);
              }}
              errors={errors}
            />
          )}

          {shortfall && <ShortfallAlert>{shortfall}</ShortfallAlert>}

          <div className="flex flex-wrap gap-2">
            <button
              type="submit"
              className={buttonClass("primary")}
              disabled={busy}
              aria-busy={busy}
            >
              {busy
                ? "Building…"
                : mode === "hand"
                  ? `Create set${picked.length ? ` with ${plural(picked.length, "question")}` : ""}`
                  : "Create set from the mix"}
            </button>
            <Link href="/teacher/sets" className={buttonClass("secondary")}>
              Cancel
            </Link>
          </div>
        </form>
      )}
    </div>
  );
}

/** The mix the bank cannot fill: what it is short of, and what the teacher can do. */
function ShortfallAlert({ children }: { children: ReactNode }) {
  return (
    <div role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-950">
      <p className="font-semibold">The question bank cannot fill this mix</p>
      <p className="mt-1">{children}</p>
      <p className="mt-1 text-sm">
        Ask for fewer of that type, choose &ldquo;Any difficulty&rdquo;, or pick the questions by
        hand.
      </p>
    </div>
  );
}
