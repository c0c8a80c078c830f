import { seededRandom, shuffleInPlace } from '../hash.js';
import { type Perceptron, PerceptronTrainer } from '../Perceptron.js';
import { tagSentence, trainPosSentence } from '../PosTagger.js';
import type { TreebankSentence } from './treebank.js';

export interface TaggerSettings {
  epochs: number;
  rowBits: number;
  seed: number;
  prune: number;
}

/** Which gold tags a tagger learns: UPOS (17 classes) or the treebank's XPOS list. */
export interface TagColumn {
  name: string;
  classes: number;
  gold(s: TreebankSentence): Uint8Array;
}

export const UPOS_COLUMN: TagColumn = { name: 'UPOS', classes: 17, gold: (s) => s.upos };

/** Trains a tagger for `column`; `log` receives one line per epoch. */
export function trainTagger(data: readonly TreebankSentence[], settings: TaggerSettings, log: (line: string) => void = () => {}, column: TagColumn = UPOS_COLUMN): Perceptron {
  const trainer = new PerceptronTrainer({ rowBits: settings.rowBits, nClasses: column.classes });
  const order = [...data];
  const random = seededRandom(settings.seed);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    shuffleInPlace(order, random);
    let correct = 0;
    let total = 0;
    for (const s of order) {
      correct += trainPosSentence(trainer, s.encoded, column.gold(s));
      total += s.upos.length;
    }
    log(`${column.name} tagger epoch ${epoch + 1}: train accuracy ${(correct / total).toFixed(4)}`);
  }
  return trainer.finish(settings.prune);
}

/** Tagging accuracy of a model on gold sentences. */
export function taggerAccuracy(model: Perceptron, data: readonly TreebankSentence[], column: TagColumn = UPOS_COLUMN): number {
  let correct = 0;
  let total = 0;
  for (const s of data) {
    const tags = tagSentence(model, s.encoded);
    const gold = column.gold(s);
    for (let i = 0; i < tags.length; i++) if (tags[i] === gold[i]) correct++;
    total += tags.length;
  }
  return correct / Math.max(total, 1);
}

/**
 * Predicted tags for every training sentence from models that did not see it (k-fold
 * jackknifing), so the parser trains on tags as noisy as those it will get at run time.
 */
export function jackknifeTags(data: readonly TreebankSentence[], folds: number, settings: TaggerSettings, log: (line: string) => void = () => {}, column: TagColumn = UPOS_COLUMN): Uint8Array[] {
  const out: Uint8Array[] = new Array<Uint8Array>(data.length);
  for (let f = 0; f < folds; f++) {
    const train = data.filter((_, i) => i % folds !== f);
    const model = trainTagger(train, { ...settings, seed: settings.seed + f }, () => {}, column);
    let correct = 0;
    let total = 0;
    data.forEach((s, i) => {
      if (i % folds !== f) return;
      const tags = tagSentence(model, s.encoded);
      out[i] = tags;
      const gold = column.gold(s);
      for (let k = 0; k < tags.length; k++) if (tags[k] === gold[k]) correct++;
      total += tags.length;
    });
    log(`${column.name} jackknife fold ${f + 1}/${folds}: held-out tag accuracy ${(correct / total).toFixed(4)}`);
  }
  return out;
}

/** The XPOS tag list of a treebank (sorted) and the column that reads it. */
export function xposColumn(data: readonly TreebankSentence[]): { names: string[]; column: TagColumn } {
  const names = [...new Set(data.flatMap((s) => s.xposNames))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const cache = new WeakMap<TreebankSentence, Uint8Array>();
  const gold = (s: TreebankSentence): Uint8Array => {
    let tags = cache.get(s);
    if (tags === undefined) {
      tags = Uint8Array.from(s.xposNames, (x) => index.get(x) ?? 0);
      cache.set(s, tags);
    }
    return tags;
  };
  return { names, column: { name: 'XPOS', classes: names.length, gold } };
}
