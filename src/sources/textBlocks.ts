/**
 * Plain text → blocks. A blank line always separates blocks; inside a run of lines each
 * line is its own paragraph (news text usually has one paragraph per line) unless the
 * line is visibly hard-wrapped: a long line without closing punctuation followed by a
 * line that starts in lower case. Pure.
 */
import { readDateMarker } from './dateMarker.js';

/** One paragraph-like unit of an article; `heading` is the markdown level (0 = paragraph). */
export interface TextBlock {
  text: string;
  heading: number;
}

const WRAP_MIN = 50;
const ENDS_CLAUSE = /[.!?:;"”’»)\]…]$/u;
const STARTS_LOWER = /^[\p{Ll}\p{N}(]/u;

export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: string[] = [];
  let previous = '';
  const flush = (): void => {
    if (current.length > 0) blocks.push({ text: current.join(''), heading: 0 });
    current = [];
  };
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/\s+/g, ' ').trim();
    if (line === '') {
      flush();
      previous = '';
      continue;
    }
    // A date marker line ("date 2025-03-10") is metadata, never the continuation of a wrapped line.
    const wrapped = previous.length >= WRAP_MIN && !ENDS_CLAUSE.test(previous) && STARTS_LOWER.test(line) && readDateMarker(line) === null;
    if (wrapped) {
      current.push(previous.endsWith('-') && /^\p{Ll}/u.test(line) ? line : ` ${line}`);
    } else {
      flush();
      current.push(line);
    }
    previous = line;
  }
  flush();
  return blocks;
}
