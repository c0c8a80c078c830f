/** Facts of noun phrases around names: appositives, kinship, possessive places, "X in Y" locations. */
import type { Mention } from '../mentions/Mention.js';
import { appositiveOwnerFacts, appositivePlaceFacts, appositiveRoleFacts, possessiveTitleFacts } from './appositions.js';
import { CONFIDENCE } from './frameConfidence.js';
import { originFacts, placeFacts } from './nominalPlaces.js';
import { pushLinked, type NominalSite } from './nominalSite.js';
import type { RelationContext } from './RelationContext.js';

export function nominalFacts(ctx: RelationContext, first: number, last: number, sentence: number): void {
  const { argAt, mentions, entityOf } = ctx;
  const site: NominalSite = { ctx, last, sentence };
  const argsInSentence: Mention[] = [];
  for (let i = first; i <= last; i++) {
    const mi = argAt[i]!;
    if (mi >= 0) {
      argsInSentence.push(mentions[mi]!);
      i = mentions[mi]!.end - 1;
    }
  }
  for (const m of argsInSentence) {
    if (m.kind === 'pronoun') continue;
    describedHolder(site, m);
    const c = entityOf[m.index]!;
    if (c < 0) continue;
    originFacts(site, m, c);
    placeFacts(site, m, c);
    possessiveTitleFacts(site, m, c);
    // Appositives after a comma.
    if (ctx.tokens[m.end]?.text !== ',') continue;
    appositiveRoleFacts(site, m, c);
    appositivePlaceFacts(site, m, c);
    appositiveOwnerFacts(site, m, c);
  }
}

/** "B's Governor, A" — a title followed by a person: A holds it at B, and the title's mention now stands for A. */
function describedHolder(site: NominalSite, m: Mention): void {
  const { tokens, argAt, mentions, entityOf, clusters } = site.ctx;
  if (m.kind !== 'description' || !m.role || tokens[m.end]?.text !== ',') return;
  const ni = argAt[m.end + 1] ?? -1;
  const nm = ni >= 0 ? mentions[ni]! : undefined;
  if (!nm || nm.kind !== 'name') return;
  const pc = entityOf[nm.index]!;
  if (pc < 0 || clusters[pc]!.type !== 'PERSON') return;
  const ofC = m.role.of !== null ? entityOf[m.role.of]! : -1;
  if (ofC >= 0) pushLinked(site, pc, ofC, m.role.leader ? 'LEADER_OF' : 'HOLDS_ROLE', m.role.title.toLowerCase(), CONFIDENCE.appositive);
  entityOf[m.index] = pc;
}
