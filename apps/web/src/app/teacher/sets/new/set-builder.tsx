"use client";
// The set builder: pick questions by hand from the bank (and put them in order), or ask for a
// mix — how many, how many of each type, what difficulty — and let the bank fill it, best
// question first. Only questions accepted in the article's review are offered, listed best first;
// `?article=` chooses the article.
import type { Difficulty, QuestionType } from "@studykit/content";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useId, useRef, useState } from "react";
import { QuestionBadges, StudentView } from "~/components/teacher/question-preview";
import type { BankEntry } from "~/components/teacher/types";
import { useTRPC } from "~/trpc/react";
import { buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { plural } from "~/components/ui/format";
import { inputClass } from "~/components/ui/input";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { Skeleton } from "~/components/ui/skeleton";
import { apiProblem, sentence } from "~/lib/api-error";
import { focusFirstInvalid } from "~/lib/focus";
import {
  DIFFICULTIES,
  DIFFICULTY_LABEL,
  QUESTION_TYPE_LABEL,
  QUESTION_TYPES_IN_ORDER,
} from "~/lib/labels";
import { QueryError } from "~/components/ui/query-state";
import { useWarnBeforeUnload } from "~/hooks/use-warn-before-unload";

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
  const [picked, setPicked] = useState<string[]>([]);
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
      setShortfall(shortfallInWords(problem.message ?? ""));
      setFormError(null);
    } else {
      setFormError(problem.message);
    }
  };
  const byHand = useMutation(
    trpc.sets.create.mutationOptions({
      onSuccess: (s) => done(s.id, "hand"),
      onError: (e) => fail(e, "hand"),
    }),
  );
  const byMix = useMutation(
    trpc.sets.createFromMix.mutationOptions({
      onSuccess: (s) => done(s.id, "mix"),
      onError: (e) => fail(e, "mix"),
    }),
  );
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
              byHand.mutate({ title: title.trim(), articleId, questionIds: picked });
            } else {
              const types = Object.fromEntries(
                Object.entries(mix.types)
                  .map(([t, n]) => [t, Number(n)] as const)
                  .filter(([, n]) => Number.isInteger(n) && n > 0),
              ) as Partial<Record<QuestionType, number>>;
              byMix.mutate({
                title: title.trim(),
                articleId,
                count,
                ...(Object.keys(types).length ? { types } : {}),
                ...(mix.difficulty ? { difficulty: mix.difficulty } : {}),
              });
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
            <div>
              <label htmlFor="set-article" className="block font-medium">
                Article
              </label>
              <select
                id="set-article"
                className={`${inputClass} mt-1`}
                value={articleId}
                onChange={(e) => {
                  setChosenArticle(e.target.value);
                  setPicked([]);
                }}
              >
                {articles.data.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.title} ({a.accepted} accepted)
                  </option>
                ))}
              </select>
            </div>
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

          {shortfall && (
            <div
              role="alert"
              className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-950"
            >
              <p className="font-semibold">The question bank cannot fill this mix</p>
              <p className="mt-1">{shortfall}</p>
              <p className="mt-1 text-sm">
                Ask for fewer of that type, choose &ldquo;Any difficulty&rdquo;, or pick the
                questions by hand.
              </p>
            </div>
          )}

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

/** The API's shortfall, without repeating the alert's heading and with the types named as here. */
export function shortfallInWords(message: string): string {
  let text = message
    .replace(/^the question bank cannot fill this mix\s*/i, "")
    .replace(/^:\s*/, "")
    .replace(/^at (\w+) difficulty: /i, "At $1 difficulty, ");
  for (const t of QUESTION_TYPES_IN_ORDER) {
    text = text.replace(
      new RegExp(`\\b${t.replace("_", " ")}\\b`, "g"),
      QUESTION_TYPE_LABEL[t].toLowerCase(),
    );
  }
  return sentence(text);
}

