/**
 * Argument checks of the API queries shared by both stores (the Neo4j adapter imports them
 * too, so both reject the same inputs with the same codes).
 */
import { QueryError, describeValue } from '../../errors.js';
import { RELATION_SORTS, type RelationSort } from '../GraphStore.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date `YYYY-MM-DD`, or null for null/undefined. */
export function checkIsoDate(value: unknown, name: string): string | null {
  if (value === null || value === undefined) return null;
  const m = typeof value === 'string' ? DATE.exec(value) : null;
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
