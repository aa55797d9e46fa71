// The rules of an attempt, as plain functions: when an assignment may be started, when an attempt
// takes answers, which questions it asks, what practice holds back, and how a finished attempt
// is scored. The attempts router reads the database, asks these, and writes what they decide.

/** Why an attempt, or an answer in one, is refused. */
export type AttemptRefusal =
  | { reason: "not_open_yet"; opensAt: Date }
  | { reason: "past_due" }
  | { reason: "no_attempts_left"; attemptsAllowed: number }
  | { reason: "no_questions" }
  | { reason: "held_for_assignment" }
  | { reason: "not_finished" }
  | { reason: "already_submitted" };

/** A refusal as an error: the procedures throw it and one place (domain-errors) maps it for tRPC. */
export class AttemptRefusedError extends Error {
  constructor(readonly refusal: AttemptRefusal) {
    super(describeRefusal(refusal));
    this.name = "AttemptRefusedError";
  }
}

/** The sentence a student is shown for a refusal. */
export function describeRefusal(refusal: AttemptRefusal): string {
  switch (refusal.reason) {
    case "not_open_yet":
      return `this assignment opens on ${refusal.opensAt.toISOString()}`;
    case "past_due":
      return "this assignment is closed: its due date has passed";
    case "no_attempts_left":
      return `no attempts left: ${refusal.attemptsAllowed} allowed`;
    case "no_questions":
      return "this assignment has no questions to answer";
    case "held_for_assignment":
      return "these questions are in an assignment of yours that is still open: practice them once it is over";
    case "not_finished":
      return "finish the attempt before reviewing it";
    case "already_submitted":
      return "this attempt has been submitted";
  }
}

/** An assignment is closed once its due date has passed. */
export const isPastDue = (dueAt: Date | null, now: Date): boolean => dueAt !== null && dueAt < now;

/**
 * Why a new attempt at an assignment may not start now, or null when it may: not open yet, past
 * its due date, out of attempts, or nothing left to ask (in that order).
 */
export function checkAttemptStart(
  assignment: {
    opensAt: Date;
    dueAt: Date | null;
    /** Null: as many attempts as the student likes. */
    attemptsAllowed: number | null;
  },
  state: { attemptsUsed: number; questionCount: number },
  now: Date,
): AttemptRefusal | null {
  if (assignment.opensAt > now) return { reason: "not_open_yet", opensAt: assignment.opensAt };
  if (isPastDue(assignment.dueAt, now)) return { reason: "past_due" };
  if (assignment.attemptsAllowed !== null && state.attemptsUsed >= assignment.attemptsAllowed) {
    return { reason: "no_attempts_left", attemptsAllowed: assignment.attemptsAllowed };
  }
  if (state.questionCount === 0) return { reason: "no_questions" };
  return null;
}

/**
 * The questions a new attempt asks, in the set's order: those still there, enabled and not
 * rejected in review since they went into the set.
 */
export function pickAttemptQuestions<Q extends { disabled: boolean; rejected?: boolean }>(
  questionIds: readonly string[],
  loaded: ReadonlyMap<string, Q>,
): Q[] {
  return questionIds.flatMap((id) => {
    const q = loaded.get(id);
    return q && !q.disabled && !q.rejected ? [q] : [];
  });
}

/**
 * Why an attempt takes no new answer now, or null when it does: once submitted, and once its
 * assignment's due date has passed, whenever it was started.
 */
export function checkAnswerAccepted(
  attempt: { status: string; dueAt: Date | null },
  now: Date,
): AttemptRefusal | null {
  if (attempt.status !== "in_progress") return { reason: "already_submitted" };
  if (isPastDue(attempt.dueAt, now)) return { reason: "past_due" };
  return null;
}

/** Why an attempt cannot be reviewed yet, or null when it can: only a submitted one can. */
export function checkReviewAllowed(attempt: { status: string }): AttemptRefusal | null {
  return attempt.status === "submitted" ? null : { reason: "not_finished" };
}

/**
 * Whether an assignment holds its questions back from the student's practice (practice gives the
 * answer at once): until the due date for "after the due date" feedback, and otherwise until the
 * student has submitted an attempt or the assignment has closed.
 */
export function holdsBackFromPractice(
  assignment: { feedback: string; dueAt: Date | null; submittedAttempts: number },
  now: Date,
): boolean {
  if (isPastDue(assignment.dueAt, now)) return false;
  return assignment.feedback === "after_due" || assignment.submittedAttempts === 0;
}

/** The outcome of finishing an attempt: its score, correct answers and when it counts as submitted. */
export interface FinishedAttempt {
  /** The mean score over every question asked, unanswered ones scoring 0, to four places. */
  score: number;
  correctCount: number;
  submittedAt: Date;
}

/**
 * Scores an attempt being finished. Finished after the due date, it closed at the deadline: only
 * answers given by then count, and it was submitted then.
 */
export function finishAttempt(
  attempt: { questionCount: number; dueAt: Date | null },
  answers: readonly { correct: boolean; score: number; answeredAt: Date }[],
  now: Date,
): FinishedAttempt {
  const dueAt = attempt.dueAt;
  const late = dueAt !== null && isPastDue(dueAt, now);
  const counted = late ? answers.filter((a) => a.answeredAt <= dueAt) : answers;
  const total = counted.reduce((sum, a) => sum + a.score, 0);
  return {
    score: attempt.questionCount
      ? Math.round((total / attempt.questionCount) * 10_000) / 10_000
      : 0,
    correctCount: counted.filter((a) => a.correct).length,
    submittedAt: late ? dueAt : now,
  };
}
