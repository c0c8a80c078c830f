/**
 * Whitelist for the two things Cypher cannot take as parameters: relationship types and the
 * upper bound of a variable-length pattern. A relationship type is accepted only when it is an
 * UPPER_SNAKE canonical predicate and is then emitted backtick-escaped; a hop bound only when it
 * is a whole number from 1 to MAX_HOPS. Nothing from raw article text reaches Cypher otherwise.
 */
import { StoreError, describeValue } from '../../errors.js';
import { MAX_HOPS } from '../GraphStore.js';

const REL_TYPE = /^[A-Z][A-Z0-9_]*$/;
/** Neo4j limits identifiers far above this; we keep predicates short and sane. */
const MAX_REL_TYPE_LENGTH = 64;

/** The placeholder in cypher/*.cypher that stands for a validated relationship type. */
export const REL_TYPE_PLACEHOLDER = '__REL_TYPE__';

export function isValidRelType(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_REL_TYPE_LENGTH && REL_TYPE.test(value);
}

/** Returns `value` when it is a valid relationship type, else throws StoreError('INVALID_IDENTIFIER'). */
export function assertRelType(value: unknown): string {
  if (!isValidRelType(value)) {
    throw new StoreError(
      'INVALID_IDENTIFIER',
      `relationship type expects an UPPER_SNAKE predicate matching ${REL_TYPE.source} (at most ${MAX_REL_TYPE_LENGTH} characters), found ${describeValue(value)}`,
      { identifier: typeof value === 'string' ? value : String(value) },
    );
  }
  return value;
}

/** Backtick-escaped relationship type for Cypher, e.g. `MET` → "`MET`". */
export function escapeRelType(value: unknown): string {
  return `\`${assertRelType(value)}\``;
}

/** Substitutes the validated relationship type into a statement that contains the placeholder. */
export function renderWithRelType(statement: string, relType: string): string {
  if (!statement.includes(REL_TYPE_PLACEHOLDER)) {
    throw new StoreError('STORE_ERROR', `statement expects the placeholder ${REL_TYPE_PLACEHOLDER}, found none`);
  }
  const escaped = escapeRelType(relType);
  return statement.split(REL_TYPE_PLACEHOLDER).join(escaped);
}

/** The placeholder in cypher/*.cypher that stands for a validated hop bound (`[*..__MAX_HOPS__]`). */
export const MAX_HOPS_PLACEHOLDER = '__MAX_HOPS__';

/** Substitutes a hop bound (a whole number 1 … MAX_HOPS) into a statement that contains the placeholder. */
export function renderWithMaxHops(statement: string, maxHops: number): string {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
    throw new StoreError('INVALID_IDENTIFIER', `hop bound expects a whole number from 1 to ${MAX_HOPS}, found ${describeValue(maxHops)}`);
  }
  if (!statement.includes(MAX_HOPS_PLACEHOLDER)) {
    throw new StoreError('STORE_ERROR', `statement expects the placeholder ${MAX_HOPS_PLACEHOLDER}, found none`);
  }
  return statement.split(MAX_HOPS_PLACEHOLDER).join(String(maxHops));
}
