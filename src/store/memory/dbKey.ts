import { createHash } from 'node:crypto';

/** Longest string (in UTF-16 units) kept verbatim as an LMDB key (≤ 800 UTF-8 bytes). */
const MAX_VERBATIM = 200;

/**
 * The LMDB lookup key of an id/key/name. LMDB keys are limited to ~1978 bytes, so long
 * strings (or ones with control characters, or starting with `#`) are replaced by `#` +
 * SHA-256 hex. Verbatim keys never start with `#`, so the two forms cannot collide.
 * Records always carry their real key, so nothing is lost.
 */
export function dbKey(value: string): string {
  if (value.length <= MAX_VERBATIM && !value.startsWith('#') && !/[\u0000-\u001f]/.test(value)) return value;
  return `#${createHash('sha256').update(value).digest('hex')}`;
}

/** dbKey of the owner, led by its length (2 base-36 digits), so prefixes are unambiguous. */
function ownerPrefix(ownerKey: string): string {
  const k = dbKey(ownerKey);
  return `${k.length.toString(36).padStart(2, '0')}${k}`;
}

/**
 * Key of one article's contribution to an entity or fact: the length-led owner dbKey, `:`,
 * then the article's dbKey. Keys of one owner share the prefix and nothing else does (a
 * control-character separator would not do: ordered-binary mangles long keys with one).
 */
export function contributionKey(ownerKey: string, articleId: string): string {
  return `${ownerPrefix(ownerKey)}:${dbKey(articleId)}`;
}

/** Range covering every contribution key of one entity or fact. */
export function contributionRange(ownerKey: string): { start: string; end: string } {
  const k = ownerPrefix(ownerKey);
  return { start: `${k}:`, end: `${k};` };
}
