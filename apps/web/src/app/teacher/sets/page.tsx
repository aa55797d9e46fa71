import { requireUser } from "~/server/session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { SetsList } from "./sets-list";

export const dynamic = "force-dynamic";
export const metadata = { title: "Question sets" };

export default async function Page() {
  await requireUser("teacher");
  await getQueryClient().prefetchQuery(trpc.sets.list.queryOptions());
  return (
    <HydrateClient>
      <SetsList />
    </HydrateClient>
  );
}
