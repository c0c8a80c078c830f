/**
 * GraphStore on Neo4j 5 (5.23 or later; neo4j-driver 6). All Cypher lives in cypher/*.cypher and
 * is run by name with parameters; list statements are composed from whitelisted fragments
 * (listQuery.ts); relationship types and hop bounds are the only templated parts, validated by
 * identifiers.ts.
 *
 * Writes (writeBatch.ts): one managed write transaction per batch of articles; a new article
 * adds its deltas to entity and fact aggregates with a fixed number of UNWIND statements and
 * never reads other articles' contributions. Reads (readQueries.ts, listQuery.ts): one
 * statement per query shape, starting from an index seek on its anchor; traversals run inside
 * Neo4j in one round trip. The model is described in cypher/write.cypher and
 * docs/neo4j-browser.md.
 *
 * Usage: `const store = await openNeo4jStore(config.neo4j)` (connects, checks the data model,
 * creates the schema idempotently); `await initNeo4jSchema(config.neo4j)` for `db init`.
 */
import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Neo4jConfig } from '../../config.js';
import { ConfigError, QueryError, StoreError, describeValue } from '../../errors.js';
import { isEntityType } from '../../model/types.js';
import type { ArticleGraph, GraphStats, StoredArticle, StoredEntity, StoredFact, UpsertResult, UpsertStatus } from '../../model/types.js';
import { normalizeName } from '../../resolution/keys.js';
import { MAX_DEPTH, MAX_HOPS, MAX_PAGE_SIZE, checkDateRange, checkRelationSort } from '../GraphStore.js';
import type {
  ArticleMention,
  ArticleQuery,
  Connection,
  Cooccurrence,
  CooccurrenceQuery,
  Direction,
  EntityQuery,
  GraphStore,
  NeighborResult,
  PageArgs,
  PathResult,
  PredicateCount,
  RelationQuery,
  RelationSort,
  TimelineEntry,
  TimelineQuery,
} from '../GraphStore.js';
import { cypherNames, loadCypher } from './cypherFiles.js';
import { decodeCursor, encodeCursor, queryFingerprint } from './cursor.js';
import { articleList, entityList, factList } from './listQuery.js';
import type { FactListFilter } from './listQuery.js';
import { mapNeo4jError } from './mapNeo4jError.js';
import { chunkUniqueIds, prepareGraph } from './prepareGraph.js';
import { fetchEntities, fetchFacts, findEntityIn, neighborsIn, shortestPathIn, shortestPathsIn, timelineIn } from './readQueries.js';
import { toStoredArticle, toStoredEntity, toStoredFact } from './records.js';
import { runStatement } from './runStatement.js';
import type { Row, Tx } from './runStatement.js';
import * as S from './statements.js';
import type { Statement } from './statements.js';
import { deleteArticleIn, writeBatch } from './writeBatch.js';

export { runStatement } from './runStatement.js';
export { comparePathKeys } from './readQueries.js';
export { writeBatch, retractArticles } from './writeBatch.js';

function checkWhole(value: unknown, what: string, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new QueryError('BAD_USER_INPUT', `${what} expects a whole number from 1 to ${max}, found ${describeValue(value)}`);
  }
  if (value > max) throw new QueryError('LIMIT_EXCEEDED', `${what} expects a whole number from 1 to ${max}, found ${value}`);
  return value;
}

function checkEntityType(value: unknown): void {
  if (value !== null && value !== undefined && !isEntityType(value)) {
    throw new QueryError('BAD_USER_INPUT', `type expects one of PERSON, ORGANIZATION, GPE, LOCATION, FACILITY, WEAPON, VEHICLE, EVENT, OTHER, found ${describeValue(value)}`, { argument: 'type' });
  }
}

function emptyConnection<T>(): Connection<T> {
  return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
}

function toConnection<T>(nodes: T[], first: number, total: number, fingerprint: string, sortKey: (n: T) => (string | number | null)[]): Connection<T> {
  const page = nodes.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(fingerprint, sortKey(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: nodes.length > first, endCursor: edges.length > 0 ? (edges[edges.length - 1]?.cursor ?? null) : null },
    totalCount: total,
  };
}

