// The finish step: what is still unanswered or waiting to send, what the results will show,
// and "Finish and see results" once every answer is in.
import { buttonClass } from "~/components/ui/button";
import { plural } from "~/components/ui/format";
import { Notice } from "~/components/ui/notice";
import type { AttemptView, QuizQuestion } from "../types";
import type { SaveState } from "../use-answer-outbox";
import { shortPrompt } from "./place";

export function FinishStep({
  attempt,
  headingRef,
  unanswered,
  waiting,
  saveState,
  onGo,
  onRetry,
  finishing,
  finishError,
  onFinish,
}: {
  attempt: AttemptView;
  headingRef: React.Ref<HTMLHeadingElement>;
  unanswered: { q: QuizQuestion; i: number }[];
  waiting: number;
  saveState: SaveState;
  onGo: (i: number) => void;
  onRetry: () => void;
  finishing: boolean;
  finishError: string | null;
  onFinish: () => void;
}) {
  const total = attempt.questions.length;
  return (
    <div className="space-y-4">
      <h2 ref={headingRef} tabIndex={-1} className="text-xl font-bold">
        Review and finish
      </h2>
      <p className="text-slate-800">
        You&apos;ve answered {total - unanswered.length} of {total} questions.
      </p>
      {unanswered.length > 0 && (
        <Notice
          size="lg"
          role={null}
          tone="warning"
          title={`${plural(unanswered.length, "question")} without an answer`}
        >
          <p>Unanswered questions score zero. Go back to answer them, or finish anyway.</p>
          <ul className="mt-2 space-y-1">
            {unanswered.map(({ q, i }) => (
              <li key={q.id}>
                <button
                  type="button"
                  onClick={() => onGo(i)}
                  className="text-left text-brand-800 underline"
                >
                  Question {i + 1}: {shortPrompt(q.prompt)}
                </button>
              </li>
            ))}
          </ul>
        </Notice>
      )}
      {waiting > 0 && (
        <Notice
          size="lg"
          role={null}
          tone="info"
          title={`${plural(waiting, "answer")} still to send`}
        >
          <p>
            {saveState === "sending"
              ? "Sending now…"
              : "They're kept on this device and will be sent when the connection is back. You can finish once they're in."}
          </p>
          {saveState !== "sending" && (
            <button type="button" onClick={onRetry} className="mt-2 text-brand-800 underline">
              Try sending now
            </button>
          )}
        </Notice>
      )}
      <p className="text-slate-700">
        {attempt.feedbackTiming === "immediately"
          ? "Your results page lists every question with its answer."
          : attempt.feedbackTiming === "after_submit"
            ? "You'll see the right answers as soon as you finish."
            : "You'll see your score now; the right answers come after the due date."}
      </p>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          className={buttonClass("primary", "lg")}
          disabled={waiting > 0 || finishing}
          aria-busy={finishing}
          onClick={onFinish}
        >
          {finishing ? "Finishing…" : "Finish and see results"}
        </button>
        {unanswered[0] && (
          <button
            type="button"
            className={buttonClass("secondary", "lg")}
            onClick={() => onGo(unanswered[0]!.i)}
          >
            Go to question {unanswered[0].i + 1}
          </button>
        )}
      </div>
      <p role="alert" className="min-h-6 font-medium text-red-800">
        {finishError && `Couldn't finish: ${finishError} Your answers are saved.`}
      </p>
    </div>
  );
}
