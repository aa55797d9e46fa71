// A question as a student meets it (prompt, options, the blank to fill), and, for the teacher,
// its answer, explanation and the article sentence it came from.
import type { Question } from "@studykit/content";
import { Badge } from "~/components/ui/badge";
import { DIFFICULTY_LABEL, QUESTION_TYPE_LABEL, STANCE_LABEL } from "~/lib/labels";

const LETTERS = "ABCDEFGHIJKL";

function Prompt({ q }: { q: Question }) {
  if (q.type !== "cloze") return <p className="text-lg font-medium">{q.prompt}</p>;
  const [before, ...rest] = q.prompt.split("____");
  return (
    <p className="text-lg font-medium">
      {before}
      <span
        className="mx-1 inline-block min-w-20 border-b-2 border-slate-700 align-baseline"
        role="img"
        aria-label="blank"
      >
        &nbsp;
      </span>
      {rest.join("____")}
    </p>
  );
}

function Choice({ letter, text, correct }: { letter: string; text: string; correct: boolean }) {
  return (
    <li
      className={`flex flex-wrap items-start gap-x-3 gap-y-1 rounded border px-3 py-2 ${
        correct ? "border-green-700 bg-green-50" : "border-slate-300 bg-white"
      }`}
    >
      <span
        aria-hidden="true"
        className="flex h-6 w-6 shrink-0 items-center justify-center rounded-full border border-slate-500 text-sm font-semibold"
      >
        {letter}
      </span>
      {/* Its natural width first: where the words and the badge do not fit side by side, the
          badge goes to the next line rather than over the words. */}
      <span className="min-w-0 flex-[1_1_auto] break-words">
        <span className="sr-only">{letter}: </span>
        {text}
      </span>
      {correct && (
        <span className="ml-auto shrink-0 text-sm font-semibold text-green-900">
          <span aria-hidden="true">✓ </span>Correct answer
        </span>
      )}
    </li>
  );
}

export function StudentView({ q, showAnswer }: { q: Question; showAnswer: boolean }) {
  switch (q.type) {
    case "multiple_choice":
    case "numeric":
    case "attribution":
      return (
        <div className="space-y-3">
          <Prompt q={q} />
          <ol className="space-y-2" aria-label="Options">
            {q.options.map((o, i) => (
              <Choice
                key={`${o}-${i}`}
                letter={LETTERS[i] ?? String(i + 1)}
                text={o}
                correct={showAnswer && o === q.answer}
              />
            ))}
          </ol>
        </div>
      );
    case "true_false":
      return (
        <div className="space-y-3">
          <Prompt q={q} />
          <ol className="grid grid-cols-2 gap-2" aria-label="Options">
            <Choice letter="T" text="True" correct={showAnswer && q.answer === true} />
            <Choice letter="F" text="False" correct={showAnswer && q.answer === false} />
          </ol>
        </div>
      );
    case "cloze":
      return (
        <div className="space-y-3">
          <Prompt q={q} />
          <div
            aria-hidden="true"
            className="rounded border border-slate-400 bg-white px-3 py-2 text-slate-700"
          >
            Type the missing words…
          </div>
          {showAnswer && (
            <p className="rounded border border-green-700 bg-green-50 px-3 py-2">
              <span className="font-semibold text-green-900">Missing words:</span> {q.answer}
              {q.acceptableAnswers.length > 0 && (
                <span className="block text-sm text-slate-800">
                  Also accepted: {q.acceptableAnswers.join(", ")}
                </span>
              )}
            </p>
          )}
        </div>
      );
    case "matching":
      return (
        <div className="space-y-3">
          <Prompt q={q} />
          <div className="grid gap-3 sm:grid-cols-2">
            <ol className="space-y-1" aria-label="Items to match">
              {q.options.left.map((l, i) => (
                <li key={l} className="rounded border border-slate-300 bg-white px-3 py-2">
                  <span className="font-semibold">{i + 1}.</span> {l}
                </li>
              ))}
            </ol>
            <ol className="space-y-1" aria-label="Partners, in the order students see them">
              {q.options.right.map((r, i) => (
                <li key={r} className="rounded border border-slate-300 bg-white px-3 py-2">
                  <span className="font-semibold">{LETTERS[i]}.</span> {r}
                </li>
              ))}
            </ol>
          </div>
          {showAnswer && (
            <div className="rounded border border-green-700 bg-green-50 px-3 py-2">
              <p className="font-semibold text-green-900">Correct pairs</p>
              <ul className="mt-1 space-y-0.5">
                {q.answer.map((p) => (
                  <li key={p.left}>
                    {p.left} <span aria-hidden="true">→</span>
                    <span className="sr-only">matches</span> {p.right}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      );
    case "open":
      return (
        <div className="space-y-3">
          <Prompt q={q} />
          <div
            aria-hidden="true"
            className="h-16 rounded border border-slate-400 bg-white px-3 py-2 text-slate-700"
          >
            Write your answer…
          </div>
          <div>
            <p className="font-medium">Students check their answer against:</p>
            <ul className="mt-1 list-disc pl-5">
              {q.rubric.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </div>
          {showAnswer && (
            <p className="rounded border border-green-700 bg-green-50 px-3 py-2">
              <span className="font-semibold text-green-900">Model answer:</span> {q.modelAnswer}
            </p>
          )}
        </div>
      );
  }
}

export function QuestionBadges({
  q,
  disabled,
  edited,
  recommended,
}: {
  q: Question;
  disabled?: boolean;
  edited?: boolean;
  /** In the generator's recommended set. */
  recommended?: boolean;
}) {
  return (
    <span className="flex flex-wrap gap-1.5">
      {recommended && <Badge tone="success">Recommended</Badge>}
      <Badge tone="brand">{QUESTION_TYPE_LABEL[q.type]}</Badge>
      <Badge>{DIFFICULTY_LABEL[q.difficulty]}</Badge>
      {q.stance !== "stated" && (
        <Badge tone="warning">
          {STANCE_LABEL[q.stance]}
          {q.attribution ? `: ${q.attribution}` : ""}
        </Badge>
      )}
      {edited && <Badge tone="success">Edited</Badge>}
      {disabled && <Badge tone="danger">Disabled</Badge>}
    </span>
  );
}

/** The explanation and the source sentences, quoted from the article. */
export function AnswerNotes({
  q,
  sentences,
}: {
  q: Question;
  sentences?: ReadonlyMap<string, string>;
}) {
  const sources = q.sourceSentenceIds
    .map((id) => sentences?.get(id))
    .filter((s): s is string => !!s);
  return (
    <div className="space-y-2 text-sm">
      <div>
        <p className="font-semibold">Explanation</p>
        <p className="text-slate-800">{q.explanation}</p>
      </div>
      {sources.length > 0 && (
        <div>
          <p className="font-semibold">Source in the article</p>
          {sources.map((s) => (
            <blockquote
              key={s}
              className="mt-1 border-l-4 border-brand-600 pl-3 text-slate-800 italic"
            >
              {s}
            </blockquote>
          ))}
        </div>
      )}
    </div>
  );
}
