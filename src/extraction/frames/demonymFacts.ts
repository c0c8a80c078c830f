import type { Token } from '../../nlp/nlp.js';
import { ORG_CUE_NOUNS, ORG_HEADS, PERSON_NOUNS, TITLE_WORDS } from '../lexicon.js';
import { CONFIDENCE, clamp } from './frameConfidence.js';
import { isNameMention } from './nounPhrases.js';
import { pushFact, type RelationContext } from './RelationContext.js';

/** A hyphen glued between two lower-case words ("start-up", "car-maker"). */
function gluedHyphen(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  return t !== undefined && t.text === '-' && !t.spaceBefore && next !== undefined && !next.spaceBefore && /^\p{Ll}/u.test(next.text);
}

/** A lower-case descriptor word: a noun or adjective, or a part of a hyphenated one ("the Japanese start-up X"). */
function descriptorWord(tokens: readonly Token[], q: number): boolean {
  const t = tokens[q]!;
  if (gluedHyphen(tokens, q)) return true;
  if (!/^\p{Ll}/u.test(t.text)) return false;
  return t.pos === 'NOUN' || t.pos === 'ADJ' || gluedHyphen(tokens, q - 1) || gluedHyphen(tokens, q + 1);
}

/**
 * Demonyms describing a named entity: "the Danish developer Acme Wind", "Acme Wind, a Danish
 * energy developer", "the Peruvian runner Ana Quispe" → NATIONALITY (people) or LOCATED_IN with
 * verb "base" (organisations).
 */
export function demonymFacts(ctx: RelationContext, first: number, last: number, sentence: number): void {
  const { tokens, argAt, modAt, mentions, entityOf, clusters, demonymAt } = ctx;
  for (let i = first; i <= last; i++) {
    if (modAt[i] !== 1) continue;
    const dm = demonymAt.get(i);
    if (!dm) continue;
    i = dm.end - 1;
    const country = entityOf[dm.index] ?? -1;
    if (country < 0) continue;
    let target = -1;
    // Forward: lower-case descriptor words, then a name.
    let q = dm.end;
    while (q <= last && q - dm.end < 6 && argAt[q] === -1 && modAt[q] !== 1 && descriptorWord(tokens, q)) q++;
    if (q > dm.end && q <= last && isNameMention(ctx, argAt[q]!) && !mentions[argAt[q]!]!.role) target = entityOf[argAt[q]!] ?? -1;
    // Backward: "A, a Danish …" appositive.
    if (target < 0) {
      let b = dm.start - 1;
      if (b >= first && ['a', 'an', 'the'].includes(tokens[b]!.lower)) b--;
      if (b >= first && tokens[b]!.text === ',' && q <= last && tokens[q]!.pos === 'NOUN' || (b >= first && tokens[b]!.text === ',' && q > dm.end)) {
        const hi = argAt[b - 1] ?? -1;
        if (isNameMention(ctx, hi) && mentions[hi]!.end === b) target = entityOf[hi] ?? -1;
      }
    }
    if (target < 0 || target === country) continue;
    // The descriptor noun also types the named entity ("a Danish energy developer").
    const cue = q > dm.end ? tokens[q - 1]!.lower : '';
    const cl = clusters[target]!;
    if (cl.strength < 3 && (ORG_CUE_NOUNS.has(cue) || ORG_HEADS.has(cue))) cl.type = 'ORGANIZATION';
    else if (cl.strength < 3 && (PERSON_NOUNS.has(cue) || TITLE_WORDS.has(cue))) cl.type = 'PERSON';
    const type = cl.type;
    const conf = clamp(CONFIDENCE.appositive * 0.9);
    if (type === 'PERSON') pushFact(ctx, target, country, 'NATIONALITY', 'citizen', conf, sentence);
    else if (type === 'ORGANIZATION') pushFact(ctx, target, country, 'LOCATED_IN', 'base', conf, sentence);
  }
}
