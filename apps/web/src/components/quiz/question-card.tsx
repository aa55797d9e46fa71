"use client";
// One question of the player: its prompt, the answer controls, the actions and the feedback.
// The feedback area keeps its space from the start and sits below the actions, so when
// feedback arrives nothing above it moves.
import type { Ref } from "react";
import { AnswerFeedbackView } from "./answer-feedback";
import type { Draft } from "./attempt-storage";
import {
  ChoiceInput,
  ClozeInput,
  ClozePrompt,
  MatchingInput,
  OpenInput,
  OPTION_LETTERS,
  TrueFalseInput,
} from "./question-inputs";
import {
  isChoiceType,
  type AnswerFeedback,
  type AnswerResponse,
  type ArticleView,
  type AttemptView,
  type QuizQuestion,
} from "./types";
import type { SaveState } from "./use-answer-outbox";
import { buttonClass } from "~/components/ui/button";
import { QUESTION_TYPE_LABEL } from "~/lib/labels";

export interface QuestionAnswer {
  given: AnswerResponse | null;
  feedback: AnswerFeedback | null;
  /** Kept on the device, not yet acknowledged by the server. */
  pending: boolean;
}

function keyboardHint(q: QuizQuestion, answered: boolean): string {
  if (answered) return "Press Enter for the next question.";
  const n = q.options?.length ?? 0;
  if (isChoiceType(q.type))
    return `Press 1–${n} or A–${OPTION_LETTERS[n - 1] ?? "D"} to choose, then Enter to submit.`;
  switch (q.type) {
    case "true_false":
      return "Press T or F to choose, then Enter to submit.";
    case "cloze":
      return "Type the missing words, then press Enter.";
    case "matching":
      return "Choose a match for each item, then submit.";
    case "open":
      return "Write your answer, tick the points it covers, then submit.";
    default:
      return "";
  }
}

