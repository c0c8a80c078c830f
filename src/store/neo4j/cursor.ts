/**
 * Opaque keyset cursors. A cursor carries the sort key of the last row and a fingerprint of
 * the query it belongs to, so a cursor from another query (or a mangled one) is rejected with
 * QueryError('BAD_USER_INPUT') instead of silently returning the wrong page.
 */
import { QueryError, describeValue } from '../../errors.js';
import { shortHash } from '../../resolution/keys.js';

export type CursorValue = string | number | null;

/** Fingerprint of a query's filters (not its page arguments). */
export function queryFingerprint(scope: string, filters: Record<string, unknown>): string {
  const entries = Object.entries(filters)
    .filter(([, v]) => v !== undefined && v !== null)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return shortHash(`${scope}\u0000${JSON.stringify(entries)}`, 12);
}

export function encodeCursor(fingerprint: string, values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify({ q: fingerprint, k: values }), 'utf8').toString('base64url');
}

/** Decodes `after`; null/undefined means "first page". Throws when it does not belong to the query. */
export function decodeCursor(after: string | null | undefined, fingerprint: string, arity: number): CursorValue[] | null {
  if (after === null || after === undefined) return null;
  const fail = (): never => {
    throw new QueryError('BAD_USER_INPUT', `expected a cursor returned by a previous page, found ${describeValue(after)}`, { argument: 'after' });
  };
  if (typeof after !== 'string' || !/^[A-Za-z0-9_-]+$/.test(after)) return fail();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    return fail();
  }
  if (typeof parsed !== 'object' || parsed === null) return fail();
  const { q, k } = parsed as { q?: unknown; k?: unknown };
  if (q !== fingerprint || !Array.isArray(k) || k.length !== arity) return fail();
  const values = k as unknown[];
  if (!values.every((v) => v === null || typeof v === 'string' || typeof v === 'number')) return fail();
  return values as CursorValue[];
}
