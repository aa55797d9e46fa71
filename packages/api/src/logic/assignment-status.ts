// Which assignments count for a student, and where each stands. An assignment counts from when
// it opened and from when the student joined its class: one that closed before they joined is
// not theirs to have missed (issue 15: a student joining today was shown "Missed", and their
// teacher "0 of 6", "6 not started", "falling behind"). Used by the student's list, the class
// page, the dashboard and "falling behind", so all of them count alike.

export interface AssignmentDates {
  opensAt: Date;
  dueAt: Date | null;
}

export type StudentAssignmentStatus =
  | "upcoming"
  | "not_started"
  | "in_progress"
  | "submitted"
  | "missed"
  /** Closed before the student joined the class: shown, never counted against them. */
  | "closed_before_joining";

/** Whether the assignment was already closed when the student joined. */
export function closedBeforeJoining(assignment: AssignmentDates, joinedAt: Date): boolean {
  return assignment.dueAt !== null && assignment.dueAt <= joinedAt;
}

/** Where an assignment stands for one student at `now`. */
export function studentAssignmentStatus(input: {
  assignment: AssignmentDates;
  joinedAt: Date;
  inProgress: boolean;
  submitted: boolean;
  now: Date;
}): StudentAssignmentStatus {
  const { assignment, now } = input;
  if (input.inProgress) return "in_progress";
  if (input.submitted) return "submitted";
  if (assignment.opensAt > now) return "upcoming";
  if (closedBeforeJoining(assignment, input.joinedAt)) return "closed_before_joining";
  if (assignment.dueAt && assignment.dueAt < now) return "missed";
  return "not_started";
}

/**
 * Whether the assignment is the student's to do (or to have done) at `now`: open, and not closed
 * before they joined. One they submitted always counts.
 */
export function assignmentCountsFor(input: {
  assignment: AssignmentDates;
  joinedAt: Date;
  submitted: boolean;
  now: Date;
}): boolean {
  if (input.submitted) return true;
  if (input.assignment.opensAt > input.now) return false;
  return !closedBeforeJoining(input.assignment, input.joinedAt);
}

/**
 * Whether the student is behind on it: it counts for them, they have not submitted, and its due
 * date has passed. An assignment opened an hour ago and due next week is not behind; nor is one
 * with no due date.
 */
export function assignmentOverdueFor(input: {
  assignment: AssignmentDates;
  joinedAt: Date;
  submitted: boolean;
  now: Date;
}): boolean {
  const { assignment, now } = input;
  return (
    !input.submitted &&
    assignment.dueAt !== null &&
    assignment.dueAt < now &&
    assignmentCountsFor(input)
  );
}
