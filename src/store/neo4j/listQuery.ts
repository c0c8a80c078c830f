/**
 * One statement per list-query shape, composed from the fragments of cypher/lists.cypher.
 *
 * The anchor — the index seek a statement starts from — is chosen by which filters are present
 * (an article's facts, an entity's facts by direction, one or a few predicates, else an ordered
 * index scan); every other present filter becomes one fixed `AND` fragment, absent filters add
 * nothing, so the planner never sees `$x IS NULL OR …` and always starts from the anchor's index.
 * Cursors seek: the previous page's sort values become range predicates, never a SKIP.
 *
 * Pure: fragments are whitelisted section names; parameters are pruned to exactly the ones the
 * composed text uses.
 */
import neo4j from 'neo4j-driver';
import { StoreError } from '../../errors.js';
import type { Direction, RelationSort } from '../GraphStore.js';
import { cypherParameters, loadCypher } from './cypherFiles.js';
import { MAX_STRING, limitParam } from './statements.js';
import type { Statement } from './statements.js';

type Family = 'fact' | 'entity' | 'article';

interface Shape {
  family: Family;
  anchor: string;
  filters: readonly string[];
  /** Order fragment name (page statements), or null (count statements). */
  order: string | null;
  tail: 'page' | 'count';
}

/** Composes a shape's text: fragments in place of __FILTERS__ and __ORDER__, then the tail. */
export function composeList(shape: Shape): string {
  const part = (kind: string): string => loadCypher(`list.${shape.family}.${kind}`);
  const filters = shape.filters.map((f) => ` AND ${part(`filter.${f}`)}`).join('');
  const order = shape.order === null ? '' : ` ${part(shape.order)}`;
  const fill = (text: string): string => text.split(' __FILTERS__').join(filters).split(' __ORDER__').join(order);
  return `${fill(part(`anchor.${shape.anchor}`))}\n${fill(part(shape.tail))}`;
}

function statement(shape: Shape, candidates: Record<string, unknown>): Statement {
  const text = composeList(shape);
  const params: Record<string, unknown> = {};
  for (const p of cypherParameters(text)) {
    if (!(p in candidates)) throw new StoreError('STORE_ERROR', `list statement ${shape.anchor} expects a value for $${p}, found none`);
    params[p] = candidates[p];
  }
  const name = `list.${shape.family}[${shape.anchor}${shape.filters.length > 0 ? `|${shape.filters.join(',')}` : ''}]:${shape.tail}${shape.order === null ? '' : `:${shape.order}`}`;
  return { name, params, text };
}

const countAll = (family: Family): Statement => ({ name: `list.${family}.countAll`, params: {} });

/* ───────────── relations ───────────── */

export interface FactListFilter {
  subjectKey: string | null;
  objectKey: string | null;
  entityKey: string | null;
  direction: Direction;
  /** Upper-case predicate. */
  predicate: string | null;
  /** Upper-case predicates, sorted, unique; null = no filter. */
  predicates: readonly string[] | null;
  articleId: string | null;
  minConfidence: number | null;
  since: string | null;
  until: string | null;
}

/** The previous page's last row: its sort value (CONFIDENCE, DATE) and key. */
export interface FactCursor {
  value: number | string | null;
  key: string;
}

interface Anchor {
  name: string;
  /** Filters the anchor already applies. */
  consumed: readonly string[];
  params: Record<string, unknown>;
}

function factAnchor(f: FactListFilter, sort: RelationSort): Anchor {
  if (f.articleId !== null) return { name: 'article', consumed: ['article'], params: {} };
  if (f.subjectKey !== null) return { name: 'out', consumed: ['subject'], params: { anchorKey: f.subjectKey } };
  if (f.objectKey !== null) return { name: 'in', consumed: ['object'], params: { anchorKey: f.objectKey } };
  if (f.entityKey !== null) {
    const name = f.direction === 'OUT' ? 'out' : f.direction === 'IN' ? 'in' : 'both';
    return { name, consumed: ['entity'], params: { anchorKey: f.entityKey } };
  }
  if (f.predicate !== null) return { name: 'predicate', consumed: ['predicate'], params: { anchorPredicate: f.predicate } };
  if (f.predicates !== null) return { name: 'predicates', consumed: ['predicates'], params: { anchorPredicates: [...f.predicates] } };
  return { name: `all.${sort.toLowerCase()}`, consumed: [], params: {} };
}

function factFilters(f: FactListFilter, consumed: readonly string[]): string[] {
  const out: string[] = [];
  const add = (name: string, present: boolean, fragment = name): void => {
    if (present && !consumed.includes(name)) out.push(fragment);
  };
  add('subject', f.subjectKey !== null);
  add('object', f.objectKey !== null);
  add('entity', f.entityKey !== null, f.direction === 'OUT' ? 'entityOut' : f.direction === 'IN' ? 'entityIn' : 'entityBoth');
  add('predicate', f.predicate !== null);
  add('predicates', f.predicates !== null);
  add('article', f.articleId !== null);
  add('minConfidence', f.minConfidence !== null);
  if (f.since !== null || f.until !== null) out.push(f.since !== null && f.until !== null ? 'range' : f.since !== null ? 'since' : 'until');
  return out;
}

