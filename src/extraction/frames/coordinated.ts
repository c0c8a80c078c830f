import { TITLE_WORDS } from '../lexicon.js';
import { CLAUSE_STOP } from './frameWords.js';
import { isNameMention } from './nounPhrases.js';
import type { RelationContext } from './RelationContext.js';

/**
 * Names coordinated after an argument ending at `end`: "A and B", "A, B and C", "by A and by B".
 * Stops when the next name opens a new clause (followed by a verb). Returns their clusters and the
 * token after the last one.
 */
export function coordinated(ctx: RelationContext, end: number, last: number, verbSet: ReadonlySet<number>, prep: string | null): { clusters: number[]; end: number } {
  const { tokens, argAt, modAt, mentions, entityOf } = ctx;
  const found: number[] = [];
  let k = end;
  let pending: number[] = [];
  while (k <= last) {
    let q = k;
    // Skip an appositive after a list member: "by A, a former researcher at B, and C".
    if (tokens[q]!.text === ',' && ['a', 'an', 'the'].includes(tokens[q + 1]?.lower ?? '')) {
      let r = q + 2;
      while (r <= last && r - q <= 16 && tokens[r]!.text !== ',' && !verbSet.has(r) && !CLAUSE_STOP.has(tokens[r]!.text)) r++;
      if (r <= last && tokens[r]!.text === ',' && ['and', 'or'].includes(tokens[r + 1]?.lower ?? '')) q = r;
    }
    const sep = tokens[q]!;
    const isAnd = ['and', 'or'].includes(sep.lower);
    if (!(isAnd || sep.text === ',')) break;
    q++;
    if (sep.text === ',' && ['and', 'or'].includes(tokens[q]?.lower ?? '')) q++;
    if (prep !== null && tokens[q]?.lower === prep) q++;
    while (q <= last && (['the', 'a', 'an'].includes(tokens[q]!.lower) || modAt[q] === 1)) q++;
    let mi = q <= last ? argAt[q]! : -1;
    if (mi < 0 || !isNameMention(ctx, mi)) break;
    // "and B's commercial director, C": the title holder is the list member.
    if (tokens[mentions[mi]!.end]?.lower === "'s") {
      let r = mentions[mi]!.end + 1;
      while (r <= last && argAt[r] === -1 && /^\p{Ll}/u.test(tokens[r]!.text) && ['ADJ', 'NOUN'].includes(tokens[r]!.pos)) r++;
      const held = r + 1 <= last && tokens[r]!.text === ',' && TITLE_WORDS.has(tokens[r - 1]!.lower) ? argAt[r + 1]! : -1;
      if (held >= 0 && isNameMention(ctx, held)) mi = held;
    }
    const m = mentions[mi]!;
    if (tokens[m.end]?.lower === "'s" || verbSet.has(m.end) || tokens[m.end]?.pos === 'AUX') break;
    const c = entityOf[mi] ?? -1;
    if (c < 0) break;
    pending.push(c);
    k = m.end;
    // A list only counts once it is closed by "and"/"or".
    if (isAnd || tokens[q - 1]?.lower === 'and' || tokens[q - 2]?.lower === 'and') {
      found.push(...pending);
      pending = [];
      end = k;
    }
  }
  return { clusters: found, end };
}
