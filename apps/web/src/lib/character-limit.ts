// A written answer's length against its limit: nothing to say until 90% of it is used, then a
// count, and past it a refusal that keeps every character typed (the API refuses too; nothing
// is cut short anywhere).
import { formatNumber } from "./locale-format";

/** The share of a limit from which the count shows. */
export const SHOW_COUNT_FROM = 0.9;

export type LimitState = "quiet" | "near" | "over";

export function limitState(length: number, limit: number): LimitState {
  if (length > limit) return "over";
  return length >= Math.ceil(limit * SHOW_COUNT_FROM) ? "near" : "quiet";
}

/** "4,512 of 5,000 characters", or past the limit how many too many; null while quiet. */
export function limitCount(length: number, limit: number, locale: string): string | null {
  const state = limitState(length, limit);
  if (state === "quiet") return null;
  const n = (v: number) => formatNumber(v, locale);
  const used = `${n(length)} of ${n(limit)} characters`;
  return state === "over" ? `${used}: ${n(length - limit)} too many` : used;
}

/** Why an over-long answer cannot be submitted yet; null when it fits. */
export function overLimitError(length: number, limit: number, locale: string): string | null {
  if (length <= limit) return null;
  const n = (v: number) => formatNumber(v, locale);
  return `Your answer is ${n(length)} characters long and can be at most ${n(limit)}. Shorten it by ${n(length - limit)} to submit it; nothing you typed is lost.`;
}
