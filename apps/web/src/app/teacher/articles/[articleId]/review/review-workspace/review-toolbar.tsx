"use client";
// Above the review: the recommended set or the other candidates, accepting them all, the status
// filter with its counts, and the keyboard shortcuts.
import { buttonClass } from "~/components/ui/button";
import type { ReviewView } from "./review-groups";
import { STATUS_LABEL } from "./status";
import type { Filter, Status } from "./types";

export function ReviewToolbar({
  view,
  filter,
  canEdit,
  recommendedTotal,
  candidatesTotal,
  recommendedPending,
  pendingCount,
  inViewCount,
  viewCounts,
  accepting,
  onView,
  onFilter,
  onAcceptRecommended,
  onAcceptAll,
}: {
  view: ReviewView;
  filter: Filter;
  canEdit: boolean;
  recommendedTotal: number;
  candidatesTotal: number;
  /** Recommended questions still pending. */
  recommendedPending: number;
  /** All questions still pending. */
  pendingCount: number;
  inViewCount: number;
  viewCounts: Record<Status, number>;
  accepting: boolean;
  onView: (view: ReviewView) => void;
  onFilter: (filter: Filter) => void;
  onAcceptRecommended: () => void;
  onAcceptAll: () => void;
}) {
  return (
    <div className="mb-4 flex flex-wrap items-end justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex w-full flex-wrap items-center justify-between gap-3">
        <div role="group" aria-label="Questions to review" className="flex flex-wrap gap-2">
          <button
            type="button"
            className={buttonClass(view === "recommended" ? "primary" : "secondary")}
            aria-pressed={view === "recommended"}
            onClick={() => onView("recommended")}
          >
            Recommended ({recommendedTotal})
          </button>
          <button
            type="button"
            className={buttonClass(view === "candidates" ? "primary" : "secondary")}
            aria-pressed={view === "candidates"}
            onClick={() => onView("candidates")}
          >
            More candidates ({candidatesTotal})
          </button>
        </div>
        {canEdit && view === "recommended" && recommendedTotal > 0 && (
          <button
            type="button"
            className={buttonClass(recommendedPending ? "primary" : "secondary")}
            disabled={recommendedPending === 0 || accepting}
            aria-busy={accepting}
            onClick={onAcceptRecommended}
          >
            {accepting ? "Accepting…" : `Accept all recommended (${recommendedPending})`}
          </button>
        )}
        {canEdit && view === "candidates" && (
          <button
            type="button"
            className={buttonClass("secondary")}
            disabled={pendingCount === 0}
            onClick={onAcceptAll}
          >
            Accept all remaining ({pendingCount})
          </button>
        )}
      </div>
      <p className="w-full text-sm text-slate-700">
        {view === "recommended"
          ? "StudyKit's pick: the best question on each of the article's main points, best first."
          : "Every other question StudyKit generated, best first. Most teachers need only a few of these."}
      </p>
      <fieldset>
        <legend className="font-medium">Show</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {(["all", "pending", "accepted", "rejected"] as const).map((f) => (
            <label key={f} className="flex items-center gap-1.5">
              <input
                type="radio"
                name="review-filter"
                checked={filter === f}
                onChange={() => onFilter(f)}
              />
              {f === "all" ? `All (${inViewCount})` : `${STATUS_LABEL[f]} (${viewCounts[f]})`}
            </label>
          ))}
        </div>
      </fieldset>
      <details className="w-full text-sm text-slate-700">
        <summary className="cursor-pointer">Keyboard shortcuts</summary>
        <ul className="mt-1 list-disc pl-5">
          <li>j or ↓: next question; k or ↑: previous question</li>
          {canEdit && <li>a: accept; r: reject; e: edit; Escape: cancel the edit</li>}
        </ul>
      </details>
    </div>
  );
}
