// Reads a V8 .cpuprofile (node --cpu-prof) and says where the time went: self time per function
// and per package, and inclusive time of the functions we name.
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface Share {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  idleMs: number;
  busyMs: number;
  byFunction: Share[];
  byPackage: Share[];
  /** Time under (inclusive of) frames whose name or file matches each pattern. */
  inclusive: Share[];
}

/** Which package (or area) a frame belongs to, from its script URL. */
export function packageOf(url: string, functionName: string): string {
  if (!url) {
    if (functionName === "(garbage collector)") return "(gc)";
    if (functionName === "(idle)" || functionName === "(program)") return functionName;
    return "(native)";
  }
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + "node_modules/".length).split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith("node:")) return "node:internal";
  const ws = /\/(packages|apps)\/([^/]+)\//.exec(url);
  if (ws) return `@studykit/${ws[2]}`;
  if (/\.next[^/]*\//.test(url)) return "next (bundled)";
  return url;
}

export function summarizeCpuProfile(
  path: string,
  inclusivePatterns: Record<string, RegExp> = {},
  top = 25,
): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const fn = new Map<string, number>();
  const pkg = new Map<string, number>();
  const incl = new Map<string, number>();
  let idle = 0;
  let total = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    total += us;
    if (functionName === "(idle)") {
      idle += us;
      continue;
    }
    const where = url
      ? `${url.replace(/^.*\/(node_modules|packages|apps)\//, "$1/")}:${lineNumber + 1}`
      : "";
    const key = `${functionName || "(anonymous)"} ${where}`.trim();
    fn.set(key, (fn.get(key) ?? 0) + us);
    const p = packageOf(url, functionName);
    pkg.set(p, (pkg.get(p) ?? 0) + us);
    // Inclusive: count the sample once per pattern if any frame on its stack matches.
    const matched = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      for (const [name, re] of Object.entries(inclusivePatterns)) {
        if (!matched.has(name) && re.test(`${frame.functionName} ${frame.url}`)) matched.add(name);
      }
    }
    for (const name of matched) incl.set(name, (incl.get(name) ?? 0) + us);
  }
  const busy = total - idle;
  const shares = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({ name, ms: us / 1000, share: busy ? us / busy : 0 }));
  return {
    totalMs: total / 1000,
    idleMs: idle / 1000,
    busyMs: busy / 1000,
    byFunction: shares(fn, top),
    byPackage: shares(pkg, top),
    inclusive: shares(incl, Object.keys(inclusivePatterns).length),
  };
}

export function printProfile(summary: ProfileSummary): void {
  const pct = (s: number) => `${(s * 100).toFixed(1).padStart(5)}%`;
  console.log(
    `CPU profile: ${summary.totalMs.toFixed(0)} ms sampled, ${summary.busyMs.toFixed(0)} ms busy (${((summary.busyMs / summary.totalMs) * 100).toFixed(0)}% of the main thread)`,
  );
  console.log("  Self time by package (share of busy time):");
  for (const s of summary.byPackage.slice(0, 15)) console.log(`    ${pct(s.share)}  ${s.name}`);
  console.log("  Self time by function:");
  for (const s of summary.byFunction.slice(0, 20)) console.log(`    ${pct(s.share)}  ${s.name}`);
  if (summary.inclusive.length) {
    console.log("  Inclusive time under:");
    for (const s of summary.inclusive) console.log(`    ${pct(s.share)}  ${s.name}`);
  }
}
