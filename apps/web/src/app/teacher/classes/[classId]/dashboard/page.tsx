import { requireUser } from "~/server/session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { classMetadata, loadClass, type ClassPageArgs } from "../load-class";
import { ClassDashboardView } from "./class-dashboard/class-dashboard";

export const dynamic = "force-dynamic";

export function generateMetadata(args: ClassPageArgs) {
  return classMetadata(args, (name) => `Dashboard · ${name}`, "Class dashboard");
}

export default async function Page({ params, searchParams }: ClassPageArgs) {
  await requireUser("teacher");
  const { classId } = await params;
  const { assignment } = await searchParams;
  const assignmentId = typeof assignment === "string" && assignment ? assignment : undefined;
  await loadClass(classId);
  // A stale assignment in the address is shown as a message on the page, not a 404.
  await getQueryClient().prefetchQuery(
    trpc.dashboard.class.queryOptions({ classId, ...(assignmentId ? { assignmentId } : {}) }),
  );
  return (
    <HydrateClient>
      <ClassDashboardView classId={classId} />
    </HydrateClient>
  );
}
