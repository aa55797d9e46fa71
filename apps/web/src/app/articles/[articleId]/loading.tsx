export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading the article" className="space-y-4">
      <div className="h-9 w-3/4 animate-pulse rounded bg-slate-200" />
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className="h-24 max-w-prose animate-pulse rounded bg-slate-200" />
      ))}
    </div>
  );
}
