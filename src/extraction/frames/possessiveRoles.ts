import type { Token } from '../../nlp/nlp.js';
import { ORG_OWNED_TITLES, PERSON_NOUNS, TITLE_WORDS } from '../lexicon.js';
import { isLeaderTitle } from '../mentions/titles.js';
import { recentOrganisation, resolvePossessive } from './antecedents.js';
import { CONFIDENCE } from './frameConfidence.js';
import { isNameMention } from './nounPhrases.js';
import { pushFact, type RelationContext } from './RelationContext.js';

/** Roles held for a person ("Hale's lawyer, Ana Lima", "her producer, Ana Lima"). */
const PERSON_OWNED_ROLES = new Set(['lawyer', 'attorney', 'adviser', 'advisor', 'producer', 'agent', 'aide', 'assistant', 'coach', 'trainer', 'manager', 'spokesperson', 'spokesman', 'spokeswoman', 'secretary', 'doctor', 'bodyguard', 'deputy', 'successor', 'predecessor', 'rival', 'opponent', 'biographer', 'translator']);
const HONORIFIC_RE = /^(Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?$/;
/** Placeholders for an owner still to be found: the organisation in view, or the one named by "the <noun>'s". */
const OWNER_IN_VIEW = -2;
const OWNER_BY_HEAD = -3;

/** The owner a possessive at token `i` opens (or a placeholder to find later) and whether a pronoun names it; null when `i` opens none. */
function possessiveOwner(ctx: RelationContext, i: number, first: number): { owner: number; pronoun: boolean } | null {
  const { tokens, argAt, mentions, entityOf } = ctx;
  const t = tokens[i]!;
  if (['its', 'their'].includes(t.lower)) return { owner: OWNER_IN_VIEW, pronoun: false };
  if (['his', 'her'].includes(t.lower) && argAt[i]! >= 0 && mentions[argAt[i]!]!.kind === 'pronoun') {
    // "her producer, Ana Lima"
    const owner = resolvePossessive(ctx, argAt[i]!);
    return owner < 0 ? null : { owner, pronoun: true };
  }
  if (t.lower === 'whose' && tokens[i - 1]?.text === ',' && argAt[i - 2] !== undefined && argAt[i - 2]! >= 0 && isNameMention(ctx, argAt[i - 2]!)) {
    // "the union GDL, whose leader, Klaus Wendt, …"
    const owner = entityOf[argAt[i - 2]!] ?? -1;
    return owner < 0 ? null : { owner, pronoun: false };
  }
  // ("the club's president": an organisation by its head noun; "the engineer's lawyer" is a person's, found by no head.)
  const personHead = PERSON_NOUNS.has(tokens[i - 1]?.lower ?? '') || TITLE_WORDS.has(tokens[i - 1]?.lower ?? '');
  if (t.lower === "'s" && i > first && argAt[i - 1] === -1 && tokens[i - 1]!.pos === 'NOUN' && tokens[i - 2]?.lower === 'the' && !personHead) return { owner: OWNER_BY_HEAD, pronoun: false };
  if (t.lower === "'s" && i > first && argAt[i - 1]! >= 0 && (isNameMention(ctx, argAt[i - 1]!) || mentions[argAt[i - 1]!]!.kind === 'reference')) {
    const owner = entityOf[argAt[i - 1]!] ?? -1;
    return owner < 0 ? null : { owner, pronoun: false };
  }
  return null;
}

/**
 * Role appositions with a possessive owner: "Its director, Ana Lima", "The club's president,
 * Ana Lima", "the agency's head of research, Ana Lima", "Acme's head of personnel, Ana Lima".
 */
export function possessiveRoles(ctx: RelationContext, first: number, last: number, sentence: number): void {
  const { tokens, argAt, mentions, entityOf, clusters } = ctx;
  for (let i = first; i <= last; i++) {
    const found = possessiveOwner(ctx, i, first);
    if (!found) continue;
    let ownerC = found.owner;
    const pronounOwner = found.pronoun;
    let q = i + 1;
    const words: Token[] = [];
    while (q <= last && argAt[q] === -1 && /^\p{Ll}/u.test(tokens[q]!.text) && ['ADJ', 'NOUN', 'PROPN'].includes(tokens[q]!.pos)) words.push(tokens[q++]!);
    const head = words[words.length - 1];
    if (!head || !(TITLE_WORDS.has(head.lower) || PERSON_OWNED_ROLES.has(head.lower))) continue;
    // "head of personnel", "minister of culture"
    if (tokens[q]?.lower === 'of' && tokens[q + 1] && argAt[q + 1] === -1 && tokens[q + 1]!.pos === 'NOUN' && tokens[q + 2]?.text === ',') {
      words.push(tokens[q]!, tokens[q + 1]!);
      q += 2;
    }
    if (tokens[q]?.text !== ',') continue;
    let pq = q + 1;
    while (pq <= last && (TITLE_WORDS.has(tokens[pq]!.lower) || HONORIFIC_RE.test(tokens[pq]!.text)) && argAt[pq] === -1) pq++;
    const pi = pq <= last ? argAt[pq]! : -1;
    if (pi < 0 || mentions[pi]!.kind !== 'name') continue;
    const pc = entityOf[pi] ?? -1;
    if (pc < 0) continue;
    if (ownerC === OWNER_IN_VIEW) ownerC = recentOrganisation(ctx, i, null);
    else if (ownerC === OWNER_BY_HEAD) ownerC = recentOrganisation(ctx, i - 2, tokens[i - 1]!.lower);
    if (ownerC < 0 || ownerC === pc) continue;
    const oc = clusters[ownerC]!;
    const personOwned = PERSON_OWNED_ROLES.has(head.lower) && !ORG_OWNED_TITLES.has(head.lower);
    if (oc.type === 'PERSON' && !personOwned) {
      // "Acme Rail's head of personnel": a weakly typed owner of an organisational title is an organisation.
      if (oc.strength >= 3 || !ORG_OWNED_TITLES.has(head.lower)) continue;
      oc.type = 'ORGANIZATION';
    }
    if (personOwned && oc.type !== 'PERSON' && !(oc.strength < 3)) continue;
    if (pronounOwner && !personOwned) continue;
    const cl = clusters[pc]!;
    if (cl.strength < 3 || cl.type !== 'PERSON') cl.type = 'PERSON';
    const title = words.map((w) => w.lower).join(' ');
    pushFact(ctx, pc, ownerC, isLeaderTitle(title) ? 'LEADER_OF' : 'HOLDS_ROLE', title, CONFIDENCE.appositive, sentence);
    i = q;
  }
}
