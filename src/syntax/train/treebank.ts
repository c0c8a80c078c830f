/**
 * Treebank sentences prepared for training and evaluation: encoded words (with wink-nlp's tag
 * of each gold word), gold UPOS, gold heads (n = root) and label names.
 */
import { wordSpans, type ConlluSentence } from '../conllu.js';
import { EncodedSentence } from '../EncodedSentence.js';
import { uposIndex } from '../tagsets.js';
import { winkTagsForSpans } from '../winkAlignment.js';

export interface TreebankSentence {
  id: string;
  encoded: EncodedSentence;
  upos: Uint8Array;
  /** Gold XPOS (Penn Treebank) tags as written. */
  xposNames: string[];
  /** Gold heads, 0-based, n for the root word. */
  heads: Int32Array;
  deprels: string[];
}

export function prepareSentence(sentence: ConlluSentence, index: number): TreebankSentence {
  const { text, starts, ends } = wordSpans(sentence);
  const wink = winkTagsForSpans(text, starts, ends);
  const n = sentence.words.length;
  const encoded = new EncodedSentence(sentence.words.map((w, i) => ({ form: w.form, winkTag: wink[i]! })));
  const upos = new Uint8Array(n);
  const heads = new Int32Array(n);
  sentence.words.forEach((w, i) => {
    upos[i] = uposIndex(w.upos);
    heads[i] = w.head <= 0 ? n : w.head - 1;
  });
  return { id: sentence.sentId ?? String(index + 1), encoded, upos, xposNames: sentence.words.map((w) => w.xpos), heads, deprels: sentence.words.map((w) => w.deprel) };
}
