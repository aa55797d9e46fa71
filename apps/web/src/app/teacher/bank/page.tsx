import { requireUser } from "~/server/session";
import { HydrateClient } from "~/trpc/server";
import { prefetchArticleList } from "../_lib/load";
import { BankView } from "./bank-view/bank-view";

export const dynamic = "force-dynamic";
export const metadata = { title: "Question bank" };

export default async function Page() {
  await requireUser("teacher");
  await prefetchArticleList();
  return (
    <HydrateClient>
      <BankView />
    </HydrateClient>
  );
}
