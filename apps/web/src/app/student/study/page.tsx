import { requireUser } from "~/server/session";
import { StudySession } from "~/components/study/study-session";

export const metadata = { title: "Study" };
export const dynamic = "force-dynamic";

export default async function StudyPage() {
  await requireUser("student");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Study</h1>
      <p className="text-slate-700">
        Key facts and the questions you missed come back just before you would forget them. Recall
        the answer, show it, then rate how well you knew it.
      </p>
      <StudySession />
    </div>
  );
}
