"use client";
import { ErrorPanel } from "~/components/student/state-panels";

export default function StudentError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} />;
}
