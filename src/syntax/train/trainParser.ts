import { projectivize } from '../ArcHybridState.js';
import { parseSentence, trainParserSentence, type ParserModels, type ParserTrainingExample } from '../DependencyParser.js';
import { seededRandom, shuffleInPlace } from '../hash.js';
import { PerceptronTrainer } from '../Perceptron.js';
import { N_ACTIONS } from '../ArcHybridState.js';
import type { TreebankSentence } from './treebank.js';

export interface ParserSettings {
  epochs: number;
  transitionBits: number;
  labelBits: number;
  /** Probability of following the model's own wrong choice during training (from epoch 2). */
  explore: number;
  seed: number;
  prune: number;
}

export interface AttachmentScores {
  uas: number;
  las: number;
  words: number;
}

/** The label inventory of a treebank: every DEPREL seen, sorted, "root" included. */
export function labelInventory(data: readonly TreebankSentence[]): string[] {
  const labels = new Set<string>(['root']);
  for (const s of data) for (const l of s.deprels) labels.add(l);
  return [...labels].sort();
}

/**
 * Trains transition and label classifiers; after each epoch `onEpoch` may score the averaged
 * models (e.g. on dev) — returning false stops training.
 */
export function trainParser(
  data: readonly TreebankSentence[],
  tags: readonly Uint8Array[],
  xtags: readonly Uint8Array[],
  settings: ParserSettings,
  onEpoch: (epoch: number, models: ParserModels) => void = () => {},
  log: (line: string) => void = () => {},
): ParserModels {
  const labels = labelInventory(data);
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const examples: ParserTrainingExample[] = data.map((s, i) => ({
    sentence: s.encoded,
    tags: tags[i]!,
    xtags: xtags[i]!,
    heads: projectivize(s.heads),
    labels: Int32Array.from(s.deprels, (l) => labelIndex.get(l)!),
  }));
  const transitions = new PerceptronTrainer({ rowBits: settings.transitionBits, nClasses: N_ACTIONS });
  const labeller = new PerceptronTrainer({ rowBits: settings.labelBits, nClasses: labels.length });
  const random = seededRandom(settings.seed);
  const order = [...examples];
  let models: ParserModels | null = null;
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    shuffleInPlace(order, random);
    let correct = 0;
    let words = 0;
    const explore = epoch === 0 ? 0 : settings.explore;
    for (const ex of order) {
      correct += trainParserSentence({ transitions, labeller, labels }, ex, explore, random);
      words += ex.heads.length;
    }
    log(`parser epoch ${epoch + 1}: train UAS (exploring) ${(correct / words).toFixed(4)}`);
    models = { transitions: transitions.finish(settings.prune), labeller: labeller.finish(settings.prune), labels };
    onEpoch(epoch + 1, models);
  }
  return models!;
}

/** UAS/LAS (punctuation included, labels compared on their universal part) against gold trees. */
export function attachmentScores(models: ParserModels, data: readonly TreebankSentence[], tags: readonly Uint8Array[], xtags: readonly Uint8Array[]): AttachmentScores {
  let uas = 0;
  let las = 0;
  let words = 0;
  data.forEach((s, i) => {
    const parse = parseSentence(models, s.encoded, tags[i]!, xtags[i]!);
    const n = s.heads.length;
    for (let k = 0; k < n; k++) {
      const gold = s.heads[k] === n ? -1 : s.heads[k]!;
      if (parse.head[k] !== gold) continue;
      uas++;
      if (parse.label[k]!.split(':')[0] === s.deprels[k]!.split(':')[0]) las++;
    }
    words += n;
  });
  return { uas: uas / words, las: las / words, words };
}
