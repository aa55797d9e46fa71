// Every chart comes with a text alternative: a one-line summary read by screen readers, and the
// same data as a table anyone can open.
export function ChartFrame({
  title,
  summary,
  table,
  children,
}: {
  title: string;
  summary: string;
  table: { headers: string[]; rows: (string | number)[][] };
  children: React.ReactNode;
}) {
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="font-semibold">{title}</figcaption>
      <p className="text-sm text-slate-700">{summary}</p>
      <div role="img" aria-label={`${title}. ${summary}`} className="mt-2 h-56 w-full">
        {children}
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-brand-700 underline">
          Show the data as a table
        </summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left">
            <thead>
              <tr className="border-b border-slate-200">
                {table.headers.map((h) => (
                  <th key={h} scope="col" className="py-1 pr-3">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r, i) => (
                <tr key={i} className="border-b border-slate-100">
                  {r.map((c, j) => (
                    <td key={j} className="py-1 pr-3">
                      {c}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
