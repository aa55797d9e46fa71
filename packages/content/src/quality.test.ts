// The judged development set (quality/verdicts.tsv): a question a teacher judged bad is never
// recommended again, and every verdict row is well formed.
import { describe, expect, it } from "vitest";
import { assessDevSet, devSet, loadVerdicts } from "./quality";

describe("the judged development set", () => {
  const verdicts = loadVerdicts();

  it("has verdicts, each good, weak or bad, on articles of the set", () => {
    expect(verdicts.size).toBeGreaterThan(100);
    const names = new Set(devSet().map((a) => a.name));
    for (const j of verdicts.values()) {
      expect(names, j.article).toContain(j.article);
      if (j.verdict !== "good") expect(j.note.trim(), j.key).not.toBe("");
    }
  });

  it("lists at least 13 articles: the shipped one and both Dawn and BBC news, with an opinion piece", () => {
    const set = devSet();
    expect(set.length).toBeGreaterThanOrEqual(13);
    expect(set.some((a) => a.name.startsWith("editorial-"))).toBe(true);
  });

  // Articles of the shared corpus are read in place; the shipped article is always here.
  for (const result of assessDevSet(verdicts)) {
    it(`never recommends a question judged bad: ${result.name}`, () => {
      expect(result.badRecommended.map((q) => q.prompt)).toEqual([]);
    });
  }
});
