"use client";
import { ErrorPanel } from "~/components/student/state-panels";

export default function ArticleError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} home="/" homeLabel="Go to your home page" />;
}
