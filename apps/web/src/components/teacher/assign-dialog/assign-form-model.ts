// The assign form's rules: its starting values, what it refuses before sending, what it sends,
// and the window in plain words.
import type { FeedbackTiming } from "~/lib/labels";

export interface AssignFormValues {
  setId: string;
  classId: string;
  title: string;
  opensAt: string;
  dueAt: string;
  attempts: string;
  unlimited: boolean;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  feedback: FeedbackTiming;
}

export const FEEDBACK_HINT: Record<FeedbackTiming, string> = {
  immediately: "The right answer and explanation appear as soon as each question is answered.",
  after_submit: "Students review their answers once they hand in the whole set.",
  after_due: "Answers stay hidden until the due date, so early finishers cannot share them.",
};

/** Opening now, due a week later at 17:00, in the teacher's own calendar (as Date values; the
 * form writes them with toLocalInput). */
export function defaultWindow(now: Date): { opens: Date; due: Date } {
  const due = new Date(now);
  due.setDate(due.getDate() + 7);
  due.setHours(17, 0, 0, 0);
  return { opens: new Date(now), due };
}

/** The field an edit clears the error of: the attempts box and its checkbox share one. */
export function errorFieldOf(key: keyof AssignFormValues): string {
  return key === "attempts" || key === "unlimited" ? "attemptsAllowed" : String(key);
}

/** What the form refuses before sending, per field; `badInput` names the date fields the
 * browser could not read. */
export function localProblems(
  form: AssignFormValues,
  badInput: { opensAt: boolean; dueAt: boolean },
): Record<string, string> {
  const local: Record<string, string> = {};
  if (!form.setId) local.setId = "Choose the set to assign.";
  if (!form.classId) local.classId = "Choose the class to assign it to.";
  if (badInput.opensAt)
    local.opensAt = "Enter a complete date and time, or clear the field to open it now.";
  if (badInput.dueAt)
    local.dueAt = "Enter a complete date and time, or clear the field for no due date.";
  const attempts = Number(form.attempts);
  if (!form.unlimited && (form.attempts.trim() === "" || !Number.isFinite(attempts)))
    local.attemptsAllowed = "Enter how many attempts each student has, or choose unlimited.";
  return local;
}

/** What assignments.create receives. */
export function assignInput(form: AssignFormValues) {
  return {
    classId: form.classId,
    setId: form.setId,
    ...(form.title.trim() ? { title: form.title.trim() } : {}),
    ...(form.opensAt ? { opensAt: new Date(form.opensAt) } : {}),
    dueAt: form.dueAt ? new Date(form.dueAt) : null,
    attemptsAllowed: form.unlimited ? null : Number(form.attempts),
    shuffleQuestions: form.shuffleQuestions,
    shuffleOptions: form.shuffleOptions,
    feedback: form.feedback,
  };
}

/** When students can take it, in plain words (opening, then due); null while a date cannot be
 * read. */
export function windowText(
  opensAt: string,
  dueAt: string,
  now: Date,
  formatDate: (d: Date) => string,
): [string, string] | null {
  const opens = opensAt ? new Date(opensAt) : now;
  const due = dueAt ? new Date(dueAt) : null;
  if (Number.isNaN(opens.getTime()) || (due && Number.isNaN(due.getTime()))) return null;
  return [
    opensAt ? `Opens ${formatDate(opens)}` : "Opens as soon as you assign it",
    due ? `, due ${formatDate(due)}.` : ", with no due date.",
  ];
}
