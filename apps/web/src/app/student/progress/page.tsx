import { ProgressView } from "~/components/student/progress-view";
import { requireUser } from "~/server/session";

export const metadata = { title: "Your progress" };
export const dynamic = "force-dynamic";

export default async function ProgressPage() {
  await requireUser("student");
  // No server prefetch: weeks and streaks follow the browser's time zone, which only it knows.
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Your progress</h1>
        <p className="mt-1 text-slate-700">
          How your quiz scores are going week by week, and which key facts you&apos;ve mastered.
        </p>
      </div>
      <ProgressView />
    </div>
  );
}
