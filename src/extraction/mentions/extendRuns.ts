/**
 * Runs grow past lower-case words that continue them: the rest of a name the text spells
 * elsewhere in capitals ("Kim Jong un" after "Kim Jong Un") and a place or organisation head
 * after a name ("Khasan railway station", "Amur region").
 */
import { headType } from './headType.js';
import type { MentionContext } from './MentionContext.js';
import type { Run } from './nameRuns.js';

/** Every leading part (of two words or more) of the text's multi-word runs, lower-cased. */
function knownPrefixes(ctx: MentionContext, runs: readonly Run[]): Set<string> {
  const known = new Set<string>();
  for (const r of runs) if (r.end - r.start >= 2) known.add(ctx.lowers.slice(r.start, r.end).join(' '));
  const prefixes = new Set<string>();
  for (const k of known) {
    const parts = k.split(' ');
    for (let n = 2; n <= parts.length; n++) prefixes.add(parts.slice(0, n).join(' '));
  }
  return prefixes;
}

/** Lower-case place/organisation heads after a name (not after a demonym: "the Polish state utility" is no place). */
function extendByHead(ctx: MentionContext, r: Run): void {
  const { tokens, gaz, lowers } = ctx;
  const whole = gaz.longestMatch(lowers, r.start, r.end);
  if (whole && whole.length === r.end - r.start && whole.entry.kind === 'demonym') return;
  let j = r.end;
  while (j < tokens.length && j - r.end < 3 && tokens[j]!.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[j]!.text)) j++;
  for (let k = j; k > r.end; k--) {
    const h = headType(tokens[k - 1]!.lemma) ?? headType(tokens[k - 1]!.text);
    // (A craft noun after a name describes it: "the Selene-2 probe" is Selene-2.)
    if (h && h.type === 'VEHICLE') break;
    if (h && h.type !== 'ORGANIZATION' || (h && ['news', 'agency'].includes(tokens[k - 1]!.lower))) {
      if (!gaz.longestMatch(lowers, r.start) || gaz.longestMatch(lowers, r.start)!.length < r.end - r.start || h.type !== 'ORGANIZATION') {
        r.end = k;
      }
      break;
    }
  }
}

/** Extends the runs in place. */
export function extendRuns(ctx: MentionContext, runs: readonly Run[]): void {
  const { tokens, lowers } = ctx;
  const prefixes = knownPrefixes(ctx, runs);
  for (const r of runs) {
    while (r.end < tokens.length && tokens[r.end]!.sentence === tokens[r.start]!.sentence) {
      const ext = lowers.slice(r.start, r.end + 1).join(' ');
      if (/^\p{Ll}/u.test(tokens[r.end]!.text) && prefixes.has(ext)) r.end++;
      else break;
    }
    extendByHead(ctx, r);
  }
}
