// Whether a name is a person's: the entity finder calls any run of two to four capitalised words
// a person, and "Countryside Alliance" or "Consumer Electronics Show" is not one.
import { lookup, ORGANISATION_HEADS } from "./gazetteer";

/** Words of institutions' and events' names, never of a person's. */
export const NOT_NAME_WORDS = new Set([
  ...ORGANISATION_HEADS,
  ...(
    "awards award society technologies technology cup league games prize festival series show " +
    "electronics consumer sports cruel hunt conference expo theatre theater " +
    "alliance foundation trust campaign coalition federation partners services systems media " +
    "news press records films studios pictures airlines motors energy relations internet life " +
    "american european british national international"
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
    words.every((w) => /^\p{Lu}[\p{Ll}'.-]*$/u.test(w) && !NOT_NAME_WORDS.has(w.toLowerCase()))
  );
}

/** Not an institution's name ("Countryside Alliance", "Consumer Electronics Show"). */
export function mayBePersonalName(name: string): boolean {
  return name
    .split(/\s+/)
    .every((w) => /^\p{Lu}[\p{Ll}'.-]*$/u.test(w) && !NOT_NAME_WORDS.has(w.toLowerCase()));
}
