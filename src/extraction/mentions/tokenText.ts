/** Small readings of token text shared by mention finding: capitals, dots and joined spans. */
import type { Token } from '../../nlp/nlp.js';

/** Whether the token starts with a capital letter. */
export const isCap = (t: Token): boolean => /^[\p{Lu}]/u.test(t.text);

/** Whether a word is written in capitals with at least two capital letters ("NATO", "U.S."). */
export const isAllCaps = (s: string): boolean => /^[\p{Lu}][\p{Lu}.&\d-]*$/u.test(s) && /[\p{Lu}].*[\p{Lu}]/u.test(s.replace(/\./g, ''));

/** The word without a final full stop ("Gen." → "Gen"). */
export const stripDot = (s: string): string => s.replace(/\.$/, '');

/** The text of tokens [start, end) with their spacing as written. */
export function joinTokens(tokens: readonly Token[], start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const t = tokens[i]!;
    out += (i > start && t.spaceBefore ? ' ' : '') + t.text;
  }
  return out;
}
