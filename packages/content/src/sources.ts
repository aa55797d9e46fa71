// Which side a quoted source speaks for: "Pakistani officials", "Islamabad" and "Pakistan" are
// one side, so none of them is a wrong answer where another is right.
import { CAPITAL_OF, DEMONYMS, lookup } from "./gazetteer";

const PATTERNS: [RegExp, string][] = [
  ...Object.entries(CAPITAL_OF),
  ...Object.entries(DEMONYMS),
].map(([word, country]) => [new RegExp(`\\b${word}\\b`), country]);

export function sideOfSource(source: string): string | undefined {
  const lower = source.toLowerCase().replace(/^the\s+/, "");
  // "The court", "the bench", "the judge": one voice in a court report.
  if (/\b(court|bench|judge|justice|tribunal)\b/.test(lower)) return "judiciary";
  const entry = lookup(lower);
  if (entry?.side) return entry.side;
  for (const [pattern, country] of PATTERNS) if (pattern.test(lower)) return country;
  const words = lower.split(/\s+/);
  for (const w of words) {
    const e = lookup(w);
    if (e?.side) return e.side;
  }
  return undefined;
}
