import { createHash } from 'node:crypto';

/**
 * Stable article id derived from content: `a-` + the first 16 hex digits of the SHA-256
 * of the cleaned text (UTF-8). Same cleaned text ⇒ same id, whatever the file name.
 */
export function articleId(cleanedText: string): string {
  return `a-${createHash('sha256').update(cleanedText, 'utf8').digest('hex').slice(0, 16)}`;
}
