// What the quiz keeps on this device, per attempt: answers not yet acknowledged by the server
// (each with the idempotency key it was first sent with), unfinished drafts, and the question the
// student was on. localStorage may be missing or full (private windows); the quiz then works
// from memory alone.
import type { AnswerResponse } from "./types";

export interface OutboxEntry {
  questionId: string;
  /** Chosen once, when the student submits; every retry sends the same key. */
  idempotencyKey: string;
  response: AnswerResponse;
  timeTakenMs: number;
  queuedAt: number;
}

/** A question's answer in the making, before it is submitted. */
export interface Draft {
  option?: string;
  value?: boolean;
  text?: string;
  /** Matching: left item → chosen right item. */
  pairs?: Record<string, string>;
  /** Open: indices of the rubric points the student ticked. */
  met?: number[];
}

export interface SavedPlace {
  position: number;
  drafts: Record<string, Draft>;
}

const PREFIX = "studykit.attempt.";
const outboxKey = (attemptId: string) => `${PREFIX}${attemptId}.outbox`;
const placeKey = (attemptId: string) => `${PREFIX}${attemptId}.place`;

function read<T>(key: string): T | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

function remove(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // nothing stored, nothing to remove
  }
}

export function loadOutbox(attemptId: string): OutboxEntry[] {
  const entries = read<OutboxEntry[]>(outboxKey(attemptId));
  return Array.isArray(entries)
    ? entries.filter((e) => e && typeof e.questionId === "string" && e.idempotencyKey)
    : [];
}

/** Returns false when the device could not store it (the answer then lives in memory only). */
export function saveOutbox(attemptId: string, entries: readonly OutboxEntry[]): boolean {
  if (entries.length === 0) {
    remove(outboxKey(attemptId));
    return true;
  }
  return write(outboxKey(attemptId), entries);
}

export function loadPlace(attemptId: string): SavedPlace | null {
  const place = read<SavedPlace>(placeKey(attemptId));
  return place && typeof place.position === "number" && place.drafts ? place : null;
}

export function savePlace(attemptId: string, place: SavedPlace): void {
  write(placeKey(attemptId), place);
}

/** After finishing: nothing of the attempt needs to stay on the device. */
export function forgetAttempt(attemptId: string): void {
  remove(outboxKey(attemptId));
  remove(placeKey(attemptId));
}

/** Attempts that still hold answers waiting to be sent, e.g. to point the student back to them. */
export function attemptsWithUnsentAnswers(): string[] {
  const ids: string[] = [];
  try {
    for (let i = 0; i < window.localStorage.length; i += 1) {
      const key = window.localStorage.key(i);
      if (key?.startsWith(PREFIX) && key.endsWith(".outbox")) {
        const id = key.slice(PREFIX.length, -".outbox".length);
        if (loadOutbox(id).length > 0) ids.push(id);
      }
    }
  } catch {
    // no storage, nothing waiting
  }
  return ids;
}

/**
 * A fresh idempotency key: 22 URL-safe random characters. crypto.getRandomValues works on plain
 * http too, where crypto.randomUUID does not (a school server reached by its LAN address).
 */
export function newIdempotencyKey(): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  const bytes = crypto.getRandomValues(new Uint8Array(22));
  // 64 symbols: the low six bits of each byte pick one evenly, 132 random bits in all.
  return Array.from(bytes, (b) => alphabet[b & 63]).join("");
}
