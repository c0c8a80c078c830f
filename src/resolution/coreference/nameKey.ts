/**
 * Name normal forms for matching: the key of a name (lower case, no possessive, no leading
 * "the"), its content words, and its initials. Keys and content words are memoised in bounded
 * caches (pure functions of the text: the caches change no result).
 */
const GLUE = new Set(['of', 'the', 'and', '&', 'for', 'de', 'a', 'an']);

const keyCache = new Map<string, string>();

export function nameKey(text: string): string {
  const cached = keyCache.get(text);
  if (cached !== undefined) return cached;
  const key = computeNameKey(text);
  if (keyCache.size > 50_000) keyCache.clear();
  keyCache.set(text, key);
  return key;
}

function computeNameKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

const tokensCache = new Map<string, readonly string[]>();

/** Content words of a name (memoised: clustering compares the same forms many times). */
export function nameTokens(text: string): readonly string[] {
  const cached = tokensCache.get(text);
  if (cached !== undefined) return cached;
  const toks = Object.freeze(nameKey(text).split(' ').filter((w) => w && !GLUE.has(w)));
  if (tokensCache.size > 50_000) tokensCache.clear();
  tokensCache.set(text, toks);
  return toks;
}

/** Upper-cased initials of the capitalised content words ("North Atlantic Treaty Organization" → NATO). */
export function initials(text: string): string {
  return text
    .replace(/'s\b|’s\b/g, '')
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !GLUE.has(w.toLowerCase()))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

/** The letters of an acronym-shaped text without its dots ("U.N." → UN), or null when it is none. */
export function acronymLetters(text: string): string | null {
  const bare = text.replace(/\./g, '');
  return /^\p{Lu}{2,7}$/u.test(bare) ? bare : null;
}
