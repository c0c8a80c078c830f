import { FACILITY_HEADS } from '../lexicon.js';
import { recentOrganisation } from './antecedents.js';
import { CONFIDENCE } from './frameConfidence.js';
import { headLemma, isNameMention } from './nounPhrases.js';
import { clusterOf, pushFact, type RelationContext } from './RelationContext.js';

/** Sites an organisation keeps somewhere ("its brewery in Leeds"), beyond the facility heads. */
const SITE_NOUNS = new Set(['brewery', 'distillery', 'warehouse', 'depot', 'mill', 'smelter', 'foundry', 'office', 'laboratory', 'lab', 'branch', 'store', 'hub', 'operation', 'subsidiary', 'unit']);

/** The organisation a possessive at token `i` points to ("its", "Acme's"), or -1. */
function siteOwner(ctx: RelationContext, i: number, first: number): number {
  const { tokens, argAt, mentions, clusters } = ctx;
  const t = tokens[i]!;
  let owner = -1;
  if (['its', 'their'].includes(t.lower)) {
    // The nearest organisation named before it in the sentence, else the one in view.
    for (let b = i - 1; b >= first && owner < 0; b--) {
      const mi = argAt[b]!;
      if (mi < 0 || mentions[mi]!.kind === 'pronoun') continue;
      const c = clusterOf(ctx, mi);
      if (c >= 0 && clusters[c]!.type === 'ORGANIZATION' && !clusters[c]!.isThing) owner = c;
      b = mentions[mi]!.start;
    }
    if (owner < 0) owner = recentOrganisation(ctx, i, null);
  } else if (t.lower === "'s" && i > first && isNameMention(ctx, argAt[i - 1]!)) {
    const c = clusterOf(ctx, argAt[i - 1]!);
    if (c >= 0 && clusters[c]!.type === 'ORGANIZATION' && !clusters[c]!.isThing) owner = c;
  }
  return owner;
}

/**
 * Sites held by an owner: "its plant in Ludwigshafen", "Acme's brewery in Leeds" → the owner
 * LOCATED_IN the place, with the site noun as the verb ("plant").
 */
export function possessiveSites(ctx: RelationContext, first: number, last: number, sentence: number): void {
  const { tokens, argAt, clusters } = ctx;
  for (let i = first; i < last; i++) {
    const owner = siteOwner(ctx, i, first);
    if (owner < 0) continue;
    let q = i + 1;
    while (q <= last && argAt[q] === -1 && tokens[q]!.pos === 'ADJ') q++;
    const site = tokens[q];
    if (!site || q > last || site.pos !== 'NOUN' || argAt[q] !== -1 || !(FACILITY_HEADS.has(headLemma(site)) || SITE_NOUNS.has(headLemma(site))) || tokens[q + 1]?.lower !== 'in') continue;
    const oi = q + 2 <= last ? argAt[q + 2]! : -1;
    const oc = isNameMention(ctx, oi) ? clusterOf(ctx, oi) : -1;
    if (oc < 0 || oc === owner || !['GPE', 'LOCATION'].includes(clusters[oc]!.type) || clusters[oc]!.isThing) continue;
    pushFact(ctx, owner, oc, 'LOCATED_IN', headLemma(site), CONFIDENCE.location, sentence);
  }
}
