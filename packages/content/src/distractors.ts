// Distractors: wrong options of the same kind as the answer, drawn from the article first and
// the gazetteer second, never also correct, and close to the answer in length.
import { NUMBER_WORDS, type Mention } from "./entities";
import { GAZETTEER, lookup } from "./gazetteer";
import type { FactUnit } from "./facts";

export interface Candidate {
  text: string;
  /** Canonical key: aliases of one name share it ("TTP", "Tehreek-e-Taliban Pakistan"). */
  key: string;
  kind: string;
  subtype: string | undefined;
  region: string | undefined;
  side: string | undefined;
  fromArticle: boolean;
}

export function canonicalKey(text: string): string {
  const entry = lookup(text);
  return (entry?.name ?? text).toLowerCase().replace(/^the\s+/, "");
}

/** Every typed name the article mentions, plus the gazetteer, as distractor candidates. */
export function buildCandidatePool(units: FactUnit[]): Candidate[] {
  const pool = new Map<string, Candidate>();
  for (const unit of units) {
    for (const m of unit.mentions) {
      const { kind, subtype, text } = m.entity;
      if (kind === "number" || kind === "percentage") continue;
      const key = canonicalKey(text);
      if (pool.has(key)) continue;
      pool.set(key, {
        text,
        key,
        kind,
        subtype,
        region: lookup(text)?.region,
        side: m.side,
        fromArticle: true,
      });
    }
  }
  for (const entry of GAZETTEER) {
    const key = entry.name.toLowerCase();
    if (pool.has(key)) continue;
    pool.set(key, {
      text: entry.name,
      key,
      kind: entry.kind,
      subtype: entry.subtype,
      region: entry.region,
      side: entry.side,
      fromArticle: false,
    });
  }
  return [...pool.values()];
}

/**
 * Deterministic pseudo-random rank of `item` for a given seed: 32-bit FNV-1a as 8 hex digits.
 * Ordering needs no cryptographic hash, and this runs in every sort comparison.
 */
