/**
 * The API queries of the embedded store (issue 6): filtered/sorted relation pages, article
 * search, per-article mentions, timelines, co-occurrences, all shortest paths and predicate
 * counts. Pure functions over the in-memory index plus a small read view of the LMDB records
 * (`EmbeddedView`), so EmbeddedStore only delegates.
 */
import { QueryError, describeValue } from '../../errors.js';
import type { StoredArticle, StoredEntity, StoredFact } from '../../model/types.js';
import type {
  ArticleMention,
  ArticleQuery,
  Connection,
  Cooccurrence,
  CooccurrenceQuery,
  Edge,
  PathResult,
  PredicateCount,
  RelationQuery,
  RelationSort,
  TimelineEntry,
  TimelineQuery,
} from '../GraphStore.js';
import { articleCursor, parseArticleCursor } from './cursor.js';
import { compareArticles, compareEntityNodes, firstAfter, type EntityNode, type MemoryIndex } from './MemoryIndex.js';
import { compareStrings } from './records.js';
import { checkDateRange, checkRelationSort } from '../GraphStore.js';

/** What the queries read besides the index; implemented by EmbeddedStore over LMDB. */
export interface EmbeddedView {
  readonly index: MemoryIndex;
  readEntity(key: string): StoredEntity | null;
  readFact(key: string): StoredFact | null;
  /** Ids of the articles stating a fact (any order). */
  factArticleIds(key: string): string[];
  /** Ids of the articles mentioning an entity (any order). */
  entityArticleIds(key: string): string[];
  /** [entityKey, mentions] of one article, or null when the article is unknown. */
  articleMentions(id: string): [string, number][] | null;
  articleText(id: string): string | null;
}

function inRange(date: string | null, since: string | null, until: string | null): boolean {
  if (since === null && until === null) return true;
  if (date === null) return false;
  return (since === null || date >= since) && (until === null || date <= until);
}

function pageOf<T, N>(order: readonly T[], start: number, first: number, toEdge: (item: T) => Edge<N>): Connection<N> {
  const edges = order.slice(start, start + first).map(toEdge);
  return {
    edges,
    pageInfo: { hasNextPage: start + first < order.length, endCursor: edges.length > 0 ? (edges[edges.length - 1] as Edge<N>).cursor : null },
    totalCount: order.length,
  };
}

/* ───────────── relations: extra filters and sorts ───────────── */

type SortValue = number | string | null;

function encodeSorted(sort: RelationSort, value: SortValue, key: string): string {
  return Buffer.from(JSON.stringify(['RS', sort, value, key]), 'utf8').toString('base64url');
}

