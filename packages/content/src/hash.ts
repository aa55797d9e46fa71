import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

/** Hex SHA-256 of a string; isomorphic (no node:crypto) so the kit can be derived anywhere. */
export function hashText(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** A short stable id with a readable prefix, derived from content. */
export function contentId(prefix: string, ...parts: string[]): string {
  return `${prefix}_${hashText(parts.join("\u241f")).slice(0, 12)}`;
}
