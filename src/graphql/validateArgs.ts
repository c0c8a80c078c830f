import { describeValue, QueryError } from '../errors.js';
import { predicateNames } from '../extraction/canonicalPredicate.js';
import { checkDateRange, checkIsoDate, MAX_DEPTH, MAX_HOPS, MAX_PAGE_SIZE } from '../store/GraphStore.js';

/** Longest name or search string accepted from a client. */
export const MAX_NAME_LENGTH = 10_000;

/**
 * Checks a whole-number argument: below `min` (or not a whole number) → BAD_USER_INPUT,
 * above `max` → LIMIT_EXCEEDED.
 */
export function intInRange(value: unknown, argName: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new QueryError('BAD_USER_INPUT', `${argName} expects a whole number from ${min} to ${max}, found ${describeValue(value)}`, {
      argument: argName,
    });
  }
  if (value > max) {
    throw new QueryError('LIMIT_EXCEEDED', `${argName} expects a whole number from ${min} to ${max}, found ${value}`, {
      argument: argName,
      limit: max,
    });
  }
  return value;
}

export function pageSize(value: unknown, argName = 'first'): number {
  return intInRange(value, argName, 1, MAX_PAGE_SIZE);
}

export function depthArg(value: unknown): number {
  return intInRange(value, 'depth', 1, MAX_DEPTH);
}

export function maxHopsArg(value: unknown): number {
  return intInRange(value, 'maxHops', 1, MAX_HOPS);
}

/** A required entity name or alias: non-blank, at most MAX_NAME_LENGTH characters. */
export function nameArg(value: unknown, argName: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new QueryError('BAD_USER_INPUT', `${argName} expects a non-empty entity name or alias, found ${describeValue(value)}`, {
      argument: argName,
    });
  }
  return limitedString(value, argName);
}

/** A required id or key: non-blank, at most MAX_NAME_LENGTH characters. */
export function idArg(value: unknown, argName: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new QueryError('BAD_USER_INPUT', `${argName} expects a non-empty id, found ${describeValue(value)}`, { argument: argName });
  }
  return limitedString(value, argName);
}

/** An optional string filter; null/undefined/blank mean "no filter". */
export function optionalString(value: unknown, argName: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') {
    throw new QueryError('BAD_USER_INPUT', `${argName} expects a string, found ${describeValue(value)}`, { argument: argName });
  }
  if (value.trim() === '') return null;
  return limitedString(value, argName);
}

/** An optional predicate filter: the names it matches, as written and canonical ("met" → MET, MEET); null/blank = no filter. */
export function predicateArg(value: unknown): string[] | null {
  const name = optionalString(value, 'predicate');
  return name === null ? null : predicateNames(name.trim());
}

/**
 * `predicate` and `predicates` together, as the store's filter: a predicate matches when it is
 * one of the names `predicate` stands for and (if given) one of `predicates`.
 */
export function predicateFilter(predicate: unknown, predicates: unknown): { predicate: string | null; predicates: string[] | null } {
  const one = predicateArg(predicate);
  const many = predicatesArg(predicates);
  if (one === null) return { predicate: null, predicates: many };
  if (many === null) return { predicate: null, predicates: one };
  const both = many.filter((p) => one.includes(p));
  return both.length > 0 ? { predicate: null, predicates: both } : { predicate: one[0]!, predicates: many };
}

/** An optional cursor: passed to the store as is (the store validates it). */
export function cursorArg(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string' || value === '') {
    throw new QueryError('BAD_USER_INPUT', `after expects a cursor returned by a previous page, found ${describeValue(value)}`, {
      argument: 'after',
    });
  }
  return value;
}

export function confidenceArg(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new QueryError('BAD_USER_INPUT', `minConfidence expects a number from 0 to 1, found ${describeValue(value)}`, {
      argument: 'minConfidence',
    });
  }
  return value;
}

function limitedString(value: string, argName: string): string {
  if (value.length > MAX_NAME_LENGTH) {
    throw new QueryError('LIMIT_EXCEEDED', `${argName} expects at most ${MAX_NAME_LENGTH} characters, found ${value.length}`, {
      argument: argName,
      limit: MAX_NAME_LENGTH,
    });
  }
  return value;
}

/** An optional ISO date `YYYY-MM-DD` (a real calendar date). */
export function dateArg(value: unknown, argName: string): string | null {
  return checkIsoDate(value, argName);
}

/** since ≤ until, both optional. */
export function dateRangeArgs(since: unknown, until: unknown): { since: string | null; until: string | null } {
  return checkDateRange(since, until);
}

/** Most predicates accepted in one `predicates` list. */
export const MAX_PREDICATES = 100;

/** An optional list of predicates, each as written and canonical ("met" → MET, MEET); null/empty = no filter. */
export function predicatesArg(value: unknown): string[] | null {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value)) {
    throw new QueryError('BAD_USER_INPUT', `predicates expects a list of predicates, found ${describeValue(value)}`, { argument: 'predicates' });
  }
  if (value.length > MAX_PREDICATES) {
    throw new QueryError('LIMIT_EXCEEDED', `predicates expects at most ${MAX_PREDICATES} entries, found ${value.length}`, {
      argument: 'predicates',
      limit: MAX_PREDICATES,
    });
  }
  const out: string[] = [];
  for (const p of value) {
    if (typeof p !== 'string' || !/^[A-Za-z][A-Za-z0-9_]*$/.test(p.trim())) {
      throw new QueryError('BAD_USER_INPUT', `predicates expects names such as MET or VISITED, found ${describeValue(p)}`, { argument: 'predicates' });
    }
    out.push(...predicateNames(p.trim()));
  }
  return out.length > 0 ? [...new Set(out)] : null;
}

/** A required non-blank search text, at most MAX_NAME_LENGTH characters. */
export function queryArg(value: unknown, argName: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new QueryError('BAD_USER_INPUT', `${argName} expects a non-blank search text, found ${describeValue(value)}`, { argument: argName });
  }
  return limitedString(value.trim(), argName);
}
