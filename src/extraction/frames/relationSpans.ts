import type { Sentence, Token } from '../../nlp/nlp.js';

/** Longest stretch of tokens read as one clause context for relation frames. */
export const MAX_SPAN_TOKENS = 150;

/**
 * The sentences as relation-extraction spans: a sentence longer than MAX_SPAN_TOKENS is cut into
 * pieces (after a ';', ',' or ':' or before a conjunction when one is in the last third of the
 * window, else hard). A piece keeps its sentence's index, so evidence is the whole sentence.
 */
export function relationSpans(sentences: readonly Sentence[], tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    if (s.last - s.first < MAX_SPAN_TOKENS) {
      out.push(s);
      continue;
    }
    let first = s.first;
    while (first <= s.last) {
      let last = Math.min(s.last, first + MAX_SPAN_TOKENS - 1);
      if (last < s.last) {
        const floor = first + Math.floor((MAX_SPAN_TOKENS * 2) / 3);
        for (let i = last; i > floor; i--) {
          const t = tokens[i]!;
          if ([';', ',', ':'].includes(t.text)) {
            last = i;
            break;
          }
          if (t.pos === 'CCONJ') {
            last = i - 1;
            break;
          }
        }
      }
      out.push({ index: s.index, first, last, start: tokens[first]!.start, end: tokens[last]!.end });
      first = last + 1;
    }
  }
  return out;
}
