/**
 * Reads of the embedded store's records and LMDB indexes (data format 3). Every method is a
 * few B-tree lookups or one range scan over memory-mapped pages; nothing is loaded at open.
 * Reads outside a write transaction see the last committed state (lmdb-js renews its read
 * transaction on every event turn), so a read-only process sees the writer's commits.
 */
import type { Transaction } from 'lmdb';
import type { StoredArticle, StoredEntity, StoredFact } from '../../model/types.js';
import { dbKey } from './dbKey.js';
import { HIGH } from './keyCodec.js';
import { decodeNode } from './nodeRecord.js';
import type { FactRef, TraversalGraph, TraversalNode } from './traversal.js';
import { COUNT, PREDICATE_COUNTS, type Dbs } from './layout.js';
import {
  articleFromRow,
  compareStrings,
  entityDegree,
  entityFromRow,
  factFromRow,
  storedArticle,
  factDetails,
  storedEntity,
  storedFact,
  type ArticleRec,
  type EntityAgg,
  type FactAgg,
  type FactArtRec,
  type PairFact,
} from './records.js';

/** One fact of an entity, as its `entityFacts` entry gives it. */
export interface EntityFactRef {
  key: string;
  id: number;
  predicate: string;
}

/** Entities in at most this many articles get their articleIds at once (cheaper than tracking them). */
const EAGER_ARTICLE_IDS = 8;

/** A read put off until first use (or until the store closes). */
interface Pending {
  done: boolean;
  readonly run: () => void;
}

/**
 * Reads put off by the entities handed out (a hub's article list). `settle()`, called by
 * close, does those still referenced, so what the store returned never depends on it staying
 * open. Objects for the same record handed out between two writes share one read (hubs come
 * back often; each object copies the list it gets).
 */
class PendingReads {
  private readonly all = new Set<WeakRef<Pending>>();
  private readonly shared = new Map<string, { ref: WeakRef<Pending>; get: () => unknown }>();
  private pruneAt = 1024;

  /** `load` put off: the returned function runs it once, on its first call. */
  later<T>(key: string, load: () => T): () => T {
    const known = this.shared.get(key);
    const live = known?.ref.deref();
    if (known && live && !live.done) return known.get as () => T;
    let value: T | undefined;
    const pending: Pending = {
      done: false,
      run: () => {
        if (pending.done) return;
        value = load();
        pending.done = true;
      },
    };
    const get = (): T => {
      pending.run();
      return value as T;
    };
    const ref = new WeakRef(pending);
    this.all.add(ref);
    this.shared.set(key, { ref, get });
    if (this.all.size >= this.pruneAt) this.prune();
    return get;
  }

  /** After a write, objects handed out read the new state. */
  written(): void {
    this.shared.clear();
  }

  private prune(): void {
    const done = (r: WeakRef<Pending>): boolean => r.deref()?.done ?? true;
    for (const r of this.all) if (done(r)) this.all.delete(r);
    for (const [key, s] of this.shared) if (done(s.ref)) this.shared.delete(key);
    this.pruneAt = Math.max(1024, 2 * this.all.size);
  }

  settle(): void {
    for (const r of this.all) r.deref()?.run();
    this.all.clear();
    this.shared.clear();
  }
}

export class Reader {
  /** Options of every read: empty (lmdb-js's current read transaction) or one pinned transaction. */
  private readonly opts: { transaction?: Transaction };

  constructor(
    readonly dbs: Dbs,
    private readonly pending: PendingReads = new PendingReads(),
    transaction?: Transaction,
  ) {
    this.opts = transaction ? { transaction } : {};
  }

  /** The same reads inside one read transaction (a consistent snapshot for long iterations). */
  within(transaction: Transaction): Reader {
    return new Reader(this.dbs, this.pending, transaction);
  }

  /** Does the put-off reads of the entities handed out and still referenced (before the store closes). */
  settle(): void {
    this.pending.settle();
  }

  private later<T>(key: string, load: () => T): () => T {
    return this.pending.later(key, load);
  }

  /** Call after each committed write. */
  written(): void {
    this.pending.written();
  }

