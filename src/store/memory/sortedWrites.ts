/**
 * Key-ordered writes of one write transaction. A transaction of thousands of articles puts
 * and removes index entries at positions spread over the whole B-tree of each sub-database;
 * applied in arrival order they jump from page to page, and once the transaction dirties more
 * pages than LMDB keeps in memory (its dirty list), pages written out early are copied and
 * written again when a later entry lands on them. Buffered here and applied sorted by key,
 * each sub-database is walked once from its first touched page to its last, so every page is
 * dirtied in one run and never revisited — a merge of the batch into the tree in key order.
 *
 * Operations on the same key keep their order (a stable sort), so the result is exactly that
 * of applying them as they came. Reads inside the transaction do not see buffered writes:
 * WriteTxn buffers only sub-databases it does not read back before their `apply`.
 */
import type { Database, Key as LmdbKey } from 'lmdb';
import { encodeKey, type KeyCodec, type KeyPart } from './keyCodec.js';
import { compareStrings } from './records.js';

/** What the index-entry helpers need of a sub-database: an LMDB Database or a SortedWrites. */
export interface Writes<K, V> {
  putSync(key: K, value: V): unknown;
  removeSync(key: K, value?: V): unknown;
}

type Order = Buffer | number | string;

interface Op<K, V> {
  order: Order;
  key: K;
  value: V | undefined;
  remove: boolean;
}

function compareOrder(a: Order, b: Order): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b);
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return Buffer.compare(a, b);
  throw new TypeError(`expected keys of one kind in a sub-database, found ${typeof a} and ${typeof b}`);
}

/** How a sub-database's keys sort: by their codec's bytes, or as plain numbers / strings. */
export function orderOf<K>(codec?: KeyCodec): (key: K) => Order {
  if (codec) return (key) => encodeKey(codec, key as KeyPart[]);
  return (key) => {
    if (typeof key === 'number' || typeof key === 'string') return key;
    throw new TypeError(`expected a number or string key, found ${typeof key}`);
  };
}

export class SortedWrites<K extends LmdbKey, V> implements Writes<K, V> {
  private ops: Op<K, V>[] = [];

  constructor(
    private readonly db: Database<V, K>,
    private readonly order: (key: K) => Order,
  ) {}

  putSync(key: K, value: V): void {
    this.ops.push({ order: this.order(key), key, value, remove: false });
  }

  removeSync(key: K, value?: V): void {
    this.ops.push({ order: this.order(key), key, value, remove: true });
  }

  /** Applies the buffered operations in key order (same key: arrival order) and empties the buffer. */
  apply(): void {
    const ops = this.ops;
    this.ops = [];
    ops.sort((a, b) => compareOrder(a.order, b.order));
    for (const op of ops) {
      if (!op.remove) this.db.putSync(op.key, op.value as V);
      else if (op.value === undefined) this.db.removeSync(op.key);
      else this.db.removeSync(op.key, op.value);
    }
  }
}
