// One button per question, marked answered, waiting to send or open, and one for the finish
// step.
import type { QuizQuestion } from "../types";

export function QuestionNav({
  questions,
  position,
  status,
  onGo,
}: {
  questions: QuizQuestion[];
  position: number;
  status: (q: QuizQuestion) => "open" | "answered" | "waiting";
  onGo: (i: number) => void;
}) {
  const label = { open: "not answered", answered: "answered", waiting: "answer waiting to send" };
  return (
    <nav aria-label="Questions">
      <ol className="flex flex-wrap gap-1.5">
        {questions.map((q, i) => {
          const s = status(q);
          const here = i === position;
          return (
            <li key={q.id}>
              <button
                type="button"
                onClick={() => onGo(i)}
                aria-current={here ? "step" : undefined}
                aria-label={`Question ${i + 1}, ${label[s]}`}
                className={`flex size-9 items-center justify-center rounded-md border-2 text-sm font-semibold ${
                  s === "answered"
                    ? "border-slate-700 bg-slate-700 text-white"
                    : s === "waiting"
                      ? "border-amber-700 bg-amber-100 text-amber-950"
                      : "border-slate-300 bg-white text-slate-800"
                } ${here ? "ring-2 ring-brand-600 ring-offset-2" : ""}`}
              >
                {i + 1}
              </button>
            </li>
          );
        })}
        <li>
          <button
            type="button"
            onClick={() => onGo(questions.length)}
            aria-current={position === questions.length ? "step" : undefined}
            className={`flex h-9 items-center rounded-md border-2 border-slate-300 bg-white px-3 text-sm font-semibold text-slate-800 ${
              position === questions.length ? "ring-2 ring-brand-600 ring-offset-2" : ""
            }`}
          >
            Finish
          </button>
        </li>
      </ol>
    </nav>
  );
}
