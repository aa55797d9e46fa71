import { TRPCError } from "@trpc/server";
import { notFound, redirect } from "next/navigation";
import { AttemptResults } from "~/components/quiz/attempt-results";
import { requireUser } from "~/server/session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata = { title: "Results" };
export const dynamic = "force-dynamic";

export default async function ResultsPage({ params }: { params: Promise<{ attemptId: string }> }) {
  await requireUser("student");
  const { attemptId } = await params;
  const queryClient = getQueryClient();
  let attempt;
  try {
    attempt = await queryClient.fetchQuery(trpc.attempts.review.queryOptions({ attemptId }));
  } catch (e) {
    if (e instanceof TRPCError && e.code === "PRECONDITION_FAILED")
      redirect(`/student/attempts/${attemptId}`); // not finished yet: back to the quiz
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) notFound();
    throw e;
  }
  const feedbackShown = Object.values(attempt.answers).some((a) => a.feedback !== null);
  await Promise.all([
    feedbackShown && attempt.articleId
      ? queryClient.prefetchQuery(trpc.articles.get.queryOptions({ articleId: attempt.articleId }))
      : null,
    attempt.kind === "assignment"
      ? queryClient.prefetchQuery(trpc.assignments.mine.queryOptions())
      : null,
  ]);
  return (
    <HydrateClient>
      <AttemptResults attemptId={attemptId} />
    </HydrateClient>
  );
}
