/** Common nouns that describe a name where it is introduced: "the cybersecurity firm Kestrel", "the Vela-3 probe", "Acme, a Lisbon-based company". */
import type { Token } from '../../nlp/nlp.js';
import { KINSHIP_WORDS, PERSON_NOUNS, TITLE_WORDS } from '../lexicon.js';
import type { Mention } from './Mention.js';
import type { MentionContext } from './MentionContext.js';
import { singular } from './singular.js';

const APPOSITIVE_STOPS: readonly string[] = [',', '.', 'that', 'which', 'who', 'with', 'in', 'of', 'from', 'for', 'based'];

/** The common noun that introduces a name: right before it, right after it, or heading its appositive. */
function descriptorOf(ctx: MentionContext, m: Mention): string | null {
  const { tokens, covered } = ctx;
  const ok = (t: Token | undefined): t is Token =>
    !!t && t.pos === 'NOUN' && /^\p{Ll}[\p{Ll}-]+$/u.test(t.text) && singular(t.lower) === t.lower && !TITLE_WORDS.has(t.lower) && !PERSON_NOUNS.has(t.lower) && !KINSHIP_WORDS.has(t.lower) && covered[t.index] === -1;
  const before = tokens[m.start - 1];
  if (ok(before) && tokens[m.start - 2] && tokens[m.start - 2]!.sentence === m.sentence) return before.lower;
  const after = tokens[m.end];
  if (ok(after) && after.sentence === m.sentence && !(tokens[m.end + 1]?.pos === 'NOUN')) return after.lower;
  if (tokens[m.end]?.text === ',' && ['a', 'an', 'the'].includes(tokens[m.end + 1]?.lower ?? '')) {
    let q = m.end + 2;
    let last: Token | undefined;
    while (q < tokens.length && q - m.end < 8 && tokens[q]!.sentence === m.sentence && (['ADJ', 'NOUN', 'VERB', 'NUM'].includes(tokens[q]!.pos) || (tokens[q]!.text === '-' && !tokens[q]!.spaceBefore) || covered[q] !== -1)) {
      if (tokens[q]!.pos === 'NOUN' && covered[q] === -1) last = tokens[q];
      q++;
    }
    const stop = tokens[q];
    if (last && stop && APPOSITIVE_STOPS.includes(stop.lower) && ok(last)) return last.lower;
  }
  return null;
}

/** Sets the descriptor of every name that has one and collects the descriptor nouns in `ctx.descriptors`. */
export function describeNames(ctx: MentionContext): void {
  for (const m of ctx.mentions) {
    if (m.kind !== 'name' || m.modifier) continue;
    const d = descriptorOf(ctx, m);
    if (d) {
      m.descriptor = d;
      ctx.descriptors.add(d);
    }
  }
}
