/** Where a definite description starts: "the" before a word and its pre-modifiers ("the 54-year-old …", "the troubled …"). */
import type { Sentence } from '../../nlp/nlp.js';
import type { MentionContext } from './MentionContext.js';

/** How many modifier tokens may stand between "the" and the word. */
const MAX_MODIFIERS = 6;

/** Lower-case adjectives, numbers, participles, adverbs and hyphens ("54-year-old", "once-mighty", "Brazilian-born"). */
function isPreModifier(ctx: MentionContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  // A name inside a hyphenated modifier ("Brazilian-born", "Oslo-listed").
  if (ctx.covered[k] !== -1) return ctx.tokens[k + 1]?.text === '-';
  if (t.pos === 'PUNCT') return t.text === '-';
  if (t.pos === 'NUM') return true;
  if (!/^\p{Ll}/u.test(t.text)) return false;
  if (t.pos === 'ADJ' || t.pos === 'ADV') return true;
  if (t.pos === 'VERB') return /(?:ed|en)$/.test(t.lower) || t.lower === 'born';
  // A noun inside a hyphenated modifier ("year" in "54-year-old").
  return t.pos === 'NOUN' && ctx.tokens[k - 1]?.text === '-' && ctx.tokens[k + 1]?.text === '-';
}

/** Index of the "the" that opens the phrase whose modifiers end before token `i`, or -1. */
export function definiteStart(ctx: MentionContext, i: number, s: Sentence): number {
  let k = i - 1;
  while (k >= s.first && i - 1 - k < MAX_MODIFIERS && isPreModifier(ctx, k)) k--;
  return k >= s.first && ctx.tokens[k]!.lower === 'the' ? k : -1;
}
