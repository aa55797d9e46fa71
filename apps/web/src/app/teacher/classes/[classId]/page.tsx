import type { Metadata } from "next";
import { requireUser } from "~/server/session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { orNotFound } from "../../_lib/load";
import { ClassPage } from "./class-page/class-page";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ classId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { classId } = await params;
  try {
    const cls = await getQueryClient().fetchQuery(
      trpc.classes.get.queryOptions({ classId }, { retry: false }),
    );
    return { title: cls.name };
  } catch {
    return { title: "Class" };
  }
}

export default async function Page({ params, searchParams }: Props) {
  await requireUser("teacher");
  const { classId } = await params;
  const { created } = await searchParams;
  const queryClient = getQueryClient();
  await orNotFound(() =>
    queryClient.fetchQuery(trpc.classes.get.queryOptions({ classId }, { retry: false })),
  );
  await queryClient.prefetchQuery(trpc.assignments.forClass.queryOptions({ classId }));
  return (
    <HydrateClient>
      <ClassPage classId={classId} justCreated={created === "1"} />
    </HydrateClient>
  );
}
