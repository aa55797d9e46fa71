import { requireUser } from "~/server/session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { BankView } from "./bank-view/bank-view";

export const dynamic = "force-dynamic";
export const metadata = { title: "Question bank" };

export default async function Page() {
  await requireUser("teacher");
  await getQueryClient().prefetchQuery(trpc.articles.list.queryOptions());
  return (
    <HydrateClient>
      <BankView />
    </HydrateClient>
  );
}
