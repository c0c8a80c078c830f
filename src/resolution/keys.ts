import { createHash } from 'node:crypto';

/** Longest key kept verbatim; longer names get a hashed key (storage engines limit key size). */
const MAX_VERBATIM_KEY = 200;

/**
 * Normalises a name or alias for case-insensitive matching: Unicode NFKC, typographic
 * apostrophes/quotes folded, lower case, white space collapsed.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function shortHash(text: string, length = 16): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** Canonical entity key from a canonical name: the normalised name, hashed when very long. */
export function entityKey(canonicalName: string): string {
  const norm = normalizeName(canonicalName);
  if (norm.length <= MAX_VERBATIM_KEY) return norm;
  return `${norm.slice(0, 64)}#${shortHash(norm, 24)}`;
}

/** Stable key of a fact: same subject, predicate, object and polarity ⇒ same key in any article. */
export function factKey(subjectKey: string, predicate: string, objectKey: string, negated: boolean): string {
  return shortHash(`${subjectKey}\u0000${predicate}\u0000${objectKey}\u0000${negated ? 'neg' : 'pos'}`, 24);
}
