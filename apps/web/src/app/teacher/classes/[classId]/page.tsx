import { requireUser } from "~/server/session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { ClassPage } from "./class-page/class-page";
import { classMetadata, loadClass, type ClassPageArgs } from "./load-class";

export const dynamic = "force-dynamic";

export function generateMetadata(args: ClassPageArgs) {
  return classMetadata(args, (name) => name, "Class");
}

export default async function Page({ params, searchParams }: ClassPageArgs) {
  await requireUser("teacher");
  const { classId } = await params;
  const { created } = await searchParams;
  await loadClass(classId);
  await getQueryClient().prefetchQuery(trpc.assignments.forClass.queryOptions({ classId }));
  return (
    <HydrateClient>
      <ClassPage classId={classId} justCreated={created === "1"} />
    </HydrateClient>
  );
}
