import { requireUser } from "~/server/session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { ClassesManager } from "./classes-manager";
import { InviteTeacher } from "./invite-teacher";

export const dynamic = "force-dynamic";
export const metadata = { title: "Your classes" };

export default async function TeacherHome() {
  const user = await requireUser("teacher");
  await getQueryClient().prefetchQuery(trpc.classes.list.queryOptions({ includeArchived: true }));
  return (
    <HydrateClient>
      <ClassesManager teacherName={user.name} />
      <InviteTeacher />
    </HydrateClient>
  );
}
