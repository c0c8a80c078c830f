import { QueryError, describeValue } from '../../errors.js';

/** Sort keys encoded in the opaque cursors of the embedded store (one shape per ordering). */
export type EntitySortKey = readonly [mentionCount: number, key: string];
export type ArticleSortKey = readonly [publishedAt: string | null, id: string];

type Tagged = ['E', number, string] | ['R', string] | ['A', string | null, string];

function encode(value: Tagged): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

function badCursor(found: unknown): QueryError {
  return new QueryError('BAD_USER_INPUT', `expected a cursor returned by a previous page, found ${describeValue(found)}`, {
    argument: 'after',
  });
}

function decode(cursor: unknown): unknown[] {
  if (typeof cursor !== 'string' || cursor.length === 0) throw badCursor(cursor);
  const buf = Buffer.from(cursor, 'base64url');
  // Node's decoder skips invalid characters; a round trip proves the cursor is well-formed.
  if (buf.toString('base64url') !== cursor) throw badCursor(cursor);
  let parsed: unknown;
  try {
    parsed = JSON.parse(buf.toString('utf8'));
  } catch {
    throw badCursor(cursor);
  }
  if (!Array.isArray(parsed)) throw badCursor(cursor);
  return parsed;
}

export function entityCursor(mentionCount: number, key: string): string {
  return encode(['E', mentionCount, key]);
}

export function relationCursor(key: string): string {
  return encode(['R', key]);
}

export function articleCursor(publishedAt: string | null, id: string): string {
  return encode(['A', publishedAt, id]);
}

export function parseEntityCursor(cursor: unknown): EntitySortKey {
  const v = decode(cursor);
  if (v.length !== 3 || v[0] !== 'E' || typeof v[1] !== 'number' || !Number.isFinite(v[1]) || typeof v[2] !== 'string') {
    throw badCursor(cursor);
  }
  return [v[1], v[2]];
}

export function parseRelationCursor(cursor: unknown): string {
  const v = decode(cursor);
  if (v.length !== 2 || v[0] !== 'R' || typeof v[1] !== 'string') throw badCursor(cursor);
  return v[1];
}

export function parseArticleCursor(cursor: unknown): ArticleSortKey {
  const v = decode(cursor);
  if (v.length !== 3 || v[0] !== 'A' || (v[1] !== null && typeof v[1] !== 'string') || typeof v[2] !== 'string') {
    throw badCursor(cursor);
  }
  return [v[1], v[2]];
}
