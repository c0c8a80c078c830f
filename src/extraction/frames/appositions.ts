/**
 * Appositions after a name: "B's founder, A", "A, the chief executive of B", "A, a subsidiary of
 * B and C", "A, a port city in B", "A, B's grandfather", "Vladivostok, Russia".
 */
import type { Token } from '../../nlp/nlp.js';
import type { Mention } from '../mentions/Mention.js';
import { KINSHIP_WORDS, LEADER_TITLES, ORG_HEADS, PERSON_NOUNS, TITLE_WORDS, VAGUE_MODIFIERS } from '../lexicon.js';
import { coordinated } from './coordinated.js';
import { pastOffice } from '../mentions/titles.js';
import { CONFIDENCE } from './frameConfidence.js';
import { isCountry, placeLike, pushLinked, type NominalSite } from './nominalSite.js';
import { isNameMention } from './nounPhrases.js';
import { ownerAfter } from './rolePhrases.js';

/** Appositive heads that make an organisation part of another ("a joint venture of B and C"). */
const ORG_PART_HEADS = new Set(['subsidiary', 'unit', 'division', 'affiliate', 'arm', 'venture', 'offshoot', 'branch', 'member', 'part']);
const NO_VERBS: ReadonlySet<number> = new Set();

/** "B's founder, A" / "B's chief executive A": the name after a possessive title holds it at B. */
export function possessiveTitleFacts(site: NominalSite, m: Mention, c: number): void {
  const { ctx, last } = site;
  const { tokens, argAt, mentions, entityOf, clusters } = ctx;
  if (tokens[m.end]?.lower !== "'s" || clusters[c]!.isThing) return;
  let q = m.end + 1;
  const words: Token[] = [];
  while (q <= last && argAt[q] === -1 && /^\p{Ll}/u.test(tokens[q]!.text) && ['ADJ', 'NOUN', 'PROPN'].includes(tokens[q]!.pos)) words.push(tokens[q++]!);
  const head = words[words.length - 1];
  if (!head || !TITLE_WORDS.has(head.lower)) return;
  if (tokens[q]?.text === ',') q++;
  const pi = q <= last ? argAt[q]! : -1;
  const pm = pi >= 0 ? mentions[pi]! : undefined;
  const pc = pm && pm.kind === 'name' ? entityOf[pm.index]! : -1;
  if (pc >= 0 && pc !== c) {
    clusters[pc]!.type = 'PERSON';
    const title = words.map((w) => w.lower).join(' ');
    pushLinked(site, pc, c, (LEADER_TITLES.has(head.lower) || title === 'chief executive') && !pastOffice(title) ? 'LEADER_OF' : 'HOLDS_ROLE', title, CONFIDENCE.appositive);
  }
}

