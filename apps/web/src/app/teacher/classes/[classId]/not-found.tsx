import Link from "next/link";
import { buttonClass } from "~/components/ui/button";

export default function ClassNotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-3 rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold">Class not found</h1>
      <p className="text-slate-700">
        This class does not exist, or it belongs to another teacher. Check the address, or pick the
        class from your list.
      </p>
      <Link href="/teacher" className={buttonClass("primary")}>
        Go to your classes
      </Link>
    </div>
  );
}
