import { describe, expect, it } from 'vitest';
import { AscendingRuns } from '../../../src/resolution/AscendingRuns.js';

/** The reference answer: a scan over every value. */
const scanLastBelow = (values: number[], limit: number): number => values.reduce((best, v) => (v < limit && v > best ? v : best), -1);

describe('AscendingRuns', () => {
  it('answers "largest value below" like a scan, whatever the insertion order', () => {
    const values: number[] = [];
    const runs = new AscendingRuns();
    // Three passes in ascending order each (as coreference attaches mentions), then one descending.
    for (const pass of [[3, 9, 20, 41], [1, 9, 15, 60], [0, 33], [50, 40, 30]]) {
      for (const v of pass) {
        runs.add(v);
        values.push(v);
        for (let limit = 0; limit <= 62; limit++) expect(runs.lastBelow(limit)).toBe(scanLastBelow(values, limit));
      }
    }
    expect(runs.runCount).toBe(5); // [3 9 20 41] [1 9 15 60] [0 33 50] [40] [30]
  });

  it('reset keeps one sorted run of the given values', () => {
    const runs = new AscendingRuns();
    for (const v of [5, 1, 4]) runs.add(v);
    runs.reset([7, 2, 11]);
    expect(runs.runCount).toBe(1);
    expect([0, 2, 3, 8, 12].map((l) => runs.lastBelow(l))).toEqual([-1, -1, 2, 7, 11]);
    runs.reset([]);
    expect(runs.lastBelow(100)).toBe(-1);
  });
});
