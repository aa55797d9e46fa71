// Item analysis as Moodle's quiz statistics define it: facility (mean score on the item) and
// discrimination (correlation of the item's score with the rest of the test), plus how often
// each option was chosen.

export interface AttemptScores {
  attemptId: string;
  /** Score 0..1 per question answered; unanswered questions count as 0. */
  scores: Map<string, number>;
  /** The option chosen per choice question, if any. */
  choices: Map<string, string>;
}

export interface ItemStatistics {
  questionId: string;
  /** Attempts that included the item. */
  attempts: number;
  /** Mean score on the item, 0..1; null without attempts. */
  facility: number | null;
  /** Pearson correlation of item score with the rest-of-test score, -1..1; null when undefined. */
  discrimination: number | null;
  /** How many attempts chose each option (choice questions only). */
  optionCounts: Record<string, number>;
}

function pearson(xs: number[], ys: number[]): number | null {
  const n = xs.length;
  if (n < 2) return null;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // No spread in either score: the correlation is undefined, as Moodle shows it.
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

const round = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);

export function analyseItems(
  questionIds: readonly string[],
  attempts: readonly AttemptScores[],
): ItemStatistics[] {
  return questionIds.map((questionId) => {
    const item: number[] = [];
    const rest: number[] = [];
    const optionCounts: Record<string, number> = {};
    for (const a of attempts) {
      const score = a.scores.get(questionId) ?? 0;
      let total = 0;
      for (const id of questionIds) total += a.scores.get(id) ?? 0;
      item.push(score);
      rest.push(total - score);
      const choice = a.choices.get(questionId);
      if (choice !== undefined) optionCounts[choice] = (optionCounts[choice] ?? 0) + 1;
    }
    const facility = item.length ? item.reduce((x, y) => x + y, 0) / item.length : null;
    return {
      questionId,
      attempts: item.length,
      facility: round(facility),
      discrimination: round(pearson(item, rest)),
      optionCounts,
    };
  });
}
