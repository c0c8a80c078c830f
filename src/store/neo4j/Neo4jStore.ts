/**
 * GraphStore on Neo4j 5 (neo4j-driver 6). All Cypher lives in cypher/*.cypher and is run by
 * name with parameters; relationship types are the only templated part, validated by
 * identifiers.ts. Writes: one managed write transaction per batch of articles (retried by the
 * driver on transient errors); merged entity/fact values are recomputed from per-article
 * contributions (merge.ts) in the same transaction.
 *
 * Usage: `const store = await openNeo4jStore(config.neo4j)` (connects, creates the schema
 * idempotently); `await initNeo4jSchema(config.neo4j)` for a `db init` command.
 */
import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Neo4jConfig } from '../../config.js';
import { ConfigError, QueryError, describeValue } from '../../errors.js';
import { isEntityType } from '../../model/types.js';
import type { ArticleGraph, GraphStats, StoredArticle, StoredEntity, StoredFact, UpsertResult, UpsertStatus } from '../../model/types.js';
import { normalizeName } from '../../resolution/keys.js';
import { MAX_DEPTH, MAX_HOPS, MAX_PAGE_SIZE } from '../GraphStore.js';
import type { Connection, Direction, EntityQuery, GraphStore, NeighborResult, PageArgs, PathResult, RelationQuery } from '../GraphStore.js';
import type {
  ArticleMention,
  ArticleQuery,
  Cooccurrence,
  CooccurrenceQuery,
  PredicateCount,
  TimelineEntry,
  TimelineQuery,
} from '../GraphStore.js';
import { checkDateRange, checkRelationSort } from '../GraphStore.js';
import { cypherNames, loadCypher } from './cypherFiles.js';
import { decodeCursor, encodeCursor, queryFingerprint } from './cursor.js';
import { renderWithRelType } from './identifiers.js';
import { mapNeo4jError } from './mapNeo4jError.js';
import { lookupName, mergeEntity, mergeFact } from './merge.js';
import type { MergedEntity } from './merge.js';
import { chunkUniqueIds, prepareGraph } from './prepareGraph.js';
import type { PreparedGraph } from './prepareGraph.js';
import { toEntityContributions, toFactContributions, toStoredArticle, toStoredEntity, toStoredFact } from './records.js';
import * as S from './statements.js';
import type { FactFilter, MergedFactRow, Statement } from './statements.js';

type Row = Record<string, unknown>;

/** Runs a prepared statement in a transaction; returns plain record objects. */
export async function runStatement(tx: Pick<ManagedTransaction, 'run'>, statement: Statement): Promise<Row[]> {
  const base = loadCypher(statement.name);
  const text = statement.relType === undefined ? base : renderWithRelType(base, statement.relType);
  const result = await tx.run(text, statement.params);
  return result.records.map((r) => r.toObject() as Row);
}

function checkWhole(value: unknown, what: string, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new QueryError('BAD_USER_INPUT', `${what} expects a whole number from 1 to ${max}, found ${describeValue(value)}`);
  }
  if (value > max) throw new QueryError('LIMIT_EXCEEDED', `${what} expects a whole number from 1 to ${max}, found ${value}`);
  return value;
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

/** The port's order of paths: (entities[1], relations[0], entities[2], relations[1], …). */
export function comparePathKeys(a: { nodes: string[]; facts: string[] }, b: { nodes: string[]; facts: string[] }): number {
  const n = Math.min(a.facts.length, b.facts.length);
  for (let i = 0; i < n; i++) {
    const c = cmp(a.nodes[i + 1] as string, b.nodes[i + 1] as string) || cmp(a.facts[i] as string, b.facts[i] as string);
    if (c !== 0) return c;
  }
  return a.facts.length - b.facts.length;
}

/** Most shortest paths read from Neo4j before sorting (bounds memory on dense graphs). */
const MAX_SHORTEST_PATHS_READ = 10_000;

