/**
 * The embedded default store: durable on LMDB, queried through in-memory indexes.
 *
 * Sub-databases: `articles` (each article's compact contribution: entities with names and
 * mentions, fact identities and confidences; the unit of truth the index is rebuilt from),
 * `texts`, `entities` (small aggregates with incremental counters), `facts` (aggregates keyed
 * by an internal id assigned in creation order), `factArts` (one entry per fact and article
 * with verb, qualifiers and evidence, keyed [fact id, article seq]), `aliases` (normalised
 * name → entity, dupSort). Internal ids grow with every write, so a bulk load appends to the
 * B-trees of facts and their contributions instead of rewriting random leaves. Writes touch
 * O(1) entries per entity and fact of the article, however many articles already mention it. An upsert batch or a delete is one synchronous LMDB transaction that writes the
 * article records and every aggregate they touch, so a crash never leaves an article
 * half-present. The in-memory indexes (MemoryIndex) are rebuilt from the aggregates at open
 * and updated only after a transaction commits.
 */
import fs from 'node:fs';
import path from 'node:path';
import { open, type Database, type RootDatabase } from 'lmdb';
import { NewsgraphError, StoreError, describeValue } from '../../errors.js';
import type { ArticleGraph, EntityType, GraphStats, StoredArticle, StoredEntity, StoredFact, UpsertResult, UpsertStatus } from '../../model/types.js';
import { normalizeName } from '../../resolution/keys.js';
import type {
  ArticleMention,
  ArticleQuery,
  Connection,
  Cooccurrence,
  CooccurrenceQuery,
  Edge,
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
import * as Q from './queries.js';
import { articleCursor, entityCursor, parseArticleCursor, parseEntityCursor, parseRelationCursor, relationCursor } from './cursor.js';
import { dbKey } from './dbKey.js';
import { acquireDirLock, type DirLock } from './lockFile.js';
import { MemoryIndex, compareArticles, compareEntityNodes, firstAfter, type EntityNode, type FactFilter } from './MemoryIndex.js';
import { normalizeArticleGraph } from '../validateArticleGraph.js';
import {
  articleRecord,
  betterName,
  factArtRecord,
  compareStrings,
  entityType,
  storedArticle,
  storedEntity,
  storedFact,
  type ArticleRec,
  type EntityAgg,
  type FactAgg,
  type FactArtRec,
} from './records.js';
import { checkDepth, checkDirection, checkEntityType, checkFirst, checkHops, checkMinConfidence, checkString } from './validate.js';

export interface EmbeddedStoreOptions {
  /** Open without the write lock; the view is the data as of opening, writes are refused. */
  readOnly?: boolean;
}

/** 2: internal fact ids and article seqs; compact article records; no `mentions` sub-database. */
const FORMAT = 2;
const FORMAT_KEY = 'newsgraph:format';

interface Dbs {
  root: RootDatabase;
  articles: Database<ArticleRec, string>;
  texts: Database<string, string>;
  entities: Database<EntityAgg, string>;
  facts: Database<FactAgg, number>;
  factArts: Database<FactArtRec, [number, number]>;
  aliases: Database<string, string>;
}

/** What the constructor needs; produced by EmbeddedStore.open. */
export interface EmbeddedStoreInit {
  dir: string;
  dbs: Dbs;
  lock: DirLock | null;
  readOnly: boolean;
}

/** An entity aggregate being changed by a write transaction. */
interface EntityWork {
  key: string;
  name: string;
  nameMentions: number;
  mentionCount: number;
  articleCount: number;
  typeMentions: Map<EntityType, number>;
  aliasRefs: Map<string, number>;
  /** The name's article left: re-elect the name from the remaining contributions. */
  needsName: boolean;
}

interface FactWork {
  agg: FactAgg;
  /** The highest-confidence article left: recompute the maximum. */
  needsConfidence: boolean;
}

/** Aggregates touched by a write (null: absent or deleted) and the article changes. */
interface Changes {
  entities: Map<string, EntityWork | null>;
  facts: Map<string, FactWork | null>;
  articles: Map<string, StoredArticle | null>;
  /** Entity–article links added (true) or removed (false), in write order. */
  mentions: [entityKey: string, articleId: string, added: boolean][];
}

function toWork(agg: EntityAgg): EntityWork {
  return {
    key: agg.key,
    name: agg.name,
    nameMentions: agg.nameMentions,
    mentionCount: agg.mentionCount,
    articleCount: agg.articleCount,
    typeMentions: new Map(agg.typeMentions),
    aliasRefs: new Map(agg.aliasRefs),
    needsName: false,
  };
}

function toAgg(w: EntityWork): EntityAgg {
  return {
    key: w.key,
    name: w.name,
    nameMentions: w.nameMentions,
    mentionCount: w.mentionCount,
    articleCount: w.articleCount,
    typeMentions: [...w.typeMentions],
    aliasRefs: [...w.aliasRefs],
  };
}

function bump<K>(map: Map<K, number>, key: K, by: number): void {
  const n = (map.get(key) ?? 0) + by;
  if (n > 0) map.set(key, n);
  else map.delete(key);
}

function aggNames(agg: Pick<EntityAgg, 'aliasRefs'>): string[] {
  return uniqueNormalized(agg.aliasRefs.map(([a]) => a));
}

function storeError(action: string, err: unknown): NewsgraphError {
  if (err instanceof NewsgraphError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new StoreError('STORE_ERROR', `expected to ${action}, found an LMDB error: ${message}`, {}, { cause: err });
}

function uniqueNormalized(names: readonly string[]): string[] {
  return [...new Set(names.map(normalizeName))];
}

export class EmbeddedStore implements GraphStore {
  readonly description: string;
  private readonly dir: string;
  private readonly dbs: Dbs;
  private readonly lock: DirLock | null;
  private readonly readOnly: boolean;
  private readonly index = new MemoryIndex();
  private closed = false;
  /** Next internal fact id / article seq (ids of failed transactions are simply skipped). */
  private nextFactId = 0;
  private nextArticleSeq = 0;

  constructor(init: EmbeddedStoreInit) {
    this.dir = init.dir;
    this.dbs = init.dbs;
    this.lock = init.lock;
    this.readOnly = init.readOnly;
    this.description = `embedded (${init.dir})${init.readOnly ? ' read-only' : ''}`;
    this.rebuildIndex();
  }

  /** Opens (creating when missing, unless read-only) the data dir and rebuilds the indexes. */
  static async open<T extends EmbeddedStore>(
    this: new (init: EmbeddedStoreInit) => T,
    dir: string,
    options: EmbeddedStoreOptions = {},
  ): Promise<T> {
    const readOnly = options.readOnly === true;
    const resolved = path.resolve(dir);
    if (readOnly) {
      if (!fs.existsSync(path.join(resolved, 'data.mdb'))) {
        throw new StoreError('DATABASE_NOT_FOUND', `expected an embedded data dir with data.mdb at ${resolved} for read-only use, found none`, {
          dir: resolved,
        });
      }
    } else {
      try {
        fs.mkdirSync(resolved, { recursive: true });
      } catch (err) {
        throw new StoreError('STORE_ERROR', `expected to create the data dir ${resolved}, found ${(err as Error).message}`, {}, { cause: err });
      }
    }
    const lock = readOnly ? null : acquireDirLock(resolved);
    let root: RootDatabase | null = null;
    try {
      root = open({ path: resolved, maxDbs: 12, readOnly });
      const format: unknown = root.get(FORMAT_KEY);
      if (format === undefined && readOnly) {
        // A writer is still creating this dir (the format key is written last, below).
        throw new StoreError('DATABASE_NOT_FOUND', `expected an initialised embedded data dir at ${resolved} for read-only use, found one a writer has not finished creating`, {
          dir: resolved,
        });
      }
      if (format !== undefined && format !== FORMAT) {
        const hint = typeof format === 'number' && format < FORMAT ? ' (written by an older newsgraph: ingest the sources again into a new data dir)' : '';
        throw new StoreError('STORE_ERROR', `expected embedded data format ${FORMAT} in ${resolved}, found ${describeValue(format)}${hint}`, { dir: resolved });
      }
      const dbs: Dbs = {
        root,
        articles: root.openDB<ArticleRec, string>('articles', { encoding: 'msgpack' }),
        texts: root.openDB<string, string>('texts', { encoding: 'string', compression: true }),
        entities: root.openDB<EntityAgg, string>('entities', { encoding: 'msgpack' }),
        facts: root.openDB<FactAgg, number>('facts', { encoding: 'msgpack' }),
        factArts: root.openDB<FactArtRec, [number, number]>('factArts', { encoding: 'msgpack' }),
        aliases: root.openDB<string, string>('aliases', { encoding: 'string', dupSort: true }),
      };
      // Written only once every sub-database exists, so read-only openers never see a half-created dir.
      if (format === undefined) root.putSync(FORMAT_KEY, FORMAT);
      return new this({ dir: resolved, dbs, lock, readOnly });
    } catch (err) {
      await root?.close().catch(() => undefined);
      lock?.release();
      throw storeError(`open the embedded store in ${resolved}`, err);
    }
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
    const changes = this.newChanges();
    let results: UpsertResult[];
    try {
      results = this.dbs.root.transactionSync(() => {
        const out: UpsertResult[] = [];
        for (const graph of normalized) {
          const id = graph.article.id;
          const old = this.dbs.articles.get(dbKey(id));
          if (old && old.hash === graph.article.hash) {
            out.push({ id, status: 'unchanged' });
            continue;
          }
          const status: UpsertStatus = old ? 'updated' : 'created';
          if (old) this.removeContribution(old, changes);
          const rec = articleRecord(graph, this.nextArticleSeq++);
          this.addContribution(rec, graph, changes);
          this.dbs.articles.putSync(dbKey(id), rec);
          this.dbs.texts.putSync(dbKey(id), graph.text);
          changes.articles.set(id, storedArticle(rec));
          out.push({ id, status });
        }
        this.flush(changes);
        this.beforeCommit();
        return out;
      });
    } catch (err) {
      throw storeError('write a batch of articles', err);
    }
    this.apply(changes);
    return results;
  }

  async deleteArticle(id: string): Promise<boolean> {
    this.assertWritable('deleteArticle');
    checkString(id, 'id');
    const changes = this.newChanges();
    let deleted: boolean;
    try {
      deleted = this.dbs.root.transactionSync(() => {
        const old = this.dbs.articles.get(dbKey(id));
        if (!old) return false;
        this.removeContribution(old, changes);
        this.dbs.articles.removeSync(dbKey(id));
        this.dbs.texts.removeSync(dbKey(id));
        changes.articles.set(id, null);
        this.flush(changes);
        this.beforeCommit();
        return true;
      });
    } catch (err) {
      throw storeError(`delete article ${JSON.stringify(id)}`, err);
    }
    if (deleted) this.apply(changes);
    return deleted;
  }

  private newChanges(): Changes {
    return { entities: new Map(), facts: new Map(), articles: new Map(), mentions: [] };
  }

  private loadEntity(key: string, changes: Changes): EntityWork | null {
    if (changes.entities.has(key)) return changes.entities.get(key) ?? null;
    // The index mirrors the committed aggregates: a key it lacks is not in LMDB either.
    const agg = this.index.entities.has(key) ? this.dbs.entities.get(dbKey(key)) : undefined;
    const work = agg ? toWork(agg) : null;
    changes.entities.set(key, work);
    return work;
  }

  private loadFact(key: string, changes: Changes): FactWork | null {
    if (changes.facts.has(key)) return changes.facts.get(key) ?? null;
    const node = this.index.facts.get(key);
    const agg = node ? this.dbs.facts.get(node.id) : undefined;
    const work = agg ? { agg, needsConfidence: false } : null;
    changes.facts.set(key, work);
    return work;
  }

  private removeContribution(old: ArticleRec, changes: Changes): void {
    for (const [key, name, type, mentions, aliases] of old.entities) {
      const w = this.loadEntity(key, changes);
      if (!w) continue;
      w.mentionCount -= mentions;
      w.articleCount -= 1;
      if (type !== 'OTHER') bump(w.typeMentions, type, -mentions);
      for (const a of new Set([name, ...aliases])) bump(w.aliasRefs, a, -1);
      // Only the article holding the elected (name, mentions) — or a tie — forces a re-election.
      if (name === w.name && mentions >= w.nameMentions) w.needsName = true;
      changes.mentions.push([key, old.id, false]);
    }
    for (const [key, confidence] of old.facts) {
      const w = this.loadFact(key, changes);
      if (!w) continue;
      w.agg.n -= 1;
      if (confidence >= w.agg.c) w.needsConfidence = true;
      this.dbs.factArts.removeSync([w.agg.id, old.seq]);
    }
  }

  private addContribution(rec: ArticleRec, graph: ArticleGraph, changes: Changes): void {
    for (const [key, name, type, mentions, aliases] of rec.entities) {
      let w = this.loadEntity(key, changes);
      if (!w) {
        w = { key, name, nameMentions: -1, mentionCount: 0, articleCount: 0, typeMentions: new Map(), aliasRefs: new Map(), needsName: false };
        changes.entities.set(key, w);
      }
      w.mentionCount += mentions;
      w.articleCount += 1;
      if (type !== 'OTHER') bump(w.typeMentions, type, mentions);
      for (const a of new Set([name, ...aliases])) bump(w.aliasRefs, a, 1);
      if (betterName(name, mentions, w.name, w.nameMentions)) {
        w.name = name;
        w.nameMentions = mentions;
      }
      changes.mentions.push([key, rec.id, true]);
    }
    for (const fact of graph.facts) {
      const { key, subject: s, predicate: p, object: o, negated: neg, confidence } = fact;
      let w = this.loadFact(key, changes);
      if (!w || w.agg.n <= 0) {
        w = { agg: { id: w?.agg.id ?? this.nextFactId++, key, s, p, o, neg, c: 0, n: 0 }, needsConfidence: w?.needsConfidence ?? false };
        changes.facts.set(key, w);
      } else if (w.agg.s !== s || w.agg.p !== p || w.agg.o !== o || w.agg.neg !== neg) {
        throw new StoreError(
          'CONSTRAINT_VIOLATION',
          `article ${JSON.stringify(rec.id)}: expected fact key ${key} to name (${w.agg.s})-[${w.agg.p}]->(${w.agg.o}) as stored, found (${s})-[${p}]->(${o})`,
          { articleId: rec.id, factKey: key },
        );
      }
      w.agg.n += 1;
      if (confidence > w.agg.c) w.agg.c = confidence;
      this.dbs.factArts.putSync([w.agg.id, rec.seq], factArtRecord(rec.id, fact));
    }
  }

  /** Writes every touched aggregate (re-electing names and maxima where needed) and the alias index. */
  private flush(changes: Changes): void {
    for (const [key, w] of changes.entities) {
      if (!w) continue;
      const oldNames = this.index.entities.get(key)?.names ?? [];
      let newNames: string[] = [];
      if (w.articleCount > 0) {
        if (w.needsName) {
          w.name = '';
          w.nameMentions = -1;
          // Candidates: committed links plus those added by this transaction; reads inside the
          // transaction see its own writes, so removed or replaced contributions drop out.
          const ids = new Set(this.index.articleIdsOf(key));
          for (const [k, id, added] of changes.mentions) if (added && k === key) ids.add(id);
          for (const id of ids) {
            const e = this.dbs.articles.get(dbKey(id))?.entities.find((x) => x[0] === key);
            if (e && betterName(e[1], e[3], w.name, w.nameMentions)) {
              w.name = e[1];
              w.nameMentions = e[3];
            }
          }
          w.needsName = false;
        }
        const agg = toAgg(w);
        newNames = aggNames(agg);
        this.dbs.entities.putSync(dbKey(key), agg);
      } else {
        changes.entities.set(key, null);
        this.dbs.entities.removeSync(dbKey(key));
      }
      for (const n of oldNames) if (!newNames.includes(n)) this.dbs.aliases.removeSync(dbKey(n), dbKey(key));
      for (const n of newNames) if (!oldNames.includes(n)) this.dbs.aliases.putSync(dbKey(n), dbKey(key));
    }
    for (const [key, w] of changes.facts) {
      if (!w) continue;
      if (w.agg.n > 0) {
        if (w.needsConfidence) {
          w.agg.c = 0;
          for (const { value } of this.dbs.factArts.getRange(factArtsRange(w.agg.id))) if (value[1] > w.agg.c) w.agg.c = value[1];
          w.needsConfidence = false;
        }
        this.dbs.facts.putSync(w.agg.id, w.agg);
      } else {
        changes.facts.set(key, null);
        this.dbs.facts.removeSync(w.agg.id);
      }
    }
  }

  /** Applies committed changes to the in-memory indexes (entities before facts reference them). */
  private apply(changes: Changes): void {
    for (const [key, w] of changes.entities) {
      if (w) this.index.setEntity(key, entityType([...w.typeMentions]), w.mentionCount, uniqueNormalized([...w.aliasRefs.keys()]));
    }
    for (const [key, w] of changes.facts) {
      if (w) this.index.setFact(key, w.agg.s, w.agg.o, w.agg.p, w.agg.c, w.agg.id);
      else this.index.removeFact(key);
    }
    for (const [key, w] of changes.entities) if (!w) this.index.removeEntity(key);
    for (const [key, id, added] of changes.mentions) {
      if (added) this.index.addMention(key, id);
      else this.index.removeMention(key, id);
    }
    for (const [id, article] of changes.articles) {
      if (article) this.index.setArticle(article);
      else this.index.removeArticle(id);
    }
  }

  private rebuildIndex(): void {
    for (const { value } of this.dbs.entities.getRange()) {
      this.index.setEntity(value.key, entityType(value.typeMentions), value.mentionCount, aggNames(value));
    }
    for (const { value } of this.dbs.facts.getRange()) {
      this.index.setFact(value.key, value.s, value.o, value.p, value.c, value.id);
      if (value.id >= this.nextFactId) this.nextFactId = value.id + 1;
    }
    // Article records are compact (no evidence): they give the article list and the entity–article links.
    for (const { value } of this.dbs.articles.getRange()) {
      this.index.setArticle(storedArticle(value));
      for (const e of value.entities) this.index.addMention(e[0], value.id);
      if (value.seq >= this.nextArticleSeq) this.nextArticleSeq = value.seq + 1;
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
    const a = this.index.articles.get(checkString(id, 'id'));
    return a ? { ...a } : null;
  }

  async getArticleText(id: string): Promise<string | null> {
    this.assertOpen();
    return this.dbs.texts.get(dbKey(checkString(id, 'id'))) ?? null;
  }

  async listArticles(args: PageArgs): Promise<Connection<StoredArticle>> {
    this.assertOpen();
    const first = checkFirst(args.first);
    const order = this.index.articleOrder();
    let start = 0;
    if (args.after !== undefined && args.after !== null) {
      const [publishedAt, id] = parseArticleCursor(args.after);
      start = firstAfter(order, (a) => compareArticles(a, { publishedAt, id }) > 0);
    }
    return page(order, start, first, (a) => ({ cursor: articleCursor(a.publishedAt, a.id), node: { ...a } }));
  }

  async entityArticles(key: string): Promise<StoredArticle[]> {
    this.assertOpen();
    const out: StoredArticle[] = [];
    for (const id of this.articleIdsOf(checkString(key, 'key'))) {
      const a = this.index.articles.get(id);
      if (a) out.push({ ...a });
    }
    return out.sort(compareArticles);
  }

  /* ───────────── entities ───────────── */

  /** Ids of the articles mentioning an entity (a copy, in code-unit order), from memory. */
  private articleIdsOf(key: string): string[] {
    return this.index.articleIdsOf(key).slice();
  }

  private readEntity(key: string): StoredEntity | null {
    const agg = this.dbs.entities.get(dbKey(key));
    return agg ? storedEntity(agg, this.articleIdsOf(key)) : null;
  }

  /** A fact's contributions in article-id order. */
  private factArts(id: number): FactArtRec[] {
    const arts: FactArtRec[] = [];
    for (const { value } of this.dbs.factArts.getRange(factArtsRange(id))) arts.push(value);
    return arts.sort((a, b) => compareStrings(a[0], b[0]));
  }

  private readFact(key: string): StoredFact | null {
    const node = this.index.facts.get(key);
    const agg = node ? this.dbs.facts.get(node.id) : undefined;
    return agg ? storedFact(agg, this.factArts(agg.id)) : null;
  }

  async getEntity(key: string): Promise<StoredEntity | null> {
    this.assertOpen();
    return this.readEntity(checkString(key, 'key'));
  }

  async getEntities(keys: readonly string[]): Promise<(StoredEntity | null)[]> {
    this.assertOpen();
    return keys.map((k) => this.readEntity(checkString(k, 'key')));
  }

  async findEntity(name: string): Promise<StoredEntity | null> {
    this.assertOpen();
    const key = this.index.findKey(normalizeName(checkString(name, 'name')));
    return key === null ? null : this.readEntity(key);
  }

  async searchEntities(query: EntityQuery): Promise<Connection<StoredEntity>> {
    this.assertOpen();
    const first = checkFirst(query.first);
    const type = checkEntityType(query.type);
    const search = query.search === undefined || query.search === null ? '' : normalizeName(checkString(query.search, 'search'));
    let order = this.index.entityOrder();
    if (type !== null || search !== '') {
      order = order.filter((n) => (type === null || n.type === type) && (search === '' || n.names.some((x) => x.includes(search))));
    }
    let start = 0;
    if (query.after !== undefined && query.after !== null) {
      const [mentionCount, key] = parseEntityCursor(query.after);
      const pivot = { key, mentionCount } as EntityNode;
      start = firstAfter(order, (n) => compareEntityNodes(n, pivot) > 0);
    }
    return page(order, start, first, (n) => {
      const node = this.readEntity(n.key);
      if (!node) throw new StoreError('STORE_ERROR', `expected entity ${JSON.stringify(n.key)} in LMDB, found it missing`);
      return { cursor: entityCursor(n.mentionCount, n.key), node };
    });
  }

  /* ───────────── facts ───────────── */

  async getFact(key: string): Promise<StoredFact | null> {
    this.assertOpen();
    return this.readFact(checkString(key, 'key'));
  }

  async relations(query: RelationQuery): Promise<Connection<StoredFact>> {
    this.assertOpen();
    const first = checkFirst(query.first);
    const minConfidence = checkMinConfidence(query.minConfidence);
    const direction = checkDirection(query.direction);
    const extended = Q.needsExtendedRelations(query);
    const after = extended || query.after === undefined || query.after === null ? null : parseRelationCursor(query.after);
    const empty: Connection<StoredFact> = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
    const filter: FactFilter = { direction, minConfidence };
    if (query.subject !== undefined && query.subject !== null) {
      const key = this.index.findKey(normalizeName(checkString(query.subject, 'subject')));
      if (key === null) return empty;
      filter.subjectKey = key;
    }
    if (query.object !== undefined && query.object !== null) {
      const key = this.index.findKey(normalizeName(checkString(query.object, 'object')));
      if (key === null) return empty;
      filter.objectKey = key;
    }
    if (query.entityKey !== undefined && query.entityKey !== null) filter.entityKey = checkString(query.entityKey, 'entityKey');
    if (query.predicate !== undefined && query.predicate !== null) filter.predicate = checkString(query.predicate, 'predicate');
    if (query.articleId !== undefined && query.articleId !== null) {
      const rec = this.dbs.articles.get(dbKey(checkString(query.articleId, 'articleId')));
      if (!rec) return empty;
      filter.articleFacts = new Set(rec.facts.map((f) => f[0]));
    }
    const keys = this.index.queryFacts(filter);
    if (extended) return Q.extendedRelationPage(this.view(), keys, query, first, relationCursor, parseRelationCursor);
    const start = after === null ? 0 : firstAfter(keys, (k) => compareStrings(k, after) > 0);
    return page(keys, start, first, (k) => {
      const node = this.readFact(k);
      if (!node) throw new StoreError('STORE_ERROR', `expected fact ${JSON.stringify(k)} in LMDB, found it missing`);
      return { cursor: relationCursor(k), node };
    });
  }

  /* ───────────── traversals ───────────── */

  async neighbors(key: string, depth: number, first: number): Promise<NeighborResult[]> {
    this.assertOpen();
    checkString(key, 'key');
    checkDepth(depth);
    checkFirst(first);
    const out: NeighborResult[] = [];
    for (const hit of this.index.neighbors(key, depth, first)) {
      const entity = this.readEntity(hit.key);
      const via = this.readFact(hit.via);
      if (entity && via) out.push({ entity, distance: hit.distance, via });
    }
    return out;
  }

  async shortestPath(fromKey: string, toKey: string, maxHops: number): Promise<PathResult | null> {
    this.assertOpen();
    checkString(fromKey, 'fromKey');
    checkString(toKey, 'toKey');
    checkHops(maxHops);
    const hit = this.index.shortestPath(fromKey, toKey, maxHops);
    if (!hit) return null;
    const entities = hit.nodes.map((k) => this.readEntity(k));
    const relations = hit.facts.map((k) => this.readFact(k));
    if (entities.some((e) => e === null) || relations.some((f) => f === null)) {
      throw new StoreError('STORE_ERROR', `expected every entity and fact of a path in LMDB, found one missing`);
    }
    return { length: hit.facts.length, entities: entities as StoredEntity[], relations: relations as StoredFact[] };
  }

  async stats(): Promise<GraphStats> {
    this.assertOpen();
    return { articles: this.index.articles.size, entities: this.index.entities.size, relations: this.index.facts.size };
  }

  /* ───────────── API queries (src/store/memory/queries.ts) ───────────── */

  private view(): Q.EmbeddedView {
    return {
      index: this.index,
      readEntity: (key) => this.readEntity(key),
      readFact: (key) => this.readFact(key),
      factArticleIds: (key) => {
        const node = this.index.facts.get(key);
        const ids: string[] = [];
        if (node) for (const { value } of this.dbs.factArts.getRange(factArtsRange(node.id))) ids.push(value[0]);
        return ids;
      },
      entityArticleIds: (key) => this.articleIdsOf(key),
      articleMentions: (id) => this.dbs.articles.get(dbKey(id))?.entities.map((e): [string, number] => [e[0], e[3]]) ?? null,
      articleText: (id) => this.dbs.texts.get(dbKey(id)) ?? null,
    };
  }

  async searchArticles(query: ArticleQuery): Promise<Connection<StoredArticle>> {
    this.assertOpen();
    const first = checkFirst(query.first);
    if (query.entityKey !== undefined && query.entityKey !== null) checkString(query.entityKey, 'entityKey');
    if (query.search !== undefined && query.search !== null) checkString(query.search, 'search');
    return Q.searchArticles(this.view(), query, first);
  }

  async articleEntities(articleId: string): Promise<ArticleMention[]> {
    this.assertOpen();
    return Q.articleEntities(this.view(), checkString(articleId, 'articleId'));
  }

  async timeline(key: string, query: TimelineQuery): Promise<TimelineEntry[]> {
    this.assertOpen();
    const first = checkFirst(query.first);
    return Q.timeline(this.view(), checkString(key, 'key'), query, first);
  }

  async cooccurrences(key: string, query: CooccurrenceQuery): Promise<Cooccurrence[]> {
    this.assertOpen();
    const first = checkFirst(query.first);
    checkEntityType(query.type);
    return Q.cooccurrences(this.view(), checkString(key, 'key'), query, first);
  }

  async shortestPaths(fromKey: string, toKey: string, maxHops: number, first: number): Promise<PathResult[]> {
    this.assertOpen();
    checkString(fromKey, 'fromKey');
    checkString(toKey, 'toKey');
    checkHops(maxHops);
    checkFirst(first);
    return Q.shortestPaths(this.view(), fromKey, toKey, maxHops, first);
  }

  async predicateCounts(): Promise<PredicateCount[]> {
    this.assertOpen();
    return Q.predicateCounts(this.index);
  }

  /* ───────────── streams ───────────── */

  async *iterateArticles(): AsyncIterable<StoredArticle> {
    this.assertOpen();
    for (const a of this.index.articleOrder()) yield { ...a };
  }

  async *iterateEntities(): AsyncIterable<StoredEntity> {
    this.assertOpen();
    for (const n of this.index.entityOrder()) {
      if (this.closed) return;
      const e = this.readEntity(n.key);
      if (e) yield e;
    }
  }

  async *iterateFacts(): AsyncIterable<StoredFact> {
    this.assertOpen();
    for (const k of this.index.factOrder()) {
      if (this.closed) return;
      const f = this.readFact(k);
      if (f) yield f;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.index.clear();
    try {
      await this.dbs.root.close();
    } finally {
      this.lock?.release();
    }
  }
}

/** Range of the factArts keys [id, seq] of one fact. */
function factArtsRange(id: number): { start: [number]; end: [number] } {
  return { start: [id], end: [id + 1] };
}

function page<T, N>(order: readonly T[], start: number, first: number, toEdge: (item: T) => Edge<N>): Connection<N> {
  const edges = order.slice(start, start + first).map(toEdge);
  return {
    edges,
    pageInfo: { hasNextPage: start + first < order.length, endCursor: edges.length > 0 ? (edges[edges.length - 1] as Edge<N>).cursor : null },
    totalCount: order.length,
  };
}

/** Opens the embedded store in `dir` (created when missing). */
export async function openEmbeddedStore(dir: string, options: EmbeddedStoreOptions = {}): Promise<GraphStore> {
  return EmbeddedStore.open(dir, options);
}
