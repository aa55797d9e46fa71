// Scores by week as a table, beside the chart: the week, the attempts submitted and their
// average score. The class dashboard and a student's progress page both show it.
import { percent } from "~/components/ui/format";
import { ScrollTable, td, th } from "~/components/ui/scroll-table";
import { ShareBar } from "~/components/ui/share-bar";
import { DateTime } from "~/components/ui/time";

export interface WeekScore {
  /** The week's first day, YYYY-MM-DD in the viewer's calendar. */
  weekStart: string;
  attempts: number;
  averageScore: number | null;
}

export function ScoresByWeekTable({
  weeks,
  caption,
  tableClassName = "w-full text-left",
}: {
  weeks: readonly WeekScore[];
  /** For screen readers: what the rows count. */
  caption: string;
  tableClassName?: string;
}) {
  return (
    <ScrollTable label="Scores by week">
      <table className={tableClassName}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className={th}>
              Week of
            </th>
            <th scope="col" className={th}>
              Attempts
            </th>
            <th scope="col" className={th}>
              Average score
            </th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.weekStart} className="border-b border-slate-100">
              <th scope="row" className={`${td} font-normal`}>
                <DateTime value={`${w.weekStart}T12:00:00Z`} style="date" />
              </th>
              <td className={td}>{w.attempts}</td>
              <td className={td}>
                {w.averageScore === null ? (
                  <span className="text-slate-700">—</span>
                ) : (
                  <ShareBar value={w.averageScore} label={percent(w.averageScore)} inTable />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
