import Link from "next/link";
import { buttonClass } from "~/components/ui/button";

export default function StudentNotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-3 rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold">Student not found</h1>
      <p className="text-slate-700">
        This student is not on the roster of this class. They may have been removed, or the address
        is wrong.
      </p>
      <Link href="/teacher" className={buttonClass("primary")}>
        Go to your classes
      </Link>
    </div>
  );
}
