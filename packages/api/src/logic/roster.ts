// Bulk-created students: a roster of names becomes usernames with one-time passwords, and a
// CSV a teacher can print or download.
import { randomInt } from "node:crypto";
import { stringify } from "csv-stringify/sync";
import type { RandomInt } from "./layout";

/** "Amira Khan" → "amirak"; accents dropped, collisions numbered: "amirak2". */
export function usernameFor(fullName: string, taken: ReadonlySet<string>): string {
  const words = fullName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  const first = (words[0] ?? "student").slice(0, 20);
  const initial = words.length > 1 ? words[words.length - 1]!.charAt(0) : "";
  let base = `${first}${initial}`;
  if (base.length < 3) base = `${base}student`.slice(0, Math.max(3, base.length));
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}${n}`;
  return candidate;
}

// No 0/O, 1/l/I: the password is read off paper.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

export function oneTimePassword(length = 10, random: RandomInt = randomInt): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[random(ALPHABET.length)];
  return out;
}

export interface RosterEntry {
  name: string;
  username: string;
  oneTimePassword: string;
}

export function rosterCsv(
  className: string,
  joinCode: string,
  entries: readonly RosterEntry[],
): string {
  return stringify(
    entries.map((e) => [className, joinCode, e.name, e.username, e.oneTimePassword]),
    {
      header: true,
      // Names are typed or pasted in: none may run as a formula in the spreadsheet it opens in.
      escape_formulas: true,
      columns: ["class", "join code", "name", "username", "one-time password"],
    },
  );
}
