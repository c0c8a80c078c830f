/**
 * Facts a name's own phrase gives: nationality ("Kenya's Joseph Kiprono", "Ana Lima of Brazil"),
 * seats ("a Toulouse-based company", "X, based in Y"), an organisation's named product, and
 * places ("Russia's Vostochny Cosmodrome", "the Labour Court in Frankfurt").
 */
import type { Mention } from '../mentions/Mention.js';
import { ORG_HEADS, TITLE_WORDS } from '../lexicon.js';
import { recentOrganisation } from './antecedents.js';
import { CONFIDENCE } from './frameConfidence.js';
import { BASE_WORDS } from './frameWords.js';
import { isCountry, placeLike, pushLinked, type NominalSite } from './nominalSite.js';
import { isNameMention } from './nounPhrases.js';

/** Nationality and seat facts of the mention `m` (cluster `c`). */
export function originFacts(site: NominalSite, m: Mention, c: number): void {
  const { ctx } = site;
  const { tokens, argAt, mentions, entityOf, clusters } = ctx;
  // Nationality: "Kenya's Joseph Kiprono", "the Ethiopian Dawit Alemu".
  if (clusters[c]!.type === 'PERSON' && m.kind === 'name' && !m.role) {
    const src = m.nationality ?? m.possessor;
    const nc = src !== undefined ? entityOf[src]! : -1;
    if (nc >= 0 && isCountry(ctx, nc)) pushLinked(site, c, nc, 'NATIONALITY', 'citizen', CONFIDENCE.appositive);
  }
  // "A of <country>" after a person's name: "the holder Ana Lima of Brazil".
  if (clusters[c]!.type === 'PERSON' && m.kind === 'name' && tokens[m.end]?.lower === 'of') {
    const oi = argAt[m.end + 1] ?? -1;
    const oc = oi >= 0 ? entityOf[oi]! : -1;
    const after = tokens[oi >= 0 ? mentions[oi]!.end : 0];
    if (oc >= 0 && isCountry(ctx, oc) && (!after || after.pos !== 'NOUN')) pushLinked(site, c, oc, 'NATIONALITY', 'citizen', CONFIDENCE.appositive);
  }
  // "a Toulouse-based company", "X, a Paris-based start-up", "the Bogota-headquartered carrier".
  if (tokens[m.end]?.text === '-' && BASE_WORDS.has(tokens[m.end + 1]?.lower ?? '') && !clusters[c]!.isThing) {
    const target = basedTarget(site, m);
    if (target >= 0 && target !== c) {
      if (clusters[c]!.strength < 3 && !placeLike(ctx, c)) clusters[c]!.type = 'GPE';
      pushLinked(site, target, c, 'LOCATED_IN', 'base', CONFIDENCE.location);
    }
  }
  // "X, based in Y", "X, headquartered in Y".
  if (tokens[m.end]?.text === ',' && BASE_WORDS.has(tokens[m.end + 1]?.lower ?? '') && tokens[m.end + 2]?.lower === 'in') {
    const oi = argAt[m.end + 3] ?? -1;
    const oc = oi >= 0 && isNameMention(ctx, oi) ? entityOf[oi]! : -1;
    if (oc >= 0 && oc !== c && !clusters[c]!.isThing) pushLinked(site, c, oc, 'LOCATED_IN', 'base', CONFIDENCE.location);
  }
}

/** An organisation's named product, possessive places and "X in Y" of the mention `m` (cluster `c`). */
export function placeFacts(site: NominalSite, m: Mention, c: number): void {
  const { ctx, last } = site;
  const { tokens, argAt, mentions, entityOf, clusters } = ctx;
  // An organisation's named product or craft: "the European Space Agency's Selene-2 probe".
  if (m.possessor !== undefined && m.kind === 'name' && m.descriptor && tokens[m.end]?.lower === m.descriptor && !placeLike(ctx, c) && clusters[c]!.type !== 'PERSON') {
    const oc = entityOf[m.possessor]!;
    if (oc >= 0 && clusters[oc]!.type === 'ORGANIZATION' && !clusters[oc]!.isThing && !TITLE_WORDS.has(m.descriptor) && !ORG_HEADS.has(m.descriptor)) pushLinked(site, oc, c, 'OWN', m.descriptor, CONFIDENCE.location);
  }
  // Possessive place: "Russia's Vostochny Cosmodrome".
  if (m.possessor !== undefined) {
    const pc = entityOf[m.possessor]!;
    if (pc >= 0 && isCountry(ctx, pc) && placeLike(ctx, c) && !isCountry(ctx, c) && clusters[c]!.type !== 'LOCATION') pushLinked(site, c, pc, 'LOCATED_IN', 'locate', CONFIDENCE.location);
  }
  // "X in (the) Y"; also "the <Organisation> in <Place>" ("the Labour Court in Frankfurt").
  let k = m.end;
  const theOrg = m.kind === 'name' && clusters[c]!.type === 'ORGANIZATION' && !clusters[c]!.isThing && tokens[m.start - 1]?.lower === 'the';
  const event = clusters[c]!.type === 'EVENT' && !clusters[c]!.isThing && m.kind === 'name';
  if (tokens[k]?.lower === 'in' && (placeLike(ctx, c) || theOrg || event) && !isCountry(ctx, c) && m.kind !== 'reference') {
    k++;
    while (k <= last && ['DET', 'ADJ', 'ADV'].includes(tokens[k]!.pos)) k++;
    const oi = k <= last ? argAt[k]! : -1;
    if (oi >= 0 && mentions[oi]!.kind !== 'pronoun') {
      const oc = entityOf[oi]!;
      if (oc >= 0 && placeLike(ctx, oc) && clusters[oc]!.type !== 'FACILITY') pushLinked(site, c, oc, 'LOCATED_IN', 'locate', CONFIDENCE.location);
    }
  }
}

/**
 * The organisation a "Y-based" modifier describes: a name after the descriptor words ("a
 * Toulouse-based company Acme"), the host of an appositive ("Acme, a Toulouse-based company"),
 * or for a definite description ("the Bogota-based carrier") the organisation in view.
 */
function basedTarget(site: NominalSite, m: Mention): number {
  const { ctx, last } = site;
  const { tokens, argAt, mentions, entityOf } = ctx;
  let q = m.end + 2;
  while (q <= last && q - m.end < 6 && argAt[q] === -1 && /^\p{Ll}/u.test(tokens[q]!.text) && ['ADJ', 'NOUN', 'VERB', 'PUNCT'].includes(tokens[q]!.pos) && tokens[q]!.text !== ',') q++;
  if (q <= last && isNameMention(ctx, argAt[q]!)) return entityOf[argAt[q]!] ?? -1;
  let b = m.start - 1;
  if (b >= 0 && ['a', 'an', 'the'].includes(tokens[b]!.lower)) b--;
  if (b >= 0 && tokens[b]!.text === ',') {
    const hi = argAt[b - 1] ?? -1;
    if (isNameMention(ctx, hi) && mentions[hi]!.end === b) return entityOf[hi] ?? -1;
  }
  if (tokens[m.start - 1]?.lower === 'the') return recentOrganisation(ctx, m.start, null);
  return -1;
}
