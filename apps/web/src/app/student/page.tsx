import { requireUser } from "~/server/session";

export const dynamic = "force-dynamic";

export default async function StudentHome() {
  const user = await requireUser("student");
  return <h1 className="text-2xl font-bold">Hello, {user.name}</h1>;
}
