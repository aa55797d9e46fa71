// Which side a quoted source speaks for: "Pakistani officials", "Islamabad" and "Pakistan" are
// one side, so none of them is a wrong answer where another is right.
import { CAPITAL_OF, DEMONYMS, lookup } from "./gazetteer";

export function sideOfSource(source: string): string | undefined {
  const lower = source.toLowerCase().replace(/^the\s+/, "");
  const entry = lookup(lower);
  if (entry?.side) return entry.side;
  for (const [capital, country] of Object.entries(CAPITAL_OF)) {
    if (new RegExp(`\\b${capital}\\b`).test(lower)) return country;
  }
  for (const [demonym, country] of Object.entries(DEMONYMS)) {
    if (new RegExp(`\\b${demonym}\\b`).test(lower)) return country;
  }
  const words = lower.split(/\s+/);
  for (const w of words) {
    const e = lookup(w);
    if (e?.side) return e.side;
  }
  return undefined;
}
