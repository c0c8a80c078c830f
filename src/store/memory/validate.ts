import { QueryError, describeValue } from '../../errors.js';
import { isEntityType, type EntityType } from '../../model/types.js';
import { MAX_DEPTH, MAX_HOPS, MAX_PAGE_SIZE, type Direction } from '../GraphStore.js';

/** Checks a whole number in 1 … max: below or not a whole number → BAD_USER_INPUT, above → LIMIT_EXCEEDED. */
export function checkRange(value: unknown, name: string, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new QueryError('BAD_USER_INPUT', `${name} expects a whole number from 1 to ${max}, found ${describeValue(value)}`, {
      argument: name,
    });
  }
  if (value > max) {
    throw new QueryError('LIMIT_EXCEEDED', `${name} expects at most ${max}, found ${value}`, { argument: name, max });
  }
  return value;
}

export const checkFirst = (first: unknown): number => checkRange(first, 'first', MAX_PAGE_SIZE);
export const checkDepth = (depth: unknown): number => checkRange(depth, 'depth', MAX_DEPTH);
export const checkHops = (maxHops: unknown): number => checkRange(maxHops, 'maxHops', MAX_HOPS);

export function checkString(value: unknown, name: string): string {
  if (typeof value !== 'string') {
    throw new QueryError('BAD_USER_INPUT', `${name} expects a string, found ${describeValue(value)}`, { argument: name });
  }
  return value;
}

export function checkMinConfidence(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new QueryError('BAD_USER_INPUT', `minConfidence expects a number from 0 to 1, found ${describeValue(value)}`, {
      argument: 'minConfidence',
    });
  }
  return value;
}

export function checkDirection(value: unknown): Direction {
  if (value === null || value === undefined) return 'BOTH';
  if (value === 'OUT' || value === 'IN' || value === 'BOTH') return value;
  throw new QueryError('BAD_USER_INPUT', `direction expects OUT, IN or BOTH, found ${describeValue(value)}`, {
    argument: 'direction',
  });
}

export function checkEntityType(value: unknown): EntityType | null {
  if (value === null || value === undefined) return null;
  if (isEntityType(value)) return value;
  throw new QueryError('BAD_USER_INPUT', `type expects an entity type such as PERSON or GPE, found ${describeValue(value)}`, {
    argument: 'type',
  });
}
