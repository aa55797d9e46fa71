import { requireUser } from "~/server/session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { ArticleLibrary } from "./article-library";

export const dynamic = "force-dynamic";
export const metadata = { title: "Articles" };

export default async function Page() {
  await requireUser("teacher");
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.imports.library.queryOptions()),
    queryClient.prefetchQuery(trpc.imports.mine.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <ArticleLibrary />
    </HydrateClient>
  );
}
