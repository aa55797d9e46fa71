import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDefaultArticle } from "./default-article";
import { deriveStudyKit } from "./derive";
import { formatLike, pickNumberDistractors } from "./distractors";
import type { ChoiceQuestion } from "./types";

/** Where the answer lands once the distractors are added and all four are sorted. */
function ascendingPosition(value: number, distractors: number[]): number {
  return [value, ...distractors].sort((a, b) => a - b).indexOf(value);
}

describe("pickNumberDistractors", () => {
  it.each([
    [7, "number"],
    [12, "number"],
    [45, "percentage"],
    [56, "percentage"],
    [100, "number"],
    [250, "number"],
    [1200, "number"],
    [2020, "year"],
  ] as const)("places %d (%s) at each requested position 0–3", (value, kind) => {
    for (const position of [0, 1, 2, 3]) {
      const picked = pickNumberDistractors(value, kind, position);
      expect(picked, `position ${position}`).toHaveLength(3);
      expect(ascendingPosition(value, picked!), `${value} at ${position}: ${picked}`).toBe(
        position,
      );
    }
  });

  // Values as the article's entities carry them: counts, percentages and years.
  const numberRequest = fc.oneof(
    fc.record({
      kind: fc.constant("number" as const),
      value: fc.oneof(
        fc.integer({ min: 2, max: 100_000 }),
        fc.integer({ min: 5, max: 5000 }).map((v) => v / 10),
      ),
    }),
    fc.record({
      kind: fc.constant("percentage" as const),
      value: fc.oneof(
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 999 }).map((v) => v / 10),
      ),
    }),
    fc.record({ kind: fc.constant("year" as const), value: fc.integer({ min: 1800, max: 2099 }) }),
  );

  it("never repeats a value, never offers the answer or a forbidden value", () => {
    fc.assert(
      fc.property(
        numberRequest,
        fc.integer({ min: 0, max: 3 }),
        fc.array(fc.integer({ min: 1, max: 5000 }), { maxLength: 3 }),
        ({ kind, value }, position, forbidden) => {
          const picked = pickNumberDistractors(value, kind, position, forbidden);
          if (!picked) return;
          expect(picked).toHaveLength(3);
          expect(new Set(picked).size).toBe(3);
          expect(picked).not.toContain(value);
          for (const v of picked) {
            expect(forbidden).not.toContain(v);
            expect(Number.isFinite(v)).toBe(true);
            expect(v).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps percentages strictly between 0 and 100", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 3 }), (value, at) => {
        const picked = pickNumberDistractors(value, "percentage", at);
        expect(picked, `no distractors for ${value}%`).toBeDefined();
        for (const v of picked!) {
          expect(v).toBeGreaterThan(0);
          expect(v).toBeLessThan(100);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("keeps years close to the answer", () => {
    const picked = pickNumberDistractors(2020, "year", 2)!;
    for (const v of picked) expect(Math.abs(v - 2020)).toBeLessThanOrEqual(6);
  });
});

describe("formatLike", () => {
  it.each([
    ["45 percent", 30, "30 percent"],
    ["45 per cent", 50, "50 per cent"],
    ["45%", 30, "30%"],
    ["three", 4, "four"],
    ["Three", 5, "Five"],
    ["1,200", 2400, "2,400"],
    ["12,500", 1000, "1,000"],
    ["100", 50, "50"],
    ["2.5", 3.5, "3.5"],
    ["2020", 2019, "2019"],
  ])("writes %s-style %d as %s", (template, value, expected) => {
    expect(formatLike(template, value)).toBe(expected);
  });

  it("falls back to digits when no word exists for the value", () => {
    expect(formatLike("twelve", 25)).toBe("25");
  });
});

describe("distractors across the shipped kit", () => {
  const kit = deriveStudyKit(readDefaultArticle());
  const choice = kit.questions.filter(
    (q): q is ChoiceQuestion => q.type === "multiple_choice" || q.type === "attribution",
  );

  it("spread the correct answer evenly over A–D", () => {
    expect(choice.length).toBeGreaterThanOrEqual(12);
    const counts = [0, 0, 0, 0];
    for (const q of choice) counts[q.options.indexOf(q.answer)]! += 1;
    for (const [i, n] of counts.entries()) {
      const share = n / choice.length;
      expect(share, `position ${"ABCD"[i]}: ${counts}`).toBeGreaterThanOrEqual(0.15);
      expect(share, `position ${"ABCD"[i]}: ${counts}`).toBeLessThanOrEqual(0.35);
    }
  });

  it("do not make the correct option the longest in most questions", () => {
    const longest = choice.filter((q) =>
      q.options.every((o) => o === q.answer || o.length < q.answer.length),
    );
    expect(longest.length / choice.length).toBeLessThan(0.35);
  });

  it("do not make the correct option the shortest in most questions either", () => {
    const shortest = choice.filter((q) =>
      q.options.every((o) => o === q.answer || o.length > q.answer.length),
    );
    expect(shortest.length / choice.length).toBeLessThan(0.35);
  });

  it("spread numeric answers over the positions too", () => {
    const numeric = kit.questions.filter((q): q is ChoiceQuestion => q.type === "numeric");
    const positions = new Set(numeric.map((q) => q.options.indexOf(q.answer)));
    expect(positions.size).toBeGreaterThanOrEqual(3);
  });
});

describe("the distractors a teacher may swap in", () => {
  // The gazetteer fills in options when an article names too few of its own; its names come from
  // other articles, so they are no suggestion for this one (issue 15).
  it("are names the article itself uses", () => {
    const kit = deriveStudyKit(readDefaultArticle());
    const text = kit.article.text.toLowerCase();
    const named = kit.questions.filter((q) => q.type === "multiple_choice") as ChoiceQuestion[];
    const spares = named.flatMap((q) => q.alternativeDistractors ?? []);
    expect(spares.length).toBeGreaterThan(0);
    expect(spares.filter((s) => !text.includes(s.toLowerCase()))).toEqual([]);
  });
});