/** "A, the chief executive of B", "A, the founder and former chief executive of B", "A, a subsidiary of B". */
export function appositiveRoleFacts(site: NominalSite, m: Mention, c: number): void {
  const { ctx, last } = site;
  const { tokens, argAt, mentions, entityOf, clusters } = ctx;
  let q = m.end + 1;
  if (q <= last && ['the', 'a', 'an', 'its', 'their'].includes(tokens[q]!.lower)) q++;
  const words: Token[] = [];
  for (;;) {
    while (q <= last && argAt[q] === -1 && /^[\p{Ll}-]/u.test(tokens[q]!.text) && ['ADJ', 'NOUN', 'PROPN', 'VERB'].includes(tokens[q]!.pos)) words.push(tokens[q++]!);
    // Coordinated titles: "the founder and former chief executive of B".
    const lw = words[words.length - 1];
    if (!(lw && TITLE_WORDS.has(lw.lower) && tokens[q]?.lower === 'and' && q + 1 <= last && argAt[q + 1] === -1 && /^\p{Ll}/u.test(tokens[q + 1]!.text))) break;
    words.push(tokens[q++]!);
  }
  const head = words[words.length - 1];
  // "A, a joint venture of B and C", "A, a subsidiary of B": A is part of its owners.
  if (head && ORG_PART_HEADS.has(head.lower) && tokens[q]?.lower === 'of' && clusters[c]!.type !== 'PERSON' && !clusters[c]!.isThing) {
    const bi = ownerAfter(ctx, q + 1, last);
    const bc = bi >= 0 && isNameMention(ctx, bi) ? entityOf[bi] ?? -1 : -1;
    if (bc >= 0) {
      const owners = [bc, ...coordinated(ctx, mentions[bi]!.end, last, NO_VERBS, null).clusters];
      const phrase = words.filter((w) => !VAGUE_MODIFIERS.has(w.lower)).map((w) => w.lower).join(' ');
      for (const o of owners) {
        if (o === c || clusters[o]!.isThing) continue;
        // Owners of a venture or subsidiary are organisations ("General Electric" is no person).
        if (clusters[o]!.type === 'PERSON' && clusters[o]!.strength < 3 && head.lower !== 'member') clusters[o]!.type = 'ORGANIZATION';
        pushLinked(site, c, o, 'MEMBER_OF', phrase, CONFIDENCE.appositive);
      }
    }
  }
  if (head && (TITLE_WORDS.has(head.lower) || KINSHIP_WORDS.has(head.lower)) && ['of', 'at', 'for', 'to'].includes(tokens[q]?.lower ?? '')) {
    q++;
    const bi = ownerAfter(ctx, q, last);
    const bc = bi >= 0 && mentions[bi]!.kind !== 'pronoun' ? entityOf[bi]! : -1;
    if (bc >= 0 && bc !== c && !clusters[c]!.isThing) {
      const title = words.map((w) => w.lower).join(' ');
      if (KINSHIP_WORDS.has(head.lower)) pushLinked(site, c, bc, 'RELATIVE_OF', head.lower, CONFIDENCE.appositive);
      else {
        clusters[c]!.type = 'PERSON';
        const leads = !pastOffice(title) && (words.some((w) => LEADER_TITLES.has(w.lower)) || (title.includes('chief executive') && !/\b(deputy|vice|assistant|associate)\b/.test(title)));
        pushLinked(site, c, bc, leads ? 'LEADER_OF' : 'HOLDS_ROLE', title, CONFIDENCE.appositive);
      }
    }
  }
}

/**
 * "A, the largest independent brewer in northern England", "A, a port city in B": the
 * appositive places its host.
 */
export function appositivePlaceFacts(site: NominalSite, m: Mention, c: number): void {
  const { ctx, last } = site;
  const { tokens, argAt, modAt, mentions, entityOf, clusters } = ctx;
  if (!['the', 'a', 'an'].includes(tokens[m.end + 1]?.lower ?? '') || clusters[c]!.type === 'PERSON' || isCountry(ctx, c) || clusters[c]!.isThing) return;
  let q = m.end + 2;
  let head: Token | undefined;
  while (q <= last && q - m.end <= 8 && argAt[q] === -1 && modAt[q] !== 1 && /^[\p{Ll}\d-]/u.test(tokens[q]!.text) && ['ADJ', 'NOUN', 'NUM', 'VERB', 'PUNCT'].includes(tokens[q]!.pos) && (tokens[q]!.pos !== 'PUNCT' || (tokens[q]!.text === '-' && !tokens[q]!.spaceBefore))) {
    if (tokens[q]!.pos === 'NOUN') head = tokens[q];
    q++;
  }
  if (head && !TITLE_WORDS.has(head.lower) && !KINSHIP_WORDS.has(head.lower) && !PERSON_NOUNS.has(head.lower) && tokens[q]?.lower === 'in') {
    q++;
    while (q <= last && ['DET', 'ADJ'].includes(tokens[q]!.pos) && /^\p{Ll}/u.test(tokens[q]!.text)) q++;
    const oi = q <= last ? argAt[q]! : -1;
    const oc = isNameMention(ctx, oi) ? entityOf[oi] ?? -1 : -1;
    const endTok = oi >= 0 ? tokens[mentions[oi]!.end] : undefined;
    if (oc >= 0 && placeLike(ctx, oc) && clusters[oc]!.type !== 'FACILITY' && (!endTok || [',', '.', ';'].includes(endTok.text))) pushLinked(site, c, oc, 'LOCATED_IN', 'locate', CONFIDENCE.location);
  }
}

