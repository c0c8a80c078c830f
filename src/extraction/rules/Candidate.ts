/**
 * What every rule module over dependency trees produces: a candidate fact between two mentions
 * of one sentence, with the rule that found it (nominal facts: asserted, never negated).
 */
import type { PredicateLexicon } from '../lexicon/PredicateLexicon.js';
import type { Mention } from '../mentions.js';
import type { SentenceTree } from '../SentenceTree.js';
import type { MentionIndex } from './MentionIndex.js';

/** A mention tied to its sentence's tree by its head word. */
export type RuleMention = Mention & { word: number };

export type RuleName = 'possessive' | 'nominal-location' | 'nationality' | 'employment';

export interface Candidate {
  rule: RuleName;
  sentence: number;
  /** Mention indices. */
  subject: number;
  object: number;
  predicate: string;
  /** The trigger as written (lemma, with particle). */
  verb: string;
  qualifiers: Record<string, string>;
}

export interface RuleContext {
  trees: readonly SentenceTree[];
  mentions: readonly RuleMention[];
  index: MentionIndex;
  lexicon: PredicateLexicon;
}

export type Rule = (tree: SentenceTree, ctx: RuleContext) => Candidate[];
