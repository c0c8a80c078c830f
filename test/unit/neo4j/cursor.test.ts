import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, queryFingerprint } from '../../../src/store/neo4j/cursor.js';
import { QueryError } from '../../../src/errors.js';

const codeOf = (fn: () => unknown): string | null => {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof QueryError ? e.code : 'other';
  }
};

describe('keyset cursors', () => {
  const fp = queryFingerprint('entities', { type: 'PERSON', search: null });

  it('round-trip sort keys, including nulls and unicode', () => {
    for (const values of [[3, 'alpha'], [null, 'id "x" 🚀'], ['2024-01-02', 'a1']]) {
      expect(decodeCursor(encodeCursor(fp, values), fp, values.length)).toEqual(values);
    }
    expect(decodeCursor(null, fp, 2)).toBeNull();
    expect(decodeCursor(undefined, fp, 2)).toBeNull();
  });

  it('fingerprints ignore null filters and key order, but not values or scope', () => {
    expect(queryFingerprint('entities', { search: null, type: 'PERSON' })).toBe(fp);
    expect(queryFingerprint('entities', { type: 'PERSON' })).toBe(fp);
    expect(queryFingerprint('entities', { type: 'GPE' })).not.toBe(fp);
    expect(queryFingerprint('relations', { type: 'PERSON' })).not.toBe(fp);
  });

  it('reject cursors of another query, wrong arity, garbage and empty strings', () => {
    const other = encodeCursor(queryFingerprint('relations', {}), ['k']);
    expect(codeOf(() => decodeCursor(other, fp, 1))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => decodeCursor(encodeCursor(fp, ['k']), fp, 2))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => decodeCursor('not a cursor!', fp, 2))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => decodeCursor('Zm9v', fp, 2))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => decodeCursor('', fp, 2))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => decodeCursor(encodeCursor(fp, [{}, 'x'] as never), fp, 2))).toBe('BAD_USER_INPUT');
    expect(() => decodeCursor('bad!', fp, 2)).toThrow(/expected a cursor returned by a previous page, found/);
  });
});
