/**
 * Generic news-page boilerplate rules: cross-promotion ("Read more: …"), share / subscribe /
 * follow prompts, cookie notices, advertisement markers and embedded social posts.
 * The rules look at the shape of a line, never at the topic of an article. Pure.
 */

/** Lines shorter than this may be prompts; longer lines are treated as prose. */
const PROMPT_MAX = 160;
/** Tweets and similar embeds are short. */
const EMBED_MAX = 320;

const CROSS_PROMO =
  /^[\s\p{P}\p{S}]*(?:read more|read also|also read|read next|more reading|recommended reading|see also|related(?: articles?| stories| coverage| content| news| reading| topics)?|more on this(?: story| topic)?|most read|trending now)\b\s*(?:[:\-–—|»›>]|$)/iu;
const READ_ALSO = /^[\s\p{P}\p{S}]*(?:read also|also read)\b/iu;

const PROMPT_START =
  /^[\s\p{P}\p{S}]*(?:share (?:this|on|via)\b|share$|subscribe\b|sign up\b|follow us\b|follow (?:the|our) (?:latest|live)\b|like us on\b|join (?:us|our)\b|download (?:our|the) app\b|get (?:our|the) (?:newsletter|app)\b|click here\b|tap here\b|listen to (?:this|the) (?:article|story)\b|advertisement$|ad$|sponsored$|story continues below\b|scroll (?:down )?to continue\b|continue reading\b|skip (?:to|advert)\b|support (?:our|independent) journalism\b|©|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved\b)/iu;
const PROMPT_ANYWHERE =
  /\b(?:click here|all rights reserved|follow us on|subscribe to our|sign up for our|sign up to our|share this (?:article|story|page|post)|our newsletter)\b/iu;

const COOKIE_NOTICE =
  /\b(?:we use cookies|(?:site|website|page|service) uses cookies|accept (?:all )?cookies|cookies? (?:policy|settings|preferences|notice|consent|banner)|use of cookies|manage cookies|reject (?:all )?cookies)\b/iu;

const MEDIA_CREDIT = /^[\s(\[]*(?:photo|image|picture|video|file photo|graphic|illustration)s?(?: credit)?\s*[:/]/iu;

const SOCIAL_PIC = /\bpic\.twitter\.com\/\S+/iu;
/** A bare link on a short-link service (t.co, bit.ly …) at the very end of the line. */
const TRAILING_SHORT_LINK =
  /(?:^|\s)(?:https?:\/\/)?(?:t\.co|bit\.ly|ow\.ly|buff\.ly|tinyurl\.com|goo\.gl|trib\.al|dlvr\.it|lnkd\.in|fb\.me|youtu\.be|instagr\.am|shorturl\.at|rb\.gy|is\.gd)\/\S+\s*$/iu;
/** `— Name (@handle) Month D, YYYY` (the attribution under an embedded post). */
const ATTRIBUTION =
  /^[\s]*[—–―-]+\s*[^\n]{0,120}\(@[\p{L}\p{N}_]{1,30}\)\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})?\s*$/iu;
/** `By Jane Doe and John Roe, Agency · 8 May 2024` (names only, then an optional separator). */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|da|van|von|der|al|bin|ibn|la|le)){0,4}`;
const BYLINE = new RegExp(String.raw`^By\s+${NAME}(?:\s*(?:,|\band\b|&)\s*${NAME})*\s*(?:[·|•/–—-].*)?$`, 'u');
const BYLINE_MAX = 120;

/** A lone URL, hashtag list or @handle line. */
const BARE_LINK_OR_TAGS = /^\s*(?:https?:\/\/\S+|(?:[#@][\p{L}\p{N}_]+\s*)+)\s*$/iu;

/** True when a whole line (paragraph) is boilerplate and should be dropped. */
export function isBoilerplateLine(line: string): boolean {
  const text = line.trim();
  if (text.length === 0) return false;
  if (CROSS_PROMO.test(text) || READ_ALSO.test(text)) return true;
  if (text.length <= BYLINE_MAX && /^by\s/i.test(text) && BYLINE.test(text.replace(/^by\s+/i, 'By '))) return true;
  if (SOCIAL_PIC.test(text) || ATTRIBUTION.test(text) || BARE_LINK_OR_TAGS.test(text)) return true;
  if (text.length <= EMBED_MAX && TRAILING_SHORT_LINK.test(text)) return true;
  if (text.length <= PROMPT_MAX) {
    if (PROMPT_START.test(text) || PROMPT_ANYWHERE.test(text)) return true;
    if (MEDIA_CREDIT.test(text)) return true;
  }
  if (text.length <= 2 * PROMPT_MAX && COOKIE_NOTICE.test(text)) return true;
  return false;
}

const GLUED_READ_MORE =
  /([.!?…"”’)\]])\s+(?:read more|read also|also read|read next|see also|related)\s*[:\-–—|»›][^\n]*$/iu;

/**
 * Cuts a cross-promotion fragment glued to the end of a paragraph
 * ("… the talks ended. Read more: Other headline") and returns the paragraph without it.
 */
export function cutTrailingPromo(paragraph: string): string {
  return paragraph.replace(GLUED_READ_MORE, '$1');
}
