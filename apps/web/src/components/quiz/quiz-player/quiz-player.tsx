"use client";
// The quiz player: one question at a time, answered by mouse, touch or keyboard. Answers go
// through the outbox (stored on the device, sent with a fixed idempotency key, retried), the
// place and unfinished drafts survive a reload, and feedback shows as the settings allow.
import { useQuery } from "@tanstack/react-query";
import { ButtonLink } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { QueryError } from "~/components/ui/query-state";
import { useTRPC } from "~/trpc/react";
import { Player } from "./player";
import { PlayerSkeleton } from "./player-skeleton";

export function QuizPlayer({ attemptId }: { attemptId: string }) {
  const trpc = useTRPC();
  const { data, error, isPending, refetch } = useQuery(
    trpc.attempts.get.queryOptions({ attemptId }),
  );
  // A failed background refetch keeps the data: the player carries on, its outbox retrying.
  if (isPending) return <PlayerSkeleton />;
  if (error && !data)
    return (
      <QueryError
        look="panel"
        title="This quiz didn't load"
        error={error}
        onRetry={refetch}
        retryTone="primary"
        note="Any answers you gave are kept."
        actions={
          <>
            <ButtonLink size="lg" href="/student" tone="secondary">
              Back to your assignments
            </ButtonLink>
          </>
        }
      />
    );
  if (data.status === "submitted")
    return (
      <Notice size="lg" role={null} tone="info" title="This attempt is finished">
        <p>It has been submitted, so its answers can no longer change.</p>
        <ButtonLink size="lg" href={`/student/attempts/${attemptId}/results`} className="mt-3">
          See your results
        </ButtonLink>
      </Notice>
    );
  return <Player attempt={data} />;
}
