import { requireUser } from "~/server/session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { SetBuilder } from "./set-builder/set-builder";

export const dynamic = "force-dynamic";
export const metadata = { title: "New question set" };

export default async function Page() {
  await requireUser("teacher");
  await getQueryClient().prefetchQuery(trpc.articles.list.queryOptions());
  return (
    <HydrateClient>
      <SetBuilder />
    </HydrateClient>
  );
}
