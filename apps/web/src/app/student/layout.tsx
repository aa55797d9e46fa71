import { requireUser } from "~/server/session";

// The guard for the whole student area. It sits above loading.tsx's Suspense boundary, so a
// teacher or a signed-out visitor gets a real redirect before any of the page streams.
export default async function StudentLayout({ children }: { children: React.ReactNode }) {
  await requireUser("student");
  return children;
}
