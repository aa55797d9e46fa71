// A bar for a share of a whole, with the number beside it.

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
