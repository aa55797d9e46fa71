"use client";
import { ErrorPanel } from "~/components/ui/error-panel";

export default function ArticleError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} home="/" homeLabel="Go to your home page" />;
}
