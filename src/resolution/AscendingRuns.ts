import { countBelow } from '../extraction/countBelow.js';

/**
 * A multiset of numbers kept as ascending runs, for "largest value below x" queries in
 * O(runs · log n). Values added in ascending order extend the last run; a smaller value opens a
 * new one. Coreference adds mention starts pass by pass, each pass in text order, so a
 * cluster's starts form a handful of runs however long the article is.
 */
export class AscendingRuns {
  private runs: number[][] = [];

  add(value: number): void {
    const last = this.runs[this.runs.length - 1];
    if (last && last[last.length - 1]! <= value) last.push(value);
    else this.runs.push([value]);
  }

  /** Replaces the contents by `values` (any order). */
  reset(values: readonly number[]): void {
    this.runs = [];
    const sorted = [...values].sort((a, b) => a - b);
    if (sorted.length > 0) this.runs.push(sorted);
  }

  get runCount(): number {
    return this.runs.length;
  }

  /** The largest value below `limit`, or -1 when there is none (values are ≥ 0). */
  lastBelow(limit: number): number {
    let best = -1;
    for (const run of this.runs) {
      const n = countBelow(run, limit);
      if (n > 0 && run[n - 1]! > best) best = run[n - 1]!;
    }
    return best;
  }
}
