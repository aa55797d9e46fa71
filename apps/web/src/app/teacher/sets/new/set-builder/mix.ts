// The mix form's arithmetic: what the teacher typed, as the API's recipe, and what it adds up to.
import type { Difficulty, QuestionType } from "@studykit/content";

/** The mix form as typed: numbers stay strings until the form is sent. */
export interface MixState {
  count: string;
  types: Partial<Record<QuestionType, string>>;
  difficulty: Difficulty | "";
}

/** The types given a whole number above zero, as numbers. */
export function requestedTypes(mix: MixState): Partial<Record<QuestionType, number>> {
  return Object.fromEntries(
    Object.entries(mix.types)
      .map(([t, n]) => [t, Number(n)] as const)
      .filter(([, n]) => Number.isInteger(n) && n > 0),
  ) as Partial<Record<QuestionType, number>>;
}

/** How the types asked for relate to the number of questions, in a sentence. */
export function typesSummary(requested: number, count: number): string {
  if (requested === 0) return `All ${count || "the"} questions are picked from any type.`;
  if (requested > count)
    return `The types add up to ${requested}, more than the ${count} asked for.`;
  if (requested === count) return `The types add up to all ${count} questions.`;
  const rest = count - requested;
  return `The types add up to ${requested}; the other ${rest} ${rest === 1 ? "is" : "are"} picked from any type.`;
}