function parseSorted(cursor: string, sort: RelationSort): [SortValue, string] {
  const bad = (): QueryError =>
    new QueryError('BAD_USER_INPUT', `expected a cursor returned by a previous page of the same ${sort} order, found ${describeValue(cursor)}`, {
      argument: 'after',
    });
  const buf = Buffer.from(cursor, 'base64url');
  if (cursor === '' || buf.toString('base64url') !== cursor) throw bad();
  let v: unknown;
  try {
    v = JSON.parse(buf.toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(v) || v.length !== 4 || v[0] !== 'RS' || v[1] !== sort || typeof v[3] !== 'string') throw bad();
  const value: unknown = v[2];
  if (sort === 'CONFIDENCE' && (typeof value !== 'number' || !Number.isFinite(value))) throw bad();
  if (sort === 'DATE' && value !== null && typeof value !== 'string') throw bad();
  return [value as SortValue, v[3] as string];
}

/** Latest publishedAt of a fact's articles (null when none is dated). */
function latestDate(view: EmbeddedView, factKey: string): string | null {
  let latest: string | null = null;
  for (const id of view.factArticleIds(factKey)) {
    const d = view.index.articles.get(id)?.publishedAt ?? null;
    if (d !== null && (latest === null || d > latest)) latest = d;
  }
  return latest;
}

/** Desc by value (nulls last), then key asc. */
function compareSorted(a: [SortValue, string], b: [SortValue, string]): number {
  const [va, ka] = a;
  const [vb, kb] = b;
  if (va !== vb) {
    if (va === null) return 1;
    if (vb === null) return -1;
    if (typeof va === 'number' && typeof vb === 'number') return vb - va;
    return compareStrings(String(vb), String(va));
  }
  return compareStrings(ka, kb);
}

/** True when the query uses a filter or sort beyond what MemoryIndex.queryFacts handles. */
export function needsExtendedRelations(query: RelationQuery): boolean {
  return (
    (query.predicates !== undefined && query.predicates !== null && query.predicates.length > 0) ||
    (query.since !== undefined && query.since !== null) ||
    (query.until !== undefined && query.until !== null) ||
    (query.sort !== undefined && query.sort !== null && query.sort !== 'KEY')
  );
}

/**
 * Applies `predicates`, `since`/`until` and `sort` to the fact keys MemoryIndex selected
 * (in key order) and pages them. `after` is the raw cursor.
 */
export function extendedRelationPage(
  view: EmbeddedView,
  keys: readonly string[],
  query: RelationQuery,
  first: number,
  keyCursor: (key: string) => string,
  parseKeyCursor: (cursor: string) => string,
): Connection<StoredFact> {
  const sort = checkRelationSort(query.sort);
  const { since, until } = checkDateRange(query.since, query.until);
  const predicates =
    query.predicates && query.predicates.length > 0 ? new Set(query.predicates.map((p) => String(p).toUpperCase())) : null;
  let selected = keys;
  if (predicates) selected = selected.filter((k) => predicates.has(view.index.facts.get(k)?.p ?? ''));
  if (since !== null || until !== null) {
    selected = selected.filter((k) => view.factArticleIds(k).some((id) => inRange(view.index.articles.get(id)?.publishedAt ?? null, since, until)));
  }
  const readEdge = (k: string, cursor: string): Edge<StoredFact> => {
    const node = view.readFact(k);
    if (!node) throw new QueryError('NOT_FOUND', `expected fact ${JSON.stringify(k)} in the embedded store, found it missing`);
    return { cursor, node };
  };
  if (sort === 'KEY') {
    const after = query.after === undefined || query.after === null ? null : parseKeyCursor(query.after);
    const start = after === null ? 0 : firstAfter(selected, (k) => compareStrings(k, after) > 0);
    return pageOf(selected, start, first, (k) => readEdge(k, keyCursor(k)));
  }
  const valued: [SortValue, string][] = selected.map((k) => [
    sort === 'CONFIDENCE' ? (view.index.facts.get(k)?.c ?? 0) : latestDate(view, k),
    k,
  ]);
  valued.sort(compareSorted);
  let start = 0;
  if (query.after !== undefined && query.after !== null) {
    const pivot = parseSorted(query.after, sort);
    start = firstAfter(valued, (x) => compareSorted(x, pivot) > 0);
  }
  return pageOf(valued, start, first, ([v, k]) => readEdge(k, encodeSorted(sort, v, k)));
}

/* ───────────── articles ───────────── */

export function searchArticles(view: EmbeddedView, query: ArticleQuery, first: number): Connection<StoredArticle> {
  const { since, until } = checkDateRange(query.since, query.until);
  const entityIds = query.entityKey === undefined || query.entityKey === null ? null : new Set(view.entityArticleIds(query.entityKey));
  const needle = query.search === undefined || query.search === null || query.search.trim() === '' ? null : query.search.toLowerCase();
  let order = view.index.articleOrder();
  if (since !== null || until !== null || entityIds !== null || needle !== null) {
    order = order.filter(
      (a) =>
        inRange(a.publishedAt, since, until) &&
        (entityIds === null || entityIds.has(a.id)) &&
        (needle === null || (a.title ?? '').toLowerCase().includes(needle) || (view.articleText(a.id) ?? '').toLowerCase().includes(needle)),
    );
  }
  let start = 0;
  if (query.after !== undefined && query.after !== null) {
    const [publishedAt, id] = parseArticleCursor(query.after);
    start = firstAfter(order, (a) => compareArticles(a, { publishedAt, id }) > 0);
  }
  return pageOf(order, start, first, (a) => ({ cursor: articleCursor(a.publishedAt, a.id), node: { ...a } }));
}

export function articleEntities(view: EmbeddedView, articleId: string): ArticleMention[] {
  const mentions = view.articleMentions(articleId);
  if (!mentions) return [];
  const rows: { node: EntityNode; mentions: number }[] = [];
  for (const [key, count] of mentions) {
    const node = view.index.entities.get(key);
    if (node) rows.push({ node, mentions: count });
  }
  rows.sort((a, b) => b.mentions - a.mentions || compareEntityNodes(a.node, b.node));
  const out: ArticleMention[] = [];
  for (const r of rows) {
    const entity = view.readEntity(r.node.key);
    if (entity) out.push({ entity, mentions: r.mentions });
  }
  return out;
}

/* ───────────── timeline, co-occurrences ───────────── */

export function timeline(view: EmbeddedView, key: string, query: TimelineQuery, first: number): TimelineEntry[] {
  const { since, until } = checkDateRange(query.since, query.until);
  const node = view.index.entities.get(key);
  if (!node) return [];
  const rows: { date: string | null; article: StoredArticle; factKey: string }[] = [];
  for (const { key: fk } of node.edges) {
    for (const id of view.factArticleIds(fk)) {
      const article = view.index.articles.get(id);
      if (article && inRange(article.publishedAt, since, until)) rows.push({ date: article.publishedAt, article, factKey: fk });
    }
  }
  rows.sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return compareStrings(a.date, b.date);
    }
    return compareStrings(a.article.id, b.article.id) || compareStrings(a.factKey, b.factKey);
  });
  const facts = new Map<string, StoredFact | null>();
  const out: TimelineEntry[] = [];
  for (const r of rows.slice(0, first)) {
    if (!facts.has(r.factKey)) facts.set(r.factKey, view.readFact(r.factKey));
    const fact = facts.get(r.factKey);
    if (fact) out.push({ date: r.date, article: { ...r.article }, fact });
  }
  return out;
}

