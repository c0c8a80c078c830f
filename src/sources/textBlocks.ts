/**
 * Plain text → blocks. A blank line always separates blocks; inside a run of lines each
 * line is its own paragraph (news text usually has one paragraph per line) unless the
 * line is visibly hard-wrapped: a long line without closing punctuation followed by a
 * line that starts in lower case. Pure.
 */

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
  let current: string | null = null;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/\s+/g, ' ').trim();
    if (line === '') {
      if (current !== null) blocks.push({ text: current, heading: 0 });
      current = null;
      continue;
    }
    if (current !== null && current.length >= WRAP_MIN && !ENDS_CLAUSE.test(current) && STARTS_LOWER.test(line)) {
      current = current.endsWith('-') && /^\p{Ll}/u.test(line) ? current + line : `${current} ${line}`;
      continue;
    }
    if (current !== null) blocks.push({ text: current, heading: 0 });
    current = line;
  }
  if (current !== null) blocks.push({ text: current, heading: 0 });
  return blocks;
}
