// A titled card that holds one part of a page.
import type { ReactNode } from "react";

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
