/**
 * The `relations` query of the embedded store over its LMDB indexes. The candidates come from
 * the smallest matching index — one entity's facts (`pairs`, with each fact's direction and
 * predicate), the facts between two entities, one predicate (`byPredicate`), one article's
 * fact list, or all facts (`factKeys`) — and the other filters are checked on each candidate's
 * aggregate. A query that is exactly one predicate or everything reads only its page from the
 * cursor on, and its totalCount is a stored count; an entity's facts are read whole (its
 * degree) and sorted.
 */
import { QueryError, describeValue } from '../../errors.js';
import type { StoredFact } from '../../model/types.js';
import type { Connection, Direction, Edge, RelationQuery, RelationSort } from '../GraphStore.js';
import { checkDateRange, checkRelationSort } from '../GraphStore.js';
import { parseRelationCursor, relationCursor } from './cursor.js';
import { HIGH } from './keyCodec.js';
import { AS_OBJECT, AS_SUBJECT, COUNT } from './layout.js';
import type { Reader } from './Reader.js';
import { compareStrings, firstAfter, type EntityAgg, type FactAgg } from './records.js';

/** The relation filters after names were resolved to entities (null: not filtered). */
export interface RelationFilter {
  subject: EntityAgg | null;
  object: EntityAgg | null;
  entity: EntityAgg | null;
  direction: Direction;
  /** Upper case. */
  predicate: string | null;
  /** Fact keys of one article. */
  articleFacts: ReadonlySet<string> | null;
  minConfidence: number | null;
}

interface Ref {
  key: string;
  id: number;
}

interface Source {
  size: number;
  /** Refs in fact-key order, from after `after` (exclusive) when given. */
  refs(after?: string): Iterable<Ref>;
  /** What the source alone guarantees, so those checks can be skipped. */
  covers: (keyof RelationFilter)[];
}

function sorted(refs: Ref[]): Ref[] {
  return refs.sort((a, b) => compareStrings(a.key, b.key));
}

function* fromKey(refs: readonly Ref[], after?: string): Generator<Ref> {
  for (const r of refs) if (after === undefined || compareStrings(r.key, after) > 0) yield r;
}

function entitySource(r: Reader, agg: EntityAgg, direction: Direction, covers: Source['covers']): Source {
  const [flags, size] = direction === 'OUT' ? [AS_SUBJECT, agg.outFacts] : direction === 'IN' ? [AS_OBJECT, agg.inFacts] : [AS_SUBJECT | AS_OBJECT, r.degree(agg)];
  return { size, covers, refs: (after) => r.entityFacts(agg.id, flags, after) };
}

function* predicateRefs(r: Reader, predicate: string, after?: string): Generator<Ref> {
  const range = after === undefined ? { start: [predicate], end: [predicate, HIGH] } : { start: [predicate, after], end: [predicate, HIGH], exclusiveStart: true };
  for (const { key, value } of r.dbs.byPredicate.getRange(range)) yield { key: key[1] as string, id: value };
}

function* allRefs(r: Reader, after?: string): Generator<Ref> {
  const range = after === undefined ? { start: [] } : { start: [after], exclusiveStart: true };
  for (const { key, value } of r.dbs.factKeys.getRange(range)) yield { key: key[0] as string, id: value };
}

/** Every index that could answer the filter, smallest first. */
function sources(r: Reader, f: RelationFilter): Source[] {
  const out: Source[] = [];
  if (f.subject && f.object) {
    const refs = sorted(r.pairs(f.subject.id, f.object.id).filter((p) => (p[1] & AS_SUBJECT) !== 0).map(([id, , key]) => ({ key, id })));
    out.push({ size: refs.length, covers: ['subject', 'object'], refs: (after) => fromKey(refs, after) });
  }
  if (f.subject) out.push(entitySource(r, f.subject, 'OUT', ['subject']));
  if (f.object) out.push(entitySource(r, f.object, 'IN', ['object']));
  if (f.entity) out.push(entitySource(r, f.entity, f.direction, ['entity']));
  if (f.predicate !== null) {
    const predicate = f.predicate;
    out.push({ size: r.count(COUNT.predicate(predicate)), covers: ['predicate'], refs: (after) => predicateRefs(r, predicate, after) });
  }
  if (f.articleFacts) {
    const refs: Ref[] = [];
    for (const key of f.articleFacts) {
      const id = r.factId(key);
      if (id !== undefined) refs.push({ key, id });
    }
    sorted(refs);
    out.push({ size: refs.length, covers: ['articleFacts'], refs: (after) => fromKey(refs, after) });
  }
  if (out.length === 0) out.push({ size: r.count(COUNT.facts), covers: [], refs: (after) => allRefs(r, after) });
  return out.sort((a, b) => a.size - b.size);
}

function accepts(f: RelationFilter, agg: FactAgg, key: string, covered: ReadonlySet<keyof RelationFilter>): boolean {
  const check = (name: keyof RelationFilter): boolean => !covered.has(name);
  if (check('subject') && f.subject && agg.s !== f.subject.key) return false;
  if (check('object') && f.object && agg.o !== f.object.key) return false;
  if (check('entity') && f.entity) {
    const k = f.entity.key;
    const ok = f.direction === 'OUT' ? agg.s === k : f.direction === 'IN' ? agg.o === k : agg.s === k || agg.o === k;
    if (!ok) return false;
  }
  if (check('predicate') && f.predicate !== null && agg.p.toUpperCase() !== f.predicate) return false;
  if (check('articleFacts') && f.articleFacts && !f.articleFacts.has(key)) return false;
  return f.minConfidence === null || agg.c >= f.minConfidence;
}

