// A list page's table and its loading state: the table sits in a card, scrolls sideways on a
// phone, has a caption for screen readers, shows its first column always and the others from
// `sm` up, and ends with an unlabelled column for each row's actions.
import type { ReactNode } from "react";
import { ScrollTable, th } from "./scroll-table";
import { Skeleton } from "./skeleton";

export function ListTable({
  label,
  caption,
  minWidth,
  columns,
  children,
}: {
  label: string;
  caption: string;
  /** The table's least width from `sm` up, as a class: "sm:min-w-[40rem]". */
  minWidth: string;
  /** The headings before the actions column; all but the first fold away on a phone. */
  columns: readonly [string, ...string[]];
  /** The rows. */
  children: ReactNode;
}) {
  const [first, ...rest] = columns;
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-2 sm:p-4">
      <ScrollTable label={label}>
        <table className={`w-full text-left ${minWidth}`}>
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className={th}>
                {first}
              </th>
              {rest.map((heading) => (
                <th key={heading} scope="col" className={`${th} hidden sm:table-cell`}>
                  {heading}
                </th>
              ))}
              <th scope="col" className={th}>
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </ScrollTable>
    </div>
  );
}

/** The list's place while it loads, and `label` for screen readers. */
export function ListLoading({ label }: { label: string }) {
  return (
    <div role="status">
      <span className="sr-only">{label}</span>
      <Skeleton className="h-48" />
    </div>
  );
}
