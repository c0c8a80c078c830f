/**
 * The embedded default store: records and indexes in LMDB (layout.ts, data format 3), read
 * through memory-mapped pages. Opening reads no records, so it takes the same few
 * milliseconds at any size, and memory stays bounded: the process holds no index of its own.
 *
 * Writes: an upsert batch or a delete is one synchronous LMDB transaction (WriteTxn) that
 * writes the article records, every aggregate they touch and the index entries, so a crash
 * never leaves an article half-present or an index out of step. One writer per data dir
 * (lockFile.ts); any number of read-only openers, in any process, see every committed write.
 */
import { StoreError, describeValue } from '../../errors.js';
import type { ArticleGraph, GraphStats, StoredArticle, StoredEntity, StoredFact, UpsertResult } from '../../model/types.js';
import { normalizeName } from '../../resolution/keys.js';
import type {
  ArticleMention,
  ArticleQuery,
  Connection,
  Cooccurrence,
  CooccurrenceQuery,
  EntityQuery,
  GraphStore,
  NeighborResult,
  PageArgs,
  PathResult,
  PredicateCount,
  RelationQuery,
  TimelineEntry,
  TimelineQuery,
} from '../GraphStore.js';
import { normalizeArticleGraph } from '../validateArticleGraph.js';
import { parseRelationCursor } from './cursor.js';
import { COUNT, type Dbs } from './layout.js';
import type { DirLock } from './lockFile.js';
import type { MigrationProgress } from './migrate.js';
import { openDataDir, storeError } from './openDataDir.js';
import * as Q from './queries.js';
import { Reader } from './Reader.js';
import { needsExtended, relationsPage, type RelationFilter } from './relations.js';
import type { EntityAgg } from './records.js';
import { DEFAULT_TRAVERSAL, allShortestPaths, neighbors, shortestPath, type PathHit, type TraversalGraph, type TraversalOptions } from './traversal.js';
import { checkDepth, checkDirection, checkEntityType, checkFirst, checkHops, checkMinConfidence, checkString } from './validate.js';
import { WriteTxn } from './WriteTxn.js';

export interface EmbeddedStoreOptions {
  /** Open without the write lock: reads see every commit of the writer, writes are refused. */
  readOnly?: boolean;
  /** Told about each chunk of a one-time upgrade of a format-2 data dir. */
  onMigration?: (progress: MigrationProgress) => void;
  /** Traversal tuning (tests force both neighbour strategies with it). */
  traversal?: TraversalOptions;
}

/** What the constructor needs; produced by EmbeddedStore.open. */
export interface EmbeddedStoreInit {
  dir: string;
  dbs: Dbs;
  lock: DirLock | null;
  readOnly: boolean;
  traversal?: TraversalOptions;
}

export class EmbeddedStore implements GraphStore {
  readonly description: string;
  private readonly dbs: Dbs;
  private readonly lock: DirLock | null;
  private readonly readOnly: boolean;
  private readonly read: Reader;
  private readonly graph: TraversalGraph;
  private readonly traversal: TraversalOptions;
  private closed = false;

  constructor(init: EmbeddedStoreInit) {
    this.dbs = init.dbs;
    this.lock = init.lock;
    this.readOnly = init.readOnly;
    this.traversal = init.traversal ?? DEFAULT_TRAVERSAL;
    this.description = `embedded (${init.dir})${init.readOnly ? ' read-only' : ''}`;
    this.read = new Reader(init.dbs);
    this.graph = this.read.traversalGraph();
  }

  /** Opens (creating when missing, unless read-only) the data dir; upgrades a format-2 dir. */
  static async open<T extends EmbeddedStore>(
    this: new (init: EmbeddedStoreInit) => T,
    dir: string,
    options: EmbeddedStoreOptions = {},
  ): Promise<T> {
    const readOnly = options.readOnly === true;
    const opened = await openDataDir(dir, { readOnly, ...(options.onMigration ? { onMigration: options.onMigration } : {}) });
    return new this({ ...opened, readOnly, ...(options.traversal ? { traversal: options.traversal } : {}) });
  }

  /** Test seam: runs inside every write transaction after all writes, before commit. */
  protected beforeCommit(): void {}

  /* ───────────── writes ───────────── */

  async upsertArticles(graphs: ArticleGraph[]): Promise<UpsertResult[]> {
    this.assertWritable('upsertArticles');
    if (!Array.isArray(graphs)) {
      throw new StoreError('CONSTRAINT_VIOLATION', `upsertArticles expects an array of article graphs, found ${describeValue(graphs)}`);
    }
    const normalized = graphs.map((g) => normalizeArticleGraph(g));
    if (normalized.length === 0) return [];
    try {
      return this.dbs.root.transactionSync(() => {
        const txn = new WriteTxn(this.dbs);
        const out = normalized.map((graph) => ({ id: graph.article.id, status: txn.upsert(graph) }));
        txn.flush();
        this.beforeCommit();
        return out;
      });
    } catch (err) {
      throw storeError('write a batch of articles', err);
    } finally {
      this.read.written();
    }
  }