  private range<T extends object>(range: T): T & { transaction?: Transaction } {
    return this.opts.transaction ? { ...range, transaction: this.opts.transaction } : range;
  }

  count(name: string): number {
    return this.dbs.counters.get(name, this.opts) ?? 0;
  }

  predicateCounts(): [string, number][] {
    const out: [string, number][] = [];
    for (const { key, value } of this.dbs.counters.getRange(this.range({ ...PREDICATE_COUNTS }))) if (value > 0) out.push([key.slice(5), value]);
    return out;
  }

  /* ───────────── entities ───────────── */

  entityId(key: string): number | undefined {
    return this.dbs.entityIds.get([key], this.opts);
  }

  entity(id: number): EntityAgg | undefined {
    const row = this.dbs.entityById.get(id, this.opts);
    return row === undefined ? undefined : entityFromRow(row);
  }

  entityByKey(key: string): EntityAgg | undefined {
    const id = this.entityId(key);
    return id === undefined ? undefined : this.entity(id);
  }

  /** Ids of the articles mentioning an entity, in code-unit order. */
  articleIdsOf(id: number): string[] {
    const ids: string[] = [];
    for (const { value } of this.dbs.mentions.getRange(this.range({ start: [id], end: [id + 1] }))) ids.push(value);
    return ids.sort(compareStrings);
  }

  /** The public entity; a large `articleIds` is read on first access, or when the store closes. */
  stored(agg: EntityAgg): StoredEntity {
    if (agg.articleCount <= EAGER_ARTICLE_IDS) return storedEntity(agg, this.articleIdsOf(agg.id));
    return storedEntity(agg, this.later(`e${agg.id}`, () => this.articleIdsOf(agg.id)));
  }

  readEntity(key: string): StoredEntity | null {
    const agg = this.entityByKey(key);
    return agg ? this.stored(agg) : null;
  }

  /** Ids of the entities with this normalised name or alias. */
  idsByName(normalizedName: string): number[] {
    const ids: number[] = [];
    for (const key of this.dbs.names.getKeys(this.range({ start: [normalizedName], end: [normalizedName, HIGH] }))) ids.push(key[1] as number);
    return ids;
  }

  /** The entity a name or alias means: highest mentionCount, ties the smaller key. */
  findByName(normalizedName: string): EntityAgg | null {
    let best: EntityAgg | null = null;
    for (const id of this.idsByName(normalizedName)) {
      const agg = this.entity(id);
      if (agg && (!best || agg.mentionCount > best.mentionCount || (agg.mentionCount === best.mentionCount && compareStrings(agg.key, best.key) < 0))) {
        best = agg;
      }
    }
    return best;
  }

  degree(agg: EntityAgg): number {
    return entityDegree(agg);
  }

  /**
   * The facts of an entity with the given AS_SUBJECT / AS_OBJECT flags (both: either end), in
   * fact-key order, after `after` (exclusive) when given. Reads all of the entity's pairs.
   */
  entityFacts(id: number, flags: number, after?: string): EntityFactRef[] {
    const out: EntityFactRef[] = [];
    for (const { value } of this.dbs.pairs.getRange(this.range({ start: [id], end: [id + 1] }))) {
      const [factId, has, key, predicate] = value;
      if ((has & flags) !== 0 && (after === undefined || compareStrings(key, after) > 0)) out.push({ key, id: factId, predicate });
    }
    return out.sort((a, b) => compareStrings(a.key, b.key));
  }

  /* ───────────── adjacency ───────────── */

  /** Ids of the entities sharing a fact with `id` (itself too, for a self-loop). */
  *neighbourIds(id: number): Generator<number> {
    for (const key of this.dbs.pairs.getKeys(this.range({ start: [id], end: [id + 1] }))) yield key[1] as number;
  }

  /** Each neighbour with the facts between them ([id, key]). */
  *adjacency(id: number): Generator<[number, FactRef[]]> {
    let other = -1;
    let facts: FactRef[] = [];
    for (const { key, value } of this.dbs.pairs.getRange(this.range({ start: [id], end: [id + 1] }))) {
      const v = key[1] as number;
      if (v !== other && facts.length > 0) yield [other, facts];
      if (v !== other) facts = [];
      other = v;
      facts.push([value[0], value[2]]);
    }
    if (facts.length > 0) yield [other, facts];
  }

