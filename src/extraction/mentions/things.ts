/** Weapon and vehicle noun phrases ("a hypersonic missile", "two armoured vehicles"), named by their nearest descriptive modifier. */
import type { Sentence } from '../../nlp/nlp.js';
import { VAGUE_MODIFIERS } from '../lexicon.js';
import { thingType } from './headType.js';
import { addMention, mentionAt, type MentionContext } from './MentionContext.js';
import { singular } from './singular.js';
import { joinTokens } from './tokenText.js';

/** Whether noun `i` heads its phrase: no common noun (other than a thing noun) follows in the sentence. */
export function isPhraseHead(ctx: MentionContext, i: number, s: Sentence): boolean {
  const nextT = ctx.tokens[i + 1];
  return !(nextT && i + 1 <= s.last && nextT.pos === 'NOUN' && !thingType(nextT.lemma));
}

/** A plural noun right after a person's name and before a preposition ("Haile trains in …") reads as a verb. */
function personVerbAt(ctx: MentionContext, i: number): boolean {
  const { tokens } = ctx;
  const t = tokens[i]!;
  const prev = mentionAt(ctx, i - 1);
  return /s$/.test(t.lower) && prev !== undefined && prev.end === i && prev.kind === 'name' && (prev.type === 'PERSON' || prev.strength === 1) && tokens[i + 1]?.pos === 'ADP' && tokens[i + 1]!.sentence === t.sentence;
}

/** Where the modifiers of the thing noun at `i` start: lower-case adjectives, nouns, participles and hyphens. */
function modifiersStart(ctx: MentionContext, i: number, s: Sentence): number {
  const { tokens, covered } = ctx;
  let st = i;
  while (st - 1 >= s.first && covered[st - 1] === -1 && ['ADJ', 'NOUN', 'VERB', 'PUNCT'].includes(tokens[st - 1]!.pos) && /^[\p{Ll}-]/u.test(tokens[st - 1]!.text)) {
    const p = tokens[st - 1]!;
    if (p.pos === 'PUNCT' && p.text !== '-') break;
    if (p.pos === 'VERB' && !/(ed|en)$/.test(p.lower)) break;
    st--;
  }
  return st;
}

/** The nearest descriptive modifier in [st, i): not past a hyphen, not a vague word or a verb. */
function nearestModifier(ctx: MentionContext, st: number, i: number): string | undefined {
  const { tokens } = ctx;
  for (let q = i - 1; q >= st; q--) {
    const p = tokens[q]!;
    if (p.text === '-' || tokens[q + 1]?.text === '-' && q + 1 < i) break;
    if (!VAGUE_MODIFIERS.has(p.lower) && p.pos !== 'VERB') return p.lower;
  }
  return undefined;
}

/** Adds the weapon or vehicle phrase headed by noun `i`, if it is one; true when it did. */
export function thingPhrase(ctx: MentionContext, i: number, s: Sentence): boolean {
  const { tokens } = ctx;
  const t = tokens[i]!;
  const tt0 = thingType(t.lemma) ?? thingType(t.lower);
  // "Haile trains in Addis Ababa": a plural noun right after a person's name and before a
  // preposition is that person's verb, not a vehicle.
  const tt = tt0 && personVerbAt(ctx, i) ? null : tt0;
  if (!tt || !isPhraseHead(ctx, i, s)) return false;
  const st = modifiersStart(ctx, i, s);
  // Drop the hyphenated remainder and vague modifiers; keep the nearest descriptive one.
  const mod = nearestModifier(ctx, st, i);
  const headWord = singular(t.lemma === t.lower ? t.lower : t.lemma);
  const name = mod ? `${mod} ${headWord}` : headWord;
  addMention(ctx, { start: st, end: i + 1, sentence: s.index, text: joinTokens(tokens, st, i + 1), name, type: tt, strength: 3, kind: 'thing', modifier: false, head: headWord });
  return true;
}
