// Reading an item analysis: what a discrimination index says (Moodle's reading) and the wrong
// options students chose, most chosen first.

/** Fewer first attempts than this, and a correlation says more about chance than the item. */
export const FEW_ATTEMPTS = 5;

/** Moodle's reading of a discrimination index. */
export function discriminationWord(
  value: number | null,
  attempts: number,
): { word: string; tone: "success" | "neutral" | "warning" | "danger" } {
  if (value === null) return { word: "Not enough spread", tone: "neutral" };
  if (attempts < FEW_ATTEMPTS) return { word: "Too few students to judge", tone: "neutral" };
  if (value < 0) return { word: "Negative: check the answer key", tone: "danger" };
  if (value < 0.2) return { word: "Weak", tone: "warning" };
  if (value < 0.3) return { word: "Fair", tone: "neutral" };
  return { word: "Good", tone: "success" };
}

/** The options chosen other than the correct answer, with their counts, most chosen first. */
export function wrongOptions(
  optionCounts: Record<string, number>,
  correctAnswer: string,
): [string, number][] {
  return Object.entries(optionCounts)
    .filter(([option]) => option !== correctAnswer)
    .sort((a, b) => b[1] - a[1]);
}
