// Grading a learner's response to a question. Pure: the API stores what this returns.
import { normalise } from "./validate";
import type { MatchingPair, Question } from "./types";

/** What a learner can submit, by question type. */
export type ResponseValue =
  | { type: "choice"; option: string }
  | { type: "true_false"; value: boolean }
  | { type: "text"; text: string }
  | { type: "matching"; pairs: MatchingPair[] }
  /** Open questions are self-assessed against the rubric: how many points were met. */
  | { type: "self_assessment"; rubricPointsMet: number };

export interface Grade {
  correct: boolean;
  /** 0..1; partial credit for matching and open questions. */
  score: number;
}

export class GradingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GradingError";
  }
}

/** Edit distance, stopping early once it exceeds `max`. */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return false;
    prev = row;
  }
  return prev[b.length]! <= max;
}

/** A typed answer matches when it equals an accepted one, forgiving case, punctuation and one typo in longer words. */
export function matchesTypedAnswer(typed: string, accepted: readonly string[]): boolean {
  const t = normalise(typed).replace(/^the /, "");
  if (!t) return false;
  return accepted.some((a) => {
    const n = normalise(a).replace(/^the /, "");
    return n === t || (n.length >= 6 && !/\d/.test(n) && withinEdits(t, n, 1));
  });
}

function expect<T extends ResponseValue["type"]>(
  response: ResponseValue,
  type: T,
  question: Question,
): Extract<ResponseValue, { type: T }> {
  if (response.type !== type) {
    throw new GradingError(
      `a ${question.type} question takes a ${type} response, not ${response.type}`,
    );
  }
  return response as Extract<ResponseValue, { type: T }>;
}

/** Grades one response; throws GradingError when the response does not fit the question. */
export function gradeResponse(question: Question, response: ResponseValue): Grade {
  switch (question.type) {
    case "multiple_choice":
    case "numeric":
    case "attribution": {
      const { option } = expect(response, "choice", question);
      if (!question.options.includes(option))
        throw new GradingError("that option is not one of the question's options");
      const correct = option === question.answer;
      return { correct, score: correct ? 1 : 0 };
    }
    case "true_false": {
      const { value } = expect(response, "true_false", question);
      const correct = value === question.answer;
      return { correct, score: correct ? 1 : 0 };
    }
    case "cloze": {
      const { text } = expect(response, "text", question);
      const correct = matchesTypedAnswer(text, [question.answer, ...question.acceptableAnswers]);
      return { correct, score: correct ? 1 : 0 };
    }
    case "matching": {
      const { pairs } = expect(response, "matching", question);
      const { left, right } = question.options;
      const seenLeft = new Set<string>();
      for (const p of pairs) {
        if (!left.includes(p.left) || !right.includes(p.right))
          throw new GradingError("a pair uses an item the question does not have");
        if (seenLeft.has(p.left)) throw new GradingError(`"${p.left}" is matched twice`);
        seenLeft.add(p.left);
      }
      const key = new Map(question.answer.map((p) => [p.left, p.right]));
      const right_ = pairs.filter((p) => key.get(p.left) === p.right).length;
      const score = right_ / question.answer.length;
      return { correct: score === 1, score };
    }
    case "open": {
      const { rubricPointsMet } = expect(response, "self_assessment", question);
      const points = question.rubric.length;
      if (!Number.isInteger(rubricPointsMet) || rubricPointsMet < 0 || rubricPointsMet > points) {
        throw new GradingError(`rubric points met must be a whole number from 0 to ${points}`);
      }
      const score = rubricPointsMet / points;
      // Meeting most of the rubric counts as answering well.
      return { correct: score >= 0.75, score };
    }
  }
}
