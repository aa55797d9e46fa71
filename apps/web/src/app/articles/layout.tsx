import { requireUser } from "~/server/session";

// Articles are for signed-in students and teachers: a visitor is redirected before the page
// (and its loading state) streams.
export default async function ArticlesLayout({ children }: { children: React.ReactNode }) {
  await requireUser();
  return children;
}
