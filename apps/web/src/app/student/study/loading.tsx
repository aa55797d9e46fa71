import { PageSkeleton } from "~/components/ui/skeleton";

// While this part of the area loads. Not one loading boundary for the whole area: above the
// area's catch-all it would stream its not-found page with HTTP 200 instead of a real 404.
export default function Loading() {
  return <PageSkeleton label="Loading…" />;
}
