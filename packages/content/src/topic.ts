// The article's own subject: the names the whole article is about. A question whose answer is
// the subject ("…inside which country?" → Pakistan, in an article about Pakistan) tests nothing.
import { canonicalKey } from "./distractors";
import { findMentions } from "./entities";
import { CAPITAL_OF, DEMONYMS } from "./gazetteer";
import { looksLikePersonalName } from "./names";
import type { ReadArticle } from "./read-article";

export interface Topic {
  /** Canonical keys of the subject's names (aliases, demonyms and capitals folded in). */
  keys: Set<string>;
  /** The subject's names as the article writes them, most mentioned first. */
  names: string[];
}

const COUNTRIES = new Set(
  [...Object.values(DEMONYMS), ...Object.values(CAPITAL_OF)].map((c) => c.toLowerCase()),
);

/** The key a name counts under: its canonical key, a demonym's or a capital's country. */
export function topicKey(text: string): string {
  const lower = canonicalKey(text).toLowerCase();
  const country = DEMONYMS[lower] ?? CAPITAL_OF[lower];
  return country ? country.toLowerCase() : lower;
}

function plain(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Whether the headline names `name`, whole or by a distinctive word ("Imran" for Imran Khan). */
export function headlineNames(headline: string, name: string): boolean {
  const h = ` ${plain(headline)} `;
  const n = plain(name);
  if (n.length > 1 && h.includes(` ${n} `)) return true;
  // "…censured by SHC" names the Sindh High Court by its initials.
  const initials = name
    .split(/[^\p{L}]+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!.toLowerCase())
    .join("");
  if (initials.length >= 2 && h.includes(` ${initials} `)) return true;
  return name
    .split(/[^\p{L}\p{N}]+/u)
    .some((w) => /^\p{Lu}/u.test(w) && w.length >= 4 && h.includes(` ${w.toLowerCase()} `));
}

/**
 * Finds the subject from the headline and from how many sentences name each thing: a name in
 * the headline that recurs, a name in a large share of the sentences, and the country the
 * article is set in (the most-mentioned country, named more than once).
 */
export function findTopic(read: ReadArticle): Topic {
  const sentencesOf = new Map<string, Set<string>>();
  const surface = new Map<string, string>();
  const countries = new Set<string>();
  const people = new Set<string>();
  const headline = read.article.title;
  const note = (key: string, text: string, sentenceId: string) => {
    const set = sentencesOf.get(key) ?? new Set<string>();
    set.add(sentenceId);
    sentencesOf.set(key, set);
    if (!surface.has(key)) surface.set(key, text);
  };
  for (const sentence of read.sentences) {
    for (const m of findMentions(sentence)) {
      if (["number", "percentage", "date"].includes(m.entity.kind)) continue;
      // A person is one person however named: "Ricky Gervais", "Gervais", "Mr Gervais".
      // ("Ibrahim K" keeps its whole name: an initial is no surname.)
      const surname = m.entity.text.toLowerCase().split(/\s+/).pop() ?? "";
      const byName = m.entity.kind === "person" && surname.length >= 3;
      const key = byName ? surname : topicKey(m.entity.text);
      if (byName) people.add(key);
      note(key, m.entity.text, sentence.id);
      if (m.entity.subtype === "country" || COUNTRIES.has(key)) countries.add(key);
    }
    // Demonyms count for their country ("Afghan territory" is about Afghanistan).
    for (const t of sentence.tokens) {
      const country = DEMONYMS[t.lower];
      if (country) {
        note(country.toLowerCase(), country, sentence.id);
        countries.add(country.toLowerCase());
      }
    }
  }
  // A name in the headline that the body writes capitalised mid-sentence ("Gervais", "Robben")
  // is the subject even when the name finder types it as nothing.
  const headlineWords = new Set(
    headline.split(/[^\p{L}\p{N}'-]+/u).filter((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w)),
  );
  for (const sentence of read.sentences)
    for (const t of sentence.tokens.slice(1))
      if (headlineWords.has(t.value)) {
        note(t.lower, t.value, sentence.id);
        people.add(t.lower);
      }
  // The lead's subject, named again later, is the story's own ("Singers Jennifer Lopez and
  // husband Marc Anthony are to perform…" under "J-Lo and husband…"; "US retail giant Federated
  // Department Stores is to buy…" under "Macy's owner buys rival"): the headline may call it
  // by a nickname or a description. Each name before the lead's first verb counts, by its own
  // word (a surname, a company's first word), when another sentence uses that word too.
  const lead = read.sentences[0];
  const firstVerb = lead?.tokens.findIndex((t) => t.pos === "VERB" || t.pos === "AUX") ?? -1;
  const leadSubjects = lead
    ? findMentions(lead).filter(
        (m) =>
          m.first < firstVerb &&
          // "Titus Bramble's own goal put Liverpool…": a possessor is not the subject.
          lead!.tokens[m.last + 1]?.value !== "'s" &&
          ["person", "organisation"].includes(m.entity.kind) &&
          !COUNTRIES.has(topicKey(m.entity.text)),
      )
    : [];
  const total = Math.max(1, read.sentences.length);
  const ranked = [...sentencesOf.entries()]
    .map(([key, ids]) => ({ key, share: ids.size / total, count: ids.size }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const keys = new Set<string>();
  const setting = ranked.find((r) => countries.has(r.key));
  if (setting && setting.count >= 2) keys.add(setting.key);
  for (const { key, share, count } of ranked) {
    const inHeadline =
      headlineNames(headline, surface.get(key) ?? key) || headlineNames(headline, key);
    if ((inHeadline && count >= 2) || share >= 0.25) keys.add(key);
  }
  for (const m of leadSubjects) {
    const words = m.entity.text.split(/\s+/);
    const person = m.entity.kind === "person" && looksLikePersonalName(m.entity.text);
    const own = person ? words[words.length - 1]! : words[0]!;
    if (own.length < 3) continue;
    const later = read.sentences
      .slice(1)
      .filter((sentence) => sentence.tokens.some((t) => t.value === own)).length;
    if (later >= 1) {
      const key = person ? own.toLowerCase() : topicKey(m.entity.text);
      keys.add(key);
      if (person) people.add(key);
      if (!surface.has(key)) surface.set(key, m.entity.text);
    }
  }
  // A person is named by surname in the keys, so every form of the name matches.
  return {
    keys,
    names: [...keys].map((k) =>
      people.has(k) ? k.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : (surface.get(k) ?? k),
    ),
  };
}

/**
 * Whether `answer` names one of the subject's names: the same key, or a name whose last word is
 * a subject's ("Ricky Gervais" when the subject is Gervais).
 */
export function namesTopic(topicNames: readonly string[], answer: string): boolean {
  const keys = new Set(topicNames.map(topicKey));
  if (keys.has(topicKey(answer))) return true;
  const last = answer.toLowerCase().split(/\s+/).pop() ?? "";
  if (/^\p{Lu}/u.test(answer) && last.length >= 3 && keys.has(last)) return true;
  // "Lopez" when the article is about Jennifer Lopez: her surname alone is her.
  return (
    /^\p{Lu}\S+$/u.test(answer) &&
    topicNames.some((n) => /\s/.test(n.trim()) && topicKey(n).endsWith(` ${topicKey(answer)}`))
  );
}

/** Whether `answer` names the article's subject. */
export function isTopic(topic: Topic, answer: string): boolean {
  return namesTopic(topic.names, answer);
}