const byEntityOrder = (a: StoredEntity, b: StoredEntity): number =>
  b.mentionCount - a.mentionCount || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

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

  /** Checks the connection (mapping failures to STORE_UNAVAILABLE / STORE_AUTH_FAILED / DATABASE_NOT_FOUND). */
  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity(this.config.database ? { database: this.config.database } : {});
    } catch (error) {
      throw this.mapError(error);
    }
  }

  /** Creates constraints and indexes (cypher/schema.cypher); idempotent. */
  async initSchema(): Promise<void> {
    const session = this.driver.session(this.sessionConfig('WRITE'));
    try {
      for (const name of cypherNames('schema.')) await session.run(loadCypher(name));
    } catch (error) {
      throw this.mapError(error);
    } finally {
      await session.close();
    }
  }

  /** Deletes every Article, Entity and Fact node. Only for tests and explicit resets. */
  async wipeAll(): Promise<void> {
    await this.write((tx) => runStatement(tx, S.wipeAll()));
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
    return this.write(async (tx) => {
      const rows = await runStatement(tx, S.articleContributionKeys([id]));
      const row = rows[0];
      if (!row) return false;
      const entityKeys = row.entityKeys as string[];
      const factKeys = row.factKeys as string[];
      await runStatement(tx, S.articleClearMentions([id]));
      await runStatement(tx, S.articleClearAssertions([id]));
      await runStatement(tx, S.articleDelete(id));
      await refreshFacts(tx, factKeys);
      await refreshEntities(tx, entityKeys);
      return true;
    });
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
    const first = checkWhole(args.first, 'first', MAX_PAGE_SIZE);
    const fp = queryFingerprint('articles', {});
    const after = decodeCursor(args.after, fp, 2);
    const afterArg = after ? { publishedAt: after[0] === null ? null : String(after[0]), id: String(after[1]) } : null;
    return this.read(async (tx) => {
      const rows = await runStatement(tx, S.articlePage(afterArg, first + 1));
      const total = await runStatement(tx, S.articleCount());
      const nodes = rows.map((r) => toStoredArticle(r.article));
      return toConnection(nodes, first, Number(total[0]?.total ?? 0), fp, (a) => [a.publishedAt, a.id]);
    });
  }

  async entityArticles(key: string): Promise<StoredArticle[]> {
    const rows = await this.read((tx) => runStatement(tx, S.articleOfEntity(key)));
    return rows.map((r) => toStoredArticle(r.article));
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
    if (query.type !== null && query.type !== undefined && !isEntityType(query.type)) {
      throw new QueryError('BAD_USER_INPUT', `type expects one of PERSON, ORGANIZATION, GPE, LOCATION, FACILITY, WEAPON, VEHICLE, EVENT, OTHER, found ${describeValue(query.type)}`);
    }
    const search = query.search ? normalizeName(query.search) : '';
    const filter = { type: query.type ?? null, search: search === '' ? null : search };
    const fp = queryFingerprint('entities', filter);
    const after = decodeCursor(query.after, fp, 2);
    const afterArg = after ? { mentionCount: Number(after[0]), key: String(after[1]) } : null;
    return this.read(async (tx) => {
      const rows = await runStatement(tx, S.entityPage(filter, afterArg, first + 1));
      const total = await runStatement(tx, S.entityCount(filter));
      const nodes = rows.map((r) => toStoredEntity(r.entity));
      return toConnection(nodes, first, Number(total[0]?.total ?? 0), fp, (e) => [e.mentionCount, e.key]);
    });
  }

  /* ───────────── facts ───────────── */

  async getFact(key: string): Promise<StoredFact | null> {
    const found = await this.read((tx) => fetchFacts(tx, [key]));
    return found.get(key) ?? null;
  }

  async relations(query: RelationQuery): Promise<Connection<StoredFact>> {
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
    const sort = checkRelationSort(query.sort);
    const { since, until } = checkDateRange(query.since, query.until);
    const predicates = query.predicates && query.predicates.length > 0 ? [...new Set(query.predicates.map((p) => String(p).toUpperCase()))].sort() : null;
    return this.read(async (tx) => {
      let subjectKey: string | null = null;
      let objectKey: string | null = null;
      if (query.subject !== null && query.subject !== undefined) {
        subjectKey = (await findEntityIn(tx, query.subject))?.key ?? null;
        if (subjectKey === null) return emptyConnection<StoredFact>();
      }
      if (query.object !== null && query.object !== undefined) {
        objectKey = (await findEntityIn(tx, query.object))?.key ?? null;
        if (objectKey === null) return emptyConnection<StoredFact>();
      }
      const filter: FactFilter = {
        predicate,
        subjectKey,
        objectKey,
        entityKey: query.entityKey ?? null,
        direction,
        articleId: query.articleId ?? null,
        minConfidence,
        predicates,
        since,
        until,
      };
      const fp = queryFingerprint('relations', { ...filter, direction: filter.entityKey ? direction : null, sort: sort === 'KEY' ? null : sort });
      if (sort !== 'KEY') {
        const after = decodeCursor(query.after, fp, 2);
        const afterArg = after ? { value: after[0] ?? null, key: String(after[1]) } : null;
        const rows = await runStatement(tx, S.factPageSorted(filter, sort, afterArg, first + 1));
        const total = await runStatement(tx, S.factCount(filter));
        const values = new Map<string, string | number | null>();
        const nodes = rows.map((r) => {
          const f = toStoredFact(r.fact);
          const v = r.sortValue;
          values.set(f.key, typeof v === 'number' || typeof v === 'string' ? v : null);
          return f;
        });
        return toConnection(nodes, first, Number(total[0]?.total ?? 0), fp, (f) => [values.get(f.key) ?? null, f.key]);
      }
      const after = decodeCursor(query.after, fp, 1);
      const rows = await runStatement(tx, S.factPage(filter, after ? String(after[0]) : null, first + 1));
      const total = await runStatement(tx, S.factCount(filter));
      const nodes = rows.map((r) => toStoredFact(r.fact));
      return toConnection(nodes, first, Number(total[0]?.total ?? 0), fp, (f) => [f.key]);
    });
  }

  /* ───────────── traversal ───────────── */

  async neighbors(key: string, depth: number, first: number): Promise<NeighborResult[]> {
    checkWhole(depth, 'depth', MAX_DEPTH);
    checkWhole(first, 'first', MAX_PAGE_SIZE);
    return this.read(async (tx) => {
      const start = await fetchEntities(tx, [key]);
      if (!start.has(key)) return [];
      const visited = new Set<string>([key]);
      const found: { entity: StoredEntity; distance: number; viaKey: string }[] = [];
      let frontier = [key];
      for (let d = 1; d <= depth && frontier.length > 0 && found.length < first; d++) {
        const rows = await runStatement(tx, S.entityIncidentFacts(frontier));
        const byFrom = new Map<string, { factKey: string; to: string }[]>();
        for (const r of rows) {
          const list = byFrom.get(String(r.fromKey)) ?? [];
          list.push({ factKey: String(r.factKey), to: String(r.toKey) });
          byFrom.set(String(r.fromKey), list);
        }
        const reached = new Map<string, string>();
        for (const from of frontier) {
          const list = (byFrom.get(from) ?? []).sort((a, b) => (a.factKey < b.factKey ? -1 : a.factKey > b.factKey ? 1 : a.to < b.to ? -1 : 1));
          for (const { factKey, to } of list) if (!visited.has(to) && !reached.has(to)) reached.set(to, factKey);
        }
        const entities = [...(await fetchEntities(tx, [...reached.keys()])).values()].sort(byEntityOrder);
        for (const e of entities) {
          visited.add(e.key);
          found.push({ entity: e, distance: d, viaKey: reached.get(e.key) as string });
        }
        frontier = entities.map((e) => e.key);
      }
      const page = found.slice(0, first);
      const facts = await fetchFacts(tx, [...new Set(page.map((n) => n.viaKey))]);
      return page.flatMap((n) => {
        const via = facts.get(n.viaKey);
        return via ? [{ entity: n.entity, distance: n.distance, via }] : [];
      });
    });
  }

  async shortestPath(fromKey: string, toKey: string, maxHops: number): Promise<PathResult | null> {
    checkWhole(maxHops, 'maxHops', MAX_HOPS);
    return this.read(async (tx) => {
      if (fromKey === toKey) {
        const e = (await fetchEntities(tx, [fromKey])).get(fromKey);
        return e ? { length: 0, entities: [e], relations: [] } : null;
      }
      const rows = await runStatement(tx, S.shortestPathStatement(fromKey, toKey));
      const row = rows[0];
      if (!row) return null;
      const entityKeys = row.entityKeys as string[];
      const factKeys = row.factKeys as string[];
      if (factKeys.length > maxHops) return null;
      const entities = await fetchEntities(tx, entityKeys);
      const facts = await fetchFacts(tx, factKeys);
      const pathEntities = entityKeys.map((k) => entities.get(k));
      const pathFacts = factKeys.map((k) => facts.get(k));
      if (pathEntities.some((e) => !e) || pathFacts.some((f) => !f)) return null;
      return { length: factKeys.length, entities: pathEntities as StoredEntity[], relations: pathFacts as StoredFact[] };
    });
  }

  /* ───────────── API queries (cypher/api.cypher) ───────────── */

  async searchArticles(query: ArticleQuery): Promise<Connection<StoredArticle>> {
    const first = checkWhole(query.first, 'first', MAX_PAGE_SIZE);
    const { since, until } = checkDateRange(query.since, query.until);
    const search = typeof query.search === 'string' && query.search.trim() !== '' ? query.search.toLowerCase() : null;
    const filter: S.ArticleFilter = { since, until, entityKey: query.entityKey ?? null, search };
    const fp = queryFingerprint('articles', filter as unknown as Record<string, unknown>);
    const after = decodeCursor(query.after, fp, 2);
    const afterArg = after ? { publishedAt: after[0] === null ? null : String(after[0]), id: String(after[1]) } : null;
    return this.read(async (tx) => {
      const rows = await runStatement(tx, S.articleSearch(filter, afterArg, first + 1));
      const total = await runStatement(tx, S.articleSearchCount(filter));
      const nodes = rows.map((r) => toStoredArticle(r.article));
      return toConnection(nodes, first, Number(total[0]?.total ?? 0), fp, (a) => [a.publishedAt, a.id]);
    });
  }

  async articleEntities(articleId: string): Promise<ArticleMention[]> {
    const rows = await this.read((tx) => runStatement(tx, S.articleEntities(articleId)));
    return rows
      .map((r) => ({ entity: toStoredEntity(r.entity), mentions: Number(r.mentions ?? 0) }))
      .sort((a, b) => b.mentions - a.mentions || byEntityOrder(a.entity, b.entity));
  }

  async timeline(key: string, query: TimelineQuery): Promise<TimelineEntry[]> {
    const first = checkWhole(query.first, 'first', MAX_PAGE_SIZE);
    const { since, until } = checkDateRange(query.since, query.until);
    return this.read(async (tx) => {
      const rows = (await runStatement(tx, S.entityTimeline(key, since, until))).map((r) => ({
        article: toStoredArticle(r.article),
        factKey: String(r.factKey),
      }));
      rows.sort((a, b) => {
        const [da, db] = [a.article.publishedAt, b.article.publishedAt];
        if (da !== db) {
          if (da === null) return 1;
          if (db === null) return -1;
          return cmp(da, db);
        }
        return cmp(a.article.id, b.article.id) || cmp(a.factKey, b.factKey);
      });
      const page = rows.slice(0, first);
      const facts = await fetchFacts(tx, [...new Set(page.map((r) => r.factKey))]);
      return page.flatMap((r) => {
        const fact = facts.get(r.factKey);
        return fact ? [{ date: r.article.publishedAt, article: r.article, fact }] : [];
      });
    });
  }

  async cooccurrences(key: string, query: CooccurrenceQuery): Promise<Cooccurrence[]> {
    const first = checkWhole(query.first, 'first', MAX_PAGE_SIZE);
    if (query.type !== null && query.type !== undefined && !isEntityType(query.type)) {
      throw new QueryError('BAD_USER_INPUT', `type expects an entity type such as PERSON or GPE, found ${describeValue(query.type)}`, { argument: 'type' });
    }
    return this.read(async (tx) => {
      const rows = (await runStatement(tx, S.entityCooccurrences(key, query.type ?? null))).map((r) => ({
        key: String(r.key),
        mentionCount: Number(r.mentionCount ?? 0),
        articles: (r.articles as { id: string; publishedAt: string | null }[]).map((a) => ({ id: String(a.id), publishedAt: a.publishedAt ?? null })),
      }));
      rows.sort((a, b) => b.articles.length - a.articles.length || b.mentionCount - a.mentionCount || cmp(a.key, b.key));
      const page = rows.slice(0, first);
      const entities = await fetchEntities(tx, page.map((r) => r.key));
      return page.flatMap((r) => {
        const entity = entities.get(r.key);
        if (!entity) return [];
        const ids = [...r.articles].sort(compareArticleOrder).map((a) => a.id);
        return [{ entity, articleIds: [...new Set(ids)] }];
      });
    });
  }

  async shortestPaths(fromKey: string, toKey: string, maxHops: number, first: number): Promise<PathResult[]> {
    checkWhole(maxHops, 'maxHops', MAX_HOPS);
    checkWhole(first, 'first', MAX_PAGE_SIZE);
    return this.read(async (tx) => {
      if (fromKey === toKey) {
        const e = (await fetchEntities(tx, [fromKey])).get(fromKey);
        return e ? [{ length: 0, entities: [e], relations: [] }] : [];
      }
      const rows = await runStatement(tx, S.allShortestPaths(fromKey, toKey, MAX_SHORTEST_PATHS_READ));
      const hits = rows
        .map((r) => ({ nodes: r.entityKeys as string[], facts: r.factKeys as string[] }))
        .filter((h) => h.facts.length <= maxHops);
      const seen = new Set<string>();
      const unique = hits.filter((h) => {
        const id = JSON.stringify(h);
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      });
      unique.sort(comparePathKeys);
      const page = unique.slice(0, first);
      const entities = await fetchEntities(tx, [...new Set(page.flatMap((h) => h.nodes))]);
      const facts = await fetchFacts(tx, [...new Set(page.flatMap((h) => h.facts))]);
      const out: PathResult[] = [];
      for (const h of page) {
        const es = h.nodes.map((k) => entities.get(k));
        const fs = h.facts.map((k) => facts.get(k));
        if (es.some((e) => !e) || fs.some((f) => !f)) continue;
        out.push({ length: h.facts.length, entities: es as StoredEntity[], relations: fs as StoredFact[] });
      }
      return out;
    });
  }

  async predicateCounts(): Promise<PredicateCount[]> {
    const rows = await this.read((tx) => runStatement(tx, S.predicateCounts()));
    return rows
      .map((r) => ({ predicate: String(r.predicate), count: Number(r.total ?? 0) }))
      .sort((a, b) => b.count - a.count || cmp(a.predicate, b.predicate));
  }

  async stats(): Promise<GraphStats> {
    const rows = await this.read((tx) => runStatement(tx, S.statsCounts()));
    const r = rows[0] ?? {};
    return { articles: Number(r.articles ?? 0), entities: Number(r.entities ?? 0), relations: Number(r.relations ?? 0) };
  }

  /* ───────────── streaming ───────────── */

  async *iterateArticles(): AsyncIterable<StoredArticle> {
    let after: string | null = null;
    for (;;) {
      const page: Connection<StoredArticle> = await this.listArticles({ first: MAX_PAGE_SIZE, after });
      for (const e of page.edges) yield e.node;
      if (!page.pageInfo.hasNextPage) return;
      after = page.pageInfo.endCursor;
    }
  }

  async *iterateEntities(): AsyncIterable<StoredEntity> {
    let after: string | null = null;
    for (;;) {
      const page: Connection<StoredEntity> = await this.searchEntities({ first: MAX_PAGE_SIZE, after });
      for (const e of page.edges) yield e.node;
      if (!page.pageInfo.hasNextPage) return;
      after = page.pageInfo.endCursor;
    }
  }

  async *iterateFacts(): AsyncIterable<StoredFact> {
    let after: string | null = null;
    for (;;) {
      const page: Connection<StoredFact> = await this.relations({ first: MAX_PAGE_SIZE, after });
      for (const e of page.edges) yield e.node;
      if (!page.pageInfo.hasNextPage) return;
      after = page.pageInfo.endCursor;
    }
  }
}

