// An article's sentences grouped into its paragraphs, in paragraph order, each paragraph's
// sentences in the order given.

/** [paragraph index, its sentences] pairs, lowest index first. */
export function sentencesByParagraph<S extends { paragraph: number }>(
  sentences: readonly S[],
): [number, S[]][] {
  const map = new Map<number, S[]>();
  for (const s of sentences) map.set(s.paragraph, [...(map.get(s.paragraph) ?? []), s]);
  return [...map.entries()].sort(([a], [b]) => a - b);
}
