import type { Metadata } from "next";
import { requireUser } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";
import { orNotFound } from "../../../_lib/load";
import { Worksheet } from "./worksheet";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ setId: string }> };

// The same read rule as the set page (sets.get: the set's owner only); students never get this
// far (the teacher layout redirects them), which matters because the key shows every answer.
async function loadSet(setId: string) {
  return getQueryClient().fetchQuery(trpc.sets.get.queryOptions({ setId }, { retry: false }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { setId } = await params;
  try {
    return { title: `Worksheet: ${(await loadSet(setId)).title}` };
  } catch {
    return { title: "Worksheet" };
  }
}

export default async function Page({ params }: Props) {
  await requireUser("teacher");
  const { setId } = await params;
  const set = await orNotFound(() => loadSet(setId));
  return (
    <Worksheet
      setId={set.id}
      title={set.title}
      articleTitles={set.articles.map((a) => a.title)}
      // Disabled questions are left out of new attempts, so they are left off paper too.
      questions={set.questions.filter((q) => !q.disabled).map((q) => q.question)}
      disabled={set.questions.filter((q) => q.disabled).length}
    />
  );
}
