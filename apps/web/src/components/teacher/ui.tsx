// The teacher area's building blocks: buttons, page headings, empty states, notices and
// tables that scroll sideways on a phone.
import Link from "next/link";
import type { ReactNode } from "react";

type Tone = "primary" | "secondary" | "danger" | "quiet";

const TONES: Record<Tone, string> = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 border border-brand-600",
  secondary: "border border-slate-400 bg-white text-slate-900 hover:bg-slate-100",
  danger: "border border-red-700 bg-white text-red-800 hover:bg-red-50",
  quiet: "border border-transparent text-brand-700 underline-offset-2 hover:underline",
};

/** Classes for a button or a link that looks like one. */
export function buttonClass(tone: Tone = "secondary", size: "sm" | "md" = "md"): string {
  const pad = size === "sm" ? "px-2.5 py-1 text-sm" : "px-4 py-2";
  return `inline-flex items-center justify-center gap-1.5 rounded font-medium ${pad} ${TONES[tone]} disabled:cursor-not-allowed disabled:opacity-60`;
}

export const inputClass =
  "w-full rounded border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";

export interface Crumb {
  href?: string;
  label: string;
}

export function PageHeader({
  title,
  crumbs,
  description,
  actions,
}: {
  title: ReactNode;
  crumbs?: Crumb[];
  description?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="mb-6 space-y-2 print:hidden">
      {crumbs && crumbs.length > 0 && (
        <nav aria-label="Breadcrumb">
          <ol className="flex flex-wrap items-center gap-1 text-sm text-slate-700">
            {crumbs.map((c, i) => (
              <li key={`${c.label}-${i}`} className="flex items-center gap-1">
                {i > 0 && <span aria-hidden="true">/</span>}
                {c.href ? (
                  <Link href={c.href} className="text-brand-700 underline-offset-2 hover:underline">
                    {c.label}
                  </Link>
                ) : (
                  <span aria-current="page">{c.label}</span>
                )}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-2xl font-bold break-words">{title}</h1>
        {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
      </div>
      {description && <div className="max-w-3xl text-slate-700">{description}</div>}
    </div>
  );
}

export function Section({
  title,
  id,
  actions,
  children,
  description,
  className = "",
}: {
  title: string;
  id: string;
  actions?: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section
      aria-labelledby={id}
      className={`mb-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-5 ${className}`}
    >
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
      </div>
      {description && <div className="mb-3 text-sm text-slate-700">{description}</div>}
      {children}
    </section>
  );
}

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
    <div className="rounded-lg border border-dashed border-slate-400 bg-white px-4 py-8 text-center">
      <p className="font-semibold">{title}</p>
      {children && <div className="mx-auto mt-1 max-w-prose text-slate-700">{children}</div>}
      {action && <div className="mt-4 flex flex-wrap justify-center gap-2">{action}</div>}
    </div>
  );
}

/** A message that stays on screen; `role` decides whether it interrupts (alert) or waits (status). */
export function Notice({
  tone = "info",
  children,
  role,
  onDismiss,
}: {
  tone?: "info" | "success" | "error" | "warning";
  children: ReactNode;
  role?: "status" | "alert";
  onDismiss?: () => void;
}) {
  const colours = {
    info: "border-brand-100 bg-brand-50 text-slate-900",
    success: "border-green-300 bg-green-50 text-green-950",
    error: "border-red-300 bg-red-50 text-red-950",
    warning: "border-amber-300 bg-amber-50 text-amber-950",
  }[tone];
  return (
    <div
      role={role ?? (tone === "error" ? "alert" : "status")}
      className={`flex items-start justify-between gap-3 rounded border px-3 py-2 ${colours}`}
    >
      <div className="min-w-0 flex-1">{children}</div>
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

/** A bar for a share of a whole; the text beside it carries the number for screen readers. */
export function ShareBar({
  value,
  label,
  inTable = false,
}: {
  value: number;
  label: string;
  /** In a table on a phone the number alone says it; the bar would squeeze the columns. */
  inTable?: boolean;
}) {
  const pct = Math.max(0, Math.min(100, Math.round(value * 100)));
  return (
    <span className="flex items-center gap-2">
      <span
        aria-hidden="true"
        className={`h-2 w-20 shrink-0 overflow-hidden rounded bg-slate-200 ${inTable ? "hidden sm:block" : "block"}`}
      >
        <span className="block h-full bg-brand-600" style={{ width: `${pct}%` }} />
      </span>
      <span className={inTable ? "sm:whitespace-nowrap" : "whitespace-nowrap"}>{label}</span>
    </span>
  );
}

export function Skeleton({ className = "" }: { className?: string }) {
  return <div aria-hidden="true" className={`animate-pulse rounded bg-slate-200 ${className}`} />;
}

/** The page-level loading state: shapes where the content will be, and a word for screen readers. */
export function PageSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">{label}</span>
      <Skeleton className="h-4 w-40" />
      <Skeleton className="h-8 w-72 max-w-full" />
      <Skeleton className="h-24 w-full" />
      <Skeleton className="h-48 w-full" />
    </div>
  );
}
