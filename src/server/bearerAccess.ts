import { createHash, timingSafeEqual } from 'node:crypto';
import type { MutationAccess } from '../graphql/context.js';

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * Mutation access from an `Authorization` header. Tokens are compared as SHA-256 digests
 * with timingSafeEqual, so the comparison time depends on neither the token nor its length.
 */
export function bearerAccess(header: string | undefined, apiToken: string | null): MutationAccess {
  if (apiToken === null || apiToken === '') return { kind: 'disabled' };
  const m = header === undefined ? null : /^\s*Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m) return { kind: 'missing' };
  return timingSafeEqual(digest(m[1] as string), digest(apiToken)) ? { kind: 'allowed' } : { kind: 'invalid' };
}
