"use client";
// One question under review: how students see it, with its answer and explanation, and the
// accept, edit, reject and back-to-pending buttons; the question editor in its place while editing.
import { QuestionEditor } from "~/components/teacher/question-editor/question-editor";
import { QuestionBadges, StudentView } from "~/components/teacher/question-preview";
import { Badge } from "~/components/ui/badge";
import { buttonClass } from "~/components/ui/button";
import { QUESTION_TYPE_LABEL } from "~/lib/labels";
import { SaveLine } from "./save-line";
import { STATUS_LABEL, STATUS_TONE } from "./status";
import type { ReviewQuestion, SaveState, Status } from "./types";

export function QuestionCard({
  q,
  number,
  factNumbers,
  canEdit,
  selected,
  editing,
  save,
  onSelect,
  onStatus,
  onEdit,
  onEditDone,
}: {
  q: ReviewQuestion;
  number: number;
  factNumbers: number[];
  canEdit: boolean;
  selected: boolean;
  editing: boolean;
  save?: SaveState;
  onSelect: () => void;
  onStatus: (status: Status) => void;
  onEdit: () => void;
  onEditDone: (saved: boolean) => void;
}) {
  const headingId = `review-q-${q.id}-heading`;
  const busy = save?.state === "saving";
  return (
    <li>
      <article
        id={`review-q-${q.id}`}
        tabIndex={0}
        aria-labelledby={headingId}
        aria-current={selected ? "true" : undefined}
        data-status={q.status}
        onFocus={(e) => {
          if (e.target === e.currentTarget || !selected) onSelect();
        }}
        onClick={() => !selected && onSelect()}
        className={`rounded-lg border p-4 ${q.status === "rejected" ? "bg-slate-50" : "bg-white"} ${selected ? "border-brand-600 ring-2 ring-brand-600" : "border-slate-300"}`}
      >
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h3 id={headingId} className="font-semibold">
            Question {number}
            <span className="sr-only">
              : {QUESTION_TYPE_LABEL[q.question.type]}, {STATUS_LABEL[q.status].toLowerCase()}
            </span>
          </h3>
          <span className="flex flex-wrap items-center gap-1.5">
            <Badge tone={STATUS_TONE[q.status]}>{STATUS_LABEL[q.status]}</Badge>
            <QuestionBadges q={q.question} edited={q.edited} disabled={q.disabled} />
          </span>
        </div>
        {editing ? (
          <QuestionEditor
            questionId={q.id}
            question={q.question}
            alternatives={q.alternativeDistractors ?? []}
            onCancel={() => onEditDone(false)}
            onSaved={() => onEditDone(true)}
          />
        ) : (
          <>
            <StudentView q={q.question} showAnswer />
            <div className="mt-3 text-sm">
              <p>
                <span className="font-semibold">Explanation: </span>
                {q.question.explanation}
              </p>
              {factNumbers.length > 1 && (
                <p className="mt-1 text-slate-700">
                  Built on key facts {factNumbers.join(" and ")}.
                </p>
              )}
              {q.sourceSentenceIds.length === 0 && (
                <p className="mt-1 text-slate-700">No source sentence in an article.</p>
              )}
            </div>
            {canEdit && (
              <div className="mt-3 flex flex-wrap gap-2">
                <button
                  type="button"
                  className={buttonClass(q.status === "accepted" ? "primary" : "secondary", "sm")}
                  aria-pressed={q.status === "accepted"}
                  disabled={busy}
                  onClick={() => onStatus("accepted")}
                >
                  {q.status === "accepted" ? "Accepted" : "Accept"}
                  <span className="sr-only"> question {number}</span>
                </button>
                <button type="button" className={buttonClass("secondary", "sm")} onClick={onEdit}>
                  Edit<span className="sr-only"> question {number}</span>
                </button>
                <button
                  type="button"
                  className={buttonClass("danger", "sm")}
                  aria-pressed={q.status === "rejected"}
                  disabled={busy}
                  onClick={() => onStatus("rejected")}
                >
                  {q.status === "rejected" ? "Rejected" : "Reject"}
                  <span className="sr-only"> question {number}</span>
                </button>
                {q.status !== "pending" && (
                  <button
                    type="button"
                    className={buttonClass("quiet", "sm")}
                    disabled={busy}
                    onClick={() => onStatus("pending")}
                  >
                    Back to pending<span className="sr-only"> (question {number})</span>
                  </button>
                )}
              </div>
            )}
            <SaveLine save={save} />
          </>
        )}
      </article>
    </li>
  );
}
