"use client";
// Editing an unassigned set's questions: add from any article's accepted questions, remove, and
// put them in order, then save the whole list at once. An assigned set's list is fixed (the
// server refuses); the page offers a duplicate instead.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ArticleSelect } from "~/components/teacher/question-picker/article-select";
import { HandPicker, type PickedQuestion } from "~/components/teacher/question-picker/hand-picker";
import { buttonClass } from "~/components/ui/button";
import { plural } from "~/components/ui/format";
import { Notice } from "~/components/ui/notice";
import { useWarnBeforeUnload } from "~/hooks/use-warn-before-unload";
import { apiProblem } from "~/lib/api-error";
import { useTRPC } from "~/trpc/react";

export function SetQuestionsEditor({
  setId,
  initial,
  firstArticleId,
  onDone,
}: {
  setId: string;
  initial: PickedQuestion[];
  /** The article whose bank is shown first: the set's first question's. */
  firstArticleId: string | null;
  onDone: (saved: number | null) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const articles = useQuery(trpc.articles.list.queryOptions());
  const [picked, setPicked] = useState(initial);
  const [chosen, setChosen] = useState(firstArticleId ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  const articleId =
    (articles.data?.some((a) => a.id === chosen) ? chosen : "") || articles.data?.[0]?.id || "";
  const changed =
    picked.length !== initial.length || picked.some((p, i) => p.id !== initial[i]?.id);
  useWarnBeforeUnload(changed);
  const save = useMutation(
    trpc.sets.setQuestions.mutationOptions({
      onSuccess: async (out) => {
        await queryClient.invalidateQueries({ queryKey: trpc.sets.get.queryKey({ setId }) });
        await queryClient.invalidateQueries({ queryKey: trpc.sets.list.queryKey() });
        onDone(out.questionIds.length);
      },
      onError: (e) => setProblem(apiProblem(e, "the questions could not be saved").message),
    }),
  );
  return (
    <section
      aria-labelledby="edit-questions-heading"
      className="space-y-4 rounded-lg border border-brand-100 bg-brand-50 p-3 sm:p-4"
    >
      <h2 id="edit-questions-heading" className="text-lg font-semibold">
        Edit the questions
      </h2>
      {problem && <Notice tone="error">{problem}</Notice>}
      {articles.data && (
        <div className="max-w-xl">
          <ArticleSelect
            id="edit-set-article"
            label="Add questions from"
            articles={articles.data}
            value={articleId}
            onChange={setChosen}
            hint="Switch the article to add questions from several; the set keeps what it has."
          />
        </div>
      )}
      {articleId && (
        <HandPicker
          articleId={articleId}
          picked={picked}
          onChange={(next) => {
            setPicked(next);
            setProblem(null);
          }}
          error={picked.length === 0 ? "A set needs at least one question." : undefined}
        />
      )}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={buttonClass("primary")}
          disabled={save.isPending || picked.length === 0 || !changed}
          aria-busy={save.isPending}
          onClick={() => save.mutate({ setId, questionIds: picked.map((p) => p.id) })}
        >
          {save.isPending ? "Saving…" : `Save ${plural(picked.length, "question")}`}
        </button>
        <button type="button" className={buttonClass("secondary")} onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </section>
  );
}
