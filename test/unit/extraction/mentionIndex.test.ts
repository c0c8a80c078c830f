import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../../../src/extraction/rules/MentionIndex.js';
import { SentenceTree, type TreeWord } from '../../../src/extraction/SentenceTree.js';
import type { Mention } from '../../../src/extraction/mentions/Mention.js';

/** Words with the given forms, tags, heads and labels; word i is token i. */
function tree(rows: Array<[string, string, number, string]>): SentenceTree {
  const words: TreeWord[] = rows.map(([form, upos, head, label], i) => ({ form, lower: form.toLowerCase(), lemma: form.toLowerCase(), upos, xpos: '_', start: i, end: i + 1, token: i, head, label }));
  return new SentenceTree(0, words, []);
}

function person(index: number, start: number, end: number, word: number): Mention & { word: number } {
  return { index, start, end, sentence: 0, text: 'Rik Jansen', name: 'Rik Jansen', type: 'PERSON', strength: 2, kind: 'name', modifier: false, word };
}

describe('MentionIndex.of', () => {
  it('reads a noun with a name in apposition as the name ("the spokesman, Rik Jansen")', () => {
    // collect the spokesman , Rik Jansen
    const t = tree([['collect', 'VERB', -1, 'root'], ['the', 'DET', 2, 'det'], ['spokesman', 'NOUN', 0, 'obj'], [',', 'PUNCT', 4, 'punct'], ['Rik', 'PROPN', 2, 'appos'], ['Jansen', 'PROPN', 4, 'flat']]);
    expect(new MentionIndex([t], [person(0, 4, 6, 4)]).of(t, 2)).toBe(0);
  });

  it('does not read a phrase with a preposition inside, misparsed as an apposition, as the noun', () => {
    // collect the container , according to spokesman Rik Jansen
    const t = tree([
      ['collect', 'VERB', -1, 'root'], ['the', 'DET', 2, 'det'], ['container', 'NOUN', 0, 'obj'], [',', 'PUNCT', 7, 'punct'],
      ['according', 'VERB', 6, 'case'], ['to', 'ADP', 4, 'fixed'], ['spokesman', 'NOUN', 7, 'compound'], ['Rik', 'PROPN', 2, 'appos'], ['Jansen', 'PROPN', 7, 'flat'],
    ]);
    expect(new MentionIndex([t], [person(0, 7, 9, 7)]).of(t, 2)).toBe(-1);
  });
});
