/**
 * Order-preserving binary keys for the LMDB indexes of the embedded store (data format 3).
 *
 * A key is a tuple of parts, each with a kind fixed by the sub-database's schema:
 * - `u8`, `u32`: unsigned integers, 1 and 4 bytes big-endian;
 * - `ndesc`: a non-negative finite number in descending order (IEEE-754 bits big-endian,
 *   complemented: for non-negative doubles the bit patterns order like the numbers);
 * - `str`: a string in UTF-16 code-unit order (the order of `compareStrings`, which LMDB's
 *   default UTF-8 keys do not give for characters above U+E000 against emoji). Each code unit
 *   is written like UTF-8 writes a code point of the same value (1–3 bytes; surrogates one by
 *   one), bytes 0x00 and 0x01 escaped as 0x01 0x01 and 0x01 0x02, then a 0x00 terminator. A
 *   string whose encoding exceeds MAX_STRING_BYTES keeps the longest prefix that fits in
 *   MAX_STRING_BYTES − 33 bytes, then 0xFF and the SHA-256 of the whole string: such keys stay
 *   unique, and their order is exact except against strings that share that whole prefix;
 * - `desc`: a `str` with every byte complemented, so it sorts in descending order.
 * Byte order of two encoded tuples is then the tuple order, part by part. `HIGH` as the last
 * part writes 0xFF, which sorts after every key that starts with the parts before it and
 * continues with a `str` part, or a `u32` below 0xFF000000 such as an internal id (range
 * ends such as [predicate, HIGH]; integer prefixes end at n + 1).
 *
 * The codec plugs into lmdb-js as a `keyEncoder` (writeKey / readKey); `encodeKey` gives the
 * same bytes as a Buffer (tests, comparisons).
 */
import { createHash } from 'node:crypto';

export type PartKind = 'u8' | 'u32' | 'ndesc' | 'str' | 'desc';

/** Ends a range key: sorts after every key that starts with the parts before it and goes on with a `str` part or a `u32` below 0xFF000000. */
export const HIGH: unique symbol = Symbol('HIGH');

export type KeyPart = number | string | typeof HIGH;

/** A string part that was too long to keep: its prefix (the rest is only hashed). */
export class TruncatedString {
  constructor(readonly prefix: string) {}
}

export type DecodedPart = number | string | TruncatedString;

/** Longest string encoding kept whole: two strings and a few integers stay under LMDB's 1,978-byte key limit. */
export const MAX_STRING_BYTES = 900;
const HASH_BYTES = 32;
const TRUNCATED = 0xff;

function unitBytes(c: number): number {
  return c < 0x02 ? 2 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
}

/** Writes one code unit at `pos`; returns the next position. */
function writeUnit(c: number, target: Uint8Array, pos: number): number {
  if (c < 0x02) {
    target[pos] = 0x01;
    target[pos + 1] = c + 1;
    return pos + 2;
  }
  if (c < 0x80) {
    target[pos] = c;
    return pos + 1;
  }
  if (c < 0x800) {
    target[pos] = 0xc0 | (c >> 6);
    target[pos + 1] = 0x80 | (c & 0x3f);
    return pos + 2;
  }
  target[pos] = 0xe0 | (c >> 12);
  target[pos + 1] = 0x80 | ((c >> 6) & 0x3f);
  target[pos + 2] = 0x80 | (c & 0x3f);
  return pos + 3;
}

function room(target: Uint8Array, pos: number, bytes: number): void {
  if (pos + bytes > target.length) throw new RangeError(`key does not fit: needs ${pos + bytes} bytes, the buffer has ${target.length}`);
}

/** Writes a `str` part (complemented for `desc`); returns the next position. */
function writeString(value: string, target: Uint8Array, start: number, desc: boolean): number {
  let total = 0;
  for (let i = 0; i < value.length; i++) total += unitBytes(value.charCodeAt(i));
  const whole = total <= MAX_STRING_BYTES;
  room(target, start, whole ? total + 1 : MAX_STRING_BYTES);
  let pos = start;
  const limit = whole ? Infinity : MAX_STRING_BYTES - HASH_BYTES - 1;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (pos - start + unitBytes(c) > limit) break;
    pos = writeUnit(c, target, pos);
  }
  if (whole) target[pos++] = 0x00;
  else {
    target[pos++] = TRUNCATED;
    target.set(createHash('sha256').update(value, 'utf16le').digest(), pos);
    pos += HASH_BYTES;
  }
  if (desc) for (let i = start; i < pos; i++) target[i] = 0xff - (target[i] as number);
  return pos;
}

const numberBytes = new Uint8Array(8);
const numberView = new DataView(numberBytes.buffer);

