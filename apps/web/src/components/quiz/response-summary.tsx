// A student's given answer in words, as the review lists it.
import { asResponse } from "./responses";
import type { QuizQuestion } from "./types";

export function ResponseSummary({ question, given }: { question: QuizQuestion; given: unknown }) {
  const r = asResponse(given);
  if (!r) return <span className="text-slate-600 italic">Not answered</span>;
  switch (r.type) {
    case "choice":
      return <span>{r.option}</span>;
    case "true_false":
      return <span>{r.value ? "True" : "False"}</span>;
    case "text":
      return <span>{r.text}</span>;
    case "matching":
      return (
        <ul className="mt-1 list-disc space-y-1 pl-6">
          {r.pairs.map((p) => (
            <li key={p.left}>
              <span className="font-medium">{p.left}</span> → {p.right}
            </li>
          ))}
        </ul>
      );
    case "self_assessment":
      return (
        <span className="block">
          <span className="block whitespace-pre-wrap">{r.text || "(no text)"}</span>
          <span className="mt-1 block text-sm text-slate-700">
            You said it covers {r.rubricPointsMet} of {question.rubric?.length ?? 0} points.
          </span>
        </span>
      );
  }
}
