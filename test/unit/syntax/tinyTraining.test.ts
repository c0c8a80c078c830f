import { describe, expect, it } from 'vitest';
import { EncodedSentence } from '../../../src/syntax/EncodedSentence.js';
import { seededRandom } from '../../../src/syntax/hash.js';
import { tagSentence } from '../../../src/syntax/PosTagger.js';
import { uposIndex } from '../../../src/syntax/tagsets.js';
import { attachmentScores, trainParser } from '../../../src/syntax/train/trainParser.js';
import { taggerAccuracy, trainTagger } from '../../../src/syntax/train/trainTagger.js';
import type { TreebankSentence } from '../../../src/syntax/train/treebank.js';

const LEXICON = {
  DET: ['the', 'a', 'this'],
  ADJ: ['old', 'new', 'small', 'local'],
  NOUN: ['minister', 'company', 'court', 'report', 'team', 'city', 'plan'],
  VERB: ['signed', 'visited', 'rejected', 'backed', 'praised'],
  ADP: ['in', 'with', 'after'],
};

/** "the (old) minister signed a (new) plan (in the city) ." with its UD tree. */
function syntheticSentence(random: () => number, id: number): TreebankSentence {
  const pick = (pos: keyof typeof LEXICON): string => LEXICON[pos][Math.floor(random() * LEXICON[pos].length)]!;
  const words: { form: string; upos: string; head: number; deprel: string }[] = [];
  const np = (head: number, deprel: string): void => {
    const start = words.length;
    words.push({ form: pick('DET'), upos: 'DET', head: -1, deprel: 'det' });
    const adj = random() < 0.5;
    if (adj) words.push({ form: pick('ADJ'), upos: 'ADJ', head: -1, deprel: 'amod' });
    const noun = words.length;
    words.push({ form: pick('NOUN'), upos: 'NOUN', head, deprel });
    for (let k = start; k < noun; k++) words[k]!.head = noun;
  };
  np(-2, 'nsubj');
  const verb = words.length;
  words.push({ form: pick('VERB'), upos: 'VERB', head: -1, deprel: 'root' });
  np(verb, 'obj');
  if (random() < 0.5) {
    const adp = words.length;
    words.push({ form: pick('ADP'), upos: 'ADP', head: -1, deprel: 'case' });
    np(verb, 'obl');
    words[adp]!.head = words.length - 1;
  }
  words.push({ form: '.', upos: 'PUNCT', head: verb, deprel: 'punct' });
  for (const w of words) if (w.head === -2) w.head = verb;
  const n = words.length;
  return {
    id: `syn-${id}`,
    encoded: new EncodedSentence(words.map((w) => ({ form: w.form, winkTag: w.upos }))),
    upos: Uint8Array.from(words, (w) => uposIndex(w.upos)),
    xposNames: words.map((w) => w.upos),
    heads: Int32Array.from(words, (w) => (w.head === -1 ? n : w.head)),
    deprels: words.map((w) => w.deprel),
  };
}

describe('a tiny end-to-end training run', () => {
  const random = seededRandom(42);
  const train = Array.from({ length: 40 }, (_, i) => syntheticSentence(random, i));
  const test = Array.from({ length: 30 }, (_, i) => syntheticSentence(random, 100 + i));

  it('learns tags and trees it was not shown', () => {
    const tagger = trainTagger(train, { epochs: 4, rowBits: 14, seed: 1, prune: 0 });
    expect(taggerAccuracy(tagger, test)).toBeGreaterThan(0.95);
    const tags = (data: TreebankSentence[]) => data.map((s) => tagSentence(tagger, s.encoded));
    const scores: number[] = [];
    const models = trainParser(train, tags(train), tags(train), { epochs: 5, transitionBits: 14, labelBits: 12, explore: 0.9, seed: 3, prune: 0 }, (_e, m) => {
      scores.push(attachmentScores(m, test, tags(test), tags(test)).las);
    });
    const final = attachmentScores(models, test, tags(test), tags(test));
    expect(final.uas).toBeGreaterThan(0.95);
    expect(final.las).toBeGreaterThan(0.9);
    expect(models.labels).toContain('nsubj');
    expect(scores[scores.length - 1]!).toBeGreaterThanOrEqual(scores[0]!);
  });

  it('is deterministic: the same data and seeds give the same weights', () => {
    const a = trainTagger(train, { epochs: 2, rowBits: 12, seed: 9, prune: 0 });
    const b = trainTagger(train, { epochs: 2, rowBits: 12, seed: 9, prune: 0 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
  });
});
