import type { Metadata } from "next";
import { requireUser } from "~/server/session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { orNotFound, prefetchArticleList, type PageArgs } from "../../_lib/load";
import { SetView, type SetCreated } from "./set-view";

export const dynamic = "force-dynamic";

type Props = PageArgs<{ setId: string }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { setId } = await params;
  try {
    const set = await getQueryClient().fetchQuery(
      trpc.sets.get.queryOptions({ setId }, { retry: false }),
    );
    return { title: set.title };
  } catch {
    return { title: "Question set" };
  }
}

export default async function Page({ params, searchParams }: Props) {
  await requireUser("teacher");
  const { setId } = await params;
  const { created } = await searchParams;
  const queryClient = getQueryClient();
  await orNotFound(() =>
    queryClient.fetchQuery(trpc.sets.get.queryOptions({ setId }, { retry: false })),
  );
  await Promise.all([
    prefetchArticleList(),
    queryClient.prefetchQuery(trpc.exchange.formats.queryOptions()),
  ]);
  const known: readonly string[] = ["hand", "mix", "copy"] satisfies SetCreated[];
  return (
    <HydrateClient>
      <SetView
        setId={setId}
        created={
          typeof created === "string" && known.includes(created) ? (created as SetCreated) : null
        }
      />
    </HydrateClient>
  );
}
