// Why a student is falling behind, in words a teacher reads on the dashboard. Only what is
// actually late counts: reviews overdue, assignments past their due date, or scores going down.
// An assignment opened an hour ago and due next week is not a reason (issue 15).
/** Reviews overdue (due before the student's day began) before it is worth a teacher's eye. */
export const OVERDUE_REVIEWS_BEHIND = 5;
/** A fall in the mean score (0..1) over the last two weeks against the two before. */
export const SCORE_FALL_BEHIND = 0.1;

export function fallingBehindReasons(input: {
  overdueReviews: number;
  /** Last two weeks' mean score minus the two weeks before's, or null without both. */
  scoreTrend: number | null;
  overdueAssignments: number;
}): string[] {
  const reasons: string[] = [];
  if (input.overdueReviews >= OVERDUE_REVIEWS_BEHIND)
    reasons.push(`${input.overdueReviews} reviews overdue`);
  if (input.scoreTrend !== null && input.scoreTrend <= -SCORE_FALL_BEHIND)
    reasons.push(`scores down ${Math.round(-input.scoreTrend * 100)} points`);
  if (input.overdueAssignments > 0)
    reasons.push(
      `${input.overdueAssignments} assignment${input.overdueAssignments === 1 ? "" : "s"} past due, not submitted`,
    );
  return reasons;
}
