// Overgenerate, then score and select (Heilman & Smith, 2010): every candidate that passed the
// validator gets a quality score from named features, and the best question on each of the
// article's top facts goes into the recommended set a teacher sees first.
import { canonicalKey, type Candidate } from "./distractors";
import type { FactUnit } from "./facts";
import type { Draft } from "./questions/draft";
import { isTopic, type Topic } from "./topic";
import type { QuestionType } from "./types";

/** What one question is scored on, each 0..1 (1 is best). */
export interface QuestionFeatures {
  /** How central the question's fact is to the article. */
  importance: number;
  /** The answer is a key term: a name, a number or an uncommon word, not everyday English. */
  keyAnswer: number;
  /** Share of the wrong options the article itself names (1 for types without options). */
  distractorsFromArticle: number;
  /** 1 up to 28 words of prompt, falling to 0 at 60. */
  length: number;
  /** How often the type makes a good question, from judged kits. */
  typePrior: number;
}

export const FEATURE_WEIGHTS: Record<keyof QuestionFeatures, number> = {
  importance: 0.4,
  keyAnswer: 0.15,
  distractorsFromArticle: 0.1,
  length: 0.15,
  typePrior: 0.2,
};

// Share of good questions per type in the judged kits (docs in src/quality/README.md).
const TYPE_PRIOR: Record<QuestionType, number> = {
  attribution: 0.9,
  cloze: 0.75,
  multiple_choice: 0.75,
  true_false: 0.6,
  open: 0.6,
  numeric: 0.4,
  matching: 0.3,
};

export interface SelectionContext {
  units: ReadonlyMap<string, FactUnit>;
  topic: Topic;
  pool: readonly Candidate[];
  /** Words in the article body. */
  wordCount: number;
}

function answerText(d: Draft): string | undefined {
  if (d.type === "multiple_choice" || d.type === "numeric" || d.type === "attribution")
    return d.answer;
  if (d.type === "cloze") return d.answer;
  if (d.type === "true_false") return d.substitution?.original;
  return undefined;
}

export function questionFeatures(d: Draft, ctx: SelectionContext): QuestionFeatures {
  const importance = Math.max(0, ...d.factIds.map((id) => ctx.units.get(id)?.fact.importance ?? 0));
  const answer = answerText(d);
  let keyAnswer = 0.6;
  if (answer !== undefined) {
    if (/\d/.test(answer)) keyAnswer = 0.9;
    else if (/\p{Lu}/u.test(answer)) keyAnswer = isTopic(ctx.topic, answer) ? 0 : 1;
    else keyAnswer = 0.5;
  }
  let distractorsFromArticle = 1;
  if (d.type === "multiple_choice" || d.type === "attribution") {
    const inArticle = new Set(ctx.pool.filter((c) => c.fromArticle).map((c) => c.key));
    const wrong = d.options.filter((o) => o !== d.answer);
    distractorsFromArticle =
      wrong.filter((o) => inArticle.has(canonicalKey(o))).length / wrong.length;
    if (d.type === "attribution") distractorsFromArticle = Math.max(0.5, distractorsFromArticle);
  }
  const words = d.prompt.split(/\s+/).length;
  const length = words <= 28 ? 1 : Math.max(0, 1 - (words - 28) / 32);
  return { importance, keyAnswer, distractorsFromArticle, length, typePrior: TYPE_PRIOR[d.type] };
}

export function scoreFeatures(f: QuestionFeatures): number {
  let s = 0;
  for (const k of Object.keys(FEATURE_WEIGHTS) as (keyof QuestionFeatures)[])
    s += FEATURE_WEIGHTS[k] * f[k];
  return Math.round(s * 1000) / 1000;
}

/** How many questions an article of `words` words should recommend: one per ~50 words, 10 to 40. */
export function recommendedCount(words: number): number {
  return Math.max(10, Math.min(40, Math.round(words / 50)));
}

/** Below this score a question is a candidate for the teacher, never a recommendation. */
export const MIN_RECOMMENDED_SCORE = 0.5;

/**
 * The recommended set: best first, at most one question per fact and per source sentence (no
 * sibling gives another away), no type more than 40% of the set, and at least four types where
 * the candidates allow. Returns the indices (into `scored`) that are recommended.
 */
export function selectRecommended(
  scored: readonly { draft: Draft; score: number }[],
  target: number,
): Set<number> {
  const order = scored
    .map((s, i) => ({ ...s, i }))
    .filter((s) => s.score >= MIN_RECOMMENDED_SCORE)
    .sort((a, b) => b.score - a.score || a.i - b.i);
  const maxPerType = Math.max(3, Math.ceil(target * 0.4));
  const picked: typeof order = [];
  const usedFacts = new Set<string>();
  const usedSentences = new Set<string>();
  const perType = new Map<QuestionType, number>();
  const fits = (s: (typeof order)[number]) =>
    !s.draft.factIds.some((f) => usedFacts.has(f)) &&
    !s.draft.sourceSentenceIds.some((id) => usedSentences.has(id));
  const take = (s: (typeof order)[number]) => {
    picked.push(s);
    s.draft.factIds.forEach((f) => usedFacts.add(f));
    s.draft.sourceSentenceIds.forEach((id) => usedSentences.add(id));
    perType.set(s.draft.type, (perType.get(s.draft.type) ?? 0) + 1);
  };
  // First the best question of each type, so the set mixes types where it can.
  const types = [...new Set(order.map((s) => s.draft.type))];
  for (const type of types) {
    if (picked.length >= target) break;
    const best = order.find((s) => s.draft.type === type && fits(s));
    if (best) take(best);
  }
  for (const s of order) {
    if (picked.length >= target) break;
    if (picked.includes(s) || !fits(s)) continue;
    if ((perType.get(s.draft.type) ?? 0) >= maxPerType) continue;
    take(s);
  }
  return new Set(picked.map((s) => s.i));
}