/** "A, B's grandfather" / "A, B's ruling party" / "A, the country's leader" / "Vladivostok, Russia's Far East" / "Vladivostok, Russia". */
export function appositiveOwnerFacts(site: NominalSite, m: Mention, c: number): void {
  const { ctx, last } = site;
  const { tokens, argAt, mentions, entityOf, clusters } = ctx;
  let j = m.end + 1;
  while (j <= last && ['the', 'a', 'an'].includes(tokens[j]!.lower)) j++;
  const ni = j <= last ? argAt[j]! : -1;
  const nm = ni >= 0 ? mentions[ni]! : undefined;
  if (nm && tokens[nm.end]?.lower === "'s") {
    let q = nm.end + 1;
    const words: Token[] = [];
    while (q <= last && ['ADJ', 'NOUN', 'PROPN'].includes(tokens[q]!.pos) && argAt[q] === -1 && /^\p{Ll}/u.test(tokens[q]!.text)) words.push(tokens[q++]!);
    const head = words[words.length - 1];
    const endOk = q > last || [',', '.', ';', ')'].includes(tokens[q]!.text);
    const oc = nm.kind === 'pronoun' ? -1 : entityOf[nm.index]!;
    if (head && endOk && oc >= 0) {
      const hl = head.lower;
      if (KINSHIP_WORDS.has(hl) && clusters[c]!.type === 'PERSON') pushLinked(site, c, oc, 'RELATIVE_OF', hl, CONFIDENCE.appositive);
      else if (TITLE_WORDS.has(hl) && clusters[c]!.type === 'PERSON') pushLinked(site, c, oc, LEADER_TITLES.has(hl) && !pastOffice(words.map((w) => w.lower).join(' ')) ? 'LEADER_OF' : 'HOLDS_ROLE', words.map((w) => w.lower).join(' '), CONFIDENCE.appositive);
      else if (ORG_HEADS.has(hl) && clusters[c]!.type === 'ORGANIZATION') pushLinked(site, c, oc, 'HOLDS_ROLE', words.map((w) => w.lower).join(' '), CONFIDENCE.appositive);
    }
    // "Vladivostok, Russia's Far East"
    if (!head && placeLike(ctx, c) && !isCountry(ctx, c)) {
      const after = tokens[nm.end + 1];
      const innerIdx = after ? argAt[after.index]! : -1;
      if (innerIdx >= 0) {
        const ic = entityOf[innerIdx]!;
        const endTok = tokens[mentions[innerIdx]!.end];
        if (ic >= 0 && placeLike(ctx, ic) && (!endTok || ['.', ',', ';'].includes(endTok.text))) pushLinked(site, c, ic, 'LOCATED_IN', 'locate', CONFIDENCE.location);
      }
    }
    return;
  }
  // "A, B" places: "Vladivostok, Russia"
  if (nm && placeLike(ctx, c) && !isCountry(ctx, c) && nm.kind !== 'pronoun') {
    const oc = entityOf[nm.index]!;
    const endTok = tokens[nm.end];
    if (oc >= 0 && placeLike(ctx, oc) && clusters[oc]!.type !== 'FACILITY' && (!endTok || ['.', ',', ';'].includes(endTok.text)) && m.kind === 'name') pushLinked(site, c, oc, 'LOCATED_IN', 'locate', CONFIDENCE.location);
  }
}