function writePart(kind: PartKind, part: KeyPart, target: Uint8Array, pos: number): number {
  if (part === HIGH) {
    room(target, pos, 1);
    target[pos] = 0xff;
    return pos + 1;
  }
  if (kind === 'ndesc') {
    if (typeof part !== 'number' || !Number.isFinite(part) || part < 0) {
      throw new TypeError(`key part expects a finite number ≥ 0, found ${String(part)}`);
    }
    room(target, pos, 8);
    numberView.setFloat64(0, part === 0 ? 0 : part); // -0 → +0
    for (let i = 0; i < 8; i++) target[pos + i] = 0xff - (numberBytes[i] as number);
    return pos + 8;
  }
  if (kind === 'u8' || kind === 'u32') {
    if (typeof part !== 'number' || !Number.isInteger(part) || part < 0 || part > (kind === 'u8' ? 0xff : 0xffffffff)) {
      throw new TypeError(`key part expects an unsigned ${kind === 'u8' ? '8' : '32'}-bit integer, found ${String(part)}`);
    }
    if (kind === 'u8') {
      room(target, pos, 1);
      target[pos] = part;
      return pos + 1;
    }
    room(target, pos, 4);
    target[pos] = part >>> 24;
    target[pos + 1] = (part >>> 16) & 0xff;
    target[pos + 2] = (part >>> 8) & 0xff;
    target[pos + 3] = part & 0xff;
    return pos + 4;
  }
  if (typeof part !== 'string') throw new TypeError(`key part expects a string, found ${String(part)}`);
  return writeString(part, target, pos, kind === 'desc');
}

/** Reads a `str`/`desc` part starting at `pos`; returns it and the next position. */
function readString(buf: Uint8Array, pos: number, end: number, desc: boolean): [string | TruncatedString, number] {
  const at = (i: number): number => (desc ? 0xff - (buf[i] as number) : (buf[i] as number));
  const units: number[] = [];
  let s = '';
  while (pos < end) {
    const b = at(pos);
    if (b === 0x00) return [s + String.fromCharCode(...units), pos + 1];
    if (b === TRUNCATED) return [new TruncatedString(s + String.fromCharCode(...units)), pos + 1 + HASH_BYTES];
    if (b === 0x01) {
      units.push(at(pos + 1) - 1);
      pos += 2;
    } else if (b < 0x80) {
      units.push(b);
      pos += 1;
    } else if (b < 0xe0) {
      units.push(((b & 0x1f) << 6) | (at(pos + 1) & 0x3f));
      pos += 2;
    } else {
      units.push(((b & 0x0f) << 12) | ((at(pos + 1) & 0x3f) << 6) | (at(pos + 2) & 0x3f));
      pos += 3;
    }
    if (units.length >= 4096) {
      s += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  throw new RangeError('expected a terminated string in an LMDB key, found the key ending inside it');
}

export interface KeyCodec {
  readonly kinds: readonly PartKind[];
  /** lmdb-js keyEncoder hooks. */
  writeKey(key: readonly KeyPart[] | Uint8Array, target: Uint8Array, start: number): number;
  readKey(buf: Uint8Array, start: number, end: number): DecodedPart[];
}

/** A codec for keys of the given part kinds (a key may stop after any part, or end with HIGH). */
export function keyCodec(kinds: readonly PartKind[]): KeyCodec {
  return {
    kinds,
    writeKey(key, target, start) {
      if (key instanceof Uint8Array) {
        room(target, start, key.length);
        target.set(key, start);
        return start + key.length;
      }
      if (key.length > kinds.length + 1) throw new TypeError(`key expects at most ${kinds.length} parts, found ${key.length}`);
      let pos = start;
      for (let i = 0; i < key.length; i++) {
        const part = key[i] as KeyPart;
        if (i === kinds.length && part !== HIGH) throw new TypeError(`key expects at most ${kinds.length} parts, found ${key.length}`);
        pos = writePart(kinds[i] as PartKind, part, target, pos);
        if (part === HIGH) break;
      }
      return pos;
    },
    readKey(buf, start, end) {
      const out: DecodedPart[] = [];
      let pos = start;
      for (const kind of kinds) {
        if (pos >= end) break;
        if (kind === 'u8') out.push(buf[pos++] as number);
        else if (kind === 'ndesc') {
          for (let i = 0; i < 8; i++) numberBytes[i] = 0xff - (buf[pos + i] as number);
          out.push(numberView.getFloat64(0));
          pos += 8;
        }
        else if (kind === 'u32') {
          out.push((((buf[pos] as number) << 24) >>> 0) + ((buf[pos + 1] as number) << 16) + ((buf[pos + 2] as number) << 8) + (buf[pos + 3] as number));
          pos += 4;
        } else {
          const [s, next] = readString(buf, pos, end, kind === 'desc');
          out.push(s);
          pos = next;
        }
      }
      return out;
    },
  };
}

const scratch = Buffer.alloc(4 * 1024);

/** The bytes of a key (a copy). */
export function encodeKey(codec: KeyCodec, key: readonly KeyPart[]): Buffer {
  const end = codec.writeKey(key, scratch, 0);
  return Buffer.from(scratch.subarray(0, end));
}
