/**
 * The list and API queries of the embedded store over its LMDB indexes: entity lists (by
 * order, by type, by name substring), article lists and search, per-article mentions,
 * timelines, co-occurrences and predicate counts. Unfiltered lists read only their page from
 * the order indexes; their totalCount is a stored count.
 */
import type { EntityType, StoredArticle, StoredEntity, StoredFact } from '../../model/types.js';
import { normalizeName } from '../../resolution/keys.js';
import type { ArticleMention, ArticleQuery, Connection, Cooccurrence, CooccurrenceQuery, Edge, PredicateCount, TimelineEntry, TimelineQuery } from '../GraphStore.js';
import { checkDateRange } from '../GraphStore.js';
import { articleCursor, entityCursor, parseArticleCursor, parseEntityCursor } from './cursor.js';
import { HIGH, TruncatedString, encodeKey, type KeyPart } from './keyCodec.js';
import { AS_OBJECT, AS_SUBJECT, CODECS, COUNT, articleOrderKey, entityOrderKey, typeIndex, typeOrderKey, type Key } from './layout.js';
import type { Reader } from './Reader.js';
import { inRange } from './relations.js';
import { compareArticles, compareEntities, compareStrings, entityType, firstAfter, storedArticle, type EntityAgg } from './records.js';

function connection<T>(edges: Edge<T>[], hasNextPage: boolean, totalCount: number): Connection<T> {
  return { edges, pageInfo: { hasNextPage, endCursor: edges.length > 0 ? (edges[edges.length - 1] as Edge<T>).cursor : null }, totalCount };
}

/** Up to first + 1 values of a range (the extra one tells whether there is a next page). */
function pageOfRange<V>(db: { getRange(o: object): Iterable<{ value: V }> }, range: object, first: number): V[] {
  const out: V[] = [];
  for (const { value } of db.getRange(range)) {
    out.push(value);
    if (out.length > first) break;
  }
  return out;
}

function sliceAfter<T>(rows: readonly T[], isAfter: ((row: T) => boolean) | null, first: number): { rows: T[]; hasNextPage: boolean } {
  const start = isAfter === null ? 0 : firstAfter(rows, isAfter);
  return { rows: rows.slice(start, start + first), hasNextPage: start + first < rows.length };
}

/* ───────────── entities ───────────── */

export interface EntityListQuery {
  first: number;
  after: string | null;
  type: EntityType | null;
  /** Normalised; '' for none. */
  search: string;
}

function entityEdge(r: Reader, agg: EntityAgg): Edge<StoredEntity> {
  return { cursor: entityCursor(agg.mentionCount, agg.key), node: r.stored(agg) };
}

/** The values `get` finds for `keys`, in order (missing ones left out). */
function found<K, V>(keys: Iterable<K>, get: (key: K) => V | null | undefined): V[] {
  const out: V[] = [];
  for (const k of keys) {
    const v = get(k);
    if (v !== null && v !== undefined) out.push(v);
  }
  return out;
}

const aggsOf = (r: Reader, ids: Iterable<number>): EntityAgg[] => found(ids, (id) => r.entity(id));

/** Entities whose normalised name or alias contains `search` (a scan of the name index). */
function entitiesNamed(r: Reader, search: string): EntityAgg[] {
  const ids = new Set<number>();
  const unsure: number[] = [];
  for (const [name, id] of r.dbs.names.getKeys({ start: [] }) as Iterable<[string | TruncatedString, number]>) {
    if (ids.has(id)) continue;
    if (typeof name === 'string') {
      if (name.includes(search)) ids.add(id);
    } else if (name.prefix.includes(search)) ids.add(id);
    else unsure.push(id);
  }
  const found = aggsOf(r, ids);
  for (const agg of aggsOf(r, unsure)) {
    if (!ids.has(agg.id) && agg.aliasRefs.some(([a]) => normalizeName(a).includes(search))) {
      ids.add(agg.id);
      found.push(agg);
    }
  }
  return found;
}

