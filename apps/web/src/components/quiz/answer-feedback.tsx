// Feedback on one answer: right or not, the right answer, why, and where the article says it.
import { parseMatchingKey } from "./responses";
import { SourceInContext } from "./source-in-context";
import type { AnswerFeedback, ArticleView, QuizQuestion } from "./types";

export function feedbackHeadline(q: QuizQuestion, f: AnswerFeedback): string {
  if (q.type === "open") {
    const points = q.rubric?.length ?? 0;
    return `You covered ${Math.round(f.score * points)} of ${points} points`;
  }
  if (f.correct) return "Correct";
  if (q.type === "matching" && f.score > 0) {
    const n = q.matching?.left.length ?? 0;
    return `Partly right: ${Math.round(f.score * n)} of ${n} matched`;
  }
  return "Not quite";
}

export function AnswerFeedbackView({
  question,
  feedback,
  article,
  articleId,
  headingLevel = 3,
  headline,
}: {
  question: QuizQuestion;
  feedback: AnswerFeedback;
  article: ArticleView | undefined;
  articleId: string | null;
  headingLevel?: 3 | 4;
  /** Overrides the verdict, e.g. for a question left unanswered. */
  headline?: string;
}) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const good = question.type === "open" ? feedback.score >= 0.75 : feedback.correct;
  const partial = !good && feedback.score > 0;
  const tone = good
    ? "border-green-700 bg-green-50"
    : partial
      ? "border-amber-600 bg-amber-50"
      : "border-red-700 bg-red-50";
  return (
    <div className={`space-y-3 rounded-lg border-l-4 p-4 ${tone}`}>
      <Heading className="flex items-center gap-2 text-lg font-bold text-slate-950">
        <span aria-hidden="true">{good ? "✓" : partial ? "◐" : "✗"}</span>
        {headline ?? feedbackHeadline(question, feedback)}
      </Heading>
      {question.type === "matching" ? (
        <MatchingKey question={question} feedback={feedback} />
      ) : (
        <p className="text-slate-900">
          <span className="font-semibold">
            {question.type === "open" ? "A model answer: " : "The answer: "}
          </span>
          {feedback.correctAnswer}
        </p>
      )}
      {feedback.explanation && <p className="text-slate-800">{feedback.explanation}</p>}
      {feedback.sources.length > 0 && (
        <div>
          <p className="mb-1 text-sm font-semibold text-slate-800">Where the article says it</p>
          <SourceInContext article={article} articleId={articleId} sources={feedback.sources} />
        </div>
      )}
    </div>
  );
}

function MatchingKey({ question, feedback }: { question: QuizQuestion; feedback: AnswerFeedback }) {
  const key = parseMatchingKey(feedback.correctAnswer, question.matching?.left ?? []);
  if (!key)
    return (
      <p className="text-slate-900">
        <span className="font-semibold">The answer: </span>
        {feedback.correctAnswer}
      </p>
    );
  return (
    <div className="text-slate-900">
      <p className="font-semibold">The right matches:</p>
      <ul className="mt-1 list-disc space-y-1 pl-6">
        {[...key].map(([left, right]) => (
          <li key={left}>
            <span className="font-medium">{left}</span> → {right}
          </li>
        ))}
      </ul>
    </div>
  );
}
