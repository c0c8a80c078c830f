/**
 * Cypher literal and identifier writers for the self-contained `cypher` export (no
 * parameters: the script must run as is in cypher-shell). Strings are written in pure ASCII
 * with escapes, so neither the file encoding nor a statement splitter can alter them.
 */
import { StoreError } from '../errors.js';

/** Relationship types: the canonical predicate form. */
export const RELATIONSHIP_TYPE_PATTERN = /^[A-Z][A-Z0-9_]*$/;
/** Node labels (model/labels.ts): `Entity`, `Article`, `Person` … */
export const LABEL_PATTERN = /^[A-Z][A-Za-z0-9_]*$/;

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  "'": "\\'",
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

function hex4(code: number): string {
  return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A single-quoted Cypher string literal. Backslash, quotes and common controls use their
 * short escapes; every other control, `;`, backtick and non-ASCII UTF-16 unit becomes \uXXXX
 * (astral characters as a surrogate pair, which Neo4j's UTF-16 strings store as is).
 */
export function cypherString(value: string): string {
  let out = "'";
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    const code = value.charCodeAt(i);
    const simple = SIMPLE_ESCAPES[ch];
    if (simple !== undefined) out += simple;
    else if (code < 0x20 || code > 0x7e || ch === ';' || ch === '`') out += hex4(code);
    else out += ch;
  }
  return `${out}'`;
}

/** A Cypher float literal (always with a decimal point or exponent, so it stays FLOAT). */
export function cypherFloat(value: number): string {
  if (!Number.isFinite(value)) throw new StoreError('STORE_ERROR', `cypher export: expected a finite number, found ${String(value)}`);
  const text = String(value);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

export function cypherInteger(value: number): string {
  if (!Number.isSafeInteger(value)) throw new StoreError('STORE_ERROR', `cypher export: expected a whole number, found ${String(value)}`);
  return String(value);
}

/** A backtick-quoted identifier (map key, property name) for any string. */
export function cypherName(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

function checkedIdentifier(value: string, pattern: RegExp, what: string): string {
  if (!pattern.test(value)) {
    throw new StoreError('INVALID_IDENTIFIER', `cypher export: expected a ${what} matching ${pattern.source}, found ${JSON.stringify(value)}`, {
      identifier: value,
    });
  }
  return cypherName(value);
}

/** A validated, backtick-escaped relationship type. */
export function cypherRelationshipType(type: string): string {
  return checkedIdentifier(type, RELATIONSHIP_TYPE_PATTERN, 'relationship type');
}

/** A validated, backtick-escaped node label. */
export function cypherLabel(label: string): string {
  return checkedIdentifier(label, LABEL_PATTERN, 'node label');
}

export type CypherValue = string | number | boolean | null | readonly CypherValue[] | { readonly [key: string]: CypherValue };

/** Any JSON-like value as a Cypher literal; numbers are FLOAT unless listed in `integers`. */
export function cypherValue(value: CypherValue, integerKeys: ReadonlySet<string> = new Set(), key?: string): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return key !== undefined && integerKeys.has(key) ? cypherInteger(value) : cypherFloat(value);
  if (Array.isArray(value)) return `[${(value as readonly CypherValue[]).map((v) => cypherValue(v, integerKeys)).join(', ')}]`;
  const entries = Object.entries(value as { readonly [key: string]: CypherValue });
  return `{${entries.map(([k, v]) => `${cypherName(k)}: ${cypherValue(v, integerKeys, k)}`).join(', ')}}`;
}
