/**
 * Public bodies written in lower case: "the Munich public prosecutor's office", "the national
 * prosecutor's office", "the Penang state government", "the federal government". A head noun
 * of government, with a level-of-government word or a named place before it, names a body.
 */
import type { Sentence } from '../../nlp/nlp.js';
import { addMention, mentionAt, type MentionContext } from './MentionContext.js';
import { joinTokens } from './tokenText.js';

/** Heads that name a public body when a level of government or a place qualifies them. */
const INSTITUTION_HEADS: ReadonlySet<string> = new Set(['office', 'government', 'ministry', 'court', 'council', 'parliament', 'assembly', 'administration']);
/** Words that say which government a body belongs to. */
const LEVELS: ReadonlySet<string> = new Set(['national', 'federal', 'state', 'provincial', 'regional', 'municipal', 'city', 'county', 'district', 'royal', 'supreme', 'constitutional', 'public', 'central', 'local']);
/** Other lower-case words such a name may hold ("public prosecutor's office", "high court"). */
const INNER: ReadonlySet<string> = new Set(['prosecutor', "prosecutor's", 'attorney', "attorney's", 'high', 'appeals', 'appellate', 'criminal', 'civil', 'general', "'s", 'military', 'interior', 'foreign', 'justice', 'finance', 'health']);

/**
 * The body whose head noun is token `i`, read leftwards over level and inner words to a named
 * place (or demonym) before them; added when a level word or a place qualifies it. True when added.
 */
export function institution(ctx: MentionContext, i: number, s: Sentence): boolean {
  const { tokens, covered } = ctx;
  const head = tokens[i]!;
  if (!INSTITUTION_HEADS.has(head.lower) || !/^\p{Ll}/u.test(head.text) || head.pos !== 'NOUN') return false;
  if (i + 1 <= s.last && tokens[i + 1]!.pos === 'NOUN') return false;
  let start = i;
  let level = false;
  while (start - 1 >= s.first && covered[start - 1] === -1 && (LEVELS.has(tokens[start - 1]!.lower) || INNER.has(tokens[start - 1]!.lower))) {
    start--;
    if (LEVELS.has(tokens[start]!.lower)) level = true;
  }
  const place = start - 1 >= s.first ? mentionAt(ctx, start - 1) : undefined;
  // (A weakly typed one-word name there is a place the gazetteer lacks: "the Munich public prosecutor's office".)
  const named = place !== undefined && place.end === start && place.kind !== 'pronoun' && (place.type === 'GPE' || (place.strength === 1 && place.end - place.start === 1 && level));
  if (!level && !named) return false;
  if (start === i && !named) return false;
  const from = named ? place.start : start;
  const text = joinTokens(tokens, from, i + 1);
  addMention(ctx, { start: from, end: i + 1, sentence: s.index, text, name: text, type: 'ORGANIZATION', strength: 3, kind: 'name', modifier: false });
  return true;
}
