/** Pronoun mentions ("he", "it", "they", "who"), for coreference to link. */
import type { Sentence } from '../../nlp/nlp.js';
import { PERSON_PRONOUNS, THING_PRONOUNS } from '../lexicon.js';
import { addMention, type MentionContext } from './MentionContext.js';

const GROUP_AND_RELATIVE_PRONOUNS: readonly string[] = ['they', 'them', 'their', 'who', 'which', 'whom', 'whose'];

/** Adds the pronoun at token `i`, if it is one; true when it did. */
export function pronounMention(ctx: MentionContext, i: number, s: Sentence): boolean {
  const t = ctx.tokens[i]!;
  if (!(t.pos === 'PRON' && (PERSON_PRONOUNS.has(t.lower) || THING_PRONOUNS.has(t.lower) || GROUP_AND_RELATIVE_PRONOUNS.includes(t.lower)))) return false;
  addMention(ctx, { start: i, end: i + 1, sentence: s.index, text: t.text, name: t.text, type: PERSON_PRONOUNS.has(t.lower) || t.lower === 'who' ? 'PERSON' : 'OTHER', strength: 1, kind: 'pronoun', modifier: false, pronoun: t.lower });
  return true;
}
