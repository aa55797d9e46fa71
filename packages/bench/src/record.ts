// Every benchmark's figures are saved with when and where they were taken: the machine, the
// command, and the 1-minute load average at the start and at the end of the run (the machine is
// often shared, so a figure taken under load says so). docs/BENCHMARKS.md is generated from these
// files by src/report.ts.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";

export const RESULTS_DIR = join(import.meta.dirname, "..", "results");

export interface Machine {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
}

export interface RunInfo {
  /** ISO time the run started. */
  at: string;
  /** The command that reproduces it, from the repository root. */
  command: string;
  machine: Machine;
  /** The 1-minute load average (os.loadavg()[0]) at the start and at the end. */
  loadAverage: { start: number; end: number };
  seconds: number;
}

export type Recorded<T> = T & { run: RunInfo };

export function machine(): Machine {
  let cpuModel = cpus()[0]?.model ?? "unknown";
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"));
    if (m) cpuModel = m[1]!.trim();
  } catch {
    // not Linux
  }
  return {
    cores: cpus().length,
    cpuModel,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
  };
}

const load1 = () => Math.round(loadavg()[0]! * 100) / 100;

/**
 * Runs one benchmark, printing the load average before and after, and saves its figures to
 * results/<name>.json with the run's details.
 */
export async function recordRun<T extends object>(
  name: string,
  command: string,
  run: () => Promise<T>,
): Promise<Recorded<T>> {
  const start = load1();
  const at = new Date().toISOString();
  const t0 = performance.now();
  console.log(`[${name}] 1-minute load average at the start: ${start.toFixed(2)}`);
  const result = await run();
  const end = load1();
  console.log(`[${name}] 1-minute load average at the end: ${end.toFixed(2)}`);
  const recorded: Recorded<T> = {
    ...result,
    run: {
      at,
      command,
      machine: machine(),
      loadAverage: { start, end },
      seconds: Math.round((performance.now() - t0) / 100) / 10,
    },
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, `${name}.json`), `${JSON.stringify(recorded, null, 2)}\n`);
  return recorded;
}

export function printRunInfo(r: { run?: RunInfo }): void {
  if (!r.run) return;
  const l = r.run.loadAverage;
  console.log(
    `  (${r.run.at.slice(0, 16).replace("T", " ")} UTC, load average ${l.start.toFixed(2)} → ${l.end.toFixed(2)}: \`${r.run.command}\`)`,
  );
}
