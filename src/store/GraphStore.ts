/**
 * The GraphStore port. Every store (embedded default, Neo4j) implements it and passes the
 * same contract suite (test/contract/). GraphQL resolvers, export and the CLI talk to stores
 * only through this interface.
 *
 * Conventions
 * - Entity arguments named `key` are canonical keys; arguments named `name` accept a name
 *   or an alias, matched case-insensitively (resolution/keys.ts `normalizeName`). When an alias
 *   names several entities, the one with the highest mentionCount wins (ties: smaller key).
 * - Connections use opaque cursors produced by the store; `after` must be a cursor the same
 *   store returned for the same query, otherwise a QueryError('BAD_USER_INPUT') is thrown.
 * - Ordering is stable: entities by mentionCount desc then key; relations by key;
 *   articles by publishedAt desc (nulls last) then id.
 * - Re-upserting an article whose `hash` is unchanged is a no-op ('unchanged'); a new hash
 *   replaces everything the article contributed ('updated'), atomically.
 * - Deleting an article removes its contribution: facts it alone supported disappear; facts
 *   shared with other articles lose its evidence; entities left with no mentions disappear.
 */
import { QueryError, describeValue } from '../errors.js';
import type {
  ArticleGraph,
  EntityType,
  GraphStats,
  StoredArticle,
  StoredEntity,
  StoredFact,
  UpsertResult,
} from '../model/types.js';

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface PageArgs {
  /** 1 … maxPageSize; validated by the caller-facing layer and again by the store. */
  first: number;
  after?: string | null;
}

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface EntityQuery extends PageArgs {
  /** Case-insensitive substring of name or any alias. */
  search?: string | null;
  type?: EntityType | null;
}

export interface RelationQuery extends PageArgs {
  /** Subject entity by name/alias (case-insensitive). */
  subject?: string | null;
  /** Canonical predicate, case-insensitive (e.g. "met" matches MET). */
  predicate?: string | null;
  /** Object entity by name/alias (case-insensitive). */
  object?: string | null;
  /** Facts touching this entity key, in `direction` (default BOTH). */
  entityKey?: string | null;
  direction?: Direction | null;
  articleId?: string | null;
  minConfidence?: number | null;
  /** Any of these canonical predicates, case-insensitive (ANDed with `predicate`). Empty/null = no filter. */
  predicates?: readonly string[] | null;
  /**
   * ISO dates `YYYY-MM-DD`, inclusive: only facts stated in at least one article whose
   * publishedAt is in the range (undated articles never match a range).
   */
  since?: string | null;
  until?: string | null;
  /** Order of the page; default 'KEY'. */
  sort?: RelationSort | null;
}

/**
 * Relation orders (ties always broken by fact key):
 * - KEY: fact key ascending (the default);
 * - CONFIDENCE: confidence descending;
 * - DATE: latest publishedAt of the fact's articles descending, facts with no dated article last.
 */
export type RelationSort = 'KEY' | 'CONFIDENCE' | 'DATE';
export const RELATION_SORTS: readonly RelationSort[] = ['KEY', 'CONFIDENCE', 'DATE'];

/** Filters of the article list; everything optional, ANDed. Order stays publishedAt desc then id. */
export interface ArticleQuery extends PageArgs {
  /** Inclusive ISO date range on publishedAt; undated articles never match a range. */
  since?: string | null;
  until?: string | null;
  /** Only articles mentioning this entity key. */
  entityKey?: string | null;
  /** Case-insensitive substring of the title or the cleaned text. */
  search?: string | null;
}

/** An entity as mentioned in one article. */
export interface ArticleMention {
  entity: StoredEntity;
  /** Mentions in that article. */
  mentions: number;
}

export interface TimelineQuery {
  /** Inclusive ISO date range on the article's publishedAt. */
  since?: string | null;
  until?: string | null;
  /** 1 … MAX_PAGE_SIZE entries. */
  first: number;
}

/** One fact of an entity as stated in one article; the timeline is ordered by date. */
export interface TimelineEntry {
  /** publishedAt of the article (null when undated). */
  date: string | null;
  article: StoredArticle;
  fact: StoredFact;
}

/** An entity sharing articles with another one. */
export interface Cooccurrence {
  entity: StoredEntity;
  /** Articles mentioning both, ordered like listArticles. */
  articleIds: string[];
}

export interface CooccurrenceQuery {
  /** Only co-occurring entities of this type. */
  type?: EntityType | null;
  /** 1 … MAX_PAGE_SIZE results. */
  first: number;
}

/** A canonical predicate in use and the number of facts carrying it. */
export interface PredicateCount {
  predicate: string;
  count: number;
}

export interface NeighborResult {
  entity: StoredEntity;
  /** Hops from the start entity, 1 … depth. */
  distance: number;
  /** The fact by which the neighbour was first reached (breadth-first). */
  via: StoredFact;
}

export interface PathResult {
  length: number;
  /** length + 1 entities, from start to end. */
  entities: StoredEntity[];
  /** `length` facts; relations[i] connects entities[i] and entities[i+1] in either direction. */
  relations: StoredFact[];
}

export const MAX_DEPTH = 3;
export const MAX_HOPS = 4;
export const MAX_PAGE_SIZE = 500;

