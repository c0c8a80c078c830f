/**
 * Ties mentions (token ranges) to the sentence trees: each mention gets the index of its head
 * word, the word of its span whose head lies outside the span.
 */
import type { Mention } from '../mentions/Mention.js';
import type { SentenceTree } from '../SentenceTree.js';
import type { RuleMention } from './Candidate.js';

/** The syntactic head of words first..last: the word whose head lies outside the span. */
export function spanHead(tree: SentenceTree, first: number, last: number): number {
  for (let i = first; i <= last; i++) {
    const h = tree.head(i);
    if (h < first || h > last) return i;
  }
  return last;
}

/** Mentions with their head words, in the same order (a mention outside every tree gets word -1). */
export function onTrees(mentions: readonly Mention[], trees: readonly SentenceTree[]): RuleMention[] {
  return mentions.map((m) => {
    const tree = trees[m.sentence];
    const words = tree?.wordsOfTokens(m.start, m.end) ?? null;
    return { ...m, word: tree === undefined || words === null ? -1 : spanHead(tree, words[0], words[1]) };
  });
}
