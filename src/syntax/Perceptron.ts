/**
 * Averaged perceptron over hashed features (Collins 2002; Honnibal's "500 lines" parser). A
 * feature hash picks a row of `nClasses` weights; a prediction sums the rows of its features.
 * At run time the averaged weights are int16 with one scale factor (half the memory of float32,
 * the same argmax); training keeps float32 weights with lazily updated float64 totals.
 */
import { ModelError } from '../errors.js';

export interface PerceptronShape {
  /** log2 of the number of weight rows (feature hashes are masked to this many bits). */
  rowBits: number;
  nClasses: number;
}

/** Scores class `c` into out[c] (out is zeroed first). Shared by the runtime and the trainer. */
function accumulate(values: ArrayLike<number>, mask: number, nClasses: number, features: Int32Array, count: number, out: Float32Array): void {
  out.fill(0, 0, nClasses);
  for (let f = 0; f < count; f++) {
    const base = (features[f]! & mask) * nClasses;
    for (let c = 0; c < nClasses; c++) out[c]! += values[base + c]!;
  }
}

/** A trained model: int16 weights and the factor that turns them back into float scores. */
export class Perceptron {
  readonly mask: number;

  constructor(
    readonly shape: PerceptronShape,
    readonly weights: Int16Array,
    readonly scale: number,
  ) {
    const expected = (1 << shape.rowBits) * shape.nClasses;
    if (weights.length !== expected) {
      throw new ModelError(`a perceptron of ${1 << shape.rowBits} rows × ${shape.nClasses} classes needs ${expected} weights, found ${weights.length}`);
    }
    this.mask = (1 << shape.rowBits) - 1;
  }

  /** Raw (unscaled) class scores of a feature vector into `out`. */
  score(features: Int32Array, count: number, out: Float32Array): void {
    accumulate(this.weights, this.mask, this.shape.nClasses, features, count, out);
  }
}

/** The training side: float weights, averaged over every update step when training ends. */
export class PerceptronTrainer {
  readonly mask: number;
  readonly weights: Float32Array;
  private readonly totals: Float64Array;
  private readonly stamps: Int32Array;
  private clock = 0;

  constructor(readonly shape: PerceptronShape) {
    const size = (1 << shape.rowBits) * shape.nClasses;
    this.mask = (1 << shape.rowBits) - 1;
    this.weights = new Float32Array(size);
    this.totals = new Float64Array(size);
    this.stamps = new Int32Array(size);
  }

  score(features: Int32Array, count: number, out: Float32Array): void {
    accumulate(this.weights, this.mask, this.shape.nClasses, features, count, out);
  }

  /** One training instance has been seen (advances the averaging clock). */
  tick(): void {
    this.clock++;
  }

  /** Moves the weights of `features` towards `truth` and away from `guess` (no-op when equal). */
  update(features: Int32Array, count: number, truth: number, guess: number): void {
    if (truth === guess) return;
    for (let f = 0; f < count; f++) {
      const base = (features[f]! & this.mask) * this.shape.nClasses;
      this.bump(base + truth, 1);
      this.bump(base + guess, -1);
    }
  }

  private bump(index: number, delta: number): void {
    this.totals[index]! += (this.clock - this.stamps[index]!) * this.weights[index]!;
    this.stamps[index] = this.clock;
    this.weights[index]! += delta;
  }

  /** The averaged weights as a run-time model (int16 plus scale), dropping |w| below `prune`. */
  finish(prune = 0): Perceptron {
    const size = this.weights.length;
    const averaged = new Float64Array(size);
    let maxAbs = 0;
    const clock = Math.max(this.clock, 1);
    for (let i = 0; i < size; i++) {
      const total = this.totals[i]! + (this.clock - this.stamps[i]!) * this.weights[i]!;
      const value = total / clock;
      averaged[i] = value;
      if (Math.abs(value) > maxAbs) maxAbs = Math.abs(value);
    }
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const quantised = new Int16Array(size);
    for (let i = 0; i < size; i++) {
      const value = averaged[i]!;
      if (Math.abs(value) < prune) continue;
      quantised[i] = Math.round(value / scale);
    }
    return new Perceptron(this.shape, quantised, scale);
  }
}

/** Index of the highest score among classes allowed by `allowed` (all when omitted). */
export function argmax(scores: Float32Array, nClasses: number, allowed?: (c: number) => boolean): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let c = 0; c < nClasses; c++) {
    if (allowed !== undefined && !allowed(c)) continue;
    const s = scores[c]!;
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return best;
}