/* ───────────── transaction bodies (exported for unit tests with a fake transaction) ───────────── */

type Tx = Pick<ManagedTransaction, 'run'>;

async function fetchEntities(tx: Tx, keys: readonly string[]): Promise<Map<string, StoredEntity>> {
  const out = new Map<string, StoredEntity>();
  if (keys.length === 0) return out;
  for (const r of await runStatement(tx, S.entityGetMany(keys))) {
    const e = toStoredEntity(r.entity);
    out.set(e.key, e);
  }
  return out;
}

async function fetchFacts(tx: Tx, keys: readonly string[]): Promise<Map<string, StoredFact>> {
  const out = new Map<string, StoredFact>();
  if (keys.length === 0) return out;
  for (const r of await runStatement(tx, S.factGetMany(keys))) {
    const f = toStoredFact(r.fact);
    out.set(f.key, f);
  }
  return out;
}

async function findEntityIn(tx: Tx, name: string): Promise<StoredEntity | null> {
  const norm = normalizeName(name);
  if (norm === '') return null;
  const rows = await runStatement(tx, S.entityFind(norm, lookupName(norm)));
  return rows[0] ? toStoredEntity(rows[0].entity) : null;
}

/** Upserts one batch (unique article ids) inside a write transaction; returns a status per graph. */
export async function writeBatch(tx: Tx, graphs: readonly PreparedGraph[]): Promise<UpsertStatus[]> {
  const ids = graphs.map((g) => g.article.id);
  const existing = new Map<string, string>();
  for (const r of await runStatement(tx, S.articleHashes(ids))) existing.set(String(r.id), String(r.hash));
  const statuses: UpsertStatus[] = graphs.map((g) => {
    const hash = existing.get(g.article.id);
    return hash === undefined ? 'created' : hash === g.article.hash ? 'unchanged' : 'updated';
  });
  const changed = graphs.filter((_, i) => statuses[i] !== 'unchanged');
  if (changed.length === 0) return statuses;

  const entityKeys = new Set<string>();
  const factKeys = new Set<string>();
  const replaced = changed.filter((g) => existing.has(g.article.id)).map((g) => g.article.id);
  if (replaced.length > 0) {
    for (const r of await runStatement(tx, S.articleContributionKeys(replaced))) {
      for (const k of r.entityKeys as string[]) entityKeys.add(k);
      for (const k of r.factKeys as string[]) factKeys.add(k);
    }
    await runStatement(tx, S.articleClearMentions(replaced));
    await runStatement(tx, S.articleClearAssertions(replaced));
  }
  await runStatement(tx, S.articleUpsert(changed));
  for (const g of changed) {
    for (const e of g.entities) entityKeys.add(e.key);
    for (const f of g.facts) factKeys.add(f.key);
  }
  const mention = S.entityMention(changed);
  if ((mention.params.rows as unknown[]).length > 0) await runStatement(tx, mention);
  const asserts = S.factAssert(changed);
  if ((asserts.params.rows as unknown[]).length > 0) await runStatement(tx, asserts);
  await refreshFacts(tx, [...factKeys]);
  await refreshEntities(tx, [...entityKeys]);
  return statuses;
}

