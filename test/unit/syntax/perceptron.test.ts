import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/syntax/hash.js';
import { Perceptron } from '../../../src/syntax/Perceptron.js';
import { FEATURE_CAPACITY } from '../../../src/syntax/simdScorer.js';

/** A full weight table with most rows empty, like a trained one. */
function randomTable(rowBits: number, nClasses: number, seed: number): Int16Array {
  const random = seededRandom(seed);
  const weights = new Int16Array((1 << rowBits) * nClasses);
  for (let r = 0; r < 1 << rowBits; r++) {
    if (random() < 0.7) continue;
    for (let c = 0; c < nClasses; c++) if (random() < 0.4) weights[r * nClasses + c] = Math.round((random() * 2 - 1) * 32767);
  }
  return weights;
}

/** Scores straight from the full table, as the trainer computes them. */
function reference(weights: Int16Array, rowBits: number, nClasses: number, features: Int32Array): number[] {
  const out = new Array<number>(nClasses).fill(0);
  for (const f of features) for (let c = 0; c < nClasses; c++) out[c]! += weights[(f & ((1 << rowBits) - 1)) * nClasses + c]!;
  return out;
}

describe('run-time perceptron (non-zero rows, SIMD sums)', () => {
  it.each([
    [10, 1],
    [12, 3],
    [9, 17],
    [11, 51],
    [6, 255],
  ])('scores %i-bit tables of %i classes exactly as the full table does', (rowBits, nClasses) => {
    const weights = randomTable(rowBits, nClasses, rowBits * 100 + nClasses);
    const model = Perceptron.fromWeights({ rowBits, nClasses }, weights, 0.5);
    const random = seededRandom(nClasses);
    const out = new Float32Array(nClasses);
    for (const count of [0, 1, 7, 112]) {
      const features = Int32Array.from({ length: count }, () => Math.floor(random() * 2 ** 32) | 0);
      model.score(features, count, out);
      expect(Array.from(out)).toEqual(reference(weights, rowBits, nClasses, features));
    }
    expect(Array.from(model.weights)).toEqual(Array.from(weights));
  });

  it('takes more features than one call holds', () => {
    const weights = randomTable(8, 5, 3);
    const model = Perceptron.fromWeights({ rowBits: 8, nClasses: 5 }, weights, 1);
    const features = Int32Array.from({ length: FEATURE_CAPACITY * 2 + 17 }, (_, i) => i * 7);
    const out = new Float32Array(5);
    model.score(features, features.length, out);
    expect(Array.from(out)).toEqual(reference(weights, 8, 5, features));
  });

  it('keeps only the rows that have weights', () => {
    const weights = new Int16Array((1 << 12) * 4);
    weights[5 * 4 + 2] = 9;
    weights[4095 * 4] = -3;
    const model = Perceptron.fromWeights({ rowBits: 12, nClasses: 4 }, weights, 1);
    expect(model.nonZeroRows).toBe(2);
    const rows: number[] = [];
    model.forEachRow((row, classes, values, count) => rows.push(row, count, classes[0]!, values[0]!));
    expect(rows).toEqual([5, 1, 2, 9, 4095, 1, 0, -3]);
  });
});
