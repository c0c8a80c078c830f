/** Reading role phrases: a title after a determiner, the owner after "of"/"at", an implied owner. */
import type { Token } from '../../nlp/nlp.js';
import { CORPORATE_TITLES, STATE_TITLES, TITLE_WORDS, VAGUE_MODIFIERS } from '../lexicon.js';
import { isLeaderTitle } from '../mentions/titles.js';
import { mainCountry, storyOrganisation } from './antecedents.js';
import { isNameMention } from './nounPhrases.js';
import { pushFact, type RelationContext } from './RelationContext.js';

/**
 * Lower-case title words starting at `q` ("chief executive", "new mayor", "director of research"):
 * returns the title (without vague modifiers) and the token after it, or null when the phrase
 * does not end in a title word.
 */
export function titleAt(ctx: RelationContext, q: number, last: number): { title: string; head: string; end: number } | null {
  const { tokens, argAt } = ctx;
  const words: Token[] = [];
  while (q <= last && argAt[q] === -1 && /^\p{Ll}/u.test(tokens[q]!.text) && ['ADJ', 'NOUN', 'PROPN', 'VERB'].includes(tokens[q]!.pos) && words.length < 4) words.push(tokens[q++]!);
  while (words.length > 0 && !TITLE_WORDS.has(words[words.length - 1]!.lower)) {
    words.pop();
    q--;
  }
  const head = words[words.length - 1];
  if (!head || ['official', 'officer', 'representative', 'member'].includes(head.lower)) return null;
  // "former" stays: a past office is a role, not leadership (isLeaderTitle).
  const kept = words.filter((w) => !VAGUE_MODIFIERS.has(w.lower) && !['current', 'interim', 'acting', 'outgoing', 'incoming'].includes(w.lower));
  return { title: kept.map((w) => w.lower).join(' '), head: head.lower, end: q };
}

/**
 * The named entity a role phrase points to from token `q` (after "of"/"at"): skips determiners,
 * a possessor ("Hungary's") and lower-case descriptors ("the state energy company SOCAR").
 */
export function ownerAfter(ctx: RelationContext, q: number, last: number): number {
  const { tokens, argAt, mentions } = ctx;
  while (q <= last && ['the', 'a', 'an'].includes(tokens[q]!.lower)) q++;
  const first = q <= last ? argAt[q]! : -1;
  if (first >= 0 && mentions[first]!.kind !== 'pronoun') {
    const fm = mentions[first]!;
    if (tokens[fm.end]?.lower !== "'s" && !fm.modifier) return first;
    q = fm.end + (tokens[fm.end]?.lower === "'s" ? 1 : 0);
  }
  const start = q;
  while (q <= last && q - start < 4 && argAt[q] === -1 && /^\p{Ll}/u.test(tokens[q]!.text) && ['ADJ', 'NOUN'].includes(tokens[q]!.pos)) q++;
  const bi = q <= last ? argAt[q]! : -1;
  if (bi >= 0 && isNameMention(ctx, bi)) return bi;
  return first >= 0 && mentions[first]!.kind !== 'pronoun' && start === q ? first : -1;
}

/** The owner of an owner-less title: the organisation in view for corporate titles, the country in view for state ones. */
export function impliedOwner(ctx: RelationContext, head: string, pos: number): number {
  if (CORPORATE_TITLES.has(head) || head === 'executive') return storyOrganisation(ctx, pos);
  if (STATE_TITLES.has(head)) return mainCountry(ctx);
  return -1;
}

/** A person's role at an owner: LEADER_OF for leading titles, else HOLDS_ROLE. */
export function pushRole(ctx: RelationContext, person: number, owner: number, title: string, conf: number, sentence: number): void {
  if (person < 0 || owner < 0 || person === owner || ctx.clusters[person]!.type !== 'PERSON') return;
  pushFact(ctx, person, owner, isLeaderTitle(title) ? 'LEADER_OF' : 'HOLDS_ROLE', title, conf, sentence);
}
