import { definitionForNoun } from '../predicates.js';
import { resolvePossessive } from './antecedents.js';
import { CONFIDENCE } from './frameConfidence.js';
import { pushFact, type RelationContext } from './RelationContext.js';

/** Event nouns with a possessive agent: "his invasion of Ukraine", "Kim's visit to Russia". */
export function nounEvents(ctx: RelationContext, first: number, last: number, sentence: number): void {
  const { tokens, argAt, mentions, entityOf, clusters } = ctx;
  for (let i = first; i <= last; i++) {
    const mi = argAt[i]!;
    if (mi < 0) continue;
    const m = mentions[mi]!;
    const possessive = (m.kind === 'pronoun' && ['his', 'her', 'its', 'their'].includes(m.pronoun ?? '')) || tokens[m.end]?.lower === "'s";
    if (!possessive) {
      i = m.end - 1;
      continue;
    }
    let k = m.end + (tokens[m.end]?.lower === "'s" ? 1 : 0);
    while (k <= last && tokens[k]!.pos === 'ADJ') k++;
    const noun = tokens[k];
    if (!noun || k > last || noun.pos !== 'NOUN') continue;
    const def = definitionForNoun(noun.lower);
    const prep = tokens[k + 1];
    if (!def || !prep || !['of', 'to', 'with', 'against', 'in', 'on'].includes(prep.lower)) continue;
    let o = k + 2;
    while (o <= last && ['DET', 'ADJ'].includes(tokens[o]!.pos)) o++;
    const oi = o <= last ? argAt[o]! : -1;
    if (oi < 0) continue;
    const subj = m.kind === 'pronoun' ? resolvePossessive(ctx, mi) : entityOf[mi]!;
    const obj = entityOf[oi] ?? -1;
    if (subj < 0 || obj < 0 || subj === obj) continue;
    if (clusters[obj]!.isThing) continue;
    pushFact(ctx, subj, obj, def.predicate, noun.lower, CONFIDENCE.nounEvent, sentence);
  }
}
