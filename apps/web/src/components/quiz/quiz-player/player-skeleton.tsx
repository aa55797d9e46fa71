// The quiz player's loading state, also the attempt page's loading.tsx.

export function PlayerSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading the quiz" className="mx-auto max-w-3xl space-y-4">
      <div className="h-8 w-2/3 animate-pulse rounded bg-slate-200" />
      <div className="h-2.5 animate-pulse rounded-full bg-slate-200" />
      <div className="h-96 animate-pulse rounded-xl border border-slate-200 bg-white" />
    </div>
  );
}