  /** The facts between two entities (`u` as subject, object or both: see the flags). */
  pairs(u: number, v: number): PairFact[] {
    return [...this.dbs.pairs.getValues([u, v], this.range({}))];
  }

  /** The facts between two entities (either direction), [id, key]. */
  pairFacts(u: number, v: number): FactRef[] {
    return this.pairs(u, v).map((p) => [p[0], p[2]]);
  }

  /** What traversals read of an entity (the `nodes` record, no msgpack). */
  node(id: number): TraversalNode | null {
    const buf = this.dbs.nodes.getBinaryFast(id);
    return buf === undefined ? null : { id, ...decodeNode(buf) };
  }

  hasPair(u: number, v: number): boolean {
    return this.dbs.pairs.doesExist([u, v]);
  }

  /* ───────────── facts ───────────── */

  factId(key: string): number | undefined {
    return this.dbs.factKeys.get([key], this.opts);
  }

  factAgg(id: number): FactAgg | undefined {
    const row = this.dbs.facts.get(id, this.opts);
    return row === undefined ? undefined : factFromRow(row);
  }

  /** A fact's contributions in article-id order. */
  factArts(id: number): FactArtRec[] {
    const arts: FactArtRec[] = [];
    for (const { value } of this.dbs.factArts.getRange(this.range({ start: [id], end: [id + 1] }))) arts.push(value);
    return arts.sort((a, b) => compareStrings(a[0], b[0]));
  }

  /** Ids of the articles stating a fact (any order). */
  factArticleIds(id: number): string[] {
    const ids: string[] = [];
    for (const { value } of this.dbs.factArts.getRange(this.range({ start: [id], end: [id + 1] }))) ids.push(value[0]);
    return ids;
  }

  readFactById(id: number): StoredFact | null {
    const agg = this.factAgg(id);
    return agg ? storedFact(agg, factDetails(this.factArts(id))) : null;
  }

  readFact(key: string): StoredFact | null {
    const id = this.factId(key);
    return id === undefined ? null : this.readFactById(id);
  }

  /* ───────────── articles ───────────── */

  articleRec(id: string): ArticleRec | undefined {
    const row = this.dbs.articles.get(dbKey(id), this.opts);
    return row === undefined ? undefined : articleFromRow(row);
  }

  article(id: string): StoredArticle | null {
    const rec = this.articleRec(id);
    return rec ? storedArticle(rec) : null;
  }

  text(id: string): string | null {
    return this.dbs.texts.get(dbKey(id), this.opts) ?? null;
  }

  generation(): number {
    return this.count(COUNT.generation);
  }

  /* ───────────── whole lists in order (exports) ───────────── */

  *articlesInOrder(): Generator<StoredArticle> {
    for (const { value } of this.dbs.articleOrder.getRange(this.range({ start: [] }))) {
      const a = this.article(value);
      if (a) yield a;
    }
  }

  /** Entity ids in entity order (mentionCount desc, key). */
  *entityIdsInOrder(): Generator<number> {
    for (const { value } of this.dbs.entityOrder.getRange(this.range({ start: [] }))) yield value;
  }

  *entitiesInOrder(): Generator<StoredEntity> {
    for (const id of this.entityIdsInOrder()) {
      const agg = this.entity(id);
      // Exports read every list: read it now, in this iteration's snapshot.
      if (agg) yield storedEntity(agg, this.articleIdsOf(agg.id));
    }
  }

  *factsInOrder(): Generator<StoredFact> {
    for (const { value } of this.dbs.factKeys.getRange(this.range({ start: [] }))) {
      const f = this.readFactById(value);
      if (f) yield f;
    }
  }

  /** The adjacency and entity order as traversal.ts reads them. */
  traversalGraph(): TraversalGraph {
    return {
      node: (id) => this.node(id),
      neighbourIds: (id) => this.neighbourIds(id),
      adjacency: (id) => this.adjacency(id),
      pairFacts: (u, v) => this.pairFacts(u, v),
      hasPair: (u, v) => this.hasPair(u, v),
      orderScan: () => this.entityIdsInOrder(),
    };
  }
}
