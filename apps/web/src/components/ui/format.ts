// Numbers in words: "3 questions", "64%".

/** 0.6432 → "64%"; null → "—". */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : `${Math.round(value * 100)}%`;
}

/** plural(1, "answer") → "1 answer"; plural(3, "child", "children") → "3 children". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
