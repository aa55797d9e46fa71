// Turning a draft into a response the API accepts, and a given response back into words.
import { ANSWER_TEXT_LIMIT } from "@studykit/content/limits";
import { overLimitError } from "~/lib/character-limit";
import { FALLBACK_LOCALE } from "~/lib/locale-format";
import type { Draft } from "./attempt-storage";
import { isChoiceType, type AnswerResponse, type QuizQuestion } from "./types";

export type BuiltResponse = { response: AnswerResponse } | { error: string };

/** `locale` writes the numbers of a refusal ("11,280 characters"). */
export function buildResponse(
  q: QuizQuestion,
  draft: Draft,
  locale = FALLBACK_LOCALE,
): BuiltResponse {
  if (isChoiceType(q.type)) {
    if (!draft.option || !q.options?.includes(draft.option))
      return { error: "Choose an answer first. You can press 1–4 or A–D." };
    return { response: { type: "choice", option: draft.option } };
  }
  switch (q.type) {
    case "true_false":
      if (draft.value === undefined)
        return { error: "Choose True or False first. You can press T or F." };
      return { response: { type: "true_false", value: draft.value } };
    case "cloze": {
      const text = (draft.text ?? "").trim();
      if (!text) return { error: "Type the missing words in the box first." };
      const tooLong = overLimitError(text.length, ANSWER_TEXT_LIMIT.text, locale);
      if (tooLong) return { error: tooLong };
      return { response: { type: "text", text } };
    }
    case "matching": {
      const left = q.matching?.left ?? [];
      const pairs = draft.pairs ?? {};
      const missing = left.filter((l) => !pairs[l]);
      if (missing.length)
        return {
          error:
            missing.length === 1
              ? `Match “${missing[0]}” too.`
              : `Match every item first: ${missing.length} still need a match.`,
        };
      const used = new Map<string, string>();
      for (const l of left) {
        const r = pairs[l]!;
        if (used.has(r))
          return { error: `“${used.get(r)}” and “${l}” have the same match. Each fits only one.` };
        used.set(r, l);
      }
      return {
        response: { type: "matching", pairs: left.map((l) => ({ left: l, right: pairs[l]! })) },
      };
    }
    case "open": {
      const text = (draft.text ?? "").trim();
      if (!text) return { error: "Write your answer first, then tick the points it covers." };
      const tooLong = overLimitError(text.length, ANSWER_TEXT_LIMIT.self_assessment, locale);
      if (tooLong) return { error: tooLong };
      const points = q.rubric?.length ?? 0;
      const met = new Set((draft.met ?? []).filter((i) => i >= 0 && i < points)).size;
      return {
        response: { type: "self_assessment", rubricPointsMet: met, text },
      };
    }
    default:
      return { error: "This kind of question can't be answered here." };
  }
}

/** The draft a given response corresponds to, so a refused answer can be shown again. */
export function draftFromResponse(q: QuizQuestion, response: AnswerResponse): Draft {
  switch (response.type) {
    case "choice":
      return { option: response.option };
    case "true_false":
      return { value: response.value };
    case "text":
      return { text: response.text };
    case "matching":
      return { pairs: Object.fromEntries(response.pairs.map((p) => [p.left, p.right])) };
    case "self_assessment": {
      const met = Array.from({ length: response.rubricPointsMet }, (_, i) => i);
      return { text: response.text ?? "", met: met.filter((i) => i < (q.rubric?.length ?? 0)) };
    }
  }
}

/** A stored answer (the API returns it untyped) as a response, when it is one. */
export function asResponse(given: unknown): AnswerResponse | null {
  if (!given || typeof given !== "object" || !("type" in given)) return null;
  return given as AnswerResponse;
}

/** The student's answer in words, for review. */
export function describeResponse(q: QuizQuestion, given: unknown): string {
  const r = asResponse(given);
  if (!r) return "No answer";
  switch (r.type) {
    case "choice":
      return r.option;
    case "true_false":
      return r.value ? "True" : "False";
    case "text":
      return r.text;
    case "matching":
      return r.pairs.map((p) => `${p.left} → ${p.right}`).join("; ");
    case "self_assessment":
      return r.text ?? "";
  }
}

/** Matching feedback gives the key as "left → right; …"; read it back per left item. */
export function parseMatchingKey(
  correctAnswer: string,
  left: readonly string[],
): Map<string, string> | null {
  const key = new Map<string, string>();
  for (const part of correctAnswer.split("; ")) {
    const at = part.indexOf(" → ");
    if (at < 0) return null;
    key.set(part.slice(0, at), part.slice(at + 3));
  }
  return left.every((l) => key.has(l)) ? key : null;
}
