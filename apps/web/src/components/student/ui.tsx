// Small building blocks the student pages share: buttons, notices, empty states, percentages.
import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";

const BUTTON_BASE =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 py-2 font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60";

export const buttonStyles = {
  primary: `${BUTTON_BASE} bg-brand-600 text-white hover:bg-brand-700`,
  secondary: `${BUTTON_BASE} border border-brand-600 bg-white text-brand-700 hover:bg-brand-50`,
  quiet: `${BUTTON_BASE} border border-slate-300 bg-white text-slate-800 hover:bg-slate-100`,
} as const;

export function ButtonLink({
  variant = "primary",
  className = "",
  ...props
}: ComponentProps<typeof Link> & { variant?: keyof typeof buttonStyles }) {
  return <Link className={`${buttonStyles[variant]} ${className}`} {...props} />;
}

const NOTICE_TONES = {
  info: "border-brand-100 bg-brand-50 text-slate-900",
  success: "border-green-300 bg-green-50 text-green-950",
  warning: "border-amber-300 bg-amber-50 text-amber-950",
  error: "border-red-300 bg-red-50 text-red-950",
} as const;

export function Notice({
  tone = "info",
  title,
  children,
  role,
  className = "",
}: {
  tone?: keyof typeof NOTICE_TONES;
  title?: string;
  children?: ReactNode;
  role?: "alert" | "status";
  className?: string;
}) {
  return (
    <div role={role} className={`rounded-md border px-4 py-3 ${NOTICE_TONES[tone]} ${className}`}>
      {title && <p className="font-semibold">{title}</p>}
      {children && <div className={title ? "mt-1" : ""}>{children}</div>}
    </div>
  );
}

/** What to show where a list is empty: what it would hold, and what to do next. */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-6 text-center">
      <p className="font-semibold text-slate-900">{title}</p>
      {children && <div className="mx-auto mt-1 max-w-prose text-slate-700">{children}</div>}
      {action && <div className="mt-4 flex flex-wrap justify-center gap-3">{action}</div>}
    </div>
  );
}

/** A 0..1 score as a whole percentage. */
export function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
