"use client";
// The whole-page error state of the student area and the article reader: what happened, try
// again, and a way on.
import { useEffect } from "react";
import { buttonClass, ButtonLink } from "./button";

export function ErrorPanel({
  error,
  retry,
  home = "/student",
  homeLabel = "Back to your assignments",
}: {
  error: unknown;
  retry: () => void;
  home?: string;
  homeLabel?: string;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;
  return (
    <div
      role="alert"
      className="mx-auto max-w-xl space-y-4 rounded-xl border border-red-200 bg-white p-6"
    >
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="text-slate-700">
        This page couldn&apos;t load. It may be a brief hiccup: try again. Answers you&apos;ve
        already given are saved.
      </p>
      <div className="flex flex-wrap gap-3">
        <button type="button" className={buttonClass("primary", "lg")} onClick={() => retry()}>
          Try again
        </button>
        <ButtonLink href={home} tone="secondary" size="lg">
          {homeLabel}
        </ButtonLink>
      </div>
      {digest && <p className="text-xs text-slate-600">Reference for your teacher: {digest}</p>}
    </div>
  );
}
