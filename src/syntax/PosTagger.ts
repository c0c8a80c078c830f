/**
 * Part-of-speech tagger: a greedy left-to-right averaged perceptron over the word, its affixes
 * and shape, its neighbours, the two previous predicted tags and wink-nlp's tag (Collins 2002;
 * Honnibal's tagger). Trained on the UD treebanks, it replaces wink's ~90 % accurate UPOS.
 */
import type { EncodedSentence } from './EncodedSentence.js';
import { feature1, feature2, feature3 } from './hash.js';
import { argmax, type Perceptron, type PerceptronTrainer } from './Perceptron.js';
import { UPOS_TAGS } from './tagsets.js';

/** Number of UPOS classes; the XPOS tagger has as many classes as its tag list. */
export const POS_CLASSES: number = UPOS_TAGS.length;
/** Previous-tag value before the first word (above every tag index). */
const START = 250;
const END_WORD = 0x5eed;
const MAX_FEATURES = 32;

/** Writes the features of word i into `out` and returns how many there are. */
export function posFeatures(s: EncodedSentence, i: number, prev1: number, prev2: number, out: Int32Array): number {
  const at = (a: Int32Array, k: number): number => (k >= 0 && k < s.length ? a[k]! : END_WORD);
  let n = 0;
  out[n++] = feature1(0, 0);
  out[n++] = feature1(1, s.lower[i]!);
  out[n++] = feature1(2, s.exact[i]!);
  out[n++] = feature1(3, s.suffix3[i]!);
  out[n++] = feature1(4, s.suffix2[i]!);
  out[n++] = feature1(5, s.suffix4[i]!);
  out[n++] = feature1(6, s.prefix1[i]!);
  out[n++] = feature1(7, s.shape[i]!);
  out[n++] = feature2(8, s.shape[i]!, i === 0 ? 1 : 0);
  out[n++] = feature1(9, prev1);
  out[n++] = feature2(10, prev1, prev2);
  out[n++] = feature2(11, prev1, s.lower[i]!);
  out[n++] = feature1(12, at(s.lower, i - 1));
  out[n++] = feature1(13, at(s.suffix3, i - 1));
  out[n++] = feature1(14, at(s.lower, i + 1));
  out[n++] = feature1(15, at(s.suffix3, i + 1));
  out[n++] = feature1(16, at(s.lower, i - 2));
  out[n++] = feature1(17, at(s.lower, i + 2));
  out[n++] = feature1(18, s.wink[i]!);
  out[n++] = feature2(19, s.wink[i]!, s.suffix3[i]!);
  out[n++] = feature2(20, at(s.wink, i - 1), s.wink[i]!);
  out[n++] = feature2(21, s.wink[i]!, at(s.wink, i + 1));
  out[n++] = feature1(22, at(s.wink, i + 1));
  out[n++] = feature2(23, prev1, s.wink[i]!);
  out[n++] = feature2(24, s.wink[i]!, s.lower[i]!);
  out[n++] = feature3(25, prev1, s.wink[i]!, at(s.wink, i + 1));
  out[n++] = feature2(26, s.lower[i]!, at(s.lower, i + 1));
  out[n++] = feature2(27, at(s.lower, i - 1), s.lower[i]!);
  return n;
}

/** Tags a sentence with a trained model; returns class indices (UPOS or XPOS). */
export function tagSentence(model: Perceptron, s: EncodedSentence): Uint8Array {
  return runTagger((f, n, out) => model.score(f, n, out), model.shape.nClasses, s);
}

type Scorer = (features: Int32Array, count: number, out: Float32Array) => void;

function runTagger(score: Scorer, nClasses: number, s: EncodedSentence, onStep?: (i: number, features: Int32Array, count: number, guess: number) => number): Uint8Array {
  const tags = new Uint8Array(s.length);
  const features = new Int32Array(MAX_FEATURES);
  const scores = new Float32Array(nClasses);
  let prev1: number = START;
  let prev2: number = START;
  for (let i = 0; i < s.length; i++) {
    const count = posFeatures(s, i, prev1, prev2, features);
    score(features, count, scores);
    let tag = argmax(scores, nClasses);
    if (onStep !== undefined) tag = onStep(i, features, count, tag);
    tags[i] = tag;
    prev2 = prev1;
    prev1 = tag;
  }
  return tags;
}

/** One training pass over a sentence with gold tags; returns the number of correct guesses. */
export function trainPosSentence(trainer: PerceptronTrainer, s: EncodedSentence, gold: Uint8Array): number {
  let correct = 0;
  runTagger((f, n, out) => trainer.score(f, n, out), trainer.shape.nClasses, s, (i, features, count, guess) => {
    trainer.tick();
    trainer.update(features, count, gold[i]!, guess);
    if (guess === gold[i]) correct++;
    // Later words see the predicted tag, as they will at run time.
    return guess;
  });
  return correct;
}