const MAX_CONFIDENCE = Number.MAX_VALUE;

/** The page statement (limit rows after `after`) and the count statement of a relation query. */
export function factList(f: FactListFilter, sort: RelationSort, after: FactCursor | null, limit: number): { page: Statement; count: Statement } {
  const anchor = factAnchor(f, sort);
  const filters = factFilters(f, anchor.consumed);
  const keyed = sort === 'KEY';
  const keyset = after !== null && !keyed ? [sort === 'CONFIDENCE' ? 'afterConfidence' : 'afterDate'] : [];
  const base = {
    subjectKey: f.subjectKey,
    objectKey: f.objectKey,
    entityKey: f.entityKey,
    predicate: f.predicate,
    predicates: f.predicates === null ? null : [...f.predicates],
    articleId: f.articleId,
    minConfidence: f.minConfidence,
    since: f.since,
    until: f.until,
    ...anchor.params,
  };
  const order = `order.${sort.toLowerCase()}`;
  const page = statement(
    { family: 'fact', anchor: anchor.name, filters: [...filters, ...keyset], order, tail: 'page' },
    {
      ...base,
      keyFloor: keyed && after !== null ? after.key : '',
      afterKey: after?.key ?? '',
      afterValue: after === null ? (sort === 'DATE' ? MAX_STRING : MAX_CONFIDENCE) : after.value,
      limit: limitParam(limit),
    },
  );
  if (anchor.name.startsWith('all.') && filters.length === 0) return { page, count: countAll('fact') };
  const countAnchor = anchor.name.startsWith('all.') ? 'all.key' : anchor.name;
  const count = statement({ family: 'fact', anchor: countAnchor, filters, order: null, tail: 'count' }, { ...base, keyFloor: '' });
  return { page, count };
}

/* ───────────── entities ───────────── */

export interface EntityListFilter {
  type: string | null;
  /** Normalised (lower-case) substring, or null. */
  search: string | null;
}

export interface EntityCursor {
  mentionCount: number;
  key: string;
}

const MAX_COUNT = neo4j.int(Number.MAX_SAFE_INTEGER);

export function entityList(f: EntityListFilter, after: EntityCursor | null, limit: number): { page: Statement; count: Statement } {
  const anchor = f.search !== null ? 'search' : f.type !== null ? 'type' : 'all';
  const filters = anchor === 'search' && f.type !== null ? ['type'] : [];
  const base = { type: f.type, search: f.search };
  const page = statement(
    { family: 'entity', anchor, filters: after === null ? filters : [...filters, 'after'], order: 'order', tail: 'page' },
    { ...base, afterCount: after === null ? MAX_COUNT : neo4j.int(after.mentionCount), afterKey: after?.key ?? '', limit: limitParam(limit) },
  );
  const count = anchor === 'all' ? countAll('entity') : statement({ family: 'entity', anchor, filters, order: null, tail: 'count' }, { ...base, afterCount: MAX_COUNT });
  return { page, count };
}

/* ───────────── articles ───────────── */

export interface ArticleListFilter {
  since: string | null;
  until: string | null;
  entityKey: string | null;
  /** Lower-case substring of title or text, or null. */
  search: string | null;
}

export interface ArticleCursor {
  /** publishedAt, or '' for undated articles. */
  sortDate: string;
  id: string;
}

const minString = (a: string, b: string): string => (a < b ? a : b);

function articleShape(f: ArticleListFilter, withCursor: boolean): { anchor: string; filters: string[] } {
  // The since/until anchors bound sortDate themselves ($upper carries until); the entity anchor
  // reads the entity's articles and filters their dates.
  const anchor = f.entityKey !== null ? 'entity' : f.since !== null ? 'since' : f.until !== null ? 'until' : 'all';
  const filters: string[] = [];
  if (anchor === 'entity' && f.since !== null) filters.push('since');
  if (anchor === 'entity' && f.until !== null) filters.push('until');
  if (f.search !== null) filters.push('search');
  if (withCursor) filters.push('after');
  return { anchor, filters };
}

export function articleList(f: ArticleListFilter, after: ArticleCursor | null, limit: number): { page: Statement; count: Statement } {
  const afterDate = after?.sortDate ?? MAX_STRING;
  const base = { since: f.since, until: f.until, entityKey: f.entityKey, search: f.search };
  const pageShape = articleShape(f, after !== null);
  const page = statement(
    { family: 'article', ...pageShape, order: 'order', tail: 'page' },
    { ...base, afterDate, afterId: after?.id ?? '', upper: minString(f.until ?? MAX_STRING, afterDate), limit: limitParam(limit) },
  );
  const countShape = articleShape(f, false);
  const count =
    countShape.anchor === 'all' && countShape.filters.length === 0
      ? countAll('article')
      : statement({ family: 'article', ...countShape, order: null, tail: 'count' }, { ...base, afterDate: MAX_STRING, upper: f.until ?? MAX_STRING });
  return { page, count };
}
