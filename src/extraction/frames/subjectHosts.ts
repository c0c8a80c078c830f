/** Noun phrases that stand for a clause's subject: an aside's host, an organisation's people. */
import type { Mention } from '../mentions/Mention.js';
import { PERSON_NOUNS, TITLE_WORDS } from '../lexicon.js';
import { CLAUSE_STOP, GROUP_NOUNS, RELATIVE } from './frameWords.js';
import { isNameMention, isQuote } from './nounPhrases.js';
import type { RelationContext } from './RelationContext.js';

/** Prepositions that attach a group of people to an organisation ("scientists at X", "officials from X"). */
const AFFILIATION_PREPS = new Set(['at', 'from']);

/**
 * "A, the largest brewer in the north, has agreed …", "A, 24, scored …", "A, who is coached by B,
 * saved …": when the verb group follows a comma that closes an aside opened right after a
 * mention, that mention is the subject. Returns its index or -1.
 */
export function appositiveHost(ctx: RelationContext, close: number, first: number): number {
  const { tokens, argAt, modAt, mentions } = ctx;
  if (close < first || tokens[close]!.text !== ',') return -1;
  for (let p = close - 1; p > first && close - p <= 30; p--) {
    const t = tokens[p]!;
    if (CLAUSE_STOP.has(t.text) || t.text === '.' || isQuote(t)) return -1;
    if (t.text !== ',') continue;
    const opener = tokens[p + 1]!;
    const ok = ['DET', 'ADJ', 'NUM', 'NOUN'].includes(opener.pos) || RELATIVE.has(opener.lower) || opener.pos === 'VERB' || ['PRON'].includes(opener.pos) && ['its', 'their', 'his', 'her'].includes(opener.lower) || modAt[p + 1] === 1;
    if (!ok) return -1;
    const mi = argAt[p - 1]!;
    if (mi < 0) return -1;
    const m = mentions[mi]!;
    if (m.kind === 'pronoun' || m.end !== p) return -1;
    // The host must not itself be the object of a preposition or a list member.
    let b = m.start - 1;
    while (b >= first && (['DET', 'ADJ'].includes(tokens[b]!.pos) || modAt[b] === 1 || TITLE_WORDS.has(tokens[b]!.lower))) b--;
    if (b >= first && (tokens[b]!.pos === 'ADP' || tokens[b]!.text === ',' || ['and', 'or'].includes(tokens[b]!.lower))) return -1;
    return mi;
  }
  return -1;
}

/**
 * "Researchers at X", "marine biologists from the X": a clause-initial plural (or person) noun
 * phrase tied by at/from to an organisation stands for it. Returns the organisation's cluster or -1.
 */
export function affiliationHost(ctx: RelationContext, prep: number, first: number, m: Mention): number {
  const { tokens, argAt, modAt, entityOf, clusters } = ctx;
  if (!AFFILIATION_PREPS.has(tokens[prep]!.lower) || !isNameMention(ctx, m.index)) return -1;
  const noun = tokens[prep - 1];
  if (!noun || prep - 1 < first || !['NOUN', 'PROPN'].includes(noun.pos) || argAt[prep - 1] !== -1) return -1;
  const sg = noun.lower.replace(/s$/, '');
  const personal = PERSON_NOUNS.has(noun.lemma) || PERSON_NOUNS.has(sg) || GROUP_NOUNS.has(noun.lower) || (/s$/.test(noun.lower) && /(er|or|ist|ian|ant|ent)$/.test(sg));
  if (!personal) return -1;
  let b = prep - 2;
  while (b >= first && ['ADJ', 'DET', 'NOUN', 'NUM'].includes(tokens[b]!.pos) && argAt[b] === -1) b--;
  if (b >= first && tokens[b]!.text !== ',' && !(modAt[b] === 1)) return -1;
  const c = entityOf[m.index] ?? -1;
  if (c < 0 || !['ORGANIZATION', 'GPE'].includes(clusters[c]!.type)) return -1;
  return c;
}
