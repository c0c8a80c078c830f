/**
 * The perceptrons' inner loop in WebAssembly SIMD: for each feature, find its weight row among
 * the non-zero rows (a rank directory) and add the row's int16 weights, four classes per
 * instruction, to int32 class sums. A labeller row holds ~28 non-zero weights of 51 per lookup,
 * so the dense four-lane adds beat any scalar JavaScript loop by several times.
 *
 * The module is a few hundred bytes assembled here (no build step, no binary in the repo); each
 * model gets its own linear memory:
 *
 *   0 .. 1023          class sums (int32, up to 256 classes)
 *   1024 .. 5119       the feature hashes of one call (int32, up to 1024)
 *   8192 ..            directory: per 32 rows, a bit set of the rows with weights and how many
 *                      such rows come before (two int32)
 *   then, 16-aligned   the non-zero rows, `stride` int16 weights each (classes padded to 4)
 */
import { ModelError } from '../errors.js';

const SUMS_AT = 0;
const FEATURES_AT = 1024;
export const FEATURE_CAPACITY = 1024;
const DIRECTORY_AT = 8192;
const PAGE = 65536;
/** The most one model's tables may take (WebAssembly memories stop at 4 GB). */
const MAX_BYTES = 2 ** 31;

/** Unsigned LEB128. */
function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

function sized(bytes: number[]): number[] {
  return [...uleb(bytes.length), ...bytes];
}

function name(text: string): number[] {
  return sized([...Buffer.from(text, 'utf8')]);
}

// Opcodes (core and SIMD) of the instructions the scorer uses.
const I32 = 0x7f;
const BLOCK = [0x02, 0x40], LOOP = [0x03, 0x40], END = 0x0b;
const BR = 0x0c, BR_IF = 0x0d;
const GET = 0x20, SET = 0x21;
const I32_LOAD = 0x28, I32_CONST = 0x41;
const I32_EQZ = 0x45, I32_GE_U = 0x4f, I32_POPCNT = 0x69;
const I32_ADD = 0x6a, I32_SUB = 0x6b, I32_MUL = 0x6c, I32_AND = 0x71, I32_SHL = 0x74, I32_SHR_U = 0x76;
const SIMD = 0xfd, V128_LOAD16X4_S = 0x03, V128_STORE = 0x0b;
const I32X4_ADD = [0xae, 0x01];
/** memarg: alignment hint 1 byte (always valid) and a byte offset. */
const at = (offset: number): number[] => [0x00, ...uleb(offset)];

// score(features, count, directory, mask, rows, rowBytes): params 0–5, i32 locals 6–11, then
// one v128 local per four classes (the sums stay in registers until the end).
const [FEAT, COUNT, DIR, MASK, ROWS, ROW_BYTES] = [0, 1, 2, 3, 4, 5];
const [LAST, ROW, BITS, BIT, P, WORD] = [6, 7, 8, 9, 10, 11];
const SUM = 12;
const V128 = 0x7b;

/** The scoring function for rows of `vectors` × 4 classes, its loop over classes unrolled. */
function scoreBody(vectors: number): number[] {
  const addRow: number[] = [];
  for (let v = 0; v < vectors; v++) addRow.push(GET, SUM + v, GET, P, SIMD, V128_LOAD16X4_S, ...at(8 * v), SIMD, ...I32X4_ADD, SET, SUM + v);
  const storeSums: number[] = [];
  for (let v = 0; v < vectors; v++) storeSums.push(I32_CONST, SUMS_AT, GET, SUM + v, SIMD, V128_STORE, ...at(16 * v));
  const features = [
    GET, FEAT, GET, COUNT, I32_CONST, 2, I32_SHL, I32_ADD, SET, LAST,
    ...BLOCK, ...LOOP,
    GET, FEAT, GET, LAST, I32_GE_U, BR_IF, 1,
    GET, FEAT, I32_LOAD, ...at(0), GET, MASK, I32_AND, SET, ROW,
    GET, FEAT, I32_CONST, 4, I32_ADD, SET, FEAT,
    GET, DIR, GET, ROW, I32_CONST, 5, I32_SHR_U, I32_CONST, 3, I32_SHL, I32_ADD, SET, WORD,
    GET, WORD, I32_LOAD, ...at(0), SET, BITS,
    I32_CONST, 1, GET, ROW, I32_SHL, SET, BIT,
    // A row without weights adds nothing: next feature.
    GET, BITS, GET, BIT, I32_AND, I32_EQZ, BR_IF, 0,
    // p = rows + (rows before this word + set bits below this row) * rowBytes
    GET, ROWS, GET, WORD, I32_LOAD, ...at(4), GET, BITS, GET, BIT, I32_CONST, 1, I32_SUB, I32_AND, I32_POPCNT, I32_ADD, GET, ROW_BYTES, I32_MUL, I32_ADD, SET, P,
    ...addRow,
    BR, 0, END, END,
  ];
  return [2, 6, I32, ...uleb(vectors), V128, ...features, ...storeSums, END];
}

