import type { Metadata } from "next";
import { requireUser } from "~/server/session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { orNotFound } from "../../../_lib/load";
import { ClassDashboardView } from "./class-dashboard/class-dashboard";

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
    return { title: `Dashboard · ${cls.name}` };
  } catch {
    return { title: "Class dashboard" };
  }
}

export default async function Page({ params, searchParams }: Props) {
  await requireUser("teacher");
  const { classId } = await params;
  const { assignment } = await searchParams;
  const assignmentId = typeof assignment === "string" && assignment ? assignment : undefined;
  const queryClient = getQueryClient();
  await orNotFound(() =>
    queryClient.fetchQuery(trpc.classes.get.queryOptions({ classId }, { retry: false })),
  );
  // A stale assignment in the address is shown as a message on the page, not a 404.
  await queryClient.prefetchQuery(
    trpc.dashboard.class.queryOptions({ classId, ...(assignmentId ? { assignmentId } : {}) }),
  );
  return (
    <HydrateClient>
      <ClassDashboardView classId={classId} />
    </HydrateClient>
  );
}
