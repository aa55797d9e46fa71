// Picking a set from a mix: "10 questions: 4 multiple choice, 3 true/false, 3 cloze, medium".
import type { Difficulty, QuestionType } from "@studykit/content";

export interface BankQuestion {
  id: string;
  type: QuestionType;
  difficulty: Difficulty;
  factIds: string[];
  /** The generator's quality score, 0..1; null for a teacher's imported question. */
  score: number | null;
  /** The kit's order (best first), to break ties. */
  position: number;
}

/**
 * Best first: by score, highest first; unscored (imported) questions after every scored one;
 * ties in the kit's order.
 */
export function byScore(
  a: Pick<BankQuestion, "score" | "position">,
  b: Pick<BankQuestion, "score" | "position">,
): number {
  return (b.score ?? -1) - (a.score ?? -1) || a.position - b.position;
}

export interface MixRecipe {
  count: number;
  /** How many of each type; the rest of `count` is filled from any type. */
  types?: Partial<Record<QuestionType, number>>;
  difficulty?: Difficulty;
}

/** Why the bank cannot fill a mix, as numbers a page can put into its own words. */
export type MixShortfall = (
  | { kind: "types_exceed_count"; requested: number; count: number }
  | {
      kind: "bank_short";
      difficulty: Difficulty | null;
      /** How many more of each type asked for, in the order asked. */
      types: { type: QuestionType; more: number }[];
      /** How many more of any type, when every type asked for could be filled. */
      more: number;
    }
) & {
  /** The article's questions not accepted yet, which do not count (the router fills it in). */
  notAccepted: number;
};

export class MixShortfallError extends Error {
  constructor(
    message: string,
    readonly shortfall: MixShortfall,
  ) {
    super(message);
  }
}

/**
 * Picks questions for a recipe, best first (see byScore), spreading them over the article's facts
 * (no two on one fact while others remain). Returns them best first. Throws when the bank cannot
 * fill it.
 */
export function pickMix(bank: readonly BankQuestion[], recipe: MixRecipe): string[] {
  const eligible = bank
    .filter((q) => !recipe.difficulty || q.difficulty === recipe.difficulty)
    .sort(byScore);
  const picked: BankQuestion[] = [];
  const usedFacts = new Set<string>();
  const take = (pool: BankQuestion[], n: number) => {
    for (const pass of [0, 1]) {
      for (const q of pool) {
        if (n <= 0) return 0;
        if (picked.includes(q)) continue;
        // First pass: only questions on facts not yet covered.
        if (pass === 0 && q.factIds.some((f) => usedFacts.has(f))) continue;
        picked.push(q);
        q.factIds.forEach((f) => usedFacts.add(f));
        n--;
      }
    }
    return n;
  };
  const requested = Object.entries(recipe.types ?? {}) as [QuestionType, number][];
  const perType = requested.reduce((sum, [, n]) => sum + n, 0);
  if (perType > recipe.count) {
    throw new MixShortfallError(
      `the types add up to ${perType}, more than the ${recipe.count} asked for`,
      { kind: "types_exceed_count", requested: perType, count: recipe.count, notAccepted: 0 },
    );
  }
  const short: string[] = [];
  const shortTypes: { type: QuestionType; more: number }[] = [];
  for (const [type, n] of requested) {
    const left = take(
      eligible.filter((q) => q.type === type),
      n,
    );
    if (left > 0) {
      short.push(`${left} more ${type.replace("_", " ")}`);
      shortTypes.push({ type, more: left });
    }
  }
  const rest = take(eligible, recipe.count - picked.length);
  if (short.length || rest > 0) {
    const what = short.length ? short.join(", ") : `${rest} more questions`;
    throw new MixShortfallError(
      `the question bank cannot fill this mix${recipe.difficulty ? ` at ${recipe.difficulty} difficulty` : ""}: it needs ${what}`,
      {
        kind: "bank_short",
        difficulty: recipe.difficulty ?? null,
        types: shortTypes,
        more: short.length ? 0 : rest,
        notAccepted: 0,
      },
    );
  }
  return picked.sort(byScore).map((q) => q.id);
}
