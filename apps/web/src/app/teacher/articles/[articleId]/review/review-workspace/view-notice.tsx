"use client";
// What the list says above its questions, if anything: no questions at all, none in this view,
// none with this status, or every recommended question reviewed.
import Link from "next/link";
import { buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { plural } from "~/components/ui/format";
import { Notice } from "~/components/ui/notice";
import type { ReviewView } from "./review-groups";
import { STATUS_LABEL } from "./status";
import type { Filter, Review, Status } from "./types";

export function ViewNotice({
  review,
  view,
  filter,
  inViewCount,
  shownCount,
  viewCounts,
  recommendedTotal,
  candidatesTotal,
  onView,
}: {
  review: Review;
  view: ReviewView;
  filter: Filter;
  inViewCount: number;
  /** Questions the filter leaves in view. */
  shownCount: number;
  viewCounts: Record<Status, number>;
  recommendedTotal: number;
  candidatesTotal: number;
  onView: (view: ReviewView) => void;
}) {
  if (review.questions.length === 0)
    return (
      <EmptyState title="No questions">
        <p>StudyKit found nothing to ask about in this article.</p>
      </EmptyState>
    );
  if (inViewCount === 0)
    return (
      <EmptyState
        title={view === "recommended" ? "Nothing is recommended" : "No more candidates"}
        action={
          <button
            type="button"
            className={buttonClass("secondary")}
            onClick={() => onView(view === "recommended" ? "candidates" : "recommended")}
          >
            {view === "recommended"
              ? `Show the ${plural(candidatesTotal, "candidate")}`
              : `Show the ${plural(recommendedTotal, "recommended question")}`}
          </button>
        }
      >
        <p>
          {view === "recommended"
            ? review.kind === "question_import"
              ? "These questions were imported, not generated, so StudyKit does not rank them."
              : "StudyKit recommends no questions for this article."
            : "Every question StudyKit generated for this article is in the recommended set."}
        </p>
      </EmptyState>
    );
  if (shownCount === 0 && filter !== "all")
    return (
      <EmptyState title={`No ${STATUS_LABEL[filter as Status].toLowerCase()} questions`}>
        <p>Choose another filter to see the rest.</p>
      </EmptyState>
    );
  if (view === "recommended" && viewCounts.pending === 0)
    return (
      <Notice tone="success">
        All {plural(inViewCount, "recommended question")} {inViewCount === 1 ? "is" : "are"}{" "}
        reviewed: {viewCounts.accepted} accepted, {viewCounts.rejected} rejected.{" "}
        {viewCounts.accepted > 0 && (
          <>
            <Link
              href={`/teacher/sets/new?article=${review.id}`}
              className="font-semibold underline"
            >
              Create a set
            </Link>{" "}
            or{" "}
          </>
        )}
        <button
          type="button"
          className="font-semibold underline"
          onClick={() => onView("candidates")}
        >
          look at {plural(candidatesTotal, "more candidate")}
        </button>
        .
      </Notice>
    );
  return null;
}
