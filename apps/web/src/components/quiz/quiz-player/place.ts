// The player's pure rules: where a student starts or carries on, an attempt with a newly saved
// answer, which option a key picks, and what the save status says.
import type { OutboxEntry, SavedPlace } from "../attempt-storage";
import type { SaveState } from "../use-answer-outbox";
import { isChoiceType, type AnswerFeedback, type AttemptView, type QuizQuestion } from "../types";
import { plural } from "~/components/ui/format";

type PlaceAttempt = Pick<AttemptView, "questions" | "answers">;

/**
 * The first question from `from` on (then from the start) with no answer, saved or waiting; the
 * finish step when every question has one.
 */
export function firstOpen(
  attempt: PlaceAttempt,
  pending: readonly OutboxEntry[],
  from = 0,
): number {
  const open = (i: number) => {
    const q = attempt.questions[i]!;
    return !attempt.answers[q.id] && !pending.some((e) => e.questionId === q.id);
  };
  const n = attempt.questions.length;
  for (let k = 0; k < n; k += 1) if (open((from + k) % n)) return (from + k) % n;
  return n;
}

/** Where a reload puts the student: the question they were on; if it is already answered (or
 * waiting to send), the next one still open. */
export function restoredPosition(
  attempt: PlaceAttempt,
  place: Pick<SavedPlace, "position"> | null,
  pending: readonly OutboxEntry[],
): number {
  const total = attempt.questions.length;
  const saved = place ? Math.min(Math.max(0, Math.floor(place.position)), total) : 0;
  const question = attempt.questions[saved];
  const done =
    !question ||
    !!attempt.answers[question.id] ||
    pending.some((e) => e.questionId === question.id);
  return done ? firstOpen(attempt, pending, saved) : saved;
}

export function withSavedAnswer(
  old: AttemptView,
  entry: OutboxEntry,
  feedback: AnswerFeedback | null,
): AttemptView {
  const existing = old.answers[entry.questionId];
  return {
    ...old,
    answeredCount: existing ? old.answeredCount : old.answeredCount + 1,
    answers: {
      ...old.answers,
      [entry.questionId]: existing
        ? { ...existing, feedback: feedback ?? existing.feedback }
        : { given: entry.response, answeredAt: new Date(), feedback },
    },
  };
}

/** The option a key picks: 1–9 or A–I for choices, T/F (or 1/2, A/B) for true or false. */
export function optionForKey(q: QuizQuestion, key: string): number | null {
  const k = key.toLowerCase();
  if (q.type === "true_false") {
    if (k === "t" || k === "1" || k === "a") return 0;
    if (k === "f" || k === "2" || k === "b") return 1;
    return null;
  }
  if (!isChoiceType(q.type)) return null;
  const n = q.options?.length ?? 0;
  const i = /^[1-9]$/.test(k) ? Number(k) - 1 : /^[a-i]$/.test(k) ? k.charCodeAt(0) - 97 : -1;
  return i >= 0 && i < n ? i : null;
}

/** The save status in words, short enough for two lines on a phone. */
export function saveStatusText(state: SaveState, waiting: number, answered: number): string {
  const answers = plural(waiting, "answer");
  return state === "sending"
    ? "Saving…"
    : state === "offline"
      ? `Offline: ${answers} waiting`
      : state === "retrying"
        ? `Can't reach StudyKit: ${answers} waiting`
        : state === "signed_out"
          ? `Signed out: ${answers} waiting`
          : answered > 0
            ? "All answers saved"
            : "Answers save as you go";
}

/** A prompt cut to 90 characters for the list of unanswered questions. */
export function shortPrompt(prompt: string): string {
  return prompt.length > 90 ? `${prompt.slice(0, 90)}…` : prompt;
}

/** What the player says when the server refuses an answer to question `n`, and whether the
 * answer goes back into the form to be sent again. */
export function rejectionNotice(
  code: string | null,
  n: number,
  description: string,
): { text: string; backInForm: boolean } {
  if (code === "CONFLICT")
    return {
      text: `Question ${n} already had an answer, perhaps from another tab or device. That first answer is the one kept.`,
      backInForm: false,
    };
  if (code === "PRECONDITION_FAILED")
    return {
      text: `This attempt was already submitted, so your answer to question ${n} wasn't added.`,
      backInForm: false,
    };
  return {
    text: `Your answer to question ${n} couldn't be saved: ${description} It's back in the form: please submit it again.`,
    backInForm: true,
  };
}
