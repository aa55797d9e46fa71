// An attempt's layout: which questions, in what order, with what option order. Stored with the
// attempt so a reload shows exactly the same quiz.
import { randomInt } from "node:crypto";

export interface AttemptLayout {
  questionIds: string[];
  optionOrders?: Record<string, number[]>;
}

export type RandomInt = (maxExclusive: number) => number;

/** Fisher–Yates with an injectable source of randomness. */
export function shuffle<T>(items: readonly T[], random: RandomInt = randomInt): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function buildLayout(
  questions: readonly { id: string; optionCount: number }[],
  settings: { shuffleQuestions: boolean; shuffleOptions: boolean },
  random: RandomInt = randomInt,
): AttemptLayout {
  const ordered = settings.shuffleQuestions ? shuffle(questions, random) : [...questions];
  const layout: AttemptLayout = { questionIds: ordered.map((q) => q.id) };
  if (settings.shuffleOptions) {
    layout.optionOrders = {};
    for (const q of ordered) {
      if (q.optionCount > 1) {
        layout.optionOrders[q.id] = shuffle(
          Array.from({ length: q.optionCount }, (_, i) => i),
          random,
        );
      }
    }
  }
  return layout;
}

export function parseLayout(value: unknown): AttemptLayout {
  const v = value as Partial<AttemptLayout> | null;
  return {
    questionIds: Array.isArray(v?.questionIds) ? v.questionIds.map(String) : [],
    ...(v?.optionOrders ? { optionOrders: v.optionOrders } : {}),
  };
}