export function seededRank(seed: string, item: string): string {
  const s = `${seed}|${item}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

// Countries, capitals and groups speak for a side: Islamabad is no wrong answer where Pakistan is right.
function speaksForSide(c: { kind: string; subtype: string | undefined }): boolean {
  return c.kind === "organisation" || c.subtype === "country" || c.subtype === "city";
}

export interface DistractorRequest {
  answer: Mention;
  unit: FactUnit;
  pool: Candidate[];
  /** Names that must not be offered because they would also be right (e.g. the rest of a list). */
  exclude?: string[];
  seed: string;
}

/** Up to `count` distractors, best first, plus further ones from the article a teacher may swap in. */
export function pickEntityDistractors(
  req: DistractorRequest,
  count = 3,
): { chosen: string[]; spare: string[] } {
  const { answer, unit, pool, seed } = req;
  const answerKey = canonicalKey(answer.entity.text);
  const answerEntry = lookup(answer.entity.text);
  const sentenceKeys = new Set(unit.mentions.map((m) => canonicalKey(m.entity.text)));
  // Anything the source sentence names is out: it may be the other right answers of a list.
  const sentenceText = unit.sentence.text.toLowerCase();
  const excluded = new Set((req.exclude ?? []).map(canonicalKey));
  const answerSide = answer.side;
  const eligible = pool.filter((c) => {
    if (c.key === answerKey || excluded.has(c.key) || sentenceKeys.has(c.key)) return false;
    if (sentenceText.includes(c.text.toLowerCase())) return false;
    if (c.kind !== answer.entity.kind) return false;
    if ((c.subtype ?? "") !== (answer.entity.subtype ?? "")) return false;
    if (answerSide && c.side === answerSide && speaksForSide(c)) return false;
    if (c.text.toLowerCase().includes(answer.entity.text.toLowerCase())) return false;
    if (answer.entity.text.toLowerCase().includes(c.text.toLowerCase())) return false;
    return true;
  });
  const sameRegion = (c: Candidate) =>
    answerEntry?.region && c.region === answerEntry.region ? 0 : 1;
  const lengthGap = (c: Candidate) => Math.abs(c.text.length - answer.entity.text.length);
  // One sort key per candidate: article first, same region, similar length, then seeded order.
  const keyed = eligible.map((c) => ({
    c,
    key: `${c.fromArticle ? 0 : 1}${sameRegion(c)}${Math.min(3, Math.floor(lengthGap(c) / 6))}${seededRank(seed, c.key)}`,
  }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const texts = keyed.map((k) => k.c.text);
  const chosen = balanceLength(answer.entity.text, texts.slice(0, count * 3), count, seed);
  // What a teacher may swap in are names this article uses: the gazetteer's come from other
  // articles and only fill the options when the article names too few of its own.
  const spare = keyed
    .filter((k) => k.c.fromArticle && !chosen.includes(k.c.text))
    .map((k) => k.c.text)
    .slice(0, 5);
  return { chosen, spare };
}

/**
 * Picks distractors from the most plausible so that the answer's length rank among the options
 * is set by the seed: the right answer is neither usually the longest nor usually the shortest.
 */
function balanceLength(answer: string, ranked: string[], count: number, seed: string): string[] {
  const wantShorter = parseInt(seededRank(seed, `length:${answer}`), 16) % (count + 1);
  const shorter = ranked.filter((t) => t.length < answer.length);
  const longer = ranked.filter((t) => t.length >= answer.length);
  const picked = [...shorter.slice(0, wantShorter), ...longer.slice(0, count - wantShorter)];
  for (const t of ranked) if (picked.length < count && !picked.includes(t)) picked.push(t);
  // Keep plausibility order among the chosen.
  return ranked.filter((t) => picked.includes(t)).slice(0, count);
}

/** Writes `value` the way `template` writes its number: digits or words, commas, percent sign. */
export function formatLike(template: string, value: number): string {
  const lower = template.toLowerCase();
  // "45 million", "six million": format the multiple of the scale, then say the scale.
  const scaleMatch = / (thousand|million|billion)$/i.exec(lower);
  if (scaleMatch) {
    const unit = { thousand: 1e3, million: 1e6, billion: 1e9 }[
      scaleMatch[1] as "thousand" | "million" | "billion"
    ];
    const head = template.slice(0, template.length - scaleMatch[0].length);
    const scaled = Math.round((value / unit) * 10) / 10;
    return `${formatLike(head, scaled)}${scaleMatch[0]}`;
  }
  const numberPart = /[\d,.]+/.exec(template)?.[0];
  const suffix = /%$/.test(template)
    ? "%"
    : /\dpc$/i.test(template)
      ? template.slice(-2)
      : / per cent$/i.test(template)
        ? " per cent"
        : / percent$/i.test(template)
          ? " percent"
          : "";
  if (!numberPart) {
    // Written in words ("three"): keep words while they exist.
    const word = NUMBER_WORDS[value];
    if (word) return /^[A-Z]/.test(template) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
    return String(value) + suffix;
  }
  const decimals = numberPart.includes(".") ? (numberPart.split(".")[1]?.length ?? 0) : 0;
  const body = numberPart.includes(",")
    ? value.toLocaleString("en-US", {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      })
    : value.toFixed(Number.isInteger(value) ? decimals : Math.max(decimals, 1));
  return body + suffix;
}

/** Rounds to two significant figures (more if the original has them): 100 → 25, 50, 150, 200. */
function roundLike(value: number, original: number): number {
  if (!Number.isInteger(original)) return Math.round(value * 10) / 10;
  const digits = String(original).replace(/0+$/, "").length;
  const magnitude = Math.floor(Math.log10(Math.max(1, value)));
  const step = 10 ** Math.max(0, magnitude + 1 - Math.max(2, digits));
  return Math.max(1, Math.round(value / step) * step);
}

/**
 * Numeric distractors around `value`, placed so that the answer sits at `position` (0–3) when
 * the options are shown in ascending order.
 */
export function pickNumberDistractors(
  value: number,
  kind: "number" | "percentage" | "year",
  position: number,
  forbidden: number[] = [],
): number[] | undefined {
  const below = new Set<number>();
  const above = new Set<number>();
  const push = (v: number) => {
    if (!Number.isFinite(v) || v === value || forbidden.includes(v)) return;
    if (kind === "percentage" && (v <= 0 || (value <= 100 && v >= 100))) return;
    if (kind === "number" && v <= 0) return;
    (v < value ? below : above).add(v);
  };
  if (kind === "year") {
    for (const d of [1, 2, 3, 5, 4, 6]) {
      push(value - d);
      push(value + d);
    }
  } else if (kind === "percentage") {
    const step = value % 5 === 0 ? 5 : 1;
    for (const d of [2, 4, 6, 3, 5, 8]) {
      push(value - d * step);
      push(value + d * step);
    }
  } else if (value <= 12 && Number.isInteger(value)) {
    for (const d of [1, 2, 3, 4, 5]) {
      push(value - d);
      push(value + d);
    }
  } else {
    // Geometric steps, not multiples of one fraction: 80,000 / 160,000 / 240,000 / 320,000
    // gives the answer away by its pattern.
    for (const f of [0.5, 2, 0.7, 1.4, 0.35, 3, 0.2, 5, 0.1, 10]) push(roundLike(value * f, value));
  }
  const lows = [...below].sort((a, b) => b - a);
  const highs = [...above].sort((a, b) => a - b);
  let wantLow = position;
  let wantHigh = 3 - position;
  if (lows.length < wantLow) {
    wantHigh += wantLow - lows.length;
    wantLow = lows.length;
  }
  if (highs.length < wantHigh) {
    wantLow += wantHigh - highs.length;
    wantHigh = highs.length;
  }
  if (wantLow > lows.length || wantLow + wantHigh < 3) return undefined;
  return [...lows.slice(0, wantLow), ...highs.slice(0, wantHigh)];
}