export function cooccurrences(view: EmbeddedView, key: string, query: CooccurrenceQuery, first: number): Cooccurrence[] {
  if (!view.index.entities.has(key)) return [];
  const shared = new Map<string, string[]>();
  for (const id of view.entityArticleIds(key)) {
    for (const [other] of view.articleMentions(id) ?? []) {
      if (other === key) continue;
      const node = view.index.entities.get(other);
      if (!node || (query.type !== undefined && query.type !== null && node.type !== query.type)) continue;
      const list = shared.get(other);
      if (list) list.push(id);
      else shared.set(other, [id]);
    }
  }
  const ranked = [...shared.entries()]
    .map(([k, ids]) => ({ node: view.index.entities.get(k) as EntityNode, ids }))
    .sort((a, b) => b.ids.length - a.ids.length || compareEntityNodes(a.node, b.node))
    .slice(0, first);
  const out: Cooccurrence[] = [];
  for (const r of ranked) {
    const entity = view.readEntity(r.node.key);
    if (!entity) continue;
    const articles = r.ids.map((id) => view.index.articles.get(id)).filter((a): a is StoredArticle => a !== undefined);
    out.push({ entity, articleIds: articles.sort(compareArticles).map((a) => a.id) });
  }
  return out;
}

/* ───────────── all shortest paths ───────────── */

/** Undirected breadth-first distances from `start`, up to `limit` hops. */
function distances(index: MemoryIndex, start: string, limit: number): Map<string, number> {
  const dist = new Map<string, number>([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= limit && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const u of frontier) {
      for (const f of index.entities.get(u)?.edges ?? []) {
        const v = f.s === u ? f.o : f.s;
        if (dist.has(v)) continue;
        dist.set(v, d);
        next.push(v);
      }
    }
    frontier = next;
  }
  return dist;
}

/** Node and fact keys of every shortest path (at most `first`), in the port's order. */
export function allShortestPathKeys(index: MemoryIndex, from: string, to: string, maxHops: number, first: number): { nodes: string[]; facts: string[] }[] {
  if (!index.entities.has(from) || !index.entities.has(to)) return [];
  if (from === to) return [{ nodes: [from], facts: [] }];
  const distF = distances(index, from, maxHops);
  const length = distF.get(to);
  if (length === undefined) return [];
  const distT = distances(index, to, length);
  const out: { nodes: string[]; facts: string[] }[] = [];
  const nodes = [from];
  const facts: string[] = [];
  const step = (u: string, i: number): void => {
    if (out.length >= first) return;
    if (i === length) {
      out.push({ nodes: [...nodes], facts: [...facts] });
      return;
    }
    const options: [string, string][] = [];
    for (const f of index.entities.get(u)?.edges ?? []) {
      const v = f.s === u ? f.o : f.s;
      if (distF.get(v) === i + 1 && distT.get(v) === length - i - 1) options.push([v, f.key]);
    }
    options.sort((a, b) => compareStrings(a[0], b[0]) || compareStrings(a[1], b[1]));
    for (const [v, fk] of options) {
      nodes.push(v);
      facts.push(fk);
      step(v, i + 1);
      nodes.pop();
      facts.pop();
      if (out.length >= first) return;
    }
  };
  step(from, 0);
  return out;
}

export function shortestPaths(view: EmbeddedView, from: string, to: string, maxHops: number, first: number): PathResult[] {
  const out: PathResult[] = [];
  for (const hit of allShortestPathKeys(view.index, from, to, maxHops, first)) {
    const entities = hit.nodes.map((k) => view.readEntity(k));
    const relations = hit.facts.map((k) => view.readFact(k));
    if (entities.some((e) => e === null) || relations.some((f) => f === null)) continue;
    out.push({ length: hit.facts.length, entities: entities as StoredEntity[], relations: relations as StoredFact[] });
  }
  return out;
}

/* ───────────── predicates ───────────── */

export function predicateCounts(index: MemoryIndex): PredicateCount[] {
  const counts = new Map<string, number>();
  for (const f of index.facts.values()) counts.set(f.p, (counts.get(f.p) ?? 0) + 1);
  return [...counts.entries()]
    .map(([predicate, count]) => ({ predicate, count }))
    .sort((a, b) => b.count - a.count || compareStrings(a.predicate, b.predicate));
}
