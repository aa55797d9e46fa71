// A bank question as an editable draft: the draft of a question, only what changed in the shapes
// editQuestion takes, and which field a validator message is about.
import type { Difficulty, Question } from "@studykit/content";
import { sentence, type ApiProblem } from "~/lib/api-error";

export type Field =
  "prompt" | "options" | "answer" | "explanation" | "difficulty" | "acceptableAnswers";

/** Which field a validator message is about, so it shows beside that field. */
export function fieldOfIssue(message: string): Field | null {
  const m = message.toLowerCase();
  if (m.includes("in the prompt") || m.includes("elsewhere in the prompt")) return "prompt";
  if (m.startsWith("prompt") || m.includes("blank outside") || m.includes("is asked as if"))
    return "prompt";
  if (m.includes("explanation")) return "explanation";
  if (m.includes("cloze") || m.includes("missing words")) return "answer";
  if (m.includes("option") || m.includes("matching") || m.includes("pair") || m.includes("answer"))
    return "options";
  if (m.includes("difficulty")) return "difficulty";
  return null;
}

const VALIDATOR_PREFIX = /^the edited question is not valid:\s*/i;

export interface Draft {
  prompt: string;
  explanation: string;
  difficulty: Difficulty;
  options: string[];
  answerIndex: number;
  trueFalse: boolean;
  clozeAnswer: string;
  acceptable: string;
  pairs: { left: string; right: string }[];
}

export function draftOf(q: Question): Draft {
  return {
    prompt: q.prompt,
    explanation: q.explanation,
    difficulty: q.difficulty,
    options:
      q.type === "multiple_choice" || q.type === "numeric" || q.type === "attribution"
        ? [...q.options]
        : [],
    answerIndex:
      q.type === "multiple_choice" || q.type === "numeric" || q.type === "attribution"
        ? Math.max(0, q.options.indexOf(q.answer))
        : 0,
    trueFalse: q.type === "true_false" ? q.answer : true,
    clozeAnswer: q.type === "cloze" ? q.answer : "",
    acceptable: q.type === "cloze" ? q.acceptableAnswers.join("\n") : "",
    pairs: q.type === "matching" ? q.answer.map((p) => ({ ...p })) : [],
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only what changed, in the shapes editQuestion takes. */
export function changesOf(q: Question, d: Draft) {
  const out: {
    prompt?: string;
    explanation?: string;
    difficulty?: Difficulty;
    options?: string[] | { left: string[]; right: string[] };
    answer?: string | boolean | { left: string; right: string }[];
    acceptableAnswers?: string[];
  } = {};
  if (d.prompt !== q.prompt) out.prompt = d.prompt;
  if (d.explanation !== q.explanation) out.explanation = d.explanation;
  if (d.difficulty !== q.difficulty) out.difficulty = d.difficulty;
  switch (q.type) {
    case "multiple_choice":
    case "numeric":
    case "attribution": {
      const answer = d.options[d.answerIndex] ?? "";
      if (!same(d.options, q.options)) out.options = d.options;
      if (answer !== q.answer || out.options) out.answer = answer;
      break;
    }
    case "true_false":
      if (d.trueFalse !== q.answer) out.answer = d.trueFalse;
      break;
    case "cloze": {
      if (d.clozeAnswer !== q.answer) out.answer = d.clozeAnswer;
      const acceptable = d.acceptable
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter(Boolean);
      if (!same(acceptable, q.acceptableAnswers)) out.acceptableAnswers = acceptable;
      break;
    }
    case "matching": {
      if (!same(d.pairs, q.answer)) {
        // Partners keep the shuffled order students see; only their words change.
        const right = q.options.right.map((r) => {
          const i = q.answer.findIndex((p) => p.right === r);
          return i >= 0 ? (d.pairs[i]?.right ?? r) : r;
        });
        out.options = { left: d.pairs.map((p) => p.left), right };
        out.answer = d.pairs;
      }
      break;
    }
    case "open":
      break;
  }
  return out;
}

/** A refused save's problems, each beside its field where one is named or can be told from the
 * validator's message; the rest for the form's notice. */
export function placeProblems(problem: ApiProblem): {
  fieldErrors: Partial<Record<Field, string>>;
  rest: string[];
} {
  const fieldErrors: Partial<Record<Field, string>> = {};
  for (const [k, v] of Object.entries(problem.fieldErrors)) fieldErrors[k as Field] = v;
  let rest: string[] = [];
  if (problem.code === "BAD_REQUEST" && problem.message && !Object.keys(fieldErrors).length) {
    const raw = problem.message.replace(/\.$/, "").replace(VALIDATOR_PREFIX, "");
    for (const issue of raw.split(/;\s*/)) {
      const field = fieldOfIssue(issue);
      if (field)
        fieldErrors[field] = [fieldErrors[field], sentence(issue)].filter(Boolean).join(" ");
      else rest.push(sentence(issue));
    }
  } else if (!Object.keys(fieldErrors).length && problem.message) {
    rest = [problem.message];
  }
  return { fieldErrors, rest };
}