  async deleteArticle(id: string): Promise<boolean> {
    this.assertWritable('deleteArticle');
    checkString(id, 'id');
    try {
      return this.dbs.root.transactionSync(() => {
        const txn = new WriteTxn(this.dbs);
        if (!txn.delete(id)) return false;
        txn.flush();
        this.beforeCommit();
        return true;
      });
    } catch (err) {
      throw storeError(`delete article ${JSON.stringify(id)}`, err);
    } finally {
      this.read.written();
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError('STORE_UNAVAILABLE', `expected an open store, found ${this.description} closed`);
  }

  private assertWritable(action: string): void {
    this.assertOpen();
    if (this.readOnly) {
      throw new StoreError('STORE_ERROR', `${action} expects a writable store, found ${this.description} opened read-only`);
    }
  }

  /* ───────────── articles ───────────── */

  async getArticle(id: string): Promise<StoredArticle | null> {
    this.assertOpen();
    return this.read.article(checkString(id, 'id'));
  }

  async getArticleText(id: string): Promise<string | null> {
    this.assertOpen();
    return this.read.text(checkString(id, 'id'));
  }

  async listArticles(args: PageArgs): Promise<Connection<StoredArticle>> {
    this.assertOpen();
    return Q.searchArticles(this.read, { first: args.first, after: args.after ?? null }, checkFirst(args.first), null);
  }

  async entityArticles(key: string): Promise<StoredArticle[]> {
    this.assertOpen();
    const agg = this.read.entityByKey(checkString(key, 'key'));
    if (!agg) return [];
    return Q.searchArticles(this.read, { first: 1, entityKey: key }, Number.MAX_SAFE_INTEGER, agg.id).edges.map((e) => e.node);
  }

  /* ───────────── entities ───────────── */

  async getEntity(key: string): Promise<StoredEntity | null> {
    this.assertOpen();
    return this.read.readEntity(checkString(key, 'key'));
  }

  async getEntities(keys: readonly string[]): Promise<(StoredEntity | null)[]> {
    this.assertOpen();
    return keys.map((k) => this.read.readEntity(checkString(k, 'key')));
  }

  async findEntity(name: string): Promise<StoredEntity | null> {
    this.assertOpen();
    const agg = this.read.findByName(normalizeName(checkString(name, 'name')));
    return agg ? this.read.stored(agg) : null;
  }

  async articleCount(key: string): Promise<number | null> {
    this.assertOpen();
    return this.read.entityByKey(checkString(key, 'key'))?.articleCount ?? null;
  }

  async searchEntities(query: EntityQuery): Promise<Connection<StoredEntity>> {
    this.assertOpen();
    const first = checkFirst(query.first);
    const type = checkEntityType(query.type);
    const search = query.search === undefined || query.search === null ? '' : normalizeName(checkString(query.search, 'search'));
    return Q.searchEntities(this.read, { first, after: query.after ?? null, type, search });
  }

  /* ───────────── facts ───────────── */

  async getFact(key: string): Promise<StoredFact | null> {
    this.assertOpen();
    return this.read.readFact(checkString(key, 'key'));
  }

  private entityNamed(value: unknown, argument: string): EntityAgg | null | undefined {
    if (value === undefined || value === null) return null;
    return this.read.findByName(normalizeName(checkString(value, argument))) ?? undefined;
  }

  async relations(query: RelationQuery): Promise<Connection<StoredFact>> {
    this.assertOpen();
    const first = checkFirst(query.first);
    const minConfidence = checkMinConfidence(query.minConfidence);
    const direction = checkDirection(query.direction);
    if (!needsExtended(query) && query.after !== undefined && query.after !== null) parseRelationCursor(query.after);
    const empty: Connection<StoredFact> = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
    const subject = this.entityNamed(query.subject, 'subject');
    const object = this.entityNamed(query.object, 'object');
    let entity: EntityAgg | null | undefined = null;
    if (query.entityKey !== undefined && query.entityKey !== null) entity = this.read.entityByKey(checkString(query.entityKey, 'entityKey'));
    let articleFacts: Set<string> | null = null;
    if (query.articleId !== undefined && query.articleId !== null) {
      const rec = this.read.articleRec(checkString(query.articleId, 'articleId'));
      if (!rec) return empty;
      articleFacts = new Set(rec.facts.map((f) => f[0]));
    }
    if (subject === undefined || object === undefined || entity === undefined) return empty;
    const predicate = query.predicate === undefined || query.predicate === null ? null : checkString(query.predicate, 'predicate').toUpperCase();
    const filter: RelationFilter = { subject, object, entity, direction, predicate, articleFacts, minConfidence };
    return relationsPage(this.read, filter, query, first);
  }

  /* ───────────── traversals ───────────── */

  async neighbors(key: string, depth: number, first: number): Promise<NeighborResult[]> {
    this.assertOpen();
    checkString(key, 'key');
    checkDepth(depth);
    checkFirst(first);
    const start = this.read.entityId(key);
    if (start === undefined) return [];
    const out: NeighborResult[] = [];
    for (const hit of neighbors(this.graph, start, depth, first, this.traversal)) {
      const agg = this.read.entity(hit.id);
      const via = this.read.readFactById(hit.via);
      if (agg && via) out.push({ entity: this.read.stored(agg), distance: hit.distance, via });
    }
    return out;
  }

  private pathResult(hit: PathHit): PathResult | null {
    const entities = hit.nodes.map((id) => this.read.entity(id));
    const relations = hit.facts.map((id) => this.read.readFactById(id));
    if (entities.some((e) => e === undefined) || relations.some((f) => f === null)) return null;
    return { length: hit.facts.length, entities: (entities as EntityAgg[]).map((e) => this.read.stored(e)), relations: relations as StoredFact[] };
  }

  async shortestPath(fromKey: string, toKey: string, maxHops: number): Promise<PathResult | null> {
    this.assertOpen();
    checkString(fromKey, 'fromKey');
    checkString(toKey, 'toKey');
    checkHops(maxHops);
    const [from, to] = [this.read.entityId(fromKey), this.read.entityId(toKey)];
    if (from === undefined || to === undefined) return null;
    const hit = shortestPath(this.graph, from, to, maxHops);
    if (!hit) return null;
    const result = this.pathResult(hit);
    if (!result) throw new StoreError('STORE_ERROR', `expected every entity and fact of a path in LMDB, found one missing`);
    return result;
  }

  async shortestPaths(fromKey: string, toKey: string, maxHops: number, first: number): Promise<PathResult[]> {
    this.assertOpen();
    checkString(fromKey, 'fromKey');
    checkString(toKey, 'toKey');
    checkHops(maxHops);
    checkFirst(first);
    const [from, to] = [this.read.entityId(fromKey), this.read.entityId(toKey)];
    if (from === undefined || to === undefined) return [];
    return allShortestPaths(this.graph, from, to, maxHops, first)
      .map((hit) => this.pathResult(hit))
      .filter((p): p is PathResult => p !== null);
  }

  async stats(): Promise<GraphStats> {
    this.assertOpen();
    return { articles: this.read.count(COUNT.articles), entities: this.read.count(COUNT.entities), relations: this.read.count(COUNT.facts) };
  }

  /* ───────────── API queries (queries.ts) ───────────── */

  async searchArticles(query: ArticleQuery): Promise<Connection<StoredArticle>> {
    this.assertOpen();
    const first = checkFirst(query.first);
    let entityId: number | null = null;
    if (query.entityKey !== undefined && query.entityKey !== null) entityId = this.read.entityId(checkString(query.entityKey, 'entityKey')) ?? null;
    if (query.search !== undefined && query.search !== null) checkString(query.search, 'search');
    return Q.searchArticles(this.read, query, first, entityId);
  }

  async articleEntities(articleId: string): Promise<ArticleMention[]> {
    this.assertOpen();
    return Q.articleEntities(this.read, checkString(articleId, 'articleId'));
  }

  async timeline(key: string, query: TimelineQuery): Promise<TimelineEntry[]> {
    this.assertOpen();
    const first = checkFirst(query.first);
    return Q.timeline(this.read, checkString(key, 'key'), query, first);
  }

  async cooccurrences(key: string, query: CooccurrenceQuery): Promise<Cooccurrence[]> {
    this.assertOpen();
    const first = checkFirst(query.first);
    checkEntityType(query.type);
    return Q.cooccurrences(this.read, checkString(key, 'key'), query, first);
  }

  async predicateCounts(): Promise<PredicateCount[]> {
    this.assertOpen();
    return Q.predicateCounts(this.read);
  }

  /* ───────────── streams (one read snapshot each) ───────────── */

  async *iterateArticles(): AsyncIterable<StoredArticle> {
    this.assertOpen();
    yield* this.snapshot((r) => r.articlesInOrder());
  }

  async *iterateEntities(): AsyncIterable<StoredEntity> {
    this.assertOpen();
    yield* this.snapshot((r) => r.entitiesInOrder());
  }

  async *iterateFacts(): AsyncIterable<StoredFact> {
    this.assertOpen();
    yield* this.snapshot((r) => r.factsInOrder());
  }

  /** Runs a generator of reads in one read transaction, so a long export sees one committed state. */
  private async *snapshot<T>(items: (r: Reader) => Iterable<T>): AsyncGenerator<T> {
    const txn = this.dbs.root.useReadTransaction();
    try {
      for (const item of items(this.read.within(txn))) {
        if (this.closed) return;
        yield item;
      }
    } finally {
      txn.done();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      this.read.settle();
      await this.dbs.root.close();
    } finally {
      this.lock?.release();
    }
  }
}

/** Opens the embedded store in `dir` (created when missing). */
export async function openEmbeddedStore(dir: string, options: EmbeddedStoreOptions = {}): Promise<GraphStore> {
  return EmbeddedStore.open(dir, options);
}

