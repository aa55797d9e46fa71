// Who is falling behind: overdue reviews, falling scores, assignments not started.

export function FallingBehind({
  rows,
  classId,
}: {
  rows: { id: string; name: string; reasons: string[] }[];
  classId: string;
}) {
  const behind = rows.filter((r) => r.reasons.length > 0);
  return (
    <div className="mb-6">
      <h3 className="mb-2 font-semibold">Falling behind</h3>
      {behind.length === 0 ? (
        <p className="text-slate-700">Nobody: every student is up to date.</p>
      ) : (
        <ul className="space-y-1">
          {behind.map((r) => (
            <li key={r.id}>
              <a
                className="text-brand-700 underline"
                href={`/teacher/classes/${classId}/students/${r.id}`}
              >
                {r.name}
              </a>
              : {r.reasons.join(", ")}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
