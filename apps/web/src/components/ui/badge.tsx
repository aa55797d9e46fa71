// A small label beside a title: a question's type, a status.
import type { ReactNode } from "react";

export function Badge({
  children,
  tone = "neutral",
}: {
  children: ReactNode;
  tone?: "neutral" | "brand" | "warning" | "danger" | "success";
}) {
  const colours = {
    neutral: "bg-slate-100 text-slate-800",
    brand: "bg-brand-50 text-brand-800",
    warning: "bg-amber-100 text-amber-950",
    danger: "bg-red-100 text-red-900",
    success: "bg-green-100 text-green-900",
  }[tone];
  return (
    <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ${colours}`}>
      {children}
    </span>
  );
}