/** Recomputes merged facts from their contributions; rebuilds the typed relationship views. */
export async function refreshFacts(tx: Tx, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  const sortedKeys = [...new Set(keys)].sort();
  const contributions = toFactContributions(await runStatement(tx, S.factContributions(sortedKeys)));
  await runStatement(tx, S.factDeleteViews(sortedKeys));
  await runStatement(tx, S.factDeleteUnasserted(sortedKeys));
  const merged: MergedFactRow[] = [];
  for (const c of contributions.values()) {
    const values = mergeFact(c.contributions);
    if (values) merged.push({ key: c.key, predicate: c.predicate, subject: c.subject, object: c.object, negated: c.negated, ...values });
  }
  if (merged.length === 0) return;
  await runStatement(tx, S.factApply(merged));
  for (const view of S.factCreateViews(merged)) await runStatement(tx, view);
}

/** Recomputes merged entities from their mentions; deletes entities no article mentions. */
export async function refreshEntities(tx: Tx, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  const sortedKeys = [...new Set(keys)].sort();
  const contributions = toEntityContributions(await runStatement(tx, S.entityContributions(sortedKeys)));
  const merged: MergedEntity[] = [];
  for (const key of sortedKeys) {
    const m = mergeEntity(key, contributions.get(key) ?? []);
    if (m) merged.push(m);
  }
  if (merged.length > 0) await runStatement(tx, S.entityApply(merged));
  const orphans = sortedKeys.filter((k) => !contributions.has(k));
  if (orphans.length > 0) await runStatement(tx, S.entityDeleteOrphans(orphans));
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

/** Connects, verifies the server and creates the schema idempotently. The caller closes the store. */
export async function openNeo4jStore(config: Neo4jConfig): Promise<Neo4jStore> {
  const store = new Neo4jStore(createDriver(config), config);
  try {
    await store.verify();
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
