// The Study counter's figures: what is left of the session's cards, so "due" and "new" go down
// as cards are rated (issue 15: the counter stood still for the whole session). The session's
// cards are today's queue as the server counted it (todaysStudyCards): reviews due today and
// new cards, nothing else, so the counts start where the Progress page's do.

export interface SessionCounts {
  left: number;
  due: number;
  new: number;
}

export function sessionCounts(
  cards: readonly { state: string }[],
  /** How many of the session's cards have been rated (or skipped) so far. */
  index: number,
): SessionCounts {
  const rest = cards.slice(index);
  const fresh = rest.filter((c) => c.state === "new").length;
  return { left: rest.length, due: rest.length - fresh, new: fresh };
}

/** "3 cards left today · 2 due · 1 new". */
export function sessionCountsLabel(counts: SessionCounts): string {
  return `${counts.left} card${counts.left === 1 ? "" : "s"} left today · ${counts.due} due · ${counts.new} new`;
}
