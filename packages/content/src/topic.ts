// The article's own subject: the names the whole article is about. A question whose answer is
// the subject ("…inside which country?" → Pakistan, in an article about Pakistan) tests nothing.
import { canonicalKey } from "./distractors";
import type { FactUnit } from "./facts";
import { CAPITAL_OF, DEMONYMS } from "./gazetteer";
import type { ReadArticle } from "./read-article";

export interface Topic {
  /** Canonical keys of the subject's names (aliases, demonyms and capitals folded in). */
  keys: Set<string>;
  /** The subject's names as the article writes them, most mentioned first. */
  names: string[];
}

/** The key a name counts under: its canonical key, a demonym's or a capital's country. */
export function topicKey(text: string): string {
  const key = canonicalKey(text);
  const lower = key.toLowerCase();
  const country = DEMONYMS[lower] ?? CAPITAL_OF[lower];
  return country ? country.toLowerCase() : lower;
}

function headlineHas(headline: string, name: string): boolean {
  const h = ` ${headline.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  const n = name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return n.length > 1 && h.includes(` ${n} `);
}

/**
 * Finds the subject from the headline and from how many sentences name each thing: a name in
 * the headline that recurs, or a name in a large share of the sentences.
 */
export function findTopic(read: ReadArticle, units: FactUnit[]): Topic {
  const sentencesOf = new Map<string, Set<string>>();
  const surface = new Map<string, string>();
  const headline = read.article.title;
  const note = (key: string, text: string, sentenceId: string) => {
    const set = sentencesOf.get(key) ?? new Set<string>();
    set.add(sentenceId);
    sentencesOf.set(key, set);
    if (!surface.has(key)) surface.set(key, text);
  };
  for (const unit of units) {
    for (const m of unit.mentions) {
      if (["number", "percentage", "date"].includes(m.entity.kind)) continue;
      note(topicKey(m.entity.text), m.entity.text, unit.sentence.id);
    }
  }
  // Demonyms count for their country ("Afghan territory" is about Afghanistan).
  for (const s of read.sentences) {
    for (const t of s.tokens) {
      const country = DEMONYMS[t.lower];
      if (country) note(country.toLowerCase(), country, s.id);
    }
  }
  const total = Math.max(1, new Set(units.map((u) => u.sentence.id)).size);
  const ranked = [...sentencesOf.entries()]
    .map(([key, ids]) => ({ key, share: ids.size / total, count: ids.size }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const keys = new Set<string>();
  for (const { key, share, count } of ranked) {
    const inHeadline = headlineHas(headline, surface.get(key) ?? key) || headlineHas(headline, key);
    if (
      (inHeadline && count >= 2) ||
      share >= 0.3 ||
      (count >= 3 && share >= 0.2 && keys.size === 0)
    )
      keys.add(key);
  }
  return { keys, names: [...keys].map((k) => surface.get(k) ?? k) };
}

/** Whether `answer` names the article's subject. */
export function isTopic(topic: Topic, answer: string): boolean {
  return topic.keys.has(topicKey(answer));
}
