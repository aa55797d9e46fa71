"use client";
// "Accept all recommended": one call, shown at once as the server left it, then refreshed; the
// outcome in words for the notice above the list.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { apiProblem } from "~/lib/api-error";
import { useTRPC } from "~/trpc/react";
import { acceptedRecommendedText, withStatus } from "./status";
import type { Review } from "./types";

export interface AcceptedNotice {
  tone: "success" | "error";
  text: string;
}

export function useAcceptRecommended(articleId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const queryKey = trpc.review.article.queryKey({ articleId });
  const [notice, setNotice] = useState<AcceptedNotice | null>(null);
  const mutation = useMutation(
    trpc.review.acceptRecommended.mutationOptions({
      onSuccess: (out) => {
        // Shown at once as the server left it, then refreshed from the server.
        queryClient.setQueryData(queryKey, (old: Review | undefined) =>
          old
            ? withStatus(
                old,
                new Set(
                  old.questions
                    .filter((q) => q.recommended && q.status === "pending")
                    .map((q) => q.id),
                ),
                "accepted",
              )
            : old,
        );
        // The notice is a live region itself: no second announcement.
        setNotice({ tone: "success", text: acceptedRecommendedText(out) });
        void queryClient.invalidateQueries({ queryKey });
        void queryClient.invalidateQueries({ queryKey: trpc.articles.list.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.articles.bank.queryKey() });
      },
      onError: (e) => {
        const text = `Not saved: ${apiProblem(e, "the recommended questions could not be accepted").message ?? ""}`;
        setNotice({ tone: "error", text });
      },
    }),
  );
  const accept = (id: string) => {
    setNotice(null);
    mutation.mutate({ articleId: id });
  };
  return { notice, dismiss: () => setNotice(null), accept, isPending: mutation.isPending };
}
