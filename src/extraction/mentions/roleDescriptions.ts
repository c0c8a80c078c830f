/** Role descriptions: "the North Korean leader", "his Russian counterpart", "the Dutch culture minister". */
import type { Sentence } from '../../nlp/nlp.js';
import { PORTFOLIO_WORDS } from '../lexicon.js';
import { addMention, mentionAt, type MentionContext } from './MentionContext.js';
import { singular } from './singular.js';
import { isLeaderTitle, isTitleWord } from './titles.js';
import { isCap, joinTokens } from './tokenText.js';

const OWNER_DETERMINERS: readonly string[] = ['the', 'his', 'her', 'its', 'their'];

/**
 * At a lower-case title word `i`: adds the description its owner (a place or organisation after
 * "the"/"his" …) gives it. True when the token is done with: described, or a title before a
 * name (that name's role, read by roleBefore).
 */
export function roleDescription(ctx: MentionContext, i: number, s: Sentence): boolean {
  const { tokens, covered } = ctx;
  const t = tokens[i]!;
  if (!(isTitleWord(t) && !isCap(t) && (t.pos === 'NOUN' || t.pos === 'PROPN'))) return false;
  const nextT = tokens[i + 1];
  if (nextT && i + 1 <= s.last && isCap(nextT) && nextT.pos === 'PROPN') return true;
  let o = i - 1;
  // "the Dutch culture minister": portfolio words sit between the owner and the title.
  while (o > s.first && covered[o] === -1 && /^\p{Ll}+$/u.test(tokens[o]!.text) && PORTFOLIO_WORDS.has(tokens[o]!.lower)) o--;
  const titleText = joinTokens(tokens, o + 1, i + 1);
  if (tokens[o]?.lower === "'s") o--;
  const owner = o >= s.first ? mentionAt(ctx, o) : undefined;
  if (!(owner && owner.end === o + 1 && (owner.kind === 'gazetteer' || owner.type === 'ORGANIZATION') && tokens[owner.start - 1] && OWNER_DETERMINERS.includes(tokens[owner.start - 1]!.lower))) return false;
  owner.modifier = true;
  addMention(ctx, { start: owner.start - 1, end: i + 1, sentence: s.index, text: joinTokens(tokens, owner.start - 1, i + 1), name: t.text, type: 'PERSON', strength: 2, kind: 'description', modifier: false, head: singular(t.lower), role: { title: titleText, of: owner.index, leader: isLeaderTitle(titleText) } });
  return true;
}
