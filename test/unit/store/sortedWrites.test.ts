import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { open, type Database, type RootDatabase } from 'lmdb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeKey, keyCodec, type KeyPart } from '../../../src/store/memory/keyCodec.js';
import { SortedWrites, orderOf } from '../../../src/store/memory/sortedWrites.js';

const codec = keyCodec(['str', 'u32']);
type Op = { remove: boolean; name: string; id: number; value: number };
const op = fc.record({ remove: fc.boolean(), name: fc.constantFrom('b', 'a', 'é', 'zz', ''), id: fc.integer({ min: 0, max: 3 }), value: fc.integer({ min: 0, max: 9 }) });

describe('SortedWrites', () => {
  let dir: string;
  let root: RootDatabase;
  let direct: Database<number, KeyPart[]>;
  let sorted: Database<number, KeyPart[]>;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-sorted-'));
    root = open({ path: dir, maxDbs: 4 });
    const options = { encoding: 'msgpack' as const, keyEncoder: codec };
    direct = root.openDB<number, KeyPart[]>('direct', options);
    sorted = root.openDB<number, KeyPart[]>('sorted', options);
  });

  afterEach(async () => {
    await root.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const entries = (db: Database<number, KeyPart[]>): [unknown, number][] => [...db.getRange({ start: [] })].map(({ key, value }) => [key, value]);

  it('leaves a sub-database exactly as the same puts and removes applied one by one', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.array(op, { maxLength: 40 }), (first, second) => {
        root.transactionSync(() => {
          direct.clearSync();
          sorted.clearSync();
        });
        for (const ops of [first, second]) {
          root.transactionSync(() => {
            const buffer = new SortedWrites(sorted, orderOf(codec));
            for (const o of ops as Op[]) {
              if (o.remove) {
                direct.removeSync([o.name, o.id]);
                buffer.removeSync([o.name, o.id]);
              } else {
                direct.putSync([o.name, o.id], o.value);
                buffer.putSync([o.name, o.id], o.value);
              }
            }
            buffer.apply();
          });
        }
        expect(entries(sorted)).toEqual(entries(direct));
      }),
      { numRuns: 150 },
    );
  });

  it('hands the writes to LMDB in key order, and nothing before apply', () => {
    const put = vi.spyOn(sorted, 'putSync');
    root.transactionSync(() => {
      const buffer = new SortedWrites(sorted, orderOf(codec));
      for (const key of [['m', 2], ['a', 9], ['m', 1], ['é', 0], ['a', 1]] as KeyPart[][]) buffer.putSync(key, 1);
      expect(put).not.toHaveBeenCalled();
      buffer.apply();
    });
    const keys = put.mock.calls.map((call) => encodeKey(codec, call[0] as KeyPart[]));
    expect(keys).toEqual([...keys].sort(Buffer.compare));
    expect(put.mock.calls.map((call) => call[0])).toEqual([['a', 1], ['a', 9], ['m', 1], ['m', 2], ['é', 0]]);
  });

  it('refuses a tuple key in a sub-database without a key codec, saying what it found', () => {
    expect(() => new SortedWrites(sorted, orderOf<KeyPart[]>()).putSync(['a'], 1)).toThrow(/expected a number or string key, found object/);
  });
});
