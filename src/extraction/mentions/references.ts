/**
 * Definite references back to something of the article: "the cosmodrome", "the site", "the
 * country", "the company", "the probe" (a descriptor of a name), and "his country".
 */
import type { EntityType } from '../../model/types.js';
import type { Sentence } from '../../nlp/nlp.js';
import { GENERIC_FACILITY_NOUNS, PERSON_NOUNS, TITLE_WORDS, WORK_NOUNS } from '../lexicon.js';
import { headType } from './headType.js';
import { addMention, type MentionContext } from './MentionContext.js';
import { singular } from './singular.js';
import { isPhraseHead } from './things.js';
import { isCap, joinTokens } from './tokenText.js';

/** Nouns that, after "the", refer back to an organisation of the article ("the company said"). */
export const REFERENCE_ORG_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'group', 'club', 'carrier', 'airline', 'lender', 'bank', 'insurer', 'retailer', 'broadcaster', 'manufacturer', 'maker', 'operator', 'startup', 'start-up', 'developer', 'utility', 'union', 'party', 'agency', 'ministry', 'regulator', 'museum', 'university', 'institute', 'consortium', 'charity', 'brewer', 'chipmaker', 'drugmaker', 'carmaker', 'automaker', 'conglomerate', 'supplier', 'publisher', 'newspaper']);
const COUNTRY_NOUNS: readonly string[] = ['country', 'nation'];

/** Lower-cased last words of the text's organisation names ("court" for "Constitutional Court"), as found at first use. */
function orgNameHeads(ctx: MentionContext): Set<string> {
  if (ctx.memo.orgNameHeads) return ctx.memo.orgNameHeads;
  const heads = new Set<string>();
  for (const m of ctx.mentions) if (m.kind === 'name' && m.type === 'ORGANIZATION' && m.end - m.start >= 2) heads.add(ctx.lowers[m.end - 1]!);
  ctx.memo.orgNameHeads = heads;
  return heads;
}

/** Adds the reference common noun `i` makes, if any. */
export function definiteReference(ctx: MentionContext, i: number, s: Sentence): void {
  const { tokens, covered } = ctx;
  const t = tokens[i]!;
  const prevT = tokens[i - 1];
  const nextT = tokens[i + 1];
  const isHead = isPhraseHead(ctx, i, s);
  // "his country", "their country": the country of the person or group in view.
  if (prevT && ['his', 'her', 'its', 'their'].includes(prevT.lower) && isHead && COUNTRY_NOUNS.includes(t.lower)) {
    addMention(ctx, { start: i, end: i + 1, sentence: s.index, text: t.text, name: t.lower, type: 'GPE', strength: 1, kind: 'reference', modifier: false, head: t.lower });
    return;
  }
  // ("the distributor Filmwelt": a noun right before a name only describes it.)
  const nameNext = nextT !== undefined && i + 1 <= s.last && isCap(nextT) && covered[i + 1] !== -1;
  if (!(prevT && prevT.lower === 'the' && isHead && !nameNext)) return;
  const ht = headType(t.lemma) ?? headType(t.lower);
  const generic = GENERIC_FACILITY_NOUNS.has(t.lower) || COUNTRY_NOUNS.includes(t.lower);
  const singularNoun = singular(t.lower) === t.lower && t.pos === 'NOUN';
  const text = joinTokens(tokens, i - 1, i + 1);
  if ((ht && ht.type !== 'ORGANIZATION') || generic) {
    const type: EntityType = COUNTRY_NOUNS.includes(t.lower) ? 'GPE' : ht?.type ?? 'FACILITY';
    addMention(ctx, { start: i - 1, end: i + 1, sentence: s.index, text, name: t.lower, type, strength: 1, kind: 'reference', modifier: false, head: singular(t.lower) });
  } else if (singularNoun && WORK_NOUNS.has(t.lower) && !ht) {
    // "the album", "the film": a work of the article (coreference finds which).
    addMention(ctx, { start: i - 1, end: i + 1, sentence: s.index, text, name: t.lower, type: 'OTHER', strength: 1, kind: 'reference', modifier: false, head: t.lower });
  } else if (nextT?.lower === 'of' && nextT.sentence === t.sentence && tokens[i + 2]?.pos === 'NOUN') {
    // ("the union of hospital doctors": the of-phrase names a body, it does not point back to one;
    // "accused the union of holding …" does.)
    return;
  } else if (singularNoun && (REFERENCE_ORG_NOUNS.has(t.lower) || ctx.descriptors.has(t.lower) || (ht && orgNameHeads(ctx).has(t.lower))) && !TITLE_WORDS.has(t.lower) && !PERSON_NOUNS.has(t.lower)) {
    // ("the court" after "the Constitutional Court": an organisation head that ends a name of the text.)
    const type: EntityType = REFERENCE_ORG_NOUNS.has(t.lower) || ht ? 'ORGANIZATION' : 'OTHER';
    addMention(ctx, { start: i - 1, end: i + 1, sentence: s.index, text, name: t.lower, type, strength: 1, kind: 'reference', modifier: false, head: t.lower });
  }
}
