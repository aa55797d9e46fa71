"use client";
// Copies a short text (a join code) and says so where screen readers hear it.
import { useState } from "react";
import { buttonClass } from "./button";

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className={buttonClass("secondary", "sm")}
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setState("copied");
          } catch {
            setState("failed");
          }
          setTimeout(() => setState("idle"), 2500);
        }}
      >
        {label}
      </button>
      <span role="status" className="text-sm text-slate-700">
        {state === "copied"
          ? "Copied"
          : state === "failed"
            ? "Copy failed: select the code and copy it"
            : ""}
      </span>
    </span>
  );
}