/** Runs a page statement and its count statement; converts the page's rows. */
async function pageAndCount<T>(tx: Tx, list: { page: Statement; count: Statement }, convert: (row: Row) => T): Promise<{ nodes: T[]; total: number }> {
  const rows = await runStatement(tx, list.page);
  const total = await runStatement(tx, list.count);
  return { nodes: rows.map(convert), total: Number(total[0]?.total ?? 0) };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** publishedAt desc (nulls last), then id: the port's article order. */
const compareArticleOrder = (a: { id: string; publishedAt: string | null }, b: { id: string; publishedAt: string | null }): number => {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1;
    if (b.publishedAt === null) return -1;
    return cmp(b.publishedAt, a.publishedAt);
  }
  return cmp(a.id, b.id);
};

const byEntityOrder = (a: StoredEntity, b: StoredEntity): number => b.mentionCount - a.mentionCount || cmp(a.key, b.key);

/** Validated relation arguments (names not yet resolved to keys). */
interface RelationArgs {
  first: number;
  direction: Direction;
  minConfidence: number | null;
  predicate: string | null;
  predicates: string[] | null;
  sort: RelationSort;
  since: string | null;
  until: string | null;
}

function checkRelationArgs(query: RelationQuery): RelationArgs {
  const first = checkWhole(query.first, 'first', MAX_PAGE_SIZE);
  const direction: Direction = query.direction ?? 'BOTH';
  if (direction !== 'OUT' && direction !== 'IN' && direction !== 'BOTH') {
    throw new QueryError('BAD_USER_INPUT', `direction expects OUT, IN or BOTH, found ${describeValue(direction)}`);
  }
  const minConfidence = query.minConfidence ?? null;
  if (minConfidence !== null && (typeof minConfidence !== 'number' || !Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1)) {
    throw new QueryError('BAD_USER_INPUT', `minConfidence expects a number from 0 to 1, found ${describeValue(minConfidence)}`);
  }
  const predicate = typeof query.predicate === 'string' ? query.predicate.toUpperCase() : null;
  const predicates = query.predicates && query.predicates.length > 0 ? [...new Set(query.predicates.map((p) => String(p).toUpperCase()))].sort() : null;
  return { first, direction, minConfidence, predicate, predicates, sort: checkRelationSort(query.sort), ...checkDateRange(query.since, query.until) };
}

export class Neo4jStore implements GraphStore {
  readonly description: string;
  private readonly driver: Driver;
  private readonly config: Neo4jConfig;
  private closed = false;

  constructor(driver: Driver, config: Neo4jConfig) {
    this.driver = driver;
    this.config = config;
    this.description = `neo4j (${config.uri}${config.database ? `, database ${config.database}` : ''})`;
  }

  /* ───────────── plumbing ───────────── */

  private mapError(error: unknown): Error {
    return mapNeo4jError(error, { uri: this.config.uri, user: this.config.user, database: this.config.database });
  }

  private sessionConfig(mode: 'READ' | 'WRITE'): { database?: string; defaultAccessMode: 'READ' | 'WRITE' } {
    const access = mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE;
    return this.config.database ? { database: this.config.database, defaultAccessMode: access } : { defaultAccessMode: access };
  }

