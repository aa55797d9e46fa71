// When a student may see the right answers: the assignment's feedback setting decides.
export type FeedbackTiming = "immediately" | "after_submit" | "after_due";

export interface FeedbackContext {
  /** Null for practice, which always gives feedback at once. */
  timing: FeedbackTiming | null;
  submitted: boolean;
  dueAt: Date | null;
  now: Date;
}

/** Feedback with each answer as it is submitted. */
export function feedbackOnAnswer(c: FeedbackContext): boolean {
  return c.timing === null || c.timing === "immediately";
}

/** Feedback when reviewing the attempt. */
export function feedbackOnReview(c: FeedbackContext): boolean {
  if (feedbackOnAnswer(c)) return true;
  if (!c.submitted) return false;
  if (c.timing === "after_submit") return true;
  return c.dueAt === null || c.now >= c.dueAt;
}

/** When review feedback becomes available, if it is not yet. */
export function feedbackAvailableAt(c: FeedbackContext): Date | null {
  if (feedbackOnReview(c)) return null;
  return c.timing === "after_due" ? c.dueAt : null;
}
