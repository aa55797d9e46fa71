"use client";
// Saving review changes: each question's or fact's last save state, the screen-reader
// announcement, and changing questions' status (in batches of 500, shown at once when saved).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { plural } from "~/components/ui/format";
import { apiProblem } from "~/lib/api-error";
import { useTRPC } from "~/trpc/react";
import { STATUS_LABEL, withStatus } from "./status";
import type { Review, SaveState, Status } from "./types";

export function useReviewSaves(articleId: string, number: ReadonlyMap<string, number>) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const queryKey = trpc.review.article.queryKey({ articleId });
  const [saves, setSaves] = useState<Record<string, SaveState>>({});
  const [announcement, setAnnouncement] = useState("");

  const mark = (id: string, state: SaveState) => setSaves((s) => ({ ...s, [id]: state }));

  const setStatus = useMutation(trpc.review.setStatus.mutationOptions());
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

  return {
    saves,
    mark,
    announcement,
    setAnnouncement,
    changeStatus,
    statusPending: setStatus.isPending,
  };
}
