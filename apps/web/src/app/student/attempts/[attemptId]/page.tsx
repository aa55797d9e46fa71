import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { QuizPlayer } from "~/components/quiz/quiz-player/quiz-player";
import { requireUser } from "~/server/session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ attemptId: string }> };

/** The attempt, fetched once per request for both the title and the page. */
async function loadAttempt(attemptId: string) {
  try {
    return await getQueryClient().fetchQuery(trpc.attempts.get.queryOptions({ attemptId }));
  } catch (e) {
    // Someone else's attempt, a mistyped link or a malformed id: all simply not found.
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) return null;
    throw e;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const attempt = await loadAttempt((await params).attemptId).catch(() => null);
  return { title: attempt ? attempt.title : "Quiz" };
}

export default async function AttemptPage({ params }: Props) {
  await requireUser("student");
  const { attemptId } = await params;
  const attempt = await loadAttempt(attemptId);
  if (!attempt) notFound();
  if (attempt.status === "submitted") redirect(`/student/attempts/${attemptId}/results`);
  // Feedback quotes the article in context: have it ready with the first question.
  if (attempt.feedbackTiming === "immediately" && attempt.articleId) {
    await getQueryClient().prefetchQuery(
      trpc.articles.get.queryOptions({ articleId: attempt.articleId }),
    );
  }
  return (
    <HydrateClient>
      <QuizPlayer attemptId={attemptId} />
    </HydrateClient>
  );
}
