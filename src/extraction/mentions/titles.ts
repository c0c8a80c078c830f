/** Title words: which words are titles ("President", "minister") and which titles lead. */
import type { Token } from '../../nlp/nlp.js';
import { LEADER_TITLES, TITLE_WORDS, NON_LEADING_WORDS } from '../lexicon.js';
import { singular } from './singular.js';
import { stripDot } from './tokenText.js';

/** Whether the token is a title word, with or without a final dot or plural ending. */
export function isTitleWord(t: Token): boolean {
  return TITLE_WORDS.has(t.lower) || TITLE_WORDS.has(stripDot(t.lower)) || TITLE_WORDS.has(singular(t.lower));
}

const LEADER_PHRASES: readonly string[] = ['prime minister', 'chief executive', 'first minister', 'chief minister', 'secretary-general', 'secretary general', 'managing director', 'executive director', 'party secretary', 'general secretary'];

/** Whether a title phrase names an office held in the past ("former chairman", "ex-president"). */
export function pastOffice(title: string): boolean {
  return title.toLowerCase().split(/[\s-]+/).some((w) => w === 'former' || w === 'ex');
}

/** Whether a title phrase makes its holder the leader ("President", "Prime Minister", "chief executive"). */
export function isLeaderTitle(title: string): boolean {
  const words = title.toLowerCase().split(/\s+/);
  const head = stripDot(words[words.length - 1] ?? '');
  // A deputy leads nothing; an opposition leader leads no country; a former office is a role once held, not leadership now.
  if (words.some((w) => NON_LEADING_WORDS.has(w)) || pastOffice(title)) return false;
  if (LEADER_TITLES.has(head)) return true;
  const phrase = words.slice(-2).join(' ');
  return LEADER_PHRASES.includes(phrase);
}
