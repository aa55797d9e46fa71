// Coordinated names ("Nangarhar, Paktika and Khost") are answered as a set: a question about one
// must never offer another as a wrong answer.
import type { Mention } from "../entities";
import type { FactUnit } from "../facts";

export interface NameList {
  members: Mention[];
  start: number;
  end: number;
  /** True when the list stands in apposition to a plural noun: "three provinces, A, B and C". */
  appositive: boolean;
}

/** Runs of same-kind mentions joined only by commas and "and"/"or"; pairs count as lists too. */
export function findLists(unit: FactUnit): NameList[] {
  const lists: NameList[] = [];
  const tokens = unit.sentence.tokens;
  const named = unit.mentions.filter((m) =>
    ["place", "organisation", "person"].includes(m.entity.kind),
  );
  let run: Mention[] = [];
  const close = () => {
    if (run.length >= 2) {
      const first = run[0]!;
      const last = run[run.length - 1]!;
      const before = tokens[first.first - 1];
      const beforeThat = tokens[first.first - 2];
      lists.push({
        members: run,
        start: first.start,
        end: last.end,
        appositive:
          before?.value === "," && beforeThat?.pos === "NOUN" && /s$/.test(beforeThat.lower),
      });
    }
    run = [];
  };
  for (const m of named) {
    const prev = run[run.length - 1];
    if (!prev) {
      run = [m];
      continue;
    }
    const between = tokens.slice(prev.last + 1, m.first);
    const joined =
      between.length > 0 &&
      between.length <= 3 &&
      between.every((t) => [",", "and", "or", "north", "south", "east", "west"].includes(t.lower));
    if (joined && prev.entity.kind === m.entity.kind && prev.entity.subtype === m.entity.subtype)
      run.push(m);
    else {
      close();
      run = [m];
    }
  }
  close();
  return lists;
}

/**
 * A count the sentence itself gives away: "three provinces, Nangarhar, Paktika and Khost" lets
 * a learner count the answer off the prompt. A "one" is left alone too: changing it breaks the
 * grammar around it ("one year").
 */
export function isUnaskableCount(unit: FactUnit, m: Mention): boolean {
  const value = m.entity.value;
  if (value === undefined || m.entity.kind !== "number") return false;
  if (value === 1) return true;
  return findLists(unit).some((l) => l.members.length === value);
}
