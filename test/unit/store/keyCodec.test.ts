import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIGH, MAX_STRING_BYTES, TruncatedString, encodeKey, keyCodec, type KeyPart, type PartKind } from '../../../src/store/memory/keyCodec.js';

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);

/** Strings over code units that stress the encoding: escapes, 1/2/3-byte units, surrogates, U+E000+. */
const unit = fc.constantFrom(0x00, 0x01, 0x02, 0x41, 0x7f, 0x80, 0xe9, 0x7ff, 0x800, 0x5317, 0xd83d, 0xde80, 0xe000, 0xff01, 0xffff);
const str = fc.array(unit, { maxLength: 6 }).map((units) => String.fromCharCode(...units));

function compareTuples(kinds: readonly PartKind[], a: readonly KeyPart[], b: readonly KeyPart[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i] as string | number, b[i] as string | number];
    if (x === y) continue;
    const c = typeof x === 'number' ? (x as number) - (y as number) : byCodeUnit(x, y as string);
    return kinds[i] === 'desc' || kinds[i] === 'ndesc' ? -c : c;
  }
  return a.length - b.length;
}

const kinds: PartKind[] = ['u32', 'str', 'desc', 'ndesc', 'u8'];
const count = fc.oneof(fc.constantFrom(0, 0.5, 1, 2, 3, 1e9, 2 ** 40), fc.double({ min: 0, max: 1e12, noNaN: true }));
const tuple = fc.tuple(fc.constantFrom(0, 1, 255, 0x10000, 0xffffffff), str, str, count, fc.constantFrom(0, 7, 255));
const codec = keyCodec(kinds);

describe('keyCodec', () => {
  it('orders encoded tuples like the tuples (code-unit strings, descending parts, integers)', () => {
    fc.assert(
      fc.property(tuple, tuple, (a, b) => {
        expect(sign(Buffer.compare(encodeKey(codec, a), encodeKey(codec, b)))).toBe(sign(compareTuples(kinds, a, b)));
      }),
      { numRuns: 2000 },
    );
  });

  it('decodes what it encodes, whole tuples and prefixes', () => {
    fc.assert(
      fc.property(tuple, fc.integer({ min: 1, max: 5 }), (t, n) => {
        const key = encodeKey(codec, t.slice(0, n));
        expect(codec.readKey(key, 0, key.length)).toEqual(t.slice(0, n));
      }),
    );
  });

  it('ends a prefix range with HIGH: after every key continuing with a string part, before the next prefix', () => {
    fc.assert(
      fc.property(tuple, tuple, (a, b) => {
        const high = encodeKey(codec, [a[0], HIGH]);
        const key = encodeKey(codec, b);
        if (a[0] === b[0]) expect(Buffer.compare(key, high)).toBe(-1);
        else expect(sign(Buffer.compare(key, high))).toBe(sign(b[0] - a[0]));
      }),
      { numRuns: 1000 },
    );
    const strs = keyCodec(['str', 'str']);
    fc.assert(
      fc.property(str, str, str, (p, q, x) => {
        const high = encodeKey(strs, [p, HIGH]);
        expect(sign(Buffer.compare(encodeKey(strs, [q, x]), high))).toBe(p === q ? -1 : sign(byCodeUnit(q, p)));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps long strings unique and bounded; their order is exact up to the kept prefix', () => {
    const one = keyCodec(['str']);
    const long = (tail: string): string => `${'北'.repeat(400)}${tail}`;
    const [a, b] = [encodeKey(one, [long('a')]), encodeKey(one, [long('b')])];
    expect(a.length).toBeLessThanOrEqual(MAX_STRING_BYTES);
    expect(a.equals(b)).toBe(false);
    expect(one.readKey(a, 0, a.length)[0]).toBeInstanceOf(TruncatedString);
    expect((one.readKey(a, 0, a.length)[0] as TruncatedString).prefix).toBe('北'.repeat(Math.floor((MAX_STRING_BYTES - 33) / 3)));
    // differing inside the kept prefix: exact
    expect(Buffer.compare(encodeKey(one, [`a${'x'.repeat(2000)}`]), encodeKey(one, [`b${'x'.repeat(2000)}`]))).toBe(-1);
    // two strings of 10,000 ASCII characters still fit beside each other under LMDB's limit
    expect(encodeKey(keyCodec(['str', 'str']), ['x'.repeat(10_000), 'y'.repeat(10_000)]).length).toBeLessThan(1978);
  });

  it('rejects parts of the wrong kind with a message naming what it expected', () => {
    expect(() => encodeKey(codec, [-1])).toThrow(/unsigned 32-bit integer, found -1/);
    expect(() => encodeKey(codec, [1, 2 as unknown as string])).toThrow(/expects a string, found 2/);
    expect(() => encodeKey(codec, [1, 'a', 'b', -1])).toThrow(/finite number ≥ 0, found -1/);
    expect(() => encodeKey(codec, [1, 'a', 'b', 1, 2, 3])).toThrow(/at most 5 parts/);
  });
});