export function QuestionCard({
  question: q,
  index,
  total,
  draft,
  onDraft,
  answer,
  attempt,
  article,
  error,
  saveState,
  onSubmit,
  onNext,
  onPrevious,
  onSkip,
  headingRef,
  nextRef,
  feedbackRef,
}: {
  question: QuizQuestion;
  index: number;
  total: number;
  draft: Draft;
  onDraft: (draft: Draft) => void;
  answer: QuestionAnswer | null;
  attempt: AttemptView;
  article: ArticleView | undefined;
  error: string | null;
  saveState: SaveState;
  onSubmit: () => void;
  onNext: () => void;
  onPrevious: () => void;
  onSkip: () => void;
  headingRef: Ref<HTMLHeadingElement>;
  nextRef: Ref<HTMLButtonElement>;
  feedbackRef: Ref<HTMLElement>;
}) {
  const answered = answer !== null;
  const instantFeedback = attempt.feedbackTiming === "immediately";
  const ids = {
    heading: `question-${q.id}-heading`,
    prompt: `question-${q.id}-prompt`,
    hint: `question-${q.id}-hint`,
    error: `question-${q.id}-error`,
  };
  const describedBy = [ids.hint, error ? ids.error : null].filter(Boolean).join(" ");
  const inputProps = {
    question: q,
    draft,
    onDraft,
    given: answer?.given ?? null,
    feedback: answer?.feedback ?? null,
    describedBy,
  };
  const isLast = index === total - 1;

  return (
    <form
      noValidate
      aria-labelledby={ids.heading}
      onSubmit={(e) => {
        e.preventDefault();
        if (answered) onNext();
        else onSubmit();
      }}
      className="space-y-4"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2
          id={ids.heading}
          ref={headingRef}
          tabIndex={-1}
          className="text-sm font-semibold tracking-wide text-slate-700 uppercase"
        >
          Question {index + 1} of {total}
        </h2>
        <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">
          {QUESTION_TYPE_LABEL[q.type]}
        </span>
      </div>

      {q.type === "cloze" ? (
        <>
          <ClozePrompt prompt={q.prompt} id={ids.prompt} />
          <ClozeInput {...inputProps} promptId={ids.prompt} />
        </>
      ) : q.type === "open" ? (
        <>
          <p id={ids.prompt} className="text-lg text-slate-900">
            {q.prompt}
          </p>
          <OpenInput {...inputProps} />
        </>
      ) : (
        <fieldset className="space-y-3">
          <legend className="mb-3 text-lg text-slate-900">{q.prompt}</legend>
          {q.type === "true_false" ? (
            <TrueFalseInput {...inputProps} />
          ) : q.type === "matching" ? (
            <MatchingInput {...inputProps} />
          ) : (
            <ChoiceInput {...inputProps} />
          )}
        </fieldset>
      )}

      {/* Keyboard hints: one line on wider screens, none on phones or touch screens. */}
      <p id={ids.hint} className="hidden text-sm text-slate-600 sm:block pointer-coarse:hidden">
        {keyboardHint(q, answered)}
      </p>

      {/* On a phone the buttons, and why a submit was refused, stay at the bottom of the screen
          however long the question is; from sm up they sit in the flow as before. */}
      <div className="sticky bottom-0 z-10 -mx-4 space-y-2 border-t border-slate-200 bg-slate-50/95 px-4 pt-2 pb-3 sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:p-0">
        <p id={ids.error} role="alert" className="min-h-6 text-sm font-medium text-red-800">
          {error}
        </p>

        <div className="grid grid-cols-2 gap-3 sm:flex sm:items-center">
          <button
            type="button"
            className={buttonClass("secondary", "lg")}
            onClick={onPrevious}
            disabled={index === 0}
          >
            Previous
          </button>
          <button
            type="button"
            className={`${buttonClass("secondary", "lg")} sm:ml-auto ${answered ? "invisible" : ""}`}
            onClick={onSkip}
          >
            Skip for now
          </button>
          {answered ? (
            <button
              ref={nextRef}
              type="button"
              onClick={onNext}
              className={`${buttonClass("primary", "lg")} col-span-2 sm:min-w-48`}
            >
              {isLast ? "Review and finish" : "Next question"}
            </button>
          ) : (
            <button
              type="submit"
              className={`${buttonClass("primary", "lg")} col-span-2 sm:min-w-48`}
            >
              Submit answer
            </button>
          )}
        </div>
      </div>

      <section
        ref={feedbackRef}
        aria-label="Feedback"
        tabIndex={-1}
        className={instantFeedback ? "min-h-64 scroll-mt-4" : "min-h-12"}
      >
        {instantFeedback ? (
          answer?.feedback ? (
            <AnswerFeedbackView
              question={q}
              feedback={answer.feedback}
              article={article}
              articleId={attempt.articleId}
            />
          ) : answer ? (
            <PendingFeedback saveState={saveState} />
          ) : (
            <div className="flex min-h-64 items-center justify-center rounded-lg border-2 border-dashed border-slate-200 p-4 text-center text-slate-600">
              Submit your answer to see if it&apos;s right, and the sentence in the article it comes
              from.
            </div>
          )
        ) : (
          answer && (
            <p className="rounded-lg bg-slate-100 px-4 py-3 text-slate-800">
              {answer.pending
                ? "Your answer is kept on this device and being sent. "
                : "Your answer is saved. "}
              {attempt.feedbackAvailableAt || attempt.feedbackTiming === "after_due"
                ? "The right answers are shared after the due date."
                : "You'll see whether it's right when you finish."}
            </p>
          )
        )}
      </section>
    </form>
  );
}

function PendingFeedback({ saveState }: { saveState: SaveState }) {
  const offline = saveState === "offline" || saveState === "retrying" || saveState === "signed_out";
  return (
    <div className="flex min-h-64 flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed border-slate-300 p-4 text-center">
      {offline ? (
        <>
          <p className="font-semibold text-slate-900">Your answer is safe on this device</p>
          <p className="max-w-md text-slate-700">
            {saveState === "signed_out"
              ? "You've been signed out. Sign in again in another tab and it will be sent."
              : "It will be sent as soon as the connection is back, and you'll see the feedback then. You can carry on meanwhile."}
          </p>
        </>
      ) : (
        <p className="text-slate-700">Checking your answer…</p>
      )}
    </div>
  );
}