export interface GraphStore {
  /** Human-readable name for messages: "embedded (./data/newsgraph)", "neo4j (bolt://…)". */
  readonly description: string;

  /** Stores the articles' contributions; each article is atomic, results in input order. */
  upsertArticles(graphs: ArticleGraph[]): Promise<UpsertResult[]>;
  /** Returns false when no such article exists. */
  deleteArticle(id: string): Promise<boolean>;

  getArticle(id: string): Promise<StoredArticle | null>;
  /** The cleaned text of an article, or null. */
  getArticleText(id: string): Promise<string | null>;
  listArticles(args: PageArgs): Promise<Connection<StoredArticle>>;
  /** Articles mentioning an entity, ordered like listArticles. */
  entityArticles(key: string): Promise<StoredArticle[]>;

  /** Entity by canonical key. */
  getEntity(key: string): Promise<StoredEntity | null>;
  /** Batched lookup (for DataLoader); result aligned with `keys`, null where missing. */
  getEntities(keys: readonly string[]): Promise<(StoredEntity | null)[]>;
  /** Entity by name or alias, case-insensitive. */
  findEntity(name: string): Promise<StoredEntity | null>;
  /**
   * How many articles mention the entity (null: no such key), for stores that know it without
   * listing them (a hub is in thousands of articles); others leave it out and callers count
   * `articleIds`.
   */
  articleCount?(key: string): Promise<number | null>;
  searchEntities(query: EntityQuery): Promise<Connection<StoredEntity>>;

  getFact(key: string): Promise<StoredFact | null>;
  relations(query: RelationQuery): Promise<Connection<StoredFact>>;

  /** Breadth-first neighbourhood up to `depth` (1 … MAX_DEPTH), at most `first` results, nearest first. */
  neighbors(key: string, depth: number, first: number): Promise<NeighborResult[]>;
  /** Shortest undirected path of at most maxHops (1 … MAX_HOPS) facts, or null. */
  shortestPath(fromKey: string, toKey: string, maxHops: number): Promise<PathResult | null>;

  stats(): Promise<GraphStats>;

  /* ───────────── API queries (issue 6) ───────────── */

  /**
   * Articles with filters (date range, entity, text search); same order and cursors as
   * listArticles. `listArticles` is this without filters.
   */
  searchArticles(query: ArticleQuery): Promise<Connection<StoredArticle>>;
  /** Entities mentioned in an article with their mention counts there: mentions desc, then entity order. Empty for an unknown article. */
  articleEntities(articleId: string): Promise<ArticleMention[]>;
  /**
   * The facts an entity takes part in (either end), one entry per (fact, stating article):
   * date ascending (undated last), then article id, then fact key; at most `first`.
   */
  timeline(key: string, query: TimelineQuery): Promise<TimelineEntry[]>;
  /**
   * Entities mentioned in at least one article together with `key`: number of shared
   * articles desc, then entity order (mentionCount desc, key); at most `first`.
   */
  cooccurrences(key: string, query: CooccurrenceQuery): Promise<Cooccurrence[]>;
  /**
   * Every shortest undirected path of at most maxHops facts (all of the same, minimal
   * length), at most `first` (1 … MAX_PAGE_SIZE), ordered by (entities[1], relations[0],
   * entities[2], relations[1], …) keys; [] when none. Self: one path of length 0.
   */
  shortestPaths(fromKey: string, toKey: string, maxHops: number, first: number): Promise<PathResult[]>;
  /** Predicates in use with their fact counts: count desc, then predicate. */
  predicateCounts(): Promise<PredicateCount[]>;

  /** Streaming iteration for exports; order as in the list queries. */
  iterateArticles(): AsyncIterable<StoredArticle>;
  iterateEntities(): AsyncIterable<StoredEntity>;
  iterateFacts(): AsyncIterable<StoredFact>;

  close(): Promise<void>;
}

/* ───────────── argument checks shared by both stores and the API ───────────── */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date `YYYY-MM-DD`, or null for null/undefined. */
export function checkIsoDate(value: unknown, name: string): string | null {
  if (value === null || value === undefined) return null;
  const m = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) return value as string;
  }
  throw new QueryError('BAD_USER_INPUT', `${name} expects a date YYYY-MM-DD, found ${describeValue(value)}`, { argument: name });
}

/** `since` and `until` (inclusive) with since ≤ until. */
export function checkDateRange(since: unknown, until: unknown): { since: string | null; until: string | null } {
  const s = checkIsoDate(since, 'since');
  const u = checkIsoDate(until, 'until');
  if (s !== null && u !== null && s > u) {
    throw new QueryError('BAD_USER_INPUT', `since expects a date on or before until (${u}), found ${s}`, { argument: 'since' });
  }
  return { since: s, until: u };
}

export function checkRelationSort(value: unknown): RelationSort {
  if (value === null || value === undefined) return 'KEY';
  if (typeof value === 'string' && (RELATION_SORTS as readonly string[]).includes(value)) return value as RelationSort;
  throw new QueryError('BAD_USER_INPUT', `sort expects one of ${RELATION_SORTS.join(', ')}, found ${describeValue(value)}`, { argument: 'sort' });
}
