import { classesOf, ENTITY_CLASSES, featureContext, tagEntities, trainEntitySentence, type EntityInput } from '../EntityTagger.js';
import { nonEntityRuns, RETYPER_CLASSES, retypedEntities, retyperBuffers, trainRetyperSpan, type SpanRetyper } from '../EntityRetyper.js';
import type { Gazetteer } from '../Gazetteer.js';
import { seededRandom, shuffleInPlace } from '../hash.js';
import { type Perceptron, PerceptronTrainer } from '../Perceptron.js';
import type { EntityExample } from './entityData.js';
import { coarseEntityType, ENTITY_TYPES } from '../EntityTagger.js';

export interface EntitySettings {
  epochs: number;
  rowBits: number;
  seed: number;
  prune: number;
}

export interface SpanScores {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
}

function input(example: EntityExample, gazetteer: Gazetteer): EntityInput {
  return { s: example.encoded, tags: example.tags, heads: example.heads, labels: example.labels, gazetteer, codes: gazetteer.annotate(example.encoded.forms), cues: example.cues, context: example.context };
}

/** Trains the entity tagger; `onEpoch` sees the averaged model after every epoch. */
export function trainEntityTagger(
  data: readonly EntityExample[],
  gazetteer: Gazetteer,
  settings: EntitySettings,
  onEpoch: (epoch: number, model: Perceptron) => void = () => {},
  log: (line: string) => void = () => {},
): Perceptron {
  const trainer = new PerceptronTrainer({ rowBits: settings.rowBits, nClasses: ENTITY_CLASSES });
  const prepared = data.map((ex) => ({ x: input(ex, gazetteer), gold: classesOf(ex.encoded.length, ex.spans) }));
  const random = seededRandom(settings.seed);
  let model: Perceptron | null = null;
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    shuffleInPlace(prepared, random);
    let correct = 0;
    let words = 0;
    for (const { x, gold } of prepared) {
      correct += trainEntitySentence(trainer, x, gold);
      words += gold.length;
    }
    log(`entities epoch ${epoch + 1}: train word accuracy ${(correct / words).toFixed(4)}`);
    model = trainer.finish(settings.prune);
    onEpoch(epoch + 1, model);
  }
  return model!;
}

/** Exact-span typed (or untyped) precision / recall / F1 on gold examples. */
export function entitySpanScores(model: Perceptron, data: readonly EntityExample[], gazetteer: Gazetteer, typed = true, retyper?: SpanRetyper): SpanScores {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const ex of data) {
    const spans = retyper === undefined ? tagEntities(model, input(ex, gazetteer)) : retypedEntities(model, retyper, input(ex, gazetteer));
    const key = (s: { start: number; end: number }, type: string): string => `${s.start}:${s.end}:${typed ? coarseEntityType(type) : ''}`;
    const goldKeys = new Set(ex.spans.map((s) => key(s, ENTITY_TYPES[s.type]!)));
    for (const s of spans) if (goldKeys.has(key(s, s.type))) tp++;
    predicted += spans.length;
    gold += ex.spans.length;
  }
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, gold, predicted };
}

export interface RetyperSettings {
  epochs: number;
  rowBits: number;
  seed: number;
}

/** Trains the span re-typer on the gold spans of the training examples (`EntityRetyper`). */
export function trainRetyper(data: readonly EntityExample[], gazetteer: Gazetteer, settings: RetyperSettings, log: (line: string) => void = () => {}): Perceptron {
  const trainer = new PerceptronTrainer({ rowBits: settings.rowBits, nClasses: RETYPER_CLASSES });
  const prepared = data.map((ex) => {
    const x = input(ex, gazetteer);
    return { x, ctx: featureContext(x), spans: [...ex.spans, ...nonEntityRuns(x, ex.spans)] };
  });
  const random = seededRandom(settings.seed);
  const { features, scores } = retyperBuffers(gazetteer.names.length);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    shuffleInPlace(prepared, random);
    let correct = 0;
    let total = 0;
    for (const { x, ctx, spans } of prepared) {
      for (const span of spans) {
        if (trainRetyperSpan(trainer, x, ctx, span, features, scores)) correct++;
        total++;
      }
    }
    log(`span re-typer epoch ${epoch + 1}: train accuracy ${(correct / total).toFixed(4)}`);
  }
  return trainer.finish();
}
