// The numbers across the top of the dashboard.
import { percent } from "~/components/ui/format";
import type { ClassDashboard } from "~/components/teacher/types";
import { classSummary } from "./summary";

export function Summary({ d }: { d: ClassDashboard }) {
  const { students, openSoFar, completion, average } = classSummary(d, new Date());
  const cards = [
    { label: "Students", value: String(students) },
    { label: "Assignments open so far", value: String(openSoFar) },
    { label: "Completion", value: completion === null ? "—" : percent(completion) },
    { label: "Class average", value: percent(average) },
  ];
  return (
    <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
      {cards.map((c) => (
        <div key={c.label} className="rounded-lg border border-slate-200 bg-white p-3">
          <dt className="text-sm text-slate-700">{c.label}</dt>
          <dd className="text-2xl font-bold">{c.value}</dd>
        </div>
      ))}
    </dl>
  );
}
