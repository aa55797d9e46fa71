import type { Metadata } from "next";
import { requireUser } from "~/server/session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { orNotFound } from "../../../_lib/load";
import { ReviewWorkspace } from "./review-workspace/review-workspace";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ articleId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { articleId } = await params;
  try {
    const article = await getQueryClient().fetchQuery(
      trpc.review.article.queryOptions({ articleId }, { retry: false }),
    );
    return { title: `Review: ${article.title}` };
  } catch {
    return { title: "Review questions" };
  }
}

export default async function Page({ params }: Props) {
  await requireUser("teacher");
  const { articleId } = await params;
  await orNotFound(() =>
    getQueryClient().fetchQuery(trpc.review.article.queryOptions({ articleId }, { retry: false })),
  );
  return (
    <HydrateClient>
      <ReviewWorkspace articleId={articleId} />
    </HydrateClient>
  );
}
