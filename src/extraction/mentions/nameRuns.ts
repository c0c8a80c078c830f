/**
 * Pass 1 of mention finding: the capitalised name runs of each sentence, quoted titles of
 * works and multi-word gazetteer names ("Democratic People's Republic of Korea") included.
 */
import type { Sentence } from '../../nlp/nlp.js';
import { newWorkCounter } from '../WorkCounter.js';
import type { MentionContext } from './MentionContext.js';
import { canStart, OPEN_QUOTES } from './nameTokens.js';
import { quotedTitleEnd } from './quotedTitleEnd.js';
import { PERSON_NOUNS } from '../lexicon.js';
import { isTitleWord } from './titles.js';
import { runEnd } from './runEnd.js';
import { isAllCaps, isCap } from './tokenText.js';

/** A token range [start, end) that may name something. */
export interface Run {
  start: number;
  end: number;
  /** A title in quotation marks ("The Salt Road"): a work, kept whole. */
  quoted?: boolean;
}

/** Appends the runs of sentence `s` to `runs`. */
function sentenceRuns(ctx: MentionContext, s: Sentence, runs: Run[]): void {
  const { tokens, gaz, lowers } = ctx;
  let i = s.first;
  while (i <= s.last) {
    const close = quotedTitleEnd(ctx, i, s.last);
    if (close > 0) {
      runs.push({ start: i + 1, end: close, quoted: true });
      i = close + 1;
      continue;
    }
    const initial = i === s.first || OPEN_QUOTES.has(tokens[i - 1]!.text);
    // Multi-word gazetteer names first: "Democratic People's Republic of Korea".
    if (isCap(tokens[i]!)) {
      const gm = gaz.longestMatch(lowers, i, s.last + 1);
      if (gm && gm.length >= 2) {
        runs.push({ start: i, end: i + gm.length });
        i += gm.length;
        continue;
      }
    }
    // "Painter Rosa Vidal …": an occupation noun capitalised only because it opens the sentence is no part of the name.
    // (Title words stay: "Midfielder Lucas Ferreira" gives the role.)
    if (initial && i < s.last && PERSON_NOUNS.has(tokens[i]!.lower) && !isTitleWord(tokens[i]!) && isCap(tokens[i + 1]!)) {
      i++;
      continue;
    }
    if (!canStart(ctx, i, s.last, initial)) {
      i++;
      continue;
    }
    const end = runEnd(ctx, i, s);
    // A dateline place before an agency in capitals ("Beijing XINHUA", "Cairo AL-AHALI") is a name of its own.
    const place = end - i >= 2 ? gaz.longestMatch(lowers, i, i + 1) : null;
    if (place !== null && place.entry.kind !== 'demonym' && isAllCaps(tokens[i + 1]!.text) && /\p{L}{2}/u.test(tokens[i + 1]!.text) && !isAllCaps(tokens[i]!.text)) {
      runs.push({ start: i, end: i + 1 });
      i++;
      continue;
    }
    runs.push({ start: i, end });
    i = end;
  }
}

/** The name runs of the whole text, in order; counts one work unit per token. */
export function findNameRuns(ctx: MentionContext): Run[] {
  const runs: Run[] = [];
  const work = ctx.options.work ?? newWorkCounter();
  for (const s of ctx.sentences) {
    work.units += s.last - s.first + 1;
    sentenceRuns(ctx, s, runs);
  }
  return runs;
}
