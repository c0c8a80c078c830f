/** Which tokens of a span head verb frames (with repairs of the tagger's verb/noun confusions). */
import type { Sentence, Token } from '../../nlp/nlp.js';
import { definitionForVerb } from '../predicates.js';
import { clusterOf, typeOf, type RelationContext } from './RelationContext.js';

/** The base form of an -ing word when the ontology knows the verb ("beating" → "beat", "making" → "make"). */
function verbBaseOfIng(word: string): string | null {
  const stem = word.slice(0, -3);
  const candidates = [stem, `${stem}e`];
  if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) candidates.push(stem.slice(0, -1));
  return candidates.find((c) => definitionForVerb(c) !== undefined) ?? null;
}

export function isParticiple(t: Token): boolean {
  return /(ed|en|wn|ne|t)$/.test(t.lower) && t.lower !== t.lemma;
}

/**
 * A noun the tagger misread as a verb form: "Haile trains in …", "Acme builds …" after a name, or
 * "…, beating the holder". Re-tags the token and returns true when it is one; null when `i`
 * is no such noun at all (the ordinary verb tests apply).
 */
function nounReadAsVerb(ctx: RelationContext, i: number, first: number, last: number): boolean | null {
  const { tokens, argAt, mentions } = ctx;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (t.pos === 'NOUN' && /s$/.test(t.lower) && i > first && prev && argAt[i - 1]! >= 0 && mentions[argAt[i - 1]!]!.end === i && mentions[argAt[i - 1]!]!.kind !== 'thing') {
    const lemma = t.lemma.replace(/s$/, '');
    const host = mentions[argAt[i - 1]!]!;
    // "Haile trains in Addis Ababa": after a person's name, before a preposition, any verb.
    const personVerb = host.kind === 'name' && clusterOf(ctx, host.index) >= 0 && typeOf(ctx, clusterOf(ctx, host.index)) === 'PERSON' && next?.pos === 'ADP' && i + 1 <= last;
    if (personVerb || (definitionForVerb(lemma) && next && i + 1 <= last && ['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PUNCT'].includes(next.pos) && next.text !== '.' && next.text !== ',')) {
      t.lemma = lemma;
      return true;
    }
    return false;
  }
  // "…, beating the holder": an -ing form the tagger read as a noun opens a participle clause.
  if (t.pos === 'NOUN' && /ing$/.test(t.lower) && prev?.text === ',' && next && ['DET', 'PROPN', 'PRON'].includes(next.pos)) {
    const base = verbBaseOfIng(t.lower);
    if (base) {
      t.lemma = base;
      t.pos = 'VERB';
      return true;
    }
    return false;
  }
  return null;
}

function isMainVerb(ctx: RelationContext, i: number, first: number, last: number): boolean {
  const { tokens, argAt, modAt, mentions, entityOf } = ctx;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (argAt[i]! >= 0 || modAt[i]) return false;
  const repaired = nounReadAsVerb(ctx, i, first, last);
  if (repaired !== null) return repaired;
  if (t.pos !== 'VERB') return false;
  if (t.lower === 'according' || (t.lower === 'based' && next?.lower === 'on')) return false;
  // Participles used as adjectives: "the suspected missile", "recently built facilities".
  if (next && i + 1 <= last && ['NOUN', 'ADJ'].includes(next.pos) && prev && ['DET', 'ADJ', 'ADV'].includes(prev.pos) && !(prev.pos === 'ADV' && tokens[i - 2]?.pos !== 'DET')) return false;
  // "the missile launch on X": a noun after a determiner + noun.
  if (prev && prev.pos === 'NOUN' && tokens[i - 2]?.pos === 'DET' && !(argAt[i - 1]! >= 0 && ['reference', 'thing'].includes(mentions[argAt[i - 1]!]!.kind) && entityOf[argAt[i - 1]!]! >= 0 && t.lower !== t.lemma)) return false;
  if (/ing$/.test(t.lower) && prev && prev.pos === 'NOUN' && argAt[i - 1] === -1) return false;
  if (prev && prev.text === '-') return false;
  return true;
}

/** The verbs of a span that head frames, in order. */
export function mainVerbs(ctx: RelationContext, s: Sentence): number[] {
  const verbs: number[] = [];
  for (let i = s.first; i <= s.last; i++) if (isMainVerb(ctx, i, s.first, s.last)) verbs.push(i);
  return verbs;
}
