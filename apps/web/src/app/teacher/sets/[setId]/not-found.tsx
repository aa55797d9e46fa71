import Link from "next/link";
import { buttonClass } from "~/components/ui/button";

export default function SetNotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-3 rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold">Question set not found</h1>
      <p className="text-slate-700">
        This set does not exist, or another teacher made it. Pick one of your sets, or build a new
        one.
      </p>
      <div className="flex flex-wrap gap-2">
        <Link href="/teacher/sets" className={buttonClass("primary")}>
          Your sets
        </Link>
        <Link href="/teacher/sets/new" className={buttonClass("secondary")}>
          Build a set
        </Link>
      </div>
    </div>
  );
}
