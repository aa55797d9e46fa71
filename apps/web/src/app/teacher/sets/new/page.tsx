import { requireUser } from "~/server/session";
import { HydrateClient } from "~/trpc/server";
import { prefetchArticleList } from "../../_lib/load";
import { SetBuilder } from "./set-builder/set-builder";

export const dynamic = "force-dynamic";
export const metadata = { title: "New question set" };

export default async function Page() {
  await requireUser("teacher");
  await prefetchArticleList();
  return (
    <HydrateClient>
      <SetBuilder />
    </HydrateClient>
  );
}
