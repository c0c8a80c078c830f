/**
 * What every rule module over dependency trees produces: a candidate fact between two mentions
 * of one sentence, with the rule that found it.
 */
import type { Modality } from '../../model/types.js';
import type { AnalyzedText } from '../../nlp/nlp.js';
import type { PredicateLexicon } from '../lexicon/PredicateLexicon.js';
import type { Mention } from '../mentions/Mention.js';
import type { SentenceTree } from '../SentenceTree.js';
import type { MentionIndex } from './MentionIndex.js';

/** A mention tied to its sentence's tree by its head word. */
export type RuleMention = Mention & { word: number };

export type RuleName = 'possessive' | 'nominal-location' | 'nationality' | 'employment' | 'works' | 'verb' | 'light-verb' | 'noun-event' | 'passive-place';

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
  /** Clause facts only: a denied clause, and how it is stated (nominal facts: asserted). */
  negated?: boolean;
  modality?: Modality;
}

export interface RuleContext {
  doc: AnalyzedText;
  /** Publication date (ISO), for date qualifiers. */
  publishedAt: string | null;
  trees: readonly SentenceTree[];
  mentions: readonly RuleMention[];
  index: MentionIndex;
  lexicon: PredicateLexicon;
}

export type Rule = (tree: SentenceTree, ctx: RuleContext) => Candidate[];
