import { DEFAULT_MAX_BODY_BYTES, IMPORT_MAX_BYTES } from "@studykit/api";
import { requireUser } from "~/server/session";
import { ImportForm } from "./import-form";

export const dynamic = "force-dynamic";
export const metadata = { title: "Import questions" };

export default async function Page() {
  await requireUser("teacher");
  return <ImportForm maxFileBytes={IMPORT_MAX_BYTES} maxRequestBytes={DEFAULT_MAX_BODY_BYTES} />;
}
