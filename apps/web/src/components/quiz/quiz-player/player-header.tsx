// Above the question: the attempt's kind, due date and title, how many are answered, whether
// the answers are saved, and the question buttons.
import { LocalTime } from "~/components/ui/time";
import type { AttemptView, QuizQuestion } from "../types";
import type { SaveState } from "../use-answer-outbox";
import { ProgressBar } from "./progress-bar";
import { QuestionNav } from "./question-nav";
import { SaveStatus } from "./save-status";

export function PlayerHeader({
  attempt,
  answeredCount,
  position,
  saveState,
  waiting,
  onDevice,
  onRetry,
  status,
  onGo,
}: {
  attempt: AttemptView;
  answeredCount: number;
  position: number;
  saveState: SaveState;
  /** Answers waiting to send. */
  waiting: number;
  onDevice: boolean;
  onRetry: () => void;
  status: (q: QuizQuestion) => "open" | "answered" | "waiting";
  onGo: (i: number) => void;
}) {
  const questions = attempt.questions;
  const total = questions.length;
  return (
    <header className="space-y-3">
      <div className="min-w-0">
        <p className="text-sm text-slate-600">
          {attempt.kind === "practice" ? "Practice" : "Assignment"}
          {attempt.dueAt && (
            <>
              {" · Due "}
              <LocalTime date={attempt.dueAt} />
            </>
          )}
        </p>
        <h1 className="text-xl font-bold sm:text-2xl">{attempt.title}</h1>
      </div>
      <div className="space-y-1.5">
        <div className="flex flex-col sm:flex-row sm:items-center sm:justify-between sm:gap-4">
          <p id="quiz-progress-label" className="text-sm font-medium text-slate-800">
            {answeredCount} of {total} answered
          </p>
          <SaveStatus
            state={saveState}
            waiting={waiting}
            answered={answeredCount}
            onDevice={onDevice}
            onRetry={onRetry}
          />
        </div>
        <ProgressBar answered={answeredCount} total={total} />
        <p className="text-sm text-slate-600">Once submitted, an answer can&apos;t be changed.</p>
      </div>
      <QuestionNav questions={questions} position={position} status={status} onGo={onGo} />
    </header>
  );
}
