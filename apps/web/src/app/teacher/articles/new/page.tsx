import { requireUser } from "~/server/session";
import { ImportForm } from "./import-form";

export const dynamic = "force-dynamic";
export const metadata = { title: "Add an article" };

export default async function Page() {
  await requireUser("teacher");
  return <ImportForm />;
}
