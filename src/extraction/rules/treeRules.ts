/**
 * The rule modules over dependency trees, composed in one visible list; each reads one sentence
 * tree and returns candidate facts between mentions.
 */
import type { AnalyzedText } from '../../nlp/nlp.js';
import type { SentenceTree } from '../SentenceTree.js';
import type { Mention } from '../mentions/Mention.js';
import type { Candidate, Rule, RuleContext } from './Candidate.js';
import { coAgents } from './coAgents.js';
import { employment } from './employment.js';
import { fundingRounds } from './fundingRounds.js';
import { loadPredicateLexicon } from '../lexicon/PredicateLexicon.js';
import { locations } from './locations.js';
import { MentionIndex } from './MentionIndex.js';
import { nationality } from './nationality.js';
import { ownership } from './ownership.js';
import { passivePlaces } from './passivePlaces.js';
import { nounFrames } from './nounFrames.js';
import { verbFrames } from './verbFrames.js';
import { works } from './works.js';
import { onTrees } from './treeMentions.js';

export const TREE_RULES: readonly Rule[] = [locations, nationality, employment, works, verbFrames, nounFrames, passivePlaces, ownership, coAgents, fundingRounds];

/** What the rules read of an article: its trees, its mentions tied to them, and the lexicon (built once per article). */
export function ruleContext(doc: AnalyzedText, trees: readonly SentenceTree[], mentions: readonly Mention[], publishedAt: string | null = null): RuleContext {
  const placed = onTrees(mentions, trees);
  return { doc, publishedAt, trees, mentions: placed, index: new MentionIndex(trees, placed), lexicon: loadPredicateLexicon() };
}

export function treeCandidates(ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const tree of ctx.trees) for (const rule of TREE_RULES) out.push(...rule(tree, ctx));
  return out;
}
