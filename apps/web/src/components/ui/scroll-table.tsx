// Tables that scroll sideways on a phone, and the classes their cells share.
import type { ReactNode } from "react";

/**
 * A table that scrolls sideways when the screen is narrower than it. Focusable and labelled so
 * keyboard users can scroll it too.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="relative -mx-1 overflow-x-auto px-1 pb-1"
    >
      {children}
    </div>
  );
}

export const th = "px-2 py-2 text-left align-bottom text-sm font-semibold text-slate-800";
export const td = "px-2 py-2 align-top";
