/**
 * Averaged perceptron over hashed features (Collins 2002; Honnibal's "500 lines" parser). A
 * feature hash picks a row of `nClasses` weights; a prediction sums the rows of its features.
 * At run time the averaged weights are int16 with one scale factor (half the memory of float32,
 * the same argmax); training keeps float32 weights with lazily updated float64 totals.
 */
import { ModelError } from '../errors.js';
import { SimdTables } from './simdScorer.js';

export interface PerceptronShape {
  /** log2 of the number of weight rows (feature hashes are masked to this many bits). */
  rowBits: number;
  nClasses: number;
}

/** Scores class `c` into out[c] (out is zeroed first) from a full table of weights. */
function accumulate(values: ArrayLike<number>, mask: number, nClasses: number, features: Int32Array, count: number, out: Float32Array): void {
  out.fill(0, 0, nClasses);
  for (let f = 0; f < count; f++) {
    const base = (features[f]! & mask) * nClasses;
    for (let c = 0; c < nClasses; c++) out[c]! += values[base + c]!;
  }
}

/** Number of set bits of a 32-bit integer. */
function bitCount(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * A trained model: int16 weights and the factor that turns them back into float scores.
 *
 * Trained tables are mostly empty (a tenth to a half of the rows have any weight), so at run
 * time only the non-zero rows are kept, in WebAssembly memory where `SimdTables` sums them four
 * classes at a time; a rank directory (per 32 rows, a bit set of the rows that have weights and
 * how many such rows come before) turns a row number into its place among them. Scores are the
 * same sums as over the full table (integers, exact in float32), from a fraction of the memory.
 */
export class Perceptron {
  readonly mask: number;
  /** Rows with at least one non-zero weight. */
  readonly nonZeroRows: number;
  private readonly tables: SimdTables;

  /** From the non-zero rows of a model (see `fromWeights` for a full table). */
  constructor(
    readonly shape: PerceptronShape,
    readonly scale: number,
    rows: SparseRows,
  ) {
    this.mask = (1 << shape.rowBits) - 1;
    this.tables = rows.layout();
    this.nonZeroRows = this.tables.rows.length / this.tables.stride;
  }

  /** From a full table of (1 << rowBits) × nClasses weights, row-major. */
  static fromWeights(shape: PerceptronShape, weights: Int16Array, scale: number): Perceptron {
    const expected = (1 << shape.rowBits) * shape.nClasses;
    if (weights.length !== expected) {
      throw new ModelError(`a perceptron of ${1 << shape.rowBits} rows × ${shape.nClasses} classes needs ${expected} weights, found ${weights.length}`);
    }
    let rowCount = 0;
    for (let r = 0; r < 1 << shape.rowBits; r++) {
      for (let c = 0; c < shape.nClasses; c++) {
        if (weights[r * shape.nClasses + c] === 0) continue;
        rowCount++;
        break;
      }
    }
    const rows = new SparseRows(shape, rowCount);
    const classes = new Uint8Array(shape.nClasses);
    const values = new Int16Array(shape.nClasses);
    for (let r = 0; r < 1 << shape.rowBits; r++) {
      let count = 0;
      for (let c = 0; c < shape.nClasses; c++) {
        const v = weights[r * shape.nClasses + c]!;
        if (v === 0) continue;
        classes[count] = c;
        values[count++] = v;
      }
      if (count > 0) rows.add(r, classes, values, count);
    }
    return new Perceptron(shape, scale, rows);
  }

  /** The full table of weights (rebuilt on each call: for writing files and tests). */
  get weights(): Int16Array {
    const n = this.shape.nClasses;
    const out = new Int16Array((1 << this.shape.rowBits) * n);
    this.forEachRow((row, classes, values, count) => {
      for (let j = 0; j < count; j++) out[row * n + classes[j]!] = values[j]!;
    });
    return out;
  }

  /** Calls `fn` for every row with weights, in increasing row order, with its non-zero weights. */
  forEachRow(fn: (row: number, classes: Uint8Array, values: Int16Array, count: number) => void): void {
    const { directory, rows, stride } = this.tables;
    const classes = new Uint8Array(this.shape.nClasses);
    const values = new Int16Array(this.shape.nClasses);
    let rank = 0;
    for (let word = 0; word < directory.length >> 1; word++) {
      const bits = directory[word << 1]!;
      for (let b = 0; b < 32; b++) {
        if (((bits >>> b) & 1) === 0) continue;
        let count = 0;
        for (let c = 0; c < this.shape.nClasses; c++) {
          const v = rows[rank * stride + c]!;
          if (v === 0) continue;
          classes[count] = c;
          values[count++] = v;
        }
        rank++;
        fn(word * 32 + b, classes, values, count);
      }
    }
  }

  /** Raw (unscaled) class scores of a feature vector into `out`. */
  score(features: Int32Array, count: number, out: Float32Array): void {
    this.tables.score(features, count, this.mask, out);
  }
}

/** Lays out a model's non-zero rows, given in increasing row order, for scoring. */
export class SparseRows {
  private readonly tables: SimdTables;
  private added = 0;
  private last = -1;

  /** For `rowCount` rows with weights. */
  constructor(
    readonly shape: PerceptronShape,
    readonly rowCount: number,
  ) {
    this.tables = new SimdTables(shape.nClasses, Math.max(1, (1 << shape.rowBits) >>> 5), rowCount);
  }

  /** Adds row `row` (above every row added before) with `count` non-zero weights. */
  add(row: number, classes: ArrayLike<number>, values: ArrayLike<number>, count: number): void {
    if (row <= this.last || row >= 1 << this.shape.rowBits || this.added >= this.rowCount) {
      throw new ModelError(`expected ${this.rowCount} weight rows in increasing order below ${1 << this.shape.rowBits}, found row ${row} after ${this.last} (row ${this.added + 1})`);
    }
    this.last = row;
    const { directory, rows, stride } = this.tables;
    directory[(row >>> 5) << 1]! |= 1 << (row & 31);
    const base = this.added++ * stride;
    for (let j = 0; j < count; j++) rows[base + classes[j]!] = values[j]!;
  }

  /** The rows as scoring tables (once all rows are in). */
  layout(): SimdTables {
    if (this.added !== this.rowCount) throw new ModelError(`expected ${this.rowCount} weight rows, found ${this.added}`);
    const directory = this.tables.directory;
    for (let word = 0, before = 0; word < directory.length; word += 2) {
      directory[word + 1] = before;
      before += bitCount(directory[word]!);
    }
    return this.tables;
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
    return Perceptron.fromWeights(this.shape, quantised, scale);
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

