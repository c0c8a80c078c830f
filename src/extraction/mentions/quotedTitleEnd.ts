/** Titles of works in double quotation marks ("The Salt Road"), kept whole as one name. */
import type { MentionContext } from './MentionContext.js';
import { isCap } from './tokenText.js';

const OPENING_DOUBLE: ReadonlySet<string> = new Set(['"', '“']);
const CLOSING_DOUBLE: ReadonlySet<string> = new Set(['"', '”']);
/** Lower-case words a title in title case may hold ("The Lord of the Rings", "Gone with the Wind"). */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'or', 'de', 'la', 'le', 'du', 'des', 'del', 'von']);

/**
 * A title in double quotation marks at an opening quote: two to ten words in title case
 * (capitalised but for small words; "The Salt Road", "Kitchen Radio Live") and nothing the
 * gazetteer knows whole. Returns the closing quote's index, or -1. Quoted speech has
 * lower-case words and is no title.
 */
export function quotedTitleEnd(ctx: MentionContext, open: number, last: number): number {
  const { tokens } = ctx;
  if (!OPENING_DOUBLE.has(tokens[open]!.text)) return -1;
  let close = open + 1;
  while (close <= last && close - open <= 11 && !CLOSING_DOUBLE.has(tokens[close]!.text)) close++;
  const words = tokens.slice(open + 1, close);
  if (close > last || !CLOSING_DOUBLE.has(tokens[close]!.text) || words.length < 2 || words.length > 10 || !isCap(words[0]!)) return -1;
  if (!words.every((t) => isCap(t) || TITLE_SMALL_WORDS.has(t.lower) || /^[:'’&!?,.-]$/.test(t.text) || /^\d+$/.test(t.text))) return -1;
  const known = ctx.gaz.longestMatch(ctx.lowers, open + 1, close);
  return known !== null && known.length === words.length ? -1 : close;
}