/** Matching facts (key order) with their aggregates. */
function matching(r: Reader, f: RelationFilter, source: Source): [Ref, FactAgg][] {
  const covered = new Set(source.covers);
  const out: [Ref, FactAgg][] = [];
  for (const ref of source.refs()) {
    const agg = r.factAgg(ref.id);
    if (agg && accepts(f, agg, ref.key, covered)) out.push([ref, agg]);
  }
  return out;
}

function connection<T>(edges: Edge<T>[], hasNextPage: boolean, totalCount: number): Connection<T> {
  return { edges, pageInfo: { hasNextPage, endCursor: edges.length > 0 ? (edges[edges.length - 1] as Edge<T>).cursor : null }, totalCount };
}

function edgeOf(r: Reader, ref: Ref, cursor: string): Edge<StoredFact> {
  const node = r.readFactById(ref.id);
  if (!node) throw new QueryError('NOT_FOUND', `expected fact ${JSON.stringify(ref.key)} in the embedded store, found it missing`);
  return { cursor, node };
}

/** True when the query sorts or filters beyond the indexed filters (predicates, dates, sort). */
export function needsExtended(query: RelationQuery): boolean {
  return (
    (query.predicates !== undefined && query.predicates !== null && query.predicates.length > 0) ||
    (query.since !== undefined && query.since !== null) ||
    (query.until !== undefined && query.until !== null) ||
    (query.sort !== undefined && query.sort !== null && query.sort !== 'KEY')
  );
}

export function relationsPage(r: Reader, f: RelationFilter, query: RelationQuery, first: number): Connection<StoredFact> {
  const [source] = sources(r, f) as [Source];
  if (needsExtended(query)) return extendedPage(r, matching(r, f, source), query, first);
  const after = query.after === undefined || query.after === null ? undefined : parseRelationCursor(query.after);
  const active = (['subject', 'object', 'entity', 'predicate', 'articleFacts'] as const).filter((k) => f[k] !== null);
  if (f.minConfidence === null && active.every((k) => source.covers.includes(k))) {
    // The source is the whole answer: read the page only.
    const page: Ref[] = [];
    for (const ref of source.refs(after)) {
      page.push(ref);
      if (page.length > first) break;
    }
    const edges = page.slice(0, first).map((ref) => edgeOf(r, ref, relationCursor(ref.key)));
    return connection(edges, page.length > first, source.size);
  }
  const all = matching(r, f, source);
  const from = after === undefined ? 0 : firstAfter(all, ([ref]) => compareStrings(ref.key, after) > 0);
  const edges = all.slice(from, from + first).map(([ref]) => edgeOf(r, ref, relationCursor(ref.key)));
  return connection(edges, from + first < all.length, all.length);
}

/* ───────────── predicates, dates, sorts ───────────── */

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

export function inRange(date: string | null, since: string | null, until: string | null): boolean {
  if (since === null && until === null) return true;
  if (date === null) return false;
  return (since === null || date >= since) && (until === null || date <= until);
}

/** publishedAt of each article stating the fact. */
function factDates(r: Reader, id: number): (string | null)[] {
  return r.factArticleIds(id).map((a) => r.articleRec(a)?.publishedAt ?? null);
}

function latest(dates: readonly (string | null)[]): string | null {
  let out: string | null = null;
  for (const d of dates) if (d !== null && (out === null || d > out)) out = d;
  return out;
}

/** Applies `predicates`, `since`/`until` and `sort` to the matching facts (key order) and pages them. */
function extendedPage(r: Reader, rows: [Ref, FactAgg][], query: RelationQuery, first: number): Connection<StoredFact> {
  const sort = checkRelationSort(query.sort);
  const { since, until } = checkDateRange(query.since, query.until);
  const predicates = query.predicates && query.predicates.length > 0 ? new Set(query.predicates.map((p) => String(p).toUpperCase())) : null;
  let selected = rows;
  if (predicates) selected = selected.filter(([, agg]) => predicates.has(agg.p.toUpperCase()));
  if (since !== null || until !== null) selected = selected.filter(([ref]) => factDates(r, ref.id).some((d) => inRange(d, since, until)));
  if (sort === 'KEY') {
    const after = query.after === undefined || query.after === null ? null : parseRelationCursor(query.after);
    const start = after === null ? 0 : firstAfter(selected, ([ref]) => compareStrings(ref.key, after) > 0);
    const edges = selected.slice(start, start + first).map(([ref]) => edgeOf(r, ref, relationCursor(ref.key)));
    return connection(edges, start + first < selected.length, selected.length);
  }
  const valued: [SortValue, string, Ref][] = selected.map(([ref, agg]) => [sort === 'CONFIDENCE' ? agg.c : latest(factDates(r, ref.id)), ref.key, ref]);
  valued.sort((a, b) => compareSorted([a[0], a[1]], [b[0], b[1]]));
  let start = 0;
  if (query.after !== undefined && query.after !== null) {
    const pivot = parseSorted(query.after, sort);
    start = firstAfter(valued, (x) => compareSorted([x[0], x[1]], pivot) > 0);
  }
  const edges = valued.slice(start, start + first).map(([v, k, ref]) => edgeOf(r, ref, encodeSorted(sort, v, k)));
  return connection(edges, start + first < valued.length, valued.length);
}
