import { requireUser } from "~/server/session";

// The guard for the whole teacher area. It sits above loading.tsx's Suspense boundary, so a
// student or a signed-out visitor gets a real redirect before any of the page streams.
export default async function TeacherLayout({ children }: { children: React.ReactNode }) {
  await requireUser("teacher");
  return children;
}
