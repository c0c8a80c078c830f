/** Role facts from clauses: "X is the chief executive of Y", "the chief executive of Y, X,". */
import { CONFIDENCE } from './frameConfidence.js';
import { impliedOwner, ownerAfter, pushRole, titleAt } from './rolePhrases.js';
import type { RelationContext } from './RelationContext.js';
import { appositiveHost } from './subjectHosts.js';

const ROLE_VERBS = ['elect', 'appoint', 'name', 'become', 'reelect', 're-elect', 'install', 'promote'];

/**
 * Predicative roles: "X is the chief executive (of Y)", "X was elected mayor of Y", "X became
 * chair of Y", "X was appointed director": the owner follows "of"/"at", or is implied by context.
 */
export function predicativeRoles(ctx: RelationContext, first: number, last: number, sentence: number): void {
  const { tokens, argAt, mentions, entityOf, clusters } = ctx;
  for (let i = first + 1; i < last; i++) {
    const t = tokens[i]!;
    const copula = t.lemma === 'be' && t.pos === 'AUX';
    const elect = t.pos === 'VERB' && ROLE_VERBS.includes(t.lemma);
    if (!copula && !elect) continue;
    let b = i - 1;
    while (b >= first && (tokens[b]!.pos === 'AUX' || tokens[b]!.pos === 'ADV' || tokens[b]!.pos === 'PART')) b--;
    // "X, a former teacher, was elected mayor of Y": the appositive's host is the subject.
    const host = b >= first && tokens[b]!.text === ',' ? appositiveHost(ctx, b, first) : -1;
    const mi = host >= 0 ? host : b >= first ? argAt[b]! : -1;
    if (mi < 0 || (host < 0 && mentions[mi]!.end !== b + 1)) continue;
    const person = mi >= 0 ? (mentions[mi]!.kind === 'pronoun' ? -1 : entityOf[mi] ?? -1) : -1;
    if (person < 0) continue;
    let q = i + 1;
    if (tokens[q]?.lower === 'as') q++;
    if (['the', 'a', 'an', 'its', 'their'].includes(tokens[q]?.lower ?? '')) q++;
    if (copula && !['the', 'its', 'their'].includes(tokens[q - 1]!.lower)) continue;
    const ti = titleAt(ctx, q, last);
    if (!ti) continue;
    let owner = -1;
    const after = tokens[ti.end];
    if (after && ti.end <= last && ['of', 'at', 'for'].includes(after.lower)) {
      const oi = ownerAfter(ctx, ti.end + 1, last);
      owner = oi >= 0 ? entityOf[oi] ?? -1 : -1;
    } else if (!after || ti.end > last || ['.', ',', ';', 'on', 'in', 'last', 'this', 'since', 'until', 'and'].includes(after.lower)) {
      owner = impliedOwner(ctx, ti.head, i);
    }
    if (owner >= 0 && clusters[owner]!.isThing) continue;
    pushRole(ctx, person, owner, ti.title, CONFIDENCE.appositive, sentence);
  }
}

/** "the chief executive of the state energy company Y, X," → X holds the title at Y. */
export function titleOfOwnerRoles(ctx: RelationContext, first: number, last: number, sentence: number): void {
  const { tokens, argAt, mentions, entityOf } = ctx;
  for (let i = first; i < last; i++) {
    if (!['the', 'a', 'an'].includes(tokens[i]!.lower)) continue;
    const ti = titleAt(ctx, i + 1, last);
    if (!ti || tokens[ti.end]?.lower !== 'of') continue;
    const oi = ownerAfter(ctx, ti.end + 1, last);
    if (oi < 0) continue;
    const om = mentions[oi]!;
    if (tokens[om.end]?.text !== ',') continue;
    const pi = argAt[om.end + 1] ?? -1;
    if (pi < 0 || mentions[pi]!.kind !== 'name') continue;
    const pm = mentions[pi]!;
    if (![',', '.', ';'].includes(tokens[pm.end]?.text ?? '.')) continue;
    pushRole(ctx, entityOf[pi] ?? -1, entityOf[oi] ?? -1, ti.title, CONFIDENCE.appositive, sentence);
    i = pm.end;
  }
}
