/**
 * The model file format: "NGSYNTAX" magic, a format version, a JSON header (settings, label
 * names, gazetteers …) and named perceptrons stored sparsely (only non-zero rows, delta-coded
 * row numbers, int16 weights), the whole deflated. Encoding is deterministic, so the same
 * model gives the same bytes and a file round-trips byte for byte.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { ModelError } from '../errors.js';
import { Perceptron, SparseRows } from './Perceptron.js';

export const MODEL_MAGIC = 'NGSYNTAX';
export const MODEL_FORMAT_VERSION = 1;

export interface ModelBundle {
  /** What the file holds ("tagger", "parser", "entities") and its settings; plain JSON. */
  header: Record<string, unknown>;
  perceptrons: Record<string, Perceptron>;
}

class Writer {
  private chunks: Buffer[] = [];
  private current = Buffer.alloc(1 << 16);
  private at = 0;

  private room(n: number): void {
    if (this.at + n <= this.current.length) return;
    this.chunks.push(this.current.subarray(0, this.at));
    this.current = Buffer.alloc(Math.max(1 << 16, n));
    this.at = 0;
  }
  u8(v: number): void { this.room(1); this.current[this.at++] = v; }
  u32(v: number): void { this.room(4); this.current.writeUInt32LE(v >>> 0, this.at); this.at += 4; }
  i16(v: number): void { this.room(2); this.current.writeInt16LE(v, this.at); this.at += 2; }
  f64(v: number): void { this.room(8); this.current.writeDoubleLE(v, this.at); this.at += 8; }
  varint(v: number): void { while (v >= 0x80) { this.u8((v & 0x7f) | 0x80); v = Math.floor(v / 128); } this.u8(v); }
  bytes(b: Buffer): void { this.room(b.length); b.copy(this.current, this.at); this.at += b.length; }
  done(): Buffer { this.chunks.push(this.current.subarray(0, this.at)); return Buffer.concat(this.chunks); }
}

class Reader {
  at = 0;
  constructor(private readonly buf: Buffer, private readonly name: string) {}
  private need(n: number): void {
    if (this.at + n > this.buf.length) throw new ModelError(`${this.name}: expected ${n} more byte(s) at offset ${this.at}, found the end of the model data`);
  }
  u8(): number { this.need(1); return this.buf[this.at++]!; }
  u32(): number { this.need(4); const v = this.buf.readUInt32LE(this.at); this.at += 4; return v; }
  i16(): number { this.need(2); const v = this.buf.readInt16LE(this.at); this.at += 2; return v; }
  f64(): number { this.need(8); const v = this.buf.readDoubleLE(this.at); this.at += 8; return v; }
  varint(): number { let v = 0, mul = 1, b: number; do { b = this.u8(); v += (b & 0x7f) * mul; mul *= 128; } while (b & 0x80); return v; }
  bytes(n: number): Buffer { this.need(n); const b = this.buf.subarray(this.at, this.at + n); this.at += n; return b; }
}

function writePerceptron(out: Writer, p: Perceptron): void {
  out.u8(p.shape.rowBits);
  out.u8(p.shape.nClasses);
  out.f64(p.scale);
  out.u32(p.nonZeroRows);
  let previous = -1;
  p.forEachRow((row, classes, values, count) => {
    out.varint(row - previous - 1);
    previous = row;
    out.u8(count);
    for (let j = 0; j < count; j++) {
      out.u8(classes[j]!);
      out.i16(values[j]!);
    }
  });
}

function readPerceptron(input: Reader, name: string): Perceptron {
  const rowBits = input.u8();
  const nClasses = input.u8();
  const scale = input.f64();
  if (rowBits < 1 || rowBits > 24 || nClasses < 1) throw new ModelError(`${name}: expected 1–24 row bits and at least one class, found ${rowBits} and ${nClasses}`);
  const shape = { rowBits, nClasses };
  const nonZeroRows = input.u32();
  if (nonZeroRows > 1 << rowBits) throw new ModelError(`${name}: expected at most ${1 << rowBits} weight rows, found ${nonZeroRows}`);
  const rows = new SparseRows(shape, nonZeroRows);
  const classes = new Uint8Array(nClasses);
  const values = new Int16Array(nClasses);
  let row = -1;
  for (let k = 0; k < nonZeroRows; k++) {
    row += input.varint() + 1;
    const count = input.u8();
    if (row >= 1 << rowBits || count > nClasses) throw new ModelError(`${name}: expected rows below ${1 << rowBits} of at most ${nClasses} weights, found row ${row} with ${count}`);
    for (let j = 0; j < count; j++) {
      classes[j] = input.u8();
      values[j] = input.i16();
      if (classes[j]! >= nClasses || (j > 0 && classes[j]! <= classes[j - 1]!)) throw new ModelError(`${name}: expected increasing classes below ${nClasses} in row ${row}, found class ${classes[j]}`);
    }
    rows.add(row, classes, values, count);
  }
  return new Perceptron(shape, scale, rows);
}

/** Encodes a model bundle as file bytes. */
export function encodeModel(bundle: ModelBundle): Buffer {
  const out = new Writer();
  const header = Buffer.from(JSON.stringify(bundle.header), 'utf8');
  out.u32(header.length);
  out.bytes(header);
  const names = Object.keys(bundle.perceptrons).sort();
  out.u8(names.length);
  for (const name of names) {
    const nameBytes = Buffer.from(name, 'utf8');
    out.u8(nameBytes.length);
    out.bytes(nameBytes);
    writePerceptron(out, bundle.perceptrons[name]!);
  }
  const body = deflateRawSync(out.done(), { level: 9 });
  const prefix = Buffer.alloc(12);
  prefix.write(MODEL_MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(MODEL_FORMAT_VERSION, 8);
  return Buffer.concat([prefix, body]);
}

/** Decodes model file bytes; `name` (a path) appears in error messages. */
export function decodeModel(bytes: Buffer, name: string): ModelBundle {
  if (bytes.length < 12 || bytes.toString('latin1', 0, 8) !== MODEL_MAGIC) {
    throw new ModelError(`${name}: expected a newsgraph syntax model (starting with ${MODEL_MAGIC}), found ${bytes.length < 12 ? `${bytes.length} byte(s)` : JSON.stringify(bytes.toString('latin1', 0, 8))}`);
  }
  const version = bytes.readUInt32LE(8);
  if (version !== MODEL_FORMAT_VERSION) {
    throw new ModelError(`${name}: expected model format version ${MODEL_FORMAT_VERSION}, found ${version}; rebuild the models with npm run train or reinstall`);
  }
  let body: Buffer;
  try {
    body = inflateRawSync(bytes.subarray(12));
  } catch (error) {
    throw new ModelError(`${name}: expected deflated model data, found damaged bytes (${(error as Error).message})`, {}, { cause: error });
  }
  const input = new Reader(body, name);
  const headerLength = input.u32();
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(input.bytes(headerLength).toString('utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new ModelError(`${name}: expected a JSON model header, found unreadable text`, {}, { cause: error });
  }
  const perceptrons: Record<string, Perceptron> = {};
  const count = input.u8();
  for (let k = 0; k < count; k++) {
    const key = input.bytes(input.u8()).toString('utf8');
    perceptrons[key] = readPerceptron(input, `${name} (${key})`);
  }
  return { header, perceptrons };
}
