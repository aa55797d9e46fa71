// Whether a name is a person's: the entity finder calls any run of two to four capitalised words
// a person, and "Countryside Alliance" or "Consumer Electronics Show" is not one.
import { createRequire } from "node:module";
import { lookup, ORGANISATION_HEADS } from "./gazetteer";
import { zipf } from "./keyness";
import { placeOf } from "./places";

// Given names: `human-names` (MIT) lists the common first names of six languages (English,
// German, French, Italian, Spanish, Dutch; 5,303 names). A ready, small word list rather than
// one kept by hand; it tells "Frank Esper" (a person) from "Disease Control" or "Port Moresby"
// (capitalised everyday words), together with how common the word is in English.
let givenNames: Set<string> | undefined;

/** Whether a word is a common given name ("Frank", "Ann", "Larry"); case matters. */
export function isGivenName(word: string): boolean {
  if (!givenNames) {
    const require = createRequire(import.meta.url);
    // (Each list by its literal path: a bundler follows no path built at run time.)
    const lists = [
      require("human-names/data/male-human-names-en.json"),
      require("human-names/data/female-human-names-en.json"),
      require("human-names/data/male-human-names-de.json"),
      require("human-names/data/female-human-names-de.json"),
      require("human-names/data/male-human-names-fr.json"),
      require("human-names/data/female-human-names-fr.json"),
      require("human-names/data/male-human-names-it.json"),
      require("human-names/data/female-human-names-it.json"),
      require("human-names/data/male-human-names-es.json"),
      require("human-names/data/female-human-names-es.json"),
      require("human-names/data/male-human-names-nl.json"),
      require("human-names/data/female-human-names-nl.json"),
    ] as string[][];
    givenNames = new Set(lists.flat());
  }
  return givenNames.has(word);
}

/** Words of institutions' and events' names, never of a person's. */
export const NOT_NAME_WORDS = new Set([
  ...ORGANISATION_HEADS,
  ...(
    "awards award society technologies technology cup league games prize festival series show " +
    "electronics consumer sports cruel hunt conference expo theatre theater " +
    "alliance foundation trust campaign coalition federation partners services systems media " +
    "news press records films studios pictures airlines motors energy relations internet life " +
    "american european british national international college school university academy institute"
  ).split(" "),
]);

/** Two to four capitalised words, none of them an institution's ("British Comedy Awards" is none). */
export function looksLikePersonalName(s: string): boolean {
  const words = s.split(/\s+/);
  // "Los Angeles" is a place the gazetteer knows, not a person.
  if (lookup(s)) return false;
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => /^\p{Lu}[\p{Ll}'.-]*$/u.test(w) && !NOT_NAME_WORDS.has(w.toLowerCase())) &&
    // "Republican Gov. Eric Holcomb": an abbreviated title makes it a description, not a name
    // (an initial, "J.", is part of one).
    !words.some((w) => /^\p{Lu}\p{Ll}+\.$/u.test(w)) &&
    mayBePersonsWords(words)
  );
}

/**
 * Whether capitalised words may be a person's name by the words themselves: it opens with a
 * given name or a word that is no everyday English word ("Port Moresby", "Disease Control" do
 * not), and does not end in an everyday plural ("Liberal Democrats").
 */
export function mayBePersonsWords(words: readonly string[]): boolean {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (zipf(first) >= 4 && !isGivenName(first)) return false;
  // "Indiana Statehouse": a name that opens with a country or state is a place's or a body's.
  const place = placeOf(first);
  if (place && place.subtype !== "city" && !isGivenName(first)) return false;
  const singular = last.replace(/s$/, "");
  return !(singular !== last && zipf(singular) >= 3 && zipf(last) >= 3 && !isGivenName(singular));
}

/** Not an institution's name ("Countryside Alliance", "Consumer Electronics Show"). */
export function mayBePersonalName(name: string): boolean {
  return name
    .split(/\s+/)
    .every((w) => /^\p{Lu}[\p{Ll}'.-]*$/u.test(w) && !NOT_NAME_WORDS.has(w.toLowerCase()));
}
