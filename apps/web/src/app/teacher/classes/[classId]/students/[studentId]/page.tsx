import { notFound } from "next/navigation";
import { requireUser } from "~/server/session";
import { HydrateClient } from "~/trpc/server";
import { loadClass } from "../../load-class";
import { StudentProgressView } from "./student-progress";

export const dynamic = "force-dynamic";
export const metadata = { title: "Student progress" };

type Props = { params: Promise<{ classId: string; studentId: string }> };

export default async function Page({ params }: Props) {
  await requireUser("teacher");
  const { classId, studentId } = await params;
  const cls = await loadClass(classId);
  // Only the class's own students: anyone else is not found, as the API would say.
  if (!cls.roster.some((s) => s.id === studentId)) notFound();
  return (
    <HydrateClient>
      <StudentProgressView classId={classId} studentId={studentId} />
    </HydrateClient>
  );
}
