import { PageSkeleton } from "~/components/teacher/ui";

export default function Loading() {
  return <PageSkeleton label="Loading…" />;
}
