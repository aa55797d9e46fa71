// What every quiz format says after an answer, worked out once so all exports agree.
import type { Question } from "@studykit/content";

export const CORRECT_FEEDBACK = "Correct.";

/** The correct answer as a learner reads it. */
export function answerText(q: Question): string {
  switch (q.type) {
    case "multiple_choice":
    case "numeric":
    case "attribution":
    case "cloze":
      return q.answer;
    case "true_false":
      return q.answer ? "True" : "False";
    case "matching":
      return q.answer.map((p) => `${p.left}: ${p.right}`).join("; ");
    case "open":
      return q.modelAnswer;
  }
}

/** Feedback for a wrong answer: names the right one. */
export function incorrectFeedback(q: Question): string {
  return `Not quite. The answer is: ${answerText(q)}`;
}

/** A short, file-name-safe version of a title. */
export function fileStem(title: string): string {
  const stem = title
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/\s+/g, "-")
    .toLowerCase()
    .slice(0, 60)
    .replace(/-+$/, "");
  return stem || "question-set";
}

/** A question's name in a question bank: its number and the start of its prompt. */
export function questionName(q: Question, index: number): string {
  const words = q.prompt.replace(/^(Fill in the blank|True or false):\s*/i, "");
  const short = words.length > 70 ? `${words.slice(0, 70).trimEnd()}…` : words;
  return `${String(index + 1).padStart(2, "0")} ${short}`;
}
