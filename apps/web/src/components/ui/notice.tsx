// A message that stays on screen: information, success, a warning or an error.
import type { ReactNode } from "react";

const TONES = {
  info: "border-brand-100 bg-brand-50 text-slate-900",
  success: "border-green-300 bg-green-50 text-green-950",
  warning: "border-amber-300 bg-amber-50 text-amber-950",
  error: "border-red-300 bg-red-50 text-red-950",
} as const;

export type NoticeTone = keyof typeof TONES;

/**
 * `role` decides whether it interrupts (alert) or waits (status); left out, an error alerts and
 * anything else waits, and `null` makes it plain text. `size="lg"` is the roomier block the
 * student pages use.
 */
export function Notice({
  tone = "info",
  title,
  children,
  role,
  onDismiss,
  size = "md",
  className = "",
}: {
  tone?: NoticeTone;
  title?: string;
  children?: ReactNode;
  role?: "alert" | "status" | null;
  onDismiss?: () => void;
  size?: "md" | "lg";
  className?: string;
}) {
  const resolvedRole =
    role === null ? undefined : (role ?? (tone === "error" ? "alert" : "status"));
  const box = size === "lg" ? "rounded-md px-4 py-3" : "rounded px-3 py-2";
  const body = (
    <>
      {title && <p className="font-semibold">{title}</p>}
      {children && <div className={title ? "mt-1" : ""}>{children}</div>}
    </>
  );
  if (size === "lg") {
    return (
      <div role={resolvedRole} className={`border ${box} ${TONES[tone]} ${className}`}>
        {body}
      </div>
    );
  }
  return (
    <div
      role={resolvedRole}
      className={`flex items-start justify-between gap-3 border ${box} ${TONES[tone]} ${className}`}
    >
      <div className="min-w-0 flex-1">{body}</div>
      {onDismiss && (
        <button
          type="button"
          onClick={onDismiss}
          className="shrink-0 rounded px-1 text-sm underline"
        >
          Dismiss
        </button>
      )}
    </div>
  );
}