function assemble(vectors: number): Uint8Array {
  const section = (id: number, content: number[]): number[] => [id, ...sized(content)];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 6, ...new Array<number>(6).fill(I32), 0]),
    ...section(2, [1, ...name('m'), ...name('memory'), 0x02, 0x00, 0x00]),
    ...section(3, [1, 0]),
    ...section(7, [1, ...name('score'), 0x00, 0]),
    ...section(10, [1, ...sized(scoreBody(vectors))]),
  ]);
}

/** The part of the WebAssembly API used here (Node's type definitions for Node 20 lack it). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, Record<string, unknown>>) => { exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number; maximum: number }) => { buffer: ArrayBuffer };
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
/** Compiled modules by the number of four-class vectors per row. */
const compiled = new Map<number, object>();

type ScoreFunction = (features: number, count: number, directory: number, mask: number, rows: number, rowBytes: number) => void;

/** One model's tables in WebAssembly memory and the function that scores against them. */
export class SimdTables {
  readonly stride: number;
  /** Directory words: [bits, rows before] per 32 rows. */
  readonly directory: Int32Array;
  /** Non-zero rows, `stride` weights each. */
  readonly rows: Int16Array;
  private readonly features: Int32Array;
  private readonly sums: Int32Array;
  private readonly run: ScoreFunction;
  private readonly rowsAt: number;

  constructor(
    readonly nClasses: number,
    directoryWords: number,
    rowCount: number,
  ) {
    this.stride = Math.ceil(nClasses / 4) * 4;
    this.rowsAt = Math.ceil((DIRECTORY_AT + directoryWords * 8) / 16) * 16;
    const bytes = this.rowsAt + rowCount * this.stride * 2;
    if (bytes > MAX_BYTES) throw new ModelError(`a model of ${rowCount} weight rows × ${nClasses} classes needs ${Math.ceil(bytes / 2 ** 20)} MB of tables, expected at most ${MAX_BYTES / 2 ** 20} MB`);
    const pages = Math.max(1, Math.ceil(bytes / PAGE));
    const memory = new wasm.Memory({ initial: pages, maximum: pages });
    const vectors = this.stride / 4;
    if (!compiled.has(vectors)) compiled.set(vectors, new wasm.Module(assemble(vectors)));
    const instance = new wasm.Instance(compiled.get(vectors)!, { m: { memory } });
    this.run = instance.exports['score'] as ScoreFunction;
    this.sums = new Int32Array(memory.buffer, SUMS_AT, 256);
    this.features = new Int32Array(memory.buffer, FEATURES_AT, FEATURE_CAPACITY);
    this.directory = new Int32Array(memory.buffer, DIRECTORY_AT, directoryWords * 2);
    this.rows = new Int16Array(memory.buffer, this.rowsAt, rowCount * this.stride);
  }

  /** Class sums of the rows of `features` (hashes, masked with `mask`) into `out`. */
  score(features: Int32Array, count: number, mask: number, out: Float32Array): void {
    const n = this.nClasses;
    const buffer = this.features;
    for (let done = 0; done < count; done += FEATURE_CAPACITY) {
      const chunk = Math.min(FEATURE_CAPACITY, count - done);
      for (let f = 0; f < chunk; f++) buffer[f] = features[done + f]!;
      this.run(FEATURES_AT, chunk, DIRECTORY_AT, mask, this.rowsAt, this.stride * 2);
      for (let c = 0; c < n; c++) out[c] = (done === 0 ? 0 : out[c]!) + this.sums[c]!;
    }
  }
}
