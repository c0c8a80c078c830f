/**
 * From argument slots to mentions: a lexicon role ({dep: 'obl', case: 'with'}) names a slot,
 * the slot's words map to the mentions they stand for (coordinated words give one each).
 */
import type { ArgumentRole } from '../lexicon/lexiconTypes.js';
import type { LexiconEntityType } from '../lexicon/lexiconTypes.js';
import type { SentenceTree } from '../SentenceTree.js';
import type { RuleContext } from './Candidate.js';
import type { Slots } from './clauses.js';

export function slotKey(role: ArgumentRole): string {
  if (role.dep === 'obl' || role.dep === 'nmod') return `obl:${role.case ?? 'of'}`;
  return role.dep;
}

export interface Filler {
  word: number;
  mention: number;
}

export function fillers(tree: SentenceTree, slots: Slots, key: string, ctx: RuleContext): Filler[] {
  const out: Filler[] = [];
  for (const word of slots.get(key) ?? []) {
    const mention = ctx.index.of(tree, word);
    // A demonym as a noun ("the Scot", "Russians") names people, not their country.
    if (mention >= 0 && ctx.index.mention(mention).gazetteer?.kind !== 'demonym') out.push({ word, mention });
  }
  return out;
}

/** The entity type the lexicon's sense cues see for a slot (first filler), if any. */
export function slotType(tree: SentenceTree, slots: Slots, key: string, ctx: RuleContext): LexiconEntityType | undefined {
  const f = fillers(tree, slots, key, ctx)[0];
  return f === undefined ? undefined : ctx.index.mention(f.mention).type;
}
