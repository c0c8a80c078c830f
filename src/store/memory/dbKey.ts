import { createHash } from 'node:crypto';

/** Longest string (in UTF-16 units) kept verbatim as an LMDB key; 250 units ≤ 1000 UTF-8 bytes. */
const MAX_VERBATIM = 250;

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
