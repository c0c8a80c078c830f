/** Small readings of noun phrases shared by the frame modules. */
import type { Token } from '../../nlp/nlp.js';
import { GENERIC_NOUNS, KINSHIP_WORDS, QUANTITY_NOUNS, TITLE_WORDS, VAGUE_MODIFIERS } from '../lexicon.js';
import type { RelationContext } from './RelationContext.js';

/** A plural noun's singular, roughly ("companies" → "company", "plants" → "plant"). */
export function headLemma(t: Token): string {
  return singularWord(t.lower);
}

function singularWord(w: string): string {
  return w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.replace(/(?<=[^s])s$/, '');
}

export const isQuote = (t: Token): boolean => /^["“”'‘’]$/.test(t.text);

/** True when the mention at `mi` is a name or a gazetteer entry (not a pronoun or description). */
export function isNameMention(ctx: RelationContext, mi: number): boolean {
  if (mi < 0) return false;
  const m = ctx.mentions[mi]!;
  return m.kind === 'name' || m.kind === 'gazetteer';
}

/** The thing a common noun phrase names: its head, with the modifier right before it ("economic aid"). */
export function thingName(np: readonly Token[]): string | null {
  const words = np.filter((x) => x.text !== '-' && x.pos !== 'NUM' && x.pos !== 'DET');
  const head = words[words.length - 1];
  if (!head) return null;
  const mod = [...words.slice(0, -1)].reverse().find((x) => !VAGUE_MODIFIERS.has(x.lower));
  const adjacent = mod && words.indexOf(mod) === words.length - 2;
  return adjacent ? `${mod.lower} ${head.lower}` : head.lower;
}

/**
 * Salient common nouns: a head noun the article repeats names a thing the story is about ("the
 * fund", "cocaine", "the strike"); such heads may fill a verb's object slot when no name does.
 */
export function salientHeads(tokens: readonly Token[], argAt: Int32Array, modAt: Uint8Array, title: string | null): Set<string> {
  const counts = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || argAt[i] !== -1 || modAt[i] === 1 || !/^\p{L}[\p{Ll}-]+$/u.test(t.text)) continue;
    const nx = tokens[i + 1];
    if (nx && nx.sentence === t.sentence && (nx.pos === 'NOUN' || (nx.text === '-' && !nx.spaceBefore))) continue;
    const h = headLemma(t);
    if (h.length < 3 || GENERIC_NOUNS.has(h) || GENERIC_NOUNS.has(t.lower) || QUANTITY_NOUNS.has(t.lower) || TITLE_WORDS.has(h) || TITLE_WORDS.has(t.lower) || KINSHIP_WORDS.has(h)) continue;
    counts.set(h, (counts.get(h) ?? 0) + 1);
  }
  const titleWords = new Set((title ?? '').toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean).map(singularWord));
  const out = new Set<string>();
  for (const [h, n] of counts) if (n >= 3 || (titleWords.has(h) && n >= 1)) out.add(h);
  return out;
}