function HandPicker({
  articleId,
  picked,
  onChange,
  error,
}: {
  articleId: string;
  picked: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const trpc = useTRPC();
  const bank = useQuery(
    trpc.articles.bank.queryOptions({
      articleId,
      reviewStatus: "accepted",
      includeDisabled: false,
    }),
  );
  const [type, setType] = useState<QuestionType | "">("");
  const [difficulty, setDifficulty] = useState<Difficulty | "">("");
  const [search, setSearch] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const [previewing, setPreviewing] = useState<string | null>(null);
  const byId = new Map((bank.data ?? []).map((e) => [e.id, e]));
  const visible = (bank.data ?? []).filter(
    (e) =>
      (!type || e.question.type === type) &&
      (!difficulty || e.question.difficulty === difficulty) &&
      (!search.trim() || e.question.prompt.toLowerCase().includes(search.trim().toLowerCase())),
  );
  const move = (index: number, by: -1 | 1) => {
    const next = [...picked];
    const [item] = next.splice(index, 1);
    if (!item) return;
    next.splice(index + by, 0, item);
    onChange(next);
    setAnnouncement(`Moved to position ${index + by + 1} of ${next.length}.`);
  };

  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <section
        aria-labelledby="available-heading"
        className="rounded-lg border border-slate-200 bg-white p-4"
      >
        <h2 id="available-heading" className="text-lg font-semibold">
          Questions in the bank
        </h2>
        <p className="text-sm text-slate-700">
          Accepted questions, best first; pending, rejected and disabled ones are not listed.
        </p>
        <div className="mt-3 grid gap-3 sm:grid-cols-3">
          <div className="sm:col-span-3">
            <label htmlFor="pick-search" className="block text-sm font-medium">
              Search the prompts
            </label>
            <input
              id="pick-search"
              type="search"
              className={`${inputClass} mt-1`}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          </div>
          <div>
            <label htmlFor="pick-type" className="block text-sm font-medium">
              Type
            </label>
            <select
              id="pick-type"
              className={`${inputClass} mt-1`}
              value={type}
              onChange={(e) => setType(e.target.value as QuestionType | "")}
            >
              <option value="">All types</option>
              {QUESTION_TYPES_IN_ORDER.map((t) => (
                <option key={t} value={t}>
                  {QUESTION_TYPE_LABEL[t]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="pick-difficulty" className="block text-sm font-medium">
              Difficulty
            </label>
            <select
              id="pick-difficulty"
              className={`${inputClass} mt-1`}
              value={difficulty}
              onChange={(e) => setDifficulty(e.target.value as Difficulty | "")}
            >
              <option value="">Any difficulty</option>
              {DIFFICULTIES.map((d) => (
                <option key={d} value={d}>
                  {DIFFICULTY_LABEL[d]}
                </option>
              ))}
            </select>
          </div>
          <p role="status" className="self-end text-sm text-slate-700">
            {bank.data ? `${plural(visible.length, "question")} shown` : ""}
          </p>
        </div>
        {bank.isPending ? (
          <Skeleton className="mt-3 h-64" />
        ) : bank.isError ? (
          <QueryError
            title="The questions could not be loaded."
            error={bank.error}
            onRetry={bank.refetch}
          />
        ) : visible.length === 0 ? (
          <p className="mt-3 text-slate-700">
            {bank.data.length === 0
              ? "No accepted questions yet. Review the article's questions to use them here."
              : "No questions match. Try another type or difficulty."}
          </p>
        ) : (
          <ul className="relative mt-3 max-h-[36rem] divide-y divide-slate-200 overflow-y-auto rounded border border-slate-200">
            {visible.map((e) => (
              <PickRow
                key={e.id}
                entry={e}
                checked={picked.includes(e.id)}
                previewing={previewing === e.id}
                onPreview={() => setPreviewing(previewing === e.id ? null : e.id)}
                onToggle={(on) =>
                  onChange(on ? [...picked, e.id] : picked.filter((id) => id !== e.id))
                }
              />
            ))}
          </ul>
        )}
      </section>

      <section
        aria-labelledby="picked-heading"
        className="self-start rounded-lg border border-slate-200 bg-white p-4 lg:sticky lg:top-4"
      >
        <h2 id="picked-heading" className="text-lg font-semibold">
          Your set ({picked.length})
        </h2>
        <p className="sr-only" role="status">
          {announcement}
        </p>
        {error && (
          <p id="picked-error" className="mt-1 text-sm text-red-800">
            {error}
          </p>
        )}
        {picked.length === 0 ? (
          <p className="mt-2 text-slate-700">
            Tick questions in the list to add them. They appear here in the order students will meet
            them (unless you shuffle when assigning).
          </p>
        ) : (
          <ol className="mt-2 space-y-2">
            {picked.map((id, i) => {
              const e = byId.get(id);
              const label = e ? e.question.prompt : "A question";
              return (
                <li key={id} className="rounded border border-slate-200 p-2">
                  <p className="text-sm">
                    <span className="font-semibold">{i + 1}.</span> {label}
                  </p>
                  <div className="mt-1 flex flex-wrap gap-1">
                    <button
                      type="button"
                      className={buttonClass("secondary", "sm")}
                      disabled={i === 0}
                      onClick={() => move(i, -1)}
                      aria-label={`Move question ${i + 1} up`}
                    >
                      <span aria-hidden="true">↑</span> Up
                    </button>
                    <button
                      type="button"
                      className={buttonClass("secondary", "sm")}
                      disabled={i === picked.length - 1}
                      onClick={() => move(i, 1)}
                      aria-label={`Move question ${i + 1} down`}
                    >
                      <span aria-hidden="true">↓</span> Down
                    </button>
                    <button
                      type="button"
                      className={buttonClass("secondary", "sm")}
                      onClick={() => {
                        onChange(picked.filter((x) => x !== id));
                        setAnnouncement(`Removed question ${i + 1}.`);
                      }}
                      aria-label={`Remove question ${i + 1} from the set`}
                    >
                      Remove
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}

function PickRow({
  entry,
  checked,
  previewing,
  onPreview,
  onToggle,
}: {
  entry: BankEntry;
  checked: boolean;
  previewing: boolean;
  onPreview: () => void;
  onToggle: (on: boolean) => void;
}) {
  const uid = useId();
  return (
    <li className={`p-3 ${checked ? "bg-brand-50" : ""}`}>
      <div className="flex items-start gap-3">
        <input
          id={`${uid}-pick`}
          type="checkbox"
          className="mt-1 h-4 w-4 shrink-0"
          checked={checked}
          onChange={(e) => onToggle(e.target.checked)}
        />
        <div className="min-w-0 flex-1">
          <label htmlFor={`${uid}-pick`} className="block cursor-pointer">
            {entry.question.prompt}
          </label>
          <div className="mt-1 flex flex-wrap items-center gap-2">
            <QuestionBadges
              q={entry.question}
              edited={entry.edited}
              recommended={entry.recommended}
            />
            <button
              type="button"
              className="text-sm text-brand-700 underline"
              aria-expanded={previewing}
              onClick={onPreview}
            >
              {previewing ? "Hide preview" : "Preview"}
              <span className="sr-only">: {entry.question.prompt}</span>
            </button>
          </div>
          {previewing && (
            <div className="mt-2 rounded border border-slate-200 bg-slate-50 p-3">
              <StudentView q={entry.question} showAnswer />
            </div>
          )}
        </div>
      </div>
    </li>
  );
}

interface MixState {
  count: string;
  types: Partial<Record<QuestionType, string>>;
  difficulty: Difficulty | "";
}

function MixForm({
  articleId,
  mix,
  onChange,
  errors,
}: {
  articleId: string;
  mix: MixState;
  onChange: (m: MixState) => void;
  errors: Record<string, string>;
}) {
  const trpc = useTRPC();
  const bank = useQuery(
    trpc.articles.bank.queryOptions({
      articleId,
      reviewStatus: "accepted",
      includeDisabled: false,
    }),
  );
  const available = (t: QuestionType) =>
    bank.data?.filter(
      (e) => e.question.type === t && (!mix.difficulty || e.question.difficulty === mix.difficulty),
    ).length;
  const requested = Object.values(mix.types).reduce((s, n) => s + (Number(n) || 0), 0);
  const count = Number(mix.count) || 0;
  return (
    <section
      aria-labelledby="mix-heading"
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="mix-heading" className="text-lg font-semibold">
        The mix
      </h2>
      <p className="text-sm text-slate-700">
        StudyKit takes the best accepted questions first, one per key fact until every fact has one,
        and lists them best first.
      </p>
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="mix-count" className="block font-medium">
            Number of questions
          </label>
          <input
            id="mix-count"
            type="number"
            min={1}
            max={50}
            inputMode="numeric"
            className={`${inputClass} mt-1`}
            value={mix.count}
            onChange={(e) => onChange({ ...mix, count: e.target.value })}
            aria-invalid={errors.count ? true : undefined}
            aria-describedby={errors.count ? "mix-count-error" : undefined}
          />
          {errors.count && (
            <p id="mix-count-error" className="mt-1 text-sm text-red-800">
              {errors.count}
            </p>
          )}
        </div>
        <div>
          <label htmlFor="mix-difficulty" className="block font-medium">
            Difficulty
          </label>
          <select
            id="mix-difficulty"
            className={`${inputClass} mt-1`}
            value={mix.difficulty}
            onChange={(e) => onChange({ ...mix, difficulty: e.target.value as Difficulty | "" })}
          >
            <option value="">Any difficulty</option>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {DIFFICULTY_LABEL[d]} only
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="mt-4" aria-describedby="mix-types-summary">
        <legend className="font-medium">How many of each type (optional)</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {QUESTION_TYPES_IN_ORDER.map((t) => {
            const n = available(t);
            return (
              <div key={t}>
                <label htmlFor={`mix-${t}`} className="block text-sm font-medium">
                  {QUESTION_TYPE_LABEL[t]}
                </label>
                <input
                  id={`mix-${t}`}
                  type="number"
                  min={0}
                  max={50}
                  inputMode="numeric"
                  className={`${inputClass} mt-1`}
                  value={mix.types[t] ?? ""}
                  placeholder="0"
                  onChange={(e) =>
                    onChange({ ...mix, types: { ...mix.types, [t]: e.target.value } })
                  }
                  aria-describedby={`mix-${t}-available`}
                />
                <p
                  id={`mix-${t}-available`}
                  className={`mt-0.5 text-xs ${n !== undefined && (Number(mix.types[t]) || 0) > n ? "font-semibold text-red-800" : "text-slate-700"}`}
                >
                  {n === undefined
                    ? "\u00a0"
                    : (Number(mix.types[t]) || 0) > n
                      ? `Only ${n} available${mix.difficulty ? ` at ${mix.difficulty} difficulty` : ""}`
                      : `${n} available`}
                </p>
              </div>
            );
          })}
        </div>
        <p id="mix-types-summary" className="mt-2 text-sm text-slate-700" aria-live="polite">
          {requested === 0
            ? `All ${count || "the"} questions are picked from any type.`
            : requested > count
              ? `The types add up to ${requested}, more than the ${count} asked for.`
              : requested === count
                ? `The types add up to all ${count} questions.`
                : `The types add up to ${requested}; the other ${count - requested} ${
                    count - requested === 1 ? "is" : "are"
                  } picked from any type.`}
        </p>
      </fieldset>
    </section>
  );
}
