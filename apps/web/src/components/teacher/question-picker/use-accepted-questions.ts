// An article's accepted questions that are in use, the ones a set can be built from.
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";

export function useAcceptedQuestions(articleId: string) {
  const trpc = useTRPC();
  return useQuery(
    trpc.articles.bank.queryOptions({
      articleId,
      reviewStatus: "accepted",
      includeDisabled: false,
    }),
  );
}
