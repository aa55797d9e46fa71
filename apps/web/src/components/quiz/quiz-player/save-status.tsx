// Whether the answers are saved, in a line that keeps its space so a change never moves the
// page, with "Retry now" (and "Sign in" when signed out) while answers wait.
import type { SaveState } from "../use-answer-outbox";
import { saveStatusText } from "./place";

export function SaveStatus({
  state,
  waiting,
  answered,
  onDevice,
  onRetry,
}: {
  state: SaveState;
  waiting: number;
  answered: number;
  onDevice: boolean;
  onRetry: () => void;
}) {
  // Short enough for two lines on a phone: the space is reserved, so a change never moves the page.
  const text = saveStatusText(state, waiting, answered);
  const trouble = state === "offline" || state === "retrying" || state === "signed_out";
  return (
    <div className="flex min-h-10 flex-wrap items-center gap-x-3 text-sm sm:min-h-6 sm:justify-end">
      <p
        role="status"
        aria-live="polite"
        data-save-state={state}
        className={`flex items-center gap-1.5 font-medium ${trouble ? "text-amber-900" : "text-slate-700"}`}
      >
        <span aria-hidden="true">{trouble ? "⚠" : state === "sending" ? "⋯" : "✓"}</span>
        {text}
        {trouble && !onDevice && " (keep this tab open)"}
      </p>
      {trouble && (
        <span className="flex gap-3">
          <button type="button" onClick={onRetry} className="font-medium text-brand-700 underline">
            Retry now
          </button>
          {state === "signed_out" && (
            <a href="/sign-in" target="_blank" rel="noopener" className="text-brand-700 underline">
              Sign in<span className="sr-only"> (opens in a new tab)</span>
            </a>
          )}
        </span>
      )}
    </div>
  );
}