export function searchEntities(r: Reader, q: EntityListQuery): Connection<StoredEntity> {
  const pivot = q.after === null ? null : parseEntityCursor(q.after);
  if (q.search === '') {
    const [db, prefix, total]: [typeof r.dbs.entityOrder, KeyPart[], number] =
      q.type === null ? [r.dbs.entityOrder, [], r.count(COUNT.entities)] : [r.dbs.typeOrder, [typeIndex(q.type)], r.count(COUNT.type(q.type))];
    const end: Key = q.type === null ? [HIGH] : [typeIndex(q.type) + 1];
    const start: Key = pivot === null ? prefix : q.type === null ? entityOrderKey(pivot[0], pivot[1]) : typeOrderKey(q.type, pivot[0], pivot[1]);
    const ids = pageOfRange(db, { start, end, exclusiveStart: pivot !== null }, q.first);
    const edges = aggsOf(r, ids.slice(0, q.first)).map((agg) => entityEdge(r, agg));
    return connection(edges, ids.length > q.first, total);
  }
  let rows = entitiesNamed(r, q.search);
  if (q.type !== null) rows = rows.filter((agg) => entityType(agg.typeMentions) === q.type);
  rows.sort(compareEntities);
  const isAfter = pivot === null ? null : (agg: EntityAgg): boolean => compareEntities(agg, { mentionCount: pivot[0], key: pivot[1] }) > 0;
  const page = sliceAfter(rows, isAfter, q.first);
  return connection(page.rows.map((agg) => entityEdge(r, agg)), page.hasNextPage, rows.length);
}

/* ───────────── articles ───────────── */

const articlesOf = (r: Reader, ids: Iterable<string>): StoredArticle[] => found(ids, (id) => r.article(id));

function articleEdge(a: StoredArticle): Edge<StoredArticle> {
  return { cursor: articleCursor(a.publishedAt, a.id), node: a };
}

/** The article-order range of a date filter (undated articles never match a range). */
function dateRange(since: string | null, until: string | null): { start: Key; end: Key } {
  return { start: until === null ? [0] : [0, until], end: since === null ? [1] : [0, since, HIGH] };
}

export function searchArticles(r: Reader, query: ArticleQuery, first: number, entityId: number | null): Connection<StoredArticle> {
  const { since, until } = checkDateRange(query.since, query.until);
  const needle = query.search === undefined || query.search === null || query.search.trim() === '' ? null : query.search.toLowerCase();
  const pivot = query.after === undefined || query.after === null ? null : parseArticleCursor(query.after);
  const matches = (a: StoredArticle): boolean =>
    inRange(a.publishedAt, since, until) &&
    (needle === null || (a.title ?? '').toLowerCase().includes(needle) || (r.text(a.id) ?? '').toLowerCase().includes(needle));
  if (query.entityKey !== undefined && query.entityKey !== null) {
    const rows = entityId === null ? [] : articlesOf(r, r.articleIdsOf(entityId)).filter(matches).sort(compareArticles);
    const page = sliceAfter(rows, pivot === null ? null : (a) => compareArticles(a, { publishedAt: pivot[0], id: pivot[1] }) > 0, first);
    return connection(page.rows.map(articleEdge), page.hasNextPage, rows.length);
  }
  const dated = since !== null || until !== null;
  const range = dated ? dateRange(since, until) : { start: [] as Key, end: [HIGH] as Key };
  let start = range.start;
  let exclusiveStart = false;
  if (pivot !== null) {
    const cursorKey = articleOrderKey(pivot[0], pivot[1]);
    if (Buffer.compare(encodeKey(CODECS.articleOrder, cursorKey), encodeKey(CODECS.articleOrder, range.start)) >= 0) {
      start = cursorKey;
      exclusiveStart = true;
    }
  }
  if (needle === null) {
    const ids = pageOfRange(r.dbs.articleOrder, { start, end: range.end, exclusiveStart }, first);
    const total = dated ? r.dbs.articleOrder.getCount(range) : r.count(COUNT.articles);
    return connection(articlesOf(r, ids.slice(0, first)).map(articleEdge), ids.length > first, total);
  }
  const all: StoredArticle[] = [];
  for (const { value } of r.dbs.articleOrder.getRange(range)) {
    const a = r.article(value);
    if (a && matches(a)) all.push(a);
  }
  const page = sliceAfter(all, pivot === null ? null : (a) => compareArticles(a, { publishedAt: pivot[0], id: pivot[1] }) > 0, first);
  return connection(page.rows.map(articleEdge), page.hasNextPage, all.length);
}

