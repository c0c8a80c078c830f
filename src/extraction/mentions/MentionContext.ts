/**
 * The state one run of mention finding shares between its passes: the text, the mentions found
 * so far, which mention first covers each token, and word sets computed once on first use.
 * Created per call of findMentions; nothing outlives it.
 */
import type { Sentence, Token } from '../../nlp/nlp.js';
import { getGazetteer, type Gazetteer } from '../gazetteer.js';
import type { AliasLink, Mention, MentionOptions } from './Mention.js';

export interface MentionContext {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Lower-cased token texts, for gazetteer look-ups. */
  readonly lowers: readonly string[];
  readonly gaz: Gazetteer;
  readonly options: MentionOptions;
  /** Mentions in the order they were found (their `index` until the final sort). */
  readonly mentions: Mention[];
  readonly aliases: AliasLink[];
  /** Per token: the index of the first mention covering it, or -1. */
  readonly covered: Int32Array;
  /** Common nouns that describe a name of the text ("firm" in "the cybersecurity firm Kestrel"). */
  readonly descriptors: Set<string>;
  /** Word sets computed on first use (see capitalisedInside, orgNameHeads, salientPeople). */
  readonly memo: { capitalisedInside?: Set<string>; orgNameHeads?: Set<string>; salientPeople?: Set<string>; sentenceCase?: Map<number, boolean> };
}

export function newMentionContext(doc: { tokens: readonly Token[]; sentences: readonly Sentence[] }, options: MentionOptions): MentionContext {
  const { tokens, sentences } = doc;
  return {
    tokens,
    sentences,
    lowers: tokens.map((t) => t.lower),
    gaz: getGazetteer(),
    options,
    mentions: [],
    aliases: [],
    covered: new Int32Array(tokens.length).fill(-1),
    descriptors: new Set(),
    memo: {},
  };
}

/** Records a mention; it covers its tokens that no earlier mention covers. */
export function addMention(ctx: MentionContext, m: Omit<Mention, 'index'>): Mention {
  const mention: Mention = { ...m, index: ctx.mentions.length };
  ctx.mentions.push(mention);
  for (let i = m.start; i < m.end; i++) if (ctx.covered[i] === -1) ctx.covered[i] = mention.index;
  return mention;
}

/** The first mention covering token `i`, if any (also undefined outside the text). */
export function mentionAt(ctx: MentionContext, i: number): Mention | undefined {
  const idx = ctx.covered[i];
  return idx !== undefined && idx >= 0 ? ctx.mentions[idx] : undefined;
}