  private async read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session(this.sessionConfig('READ'));
    try {
      return await session.executeRead(work);
    } catch (error) {
      throw this.mapError(error);
    } finally {
      await session.close();
    }
  }

  private async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session(this.sessionConfig('WRITE'));
    try {
      return await session.executeWrite(work);
    } catch (error) {
      throw this.mapError(error);
    } finally {
      await session.close();
    }
  }

  /** Runs statements one after the other in auto-commit transactions (schema, IN TRANSACTIONS). */
  private async autoCommit(texts: readonly string[]): Promise<void> {
    const session = this.driver.session(this.sessionConfig('WRITE'));
    try {
      for (const text of texts) await session.run(text);
    } catch (error) {
      throw this.mapError(error);
    } finally {
      await session.close();
    }
  }

  /** Checks the connection (mapping failures to STORE_UNAVAILABLE / STORE_AUTH_FAILED / DATABASE_NOT_FOUND). */
  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity(this.config.database ? { database: this.config.database } : {});
    } catch (error) {
      throw this.mapError(error);
    }
  }

  /**
   * Refuses a database written by the first Neo4j model (per-article (:Article)-[:ASSERTS]->(:Fact)
   * relationships): its facts have none of the contribution lists this model reads.
   */
  async checkModel(): Promise<void> {
    const rows = await this.read((tx) => runStatement(tx, S.legacyAssertions()));
    const legacy = Number(rows[0]?.total ?? 0);
    if (legacy > 0) {
      throw new StoreError(
        'STORE_ERROR',
        `${this.description} expects newsgraph data in the current model, found ${legacy} ASSERTS relationships of the earlier one: ingest the articles again into an empty database (docs/neo4j-browser.md, "Maintenance")`,
      );
    }
  }

  /** Creates constraints and indexes (cypher/schema.cypher); idempotent. */
  async initSchema(): Promise<void> {
    await this.autoCommit(cypherNames('schema.').map(loadCypher));
  }

  /** Deletes every Article, Entity, Fact and Alias node, committing in batches. Only for tests, benchmarks and explicit resets. */
  async wipeAll(): Promise<void> {
    await this.autoCommit([S.statementText(S.wipeAll())]);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.close();
  }

  /* ───────────── writes ───────────── */

  async upsertArticles(graphs: ArticleGraph[]): Promise<UpsertResult[]> {
    const prepared = graphs.map(prepareGraph);
    const results: UpsertResult[] = [];
    for (const chunk of chunkUniqueIds(prepared, this.config.batchSize)) {
      const statuses = await this.write((tx) => writeBatch(tx, chunk));
      chunk.forEach((g, i) => results.push({ id: g.article.id, status: statuses[i] as UpsertStatus }));
    }
    return results;
  }

  async deleteArticle(id: string): Promise<boolean> {
    return this.write((tx) => deleteArticleIn(tx, id));
  }

  /* ───────────── articles ───────────── */

  async getArticle(id: string): Promise<StoredArticle | null> {
    const rows = await this.read((tx) => runStatement(tx, S.articleGet(id)));
    return rows[0] ? toStoredArticle(rows[0].article) : null;
  }

  async getArticleText(id: string): Promise<string | null> {
    const rows = await this.read((tx) => runStatement(tx, S.articleText(id)));
    const text = rows[0]?.text;
    return typeof text === 'string' ? text : null;
  }

  async listArticles(args: PageArgs): Promise<Connection<StoredArticle>> {
    return this.searchArticles({ first: args.first, after: args.after ?? null });
  }

  async searchArticles(query: ArticleQuery): Promise<Connection<StoredArticle>> {
    const first = checkWhole(query.first, 'first', MAX_PAGE_SIZE);
    const { since, until } = checkDateRange(query.since, query.until);
    const search = typeof query.search === 'string' && query.search.trim() !== '' ? query.search.toLowerCase() : null;
    const filter = { since, until, entityKey: query.entityKey ?? null, search };
    const fp = queryFingerprint('articles', filter);
    const after = decodeCursor(query.after, fp, 2);
    const cursor = after ? { sortDate: String(after[0] ?? ''), id: String(after[1]) } : null;
    const { nodes, total } = await this.read((tx) => pageAndCount(tx, articleList(filter, cursor, first + 1), (r) => toStoredArticle(r.article)));
    return toConnection(nodes, first, total, fp, (a) => [a.publishedAt ?? '', a.id]);
  }

  async entityArticles(key: string): Promise<StoredArticle[]> {
    const rows = await this.read((tx) => runStatement(tx, S.articleOfEntity(key)));
    return rows.map((r) => toStoredArticle(r.article));
  }

  async articleEntities(articleId: string): Promise<ArticleMention[]> {
    const rows = await this.read((tx) => runStatement(tx, S.articleEntities(articleId)));
    return rows
      .map((r) => ({ entity: toStoredEntity(r.entity), mentions: Number(r.mentions ?? 0) }))
      .sort((a, b) => b.mentions - a.mentions || byEntityOrder(a.entity, b.entity));
  }

  /* ───────────── entities ───────────── */

  async getEntity(key: string): Promise<StoredEntity | null> {
    return (await this.getEntities([key]))[0] ?? null;
  }

  async getEntities(keys: readonly string[]): Promise<(StoredEntity | null)[]> {
    if (keys.length === 0) return [];
    const found = await this.read((tx) => fetchEntities(tx, keys));
    return keys.map((k) => found.get(k) ?? null);
  }

  async findEntity(name: string): Promise<StoredEntity | null> {
    return this.read((tx) => findEntityIn(tx, name));
  }

  async searchEntities(query: EntityQuery): Promise<Connection<StoredEntity>> {
    const first = checkWhole(query.first, 'first', MAX_PAGE_SIZE);
    checkEntityType(query.type);
    const search = query.search ? normalizeName(query.search) : '';
    const filter = { type: query.type ?? null, search: search === '' ? null : search };
    const fp = queryFingerprint('entities', filter);
    const after = decodeCursor(query.after, fp, 2);
    const cursor = after ? { mentionCount: Number(after[0]), key: String(after[1]) } : null;
    const { nodes, total } = await this.read((tx) => pageAndCount(tx, entityList(filter, cursor, first + 1), (r) => toStoredEntity(r.entity)));
    return toConnection(nodes, first, total, fp, (e) => [e.mentionCount, e.key]);
  }

  /* ───────────── facts ───────────── */

  async getFact(key: string): Promise<StoredFact | null> {
    const found = await this.read((tx) => fetchFacts(tx, [key]));
    return found.get(key) ?? null;
  }

  async relations(query: RelationQuery): Promise<Connection<StoredFact>> {
    const args = checkRelationArgs(query);
    return this.read(async (tx) => {
      const names: { subjectKey: string | null; objectKey: string | null } = { subjectKey: null, objectKey: null };
      for (const [field, name] of [['subjectKey', query.subject], ['objectKey', query.object]] as const) {
        if (name === null || name === undefined) continue;
        const key = (await findEntityIn(tx, name))?.key ?? null;
        if (key === null) return emptyConnection<StoredFact>();
        names[field] = key;
      }
      const filter: FactListFilter = {
        ...names,
        entityKey: query.entityKey ?? null,
        direction: args.direction,
        predicate: args.predicate,
        predicates: args.predicates,
        articleId: query.articleId ?? null,
        minConfidence: args.minConfidence,
        since: args.since,
        until: args.until,
      };
      const fp = queryFingerprint('relations', { ...filter, direction: filter.entityKey ? args.direction : null, sort: args.sort === 'KEY' ? null : args.sort });
      const after = decodeCursor(query.after, fp, args.sort === 'KEY' ? 1 : 2);
      const cursor = after === null ? null : args.sort === 'KEY' ? { value: null, key: String(after[0]) } : { value: after[0] ?? null, key: String(after[1]) };
      const { nodes, total } = await pageAndCount(tx, factList(filter, args.sort, cursor, args.first + 1), (r) => ({ fact: toStoredFact(r.fact), raw: r.fact as Row }));
      const facts = nodes.map((n) => n.fact);
      const sortValues = new Map(nodes.map((n) => [n.fact.key, args.sort === 'DATE' ? String(n.raw.latest ?? '') : Number(n.raw.confidence ?? 0)]));
      const key = (f: StoredFact): (string | number | null)[] => (args.sort === 'KEY' ? [f.key] : [sortValues.get(f.key) ?? null, f.key]);
      return toConnection(facts, args.first, total, fp, key);
    });
  }

  /* ───────────── traversal ───────────── */

  async neighbors(key: string, depth: number, first: number): Promise<NeighborResult[]> {
    checkWhole(depth, 'depth', MAX_DEPTH);
    checkWhole(first, 'first', MAX_PAGE_SIZE);
    return this.read((tx) => neighborsIn(tx, key, depth, first));
  }

  async shortestPath(fromKey: string, toKey: string, maxHops: number): Promise<PathResult | null> {
    checkWhole(maxHops, 'maxHops', MAX_HOPS);
    return this.read(async (tx) => {
      if (fromKey !== toKey) return shortestPathIn(tx, fromKey, toKey, maxHops);
      const e = (await fetchEntities(tx, [fromKey])).get(fromKey);
      return e ? { length: 0, entities: [e], relations: [] } : null;
    });
  }

  async shortestPaths(fromKey: string, toKey: string, maxHops: number, first: number): Promise<PathResult[]> {
    checkWhole(maxHops, 'maxHops', MAX_HOPS);
    checkWhole(first, 'first', MAX_PAGE_SIZE);
    return this.read(async (tx) => {
      if (fromKey !== toKey) return shortestPathsIn(tx, fromKey, toKey, maxHops, first);
      const e = (await fetchEntities(tx, [fromKey])).get(fromKey);
      return e ? [{ length: 0, entities: [e], relations: [] }] : [];
    });
  }

  /* ───────────── API queries (cypher/api.cypher) ───────────── */

  async timeline(key: string, query: TimelineQuery): Promise<TimelineEntry[]> {
    const first = checkWhole(query.first, 'first', MAX_PAGE_SIZE);
    const { since, until } = checkDateRange(query.since, query.until);
    return this.read((tx) => timelineIn(tx, key, since, until, first));
  }

  async cooccurrences(key: string, query: CooccurrenceQuery): Promise<Cooccurrence[]> {
    const first = checkWhole(query.first, 'first', MAX_PAGE_SIZE);
    checkEntityType(query.type);
    const rows = await this.read((tx) => runStatement(tx, S.entityCooccurrences(key, query.type ?? null, first)));
    return rows.map((r) => {
      const articles = (r.articles as { id: string; publishedAt?: string | null }[]).map((a) => ({ id: String(a.id), publishedAt: a.publishedAt ?? null }));
      return { entity: toStoredEntity(r.entity), articleIds: [...new Set(articles.sort(compareArticleOrder).map((a) => a.id))] };
    });
  }

  async predicateCounts(): Promise<PredicateCount[]> {
    const rows = await this.read((tx) => runStatement(tx, S.predicateCounts()));
    return rows
      .map((r) => ({ predicate: String(r.predicate).toUpperCase(), count: Number(r.total ?? 0) }))
      .sort((a, b) => b.count - a.count || cmp(a.predicate, b.predicate));
  }

  async stats(): Promise<GraphStats> {
    const rows = await this.read((tx) => runStatement(tx, S.statsCounts()));
    const r = rows[0] ?? {};
    return { articles: Number(r.articles ?? 0), entities: Number(r.entities ?? 0), relations: Number(r.relations ?? 0) };
  }

  /* ───────────── streaming ───────────── */

  async *iterateArticles(): AsyncIterable<StoredArticle> {
    yield* walkPages((after) => this.listArticles({ first: MAX_PAGE_SIZE, after }));
  }

  async *iterateEntities(): AsyncIterable<StoredEntity> {
    yield* walkPages((after) => this.searchEntities({ first: MAX_PAGE_SIZE, after }));
  }

  async *iterateFacts(): AsyncIterable<StoredFact> {
    yield* walkPages((after) => this.relations({ first: MAX_PAGE_SIZE, after }));
  }
}

