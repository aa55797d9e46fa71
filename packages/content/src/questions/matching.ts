// Matching: names or figures on the left, what the article says about each on the right.
import { canonicalKey, seededRank } from "../distractors";
import type { Mention } from "../entities";
import type { FactUnit } from "../facts";
import { renderClause, stripStop, type Draft } from "./draft";

interface Pair {
  mention: Mention;
  unit: FactUnit;
  left: string;
  right: string;
}

const GROUPS: { name: string; prompt: string; accepts: (m: Mention) => boolean }[] = [
  {
    name: "places",
    prompt: "Match each place to what the article says about it.",
    accepts: (m) => m.entity.kind === "place",
  },
  {
    name: "figures",
    prompt: "Match each figure to what it refers to in the article.",
    accepts: (m) =>
      m.entity.kind === "number" || m.entity.kind === "percentage" || m.entity.subtype === "year",
  },
  {
    name: "actors",
    prompt: "Match each group, organisation or person to what the article says about them.",
    accepts: (m) => m.entity.kind === "organisation" || m.entity.kind === "person",
  },
];

/** A short description around the blanked name: at most about a dozen words. */
function describe(unit: FactUnit, text: string, m: Mention): string {
  const start = m.modifier ? m.end - m.entity.text.length : m.start;
  const full = stripStop(renderClause(unit, text, [{ start, end: m.end, text: "____" }]));
  const words = full.split(/\s+/);
  const at = words.findIndex((w) => w.includes("____"));
  const from = Math.max(0, at - 7);
  const to = Math.min(words.length, at + 7);
  return `${from > 0 ? "…" : ""}${words.slice(from, to).join(" ")}${to < words.length ? "…" : ""}`;
}

export function matchingQuestions(units: FactUnit[], text: string): Draft[] {
  const drafts: Draft[] = [];
  const keysOf = (u: FactUnit) => new Set(u.mentions.map((m) => canonicalKey(m.entity.text)));
  for (const group of GROUPS) {
    const pairs: (Pair & { key: string; factKeys: Set<string> })[] = [];
    const sorted = [...units].sort(
      (a, b) => b.fact.importance - a.fact.importance || a.start - b.start,
    );
    for (const unit of sorted) {
      // Snippets lose their lead-in, so only the article's own statements are matched.
      if (unit.fact.stance !== "stated" || pairs.some((p) => p.unit === unit)) continue;
      const factKeys = keysOf(unit);
      for (const m of unit.mentions) {
        if (!group.accepts(m)) continue;
        const key = canonicalKey(m.entity.text);
        // Each name fits one description only: no name may appear in another pair's fact,
        // under any of its names ("US" and "United States" are one left item).
        const clash = pairs.some(
          (p) => p.key === key || p.factKeys.has(key) || factKeys.has(p.key),
        );
        if (clash) continue;
        pairs.push({
          mention: m,
          unit,
          key,
          factKeys,
          left: m.entity.text,
          right: describe(unit, text, m),
        });
        break;
      }
    }
    const clean = pairs;
    for (let i = 0; i + 3 <= clean.length && drafts.length < 6; i += 4) {
      const set = clean.slice(i, Math.min(clean.length, i + 4));
      if (set.length < 3) break;
      const n = set.length;
      // Rotate the right column so no item sits beside its partner.
      const shift =
        1 + (parseInt(seededRank(group.name, set.map((p) => p.left).join("|")), 16) % (n - 1));
      const right = set.map((_, k) => set[(k + shift) % n]!.right);
      drafts.push({
        type: "matching",
        prompt: group.prompt,
        options: { left: set.map((p) => p.left), right },
        answer: set.map((p) => ({ left: p.left, right: p.right })),
        explanation: set.map((p) => `${p.left}: "${p.unit.sentence.text}"`).join(" "),
        sourceSentenceIds: [...new Set(set.map((p) => p.unit.sentence.id))],
        factIds: [...new Set(set.map((p) => p.unit.fact.id))],
        stance: "stated",
        attribution: null,
        difficulty: n >= 4 ? "hard" : "medium",
        skill: "understanding",
      });
    }
  }
  return drafts;
}
