import Link from "next/link";
import { buttonClass } from "~/components/ui/button";

export default function TeacherNotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-3 rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="text-slate-700">
        There is nothing at this address. It may have been removed, or the link may be mistyped.
      </p>
      <div className="flex flex-wrap gap-2">
        <Link href="/teacher" className={buttonClass("primary")}>
          Your classes
        </Link>
        <Link href="/teacher/bank" className={buttonClass("secondary")}>
          Question bank
        </Link>
        <Link href="/teacher/sets" className={buttonClass("secondary")}>
          Sets
        </Link>
      </div>
    </div>
  );
}