/** Every node of a paged list, page after page (each page one read transaction). */
async function* walkPages<T>(fetch: (after: string | null) => Promise<Connection<T>>): AsyncIterable<T> {
  let after: string | null = null;
  for (;;) {
    const page: Connection<T> = await fetch(after);
    for (const e of page.edges) yield e.node;
    if (!page.pageInfo.hasNextPage) return;
    after = page.pageInfo.endCursor;
  }
}

/* ───────────── entry points ───────────── */

function createDriver(config: Neo4jConfig): Driver {
  try {
    return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      disableLosslessIntegers: true,
      userAgent: 'newsgraph',
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`NEO4J_URI expects a Neo4j address such as bolt://localhost:7687 or neo4j://host:7687, found ${JSON.stringify(config.uri)} (${detail})`);
  }
}

/** Connects, verifies the server and the data model, creates the schema idempotently. The caller closes the store. */
export async function openNeo4jStore(config: Neo4jConfig): Promise<Neo4jStore> {
  const store = new Neo4jStore(createDriver(config), config);
  try {
    await store.verify();
    await store.checkModel();
    await store.initSchema();
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** For `db init`: connect, create constraints and indexes, disconnect. */
export async function initNeo4jSchema(config: Neo4jConfig): Promise<void> {
  const store = await openNeo4jStore(config);
  await store.close();
}
