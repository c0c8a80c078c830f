/**
 * Does a line read as a headline? Generic shape rules only: short, several words, no
 * closing period/comma/colon, not a quotation, starts like a title, one sentence at most,
 * not a byline, link or boilerplate. Pure.
 */
import { isBoilerplateLine } from './boilerplate.js';

export const HEADLINE_MAX_CHARS = 160;
export const HEADLINE_MAX_WORDS = 28;

const OPENING_QUOTE = /^["“”„«»‹›'‘’‚「『]/u;
const BAD_ENDING = /[.,;:–—-]$/u;
const ABBREVIATION_ENDING = /(?:^|\s)(?:\p{Lu}\.){2,}$/u;
const TITLE_START = /^[\p{Lu}\p{Lt}\p{Lo}\p{N}$€£¥]/u;
const SECOND_SENTENCE = /\p{Ll}{2,}[.!?]["”’]?\s+[\p{Lu}"“]/u;
const BYLINE = /^(?:by|from|written by|reporting by|posted by|updated|published)\b/iu;
const URL_LIKE = /(?:https?:\/\/|www\.)\S+/iu;

export function looksLikeHeadline(line: string): boolean {
  const text = line.trim();
  if (text.length < 3 || text.length > HEADLINE_MAX_CHARS) return false;
  const words = text.split(/\s+/).length;
  if (words < 2 || words > HEADLINE_MAX_WORDS) return false;
  if (OPENING_QUOTE.test(text)) return false;
  if (BAD_ENDING.test(text) && !ABBREVIATION_ENDING.test(text)) return false;
  if (!TITLE_START.test(text)) return false;
  if (SECOND_SENTENCE.test(text)) return false;
  if (BYLINE.test(text) || URL_LIKE.test(text)) return false;
  return !isBoilerplateLine(text);
}