export function articleEntities(r: Reader, articleId: string): ArticleMention[] {
  const rec = r.articleRec(articleId);
  if (!rec) return [];
  const rows: { agg: EntityAgg; mentions: number }[] = [];
  for (const [key, , , mentions] of rec.entities) {
    const agg = r.entityByKey(key);
    if (agg) rows.push({ agg, mentions });
  }
  rows.sort((a, b) => b.mentions - a.mentions || compareEntities(a.agg, b.agg));
  return rows.map((row) => ({ entity: r.stored(row.agg), mentions: row.mentions }));
}

/* ───────────── timeline, co-occurrences, predicates ───────────── */

/** Articles by id, read once per query. */
function articleMemo(r: Reader): (id: string) => StoredArticle | null {
  const memo = new Map<string, StoredArticle | null>();
  return (id) => {
    let a = memo.get(id);
    if (a === undefined) {
      const rec = r.articleRec(id);
      memo.set(id, (a = rec ? storedArticle(rec) : null));
    }
    return a;
  };
}

export function timeline(r: Reader, key: string, query: TimelineQuery, first: number): TimelineEntry[] {
  const { since, until } = checkDateRange(query.since, query.until);
  const agg = r.entityByKey(key);
  if (!agg) return [];
  const article = articleMemo(r);
  const rows: { date: string | null; article: StoredArticle; factKey: string; factId: number }[] = [];
  for (const ref of r.entityFacts(agg.id, AS_SUBJECT | AS_OBJECT)) {
    for (const id of r.factArticleIds(ref.id)) {
      const a = article(id);
      if (a && inRange(a.publishedAt, since, until)) rows.push({ date: a.publishedAt, article: a, factKey: ref.key, factId: ref.id });
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
  const facts = new Map<number, StoredFact | null>();
  const out: TimelineEntry[] = [];
  for (const row of rows.slice(0, first)) {
    if (!facts.has(row.factId)) facts.set(row.factId, r.readFactById(row.factId));
    const fact = facts.get(row.factId);
    if (fact) out.push({ date: row.date, article: { ...row.article }, fact });
  }
  return out;
}

export function cooccurrences(r: Reader, key: string, query: CooccurrenceQuery, first: number): Cooccurrence[] {
  const agg = r.entityByKey(key);
  if (!agg) return [];
  const others = new Map<string, EntityAgg | null>();
  const shared = new Map<string, string[]>();
  for (const id of r.articleIdsOf(agg.id)) {
    for (const [other] of r.articleRec(id)?.entities ?? []) {
      if (other === key) continue;
      if (!others.has(other)) others.set(other, r.entityByKey(other) ?? null);
      const node = others.get(other);
      if (!node || (query.type !== undefined && query.type !== null && entityType(node.typeMentions) !== query.type)) continue;
      const list = shared.get(other);
      if (list) list.push(id);
      else shared.set(other, [id]);
    }
  }
  const article = articleMemo(r);
  return [...shared.entries()]
    .map(([k, ids]) => ({ agg: others.get(k) as EntityAgg, ids }))
    .sort((a, b) => b.ids.length - a.ids.length || compareEntities(a.agg, b.agg))
    .slice(0, first)
    .map(({ agg: other, ids }) => ({
      entity: r.stored(other),
      articleIds: ids
        .map(article)
        .filter((a): a is StoredArticle => a !== null)
        .sort(compareArticles)
        .map((a) => a.id),
    }));
}

export function predicateCounts(r: Reader): PredicateCount[] {
  return r
    .predicateCounts()
    .map(([predicate, count]) => ({ predicate, count }))
    .sort((a, b) => b.count - a.count || compareStrings(a.predicate, b.predicate));
}
