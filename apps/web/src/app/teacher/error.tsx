"use client";
// When a teacher page fails to load: say so plainly, offer to try again, and a way out.
import Link from "next/link";
import { useEffect } from "react";
import { buttonClass } from "~/components/ui/button";

export default function TeacherError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  return (
    <div
      role="alert"
      className="mx-auto max-w-xl space-y-3 rounded-lg border border-red-300 bg-white p-6"
    >
      <h1 className="text-2xl font-bold">This page could not be loaded</h1>
      <p className="text-slate-700">
        Something went wrong while fetching it. Nothing you saved has been lost. Try again; if it
        keeps happening, check your connection or come back in a few minutes.
      </p>
      {digest && <p className="text-sm text-slate-700">Reference for support: {digest}</p>}
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonClass("primary")} onClick={() => retry()}>
          Try again
        </button>
        <Link href="/teacher" className={buttonClass("secondary")}>
          Go to your classes
        </Link>
      </div>
    </div>
  );
}
