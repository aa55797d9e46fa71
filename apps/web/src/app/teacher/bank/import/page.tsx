import { IMPORT_MAX_BYTES, QUESTION_FILE_MAX_BODY_BYTES } from "@studykit/api";
import { requireUser } from "~/server/session";
import { ImportForm } from "./import-form";

export const dynamic = "force-dynamic";
export const metadata = { title: "Import questions" };

export default async function Page() {
  await requireUser("teacher");
  return (
    <ImportForm maxFileBytes={IMPORT_MAX_BYTES} maxRequestBytes={QUESTION_FILE_MAX_BODY_BYTES} />
  );
}
