/** A lower-case title, with its owner, right before a name: "DPRK leader Kim Jong Un", "Japan's foreign minister X". */
import { NON_LEADING_WORDS, ORG_OWNED_TITLES, PAST_OFFICE_WORDS, PORTFOLIO_WORDS } from '../lexicon.js';
import type { Token } from '../../nlp/nlp.js';
import type { RoleLink } from './Mention.js';
import { mentionAt, type MentionContext } from './MentionContext.js';
import { isLeaderTitle, isTitleWord } from './titles.js';
import { isCap } from './tokenText.js';

/**
 * Whether token k belongs to a title before a name: a lower-case portfolio or title word, or a
 * word that makes a title no leadership ("opposition leader", "deputy mayor"); a title word
 * capitalised only because it opens the sentence too ("Chief executive X"; not a portfolio word:
 * a capitalised "State governor" may name the state).
 */
function titlePart(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (/^\p{Ll}/u.test(t.text)) return PORTFOLIO_WORDS.has(t.lower) || NON_LEADING_WORDS.has(t.lower) || isTitleWord(t);
  return (k === 0 || tokens[k - 1]!.sentence !== t.sentence) && isTitleWord(t);
}

/**
 * The role a lower-case title right before token `start` gives; its owner (a place or body
 * right before the title, with or without "'s") becomes a modifier.
 */
export function roleBefore(ctx: MentionContext, start: number): RoleLink | undefined {
  const { tokens } = ctx;
  let i = start - 1;
  if (i < 0 || !isTitleWord(tokens[i]!) || isCap(tokens[i]!)) return undefined;
  const k = i;
  while (i - 1 >= 0 && tokens[i - 1]!.sentence === tokens[i]!.sentence && titlePart(tokens, i - 1)) i--;
  let title = tokens.slice(i, k + 1).map((t) => t.text).join(' ');
  let ownerEnd = i;
  if (tokens[ownerEnd - 1]?.lower === "'s") ownerEnd--;
  const owner = ownerEnd > 0 ? mentionAt(ctx, ownerEnd - 1) : undefined;
  // "former Pakistani prime minister X": an office held in the past is a role, not leadership now.
  const before = tokens[(owner && owner.kind !== 'pronoun' && owner.type !== 'PERSON' ? owner.start : i) - 1];
  const past = before !== undefined && PAST_OFFICE_WORDS.has(before.lower);
  if (past) title = `${before.lower} ${title}`;
  const leader = isLeaderTitle(title) && !past;
  // "Acme United coach Ana Lima": a weakly typed owner of an organisational title is an organisation.
  if (owner && owner.kind === 'name' && owner.type === 'PERSON' && owner.strength < 3 && !owner.role && ORG_OWNED_TITLES.has(tokens[k]!.lower)) {
    owner.type = 'ORGANIZATION';
    owner.strength = 3;
  }
  if (owner && owner.kind !== 'pronoun' && owner.type !== 'PERSON') {
    owner.modifier = true;
    return { title, of: owner.index, leader };
  }
  return { title, of: null, leader };
}
