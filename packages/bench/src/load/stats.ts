// Latency samples and their percentiles (nearest rank over every sample: no histogram buckets).

export class Latencies {
  private samples = new Float64Array(1024);
  private n = 0;

  add(ms: number): void {
    if (this.n === this.samples.length) {
      const grown = new Float64Array(this.samples.length * 2);
      grown.set(this.samples);
      this.samples = grown;
    }
    this.samples[this.n++] = ms;
  }

  get count(): number {
    return this.n;
  }

  summary(): LatencySummary {
    const sorted = this.samples.slice(0, this.n).sort();
    const at = (p: number) =>
      this.n ? sorted[Math.min(this.n - 1, Math.ceil(p * this.n) - 1)]! : 0;
    let sum = 0;
    for (const v of sorted) sum += v;
    return {
      count: this.n,
      mean: this.n ? sum / this.n : 0,
      p50: at(0.5),
      p95: at(0.95),
      p99: at(0.99),
      max: this.n ? sorted[this.n - 1]! : 0,
    };
  }
}

export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
