import { isInstitutionName } from '../lexicon.js';
import { CONFIDENCE } from './frameConfidence.js';
import { isNameMention } from './nounPhrases.js';
import { pushFact, type RelationContext } from './RelationContext.js';

/**
 * "Carolina Reis of the Green Party" → MEMBER_OF (staff of institutions are the tree rules'
 * WORKS_FOR); "Lena Moro of Italy" → NATIONALITY. Only for a
 * person's name without a title of its own (titled names get role facts instead).
 */
export function personOfFacts(ctx: RelationContext, first: number, last: number, sentence: number): void {
  const { tokens, argAt, mentions, entityOf, clusters } = ctx;
  for (let i = first; i <= last; i++) {
    const mi = argAt[i]!;
    if (mi < 0) continue;
    const m = mentions[mi]!;
    i = m.end - 1;
    if (m.kind !== 'name' || m.role || m.start < first) continue;
    const c = entityOf[mi] ?? -1;
    if (c < 0 || clusters[c]!.type !== 'PERSON' || clusters[c]!.isThing) continue;
    let q = m.end;
    if (tokens[q]?.lower !== 'of' || q + 1 > last) continue;
    q++;
    if (tokens[q]!.lower === 'the') q++;
    const oi = q <= last ? argAt[q]! : -1;
    if (oi < 0 || mentions[oi]!.start !== q || !isNameMention(ctx, oi)) continue;
    const oc = entityOf[oi] ?? -1;
    if (oc < 0 || oc === c) continue;
    const target = clusters[oc]!;
    if (target.country !== undefined && target.country === target.name) {
      pushFact(ctx, c, oc, 'NATIONALITY', 'of', CONFIDENCE.appositive, sentence);
    } else if (target.type === 'ORGANIZATION' && target.strength >= 2 && !target.isThing) {
      // ("Dr X of the University of Y" works there: the tree rules say so.)
      if (!isInstitutionName(target.name)) pushFact(ctx, c, oc, 'MEMBER_OF', 'member', CONFIDENCE.appositive, sentence);
    }
  }
}
