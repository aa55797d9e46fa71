import { ButtonLink } from "~/components/ui/button";
// Nothing at this address: say so plainly and offer the likely next steps.

export function NotFoundPanel({ what, children }: { what: string; children?: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-xl space-y-4 rounded-xl border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold">We couldn&apos;t find that {what}</h1>
      <p className="text-slate-700">
        {children ?? "The link may be mistyped, or it belongs to another account."}
      </p>
      <div className="flex flex-wrap gap-3">
        <ButtonLink size="lg" href="/student">
          Your assignments
        </ButtonLink>
        <ButtonLink size="lg" href="/student/practice" tone="secondary">
          Practice an article
        </ButtonLink>
      </div>
    </div>
  );
}
