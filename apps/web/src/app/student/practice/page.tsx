import { PracticePicker } from "~/components/student/practice-picker";
import { requireUser } from "~/server/session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata = { title: "Practice" };
export const dynamic = "force-dynamic";

export default async function PracticePage() {
  await requireUser("student");
  await getQueryClient().prefetchQuery(trpc.articles.list.queryOptions());
  return (
    <HydrateClient>
      <div className="space-y-6">
        <div>
          <h1 className="text-2xl font-bold">Practice</h1>
          <p className="mt-1 max-w-2xl text-slate-700">
            Quiz yourself on any article. Practice doesn&apos;t count towards assignments, and you
            see the right answer, the explanation and the sentence from the article after each
            question.
          </p>
        </div>
        <PracticePicker />
      </div>
    </HydrateClient>
  );
}
