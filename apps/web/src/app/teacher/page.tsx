import { requireUser } from "~/server/session";

export const dynamic = "force-dynamic";

export default async function TeacherHome() {
  const user = await requireUser("teacher");
  return <h1 className="text-2xl font-bold">Classes of {user.name}</h1>;
}
