/**
 * `npm run train`: rebuilds models/ from the shared treebanks and CoNLL04, deterministically.
 * The I/O (reading the data, writing the files) is done by the caller through `TrainingIo`.
 */
import { documents, parseConllu, type ConlluSentence } from '../conllu.js';
import { parseSentence, type ParserModels } from '../DependencyParser.js';
import { labelHashes } from '../SyntaxModels.js';
import { Gazetteer } from '../Gazetteer.js';
import { documentContexts, documentCues } from '../EntityTagger.js';
import { encodeModel } from '../modelFile.js';
import type { Perceptron } from '../Perceptron.js';
import { tagSentence } from '../PosTagger.js';
import { conll04Examples, gumNameSpans, gumTypeIndex, type Conll04Record, type EntityExample } from './entityData.js';
import { buildGazetteerLists, type GazetteerSources } from './gazetteerLists.js';
import { entitySpanScores, trainEntityTagger, trainRetyper, type RetyperSettings } from './trainEntities.js';
import { attachmentScores, trainParser, type ParserSettings } from './trainParser.js';
import { jackknifeTags, taggerAccuracy, trainTagger, xposColumn, type TaggerSettings } from './trainTagger.js';
import { prepareSentence, type TreebankSentence } from './treebank.js';

export interface TrainingIo {
  /** Reads a file under the shared data folder (e.g. "data/ud/ewt/train.conllu"). */
  read(relativePath: string): string;
  gazetteerSources: GazetteerSources;
  log(line: string): void;
}

export interface TrainingSettings {
  tagger: TaggerSettings;
  jackknifeFolds: number;
  parser: ParserSettings;
  entities: { epochs: number; rowBits: number; seed: number; prune: number };
  /** The span re-typer (`EntityRetyper`): its training and the two run-time settings chosen on dev. */
  retyper: RetyperSettings & { weight: number; addThreshold: number };
}

export const DEFAULT_TRAINING: TrainingSettings = {
  tagger: { epochs: 8, rowBits: 18, seed: 11, prune: 0 },
  jackknifeFolds: 4,
  parser: { epochs: 12, transitionBits: 23, labelBits: 20, explore: 0.9, seed: 7, prune: 0 },
  entities: { epochs: 10, rowBits: 19, seed: 5, prune: 0 },
  retyper: { epochs: 8, rowBits: 18, seed: 5, weight: 1, addThreshold: 0.5 },
};

export interface TrainedModels {
  files: Record<string, Buffer>;
  report: Record<string, unknown>;
}

function treebank(io: TrainingIo, file: string): TreebankSentence[] {
  return conllu(io, file).map(prepareSentence);
}

function conllu(io: TrainingIo, file: string): ConlluSentence[] {
  return parseConllu(io.read(file), file);
}

/** GUM's name spans (from its Entity column) over its gold words, with predicted tags and trees. */
function gumEntityExamples(raw: readonly ConlluSentence[], sentences: readonly TreebankSentence[], tags: readonly Uint8Array[], xtags: readonly Uint8Array[], parser: ParserModels): EntityExample[] {
  const groups = documents(raw);
  const cues = groups.flatMap((document) => documentCues(document.map((s) => s.words.map((w) => w.form))));
  const examples = sentences.map((s, i) => {
    const parse = parseSentence(parser, s.encoded, tags[i]!, xtags[i]!);
    const spans = gumNameSpans(raw[i]!).map((sp) => ({ start: sp.start, end: sp.end, type: gumTypeIndex(sp.type) }));
    return { id: s.id, encoded: s.encoded, tags: tags[i]!, heads: parse.head, labels: labelHashes(parse.label), cues: cues[i]!, spans };
  });
  let first = 0;
  const contexts = groups.flatMap((document) => {
    const group = examples.slice(first, (first += document.length));
    return documentContexts(group.map((e) => ({ s: e.encoded, heads: e.heads, labels: e.labels })));
  });
  return examples.map((e, i) => ({ ...e, context: contexts[i]! }));
}

function conll04(io: TrainingIo, file: string): Conll04Record[] {
  return io.read(file).split('\n').filter((l) => l.trim() !== '').map((line) => {
    const r = JSON.parse(line) as { id: string; text: string; entities: Conll04Record['entities'] };
    return { id: r.id, text: r.text, entities: r.entities };
  });
}

function bestOf<T>(candidates: { score: number; value: T }[]): T {
  return candidates.reduce((a, b) => (b.score > a.score ? b : a)).value;
}

/** Optional pre-trained models: given, `trainAll` keeps them and retrains only the entity tagger. */
export interface ReusedModels {
  tagger: Perceptron;
  xtagger: Perceptron;
  xpos: readonly string[];
  parser: ParserModels;
}

export interface SyntaxStage {
  tagger: Perceptron;
  xtagger: Perceptron;
  xposNames: readonly string[];
  parser: ParserModels;
  trainTags: Uint8Array[];
  trainXtags: Uint8Array[];
  devTags: Uint8Array[];
  devXtags: Uint8Array[];
}

/** Taggers (with jackknifed training tags) and parser, trained or reused. */
function syntaxStage(io: TrainingIo, settings: TrainingSettings, train: TreebankSentence[], dev: TreebankSentence[], report: Record<string, unknown>, reuse?: ReusedModels): SyntaxStage {
  const tagger = reuse?.tagger ?? trainTagger(train, settings.tagger, io.log);
  report['taggerDevAccuracy'] = taggerAccuracy(tagger, dev);
  io.log(`tagger: dev accuracy ${(report['taggerDevAccuracy'] as number).toFixed(4)}`);
  const trainTags = jackknifeTags(train, settings.jackknifeFolds, settings.tagger, io.log);
  const devTags = dev.map((s) => tagSentence(tagger, s.encoded));
  const xpos = xposColumn(train);
  if (reuse !== undefined && reuse.xpos.join(' ') !== xpos.names.join(' ')) throw new Error('the reused tagger was trained on another XPOS tag set; retrain all models');
  const xtagger = reuse?.xtagger ?? trainTagger(train, settings.tagger, io.log, xpos.column);
  report['xposTaggerDevAccuracy'] = taggerAccuracy(xtagger, dev, xpos.column);
  io.log(`XPOS tagger: dev accuracy ${(report['xposTaggerDevAccuracy'] as number).toFixed(4)}`);
  const trainXtags = jackknifeTags(train, settings.jackknifeFolds, settings.tagger, io.log, xpos.column);
  const devXtags = dev.map((s) => tagSentence(xtagger, s.encoded));
  const stage = { tagger, xtagger, xposNames: xpos.names, trainTags, trainXtags, devTags, devXtags };
  if (reuse !== undefined) {
    report['parserDevLas'] = attachmentScores(reuse.parser, dev, devTags, devXtags).las;
    return { ...stage, parser: reuse.parser };
  }
  const parserCandidates: { score: number; value: ParserModels }[] = [];
  trainParser(train, trainTags, trainXtags, settings.parser, (epoch, models) => {
    const scores = attachmentScores(models, dev, devTags, devXtags);
    io.log(`parser epoch ${epoch}: dev UAS ${scores.uas.toFixed(4)} LAS ${scores.las.toFixed(4)}`);
    parserCandidates.push({ score: scores.las, value: models });
  }, io.log);
  report['parserDevLas'] = Math.max(...parserCandidates.map((c) => c.score));
  return { ...stage, parser: bestOf(parserCandidates) };
}

export interface EntityTrainingData {
  report: Record<string, unknown>;
  stage: SyntaxStage;
  gazetteerLists: Record<string, string[]>;
  train: EntityExample[];
  dev: EntityExample[];
}

/** Everything the entity tagger trains on: the syntax models' output over GUM and CoNLL04. */
export function entityTrainingData(io: TrainingIo, settings: TrainingSettings = DEFAULT_TRAINING, reuse?: ReusedModels): EntityTrainingData {
  const report: Record<string, unknown> = { settings };
  const ewtTrain = treebank(io, 'data/ud/ewt/train.conllu');
  const gumTrainRaw = conllu(io, 'data/ud/gum/train.conllu');
  const gumTrain = gumTrainRaw.map(prepareSentence);
  const train = [...ewtTrain, ...gumTrain];
  const gumDevRaw = conllu(io, 'data/ud/gum/dev.conllu');
  const gumDev = gumDevRaw.map(prepareSentence);
  const dev = [...treebank(io, 'data/ud/ewt/dev.conllu'), ...gumDev];
  io.log(`treebanks: ${train.length} training and ${dev.length} dev sentences`);
  const stage = syntaxStage(io, settings, train, dev, report, reuse);
  const { tagger, xtagger, parser, trainTags, trainXtags, devTags, devXtags } = stage;
  const entityTrain = [
    ...gumEntityExamples(gumTrainRaw, gumTrain, trainTags.slice(ewtTrain.length), trainXtags.slice(ewtTrain.length), parser),
    ...conll04Examples(conll04(io, 'eval/conll04/train.gold.jsonl'), { tagger, xtagger, parser }),
  ];
  const entityDev = [
    ...gumEntityExamples(gumDevRaw, gumDev, devTags.slice(dev.length - gumDev.length), devXtags.slice(dev.length - gumDev.length), parser),
    ...conll04Examples(conll04(io, 'eval/conll04/dev.gold.jsonl'), { tagger, xtagger, parser }),
  ];
  io.log(`entities: ${entityTrain.length} training and ${entityDev.length} dev sentences`);
  return { report, stage, gazetteerLists: buildGazetteerLists(io.gazetteerSources), train: entityTrain, dev: entityDev };
}

/** Trains the entity tagger and keeps the epoch with the best dev typed span F1. */
export function trainBestEntityTagger(io: TrainingIo, settings: TrainingSettings, data: Pick<EntityTrainingData, 'gazetteerLists' | 'train' | 'dev'>, report: Record<string, unknown>): Perceptron {
  const gazetteer = new Gazetteer(data.gazetteerLists);
  const entityCandidates: { score: number; value: Perceptron }[] = [];
  trainEntityTagger(data.train, gazetteer, settings.entities, (epoch, model) => {
    const scores = entitySpanScores(model, data.dev, gazetteer);
    io.log(`entities epoch ${epoch}: dev typed span P ${scores.precision.toFixed(4)} R ${scores.recall.toFixed(4)} F1 ${scores.f1.toFixed(4)}`);
    entityCandidates.push({ score: scores.f1, value: model });
  }, io.log);
  report['entityDevF1'] = Math.max(...entityCandidates.map((c) => c.score));
  return bestOf(entityCandidates);
}

/**
 * Trains every model (or, given `reuse`, only the entity tagger on top of the reused taggers
 * and parser: the same bytes as a full run when those are the full run's models).
 */
export function trainAll(io: TrainingIo, settings: TrainingSettings = DEFAULT_TRAINING, reuse?: ReusedModels): TrainedModels {
  const data = entityTrainingData(io, settings, reuse);
  const { report, gazetteerLists } = data;
  const { tagger, xtagger, xposNames, parser } = data.stage;
  const entities = trainBestEntityTagger(io, settings, data, report);
  const gazetteer = new Gazetteer(gazetteerLists);
  const retyper = trainRetyper(data.train, gazetteer, settings.retyper, io.log);
  const retyped = entitySpanScores(entities, data.dev, gazetteer, true, { model: retyper, ...settings.retyper });
  report['entityDevF1Retyped'] = retyped.f1;
  io.log(`span re-typer: dev typed span P ${retyped.precision.toFixed(4)} R ${retyped.recall.toFixed(4)} F1 ${retyped.f1.toFixed(4)}`);
  const files = {
    'tagger.bin': encodeModel({ header: { kind: 'tagger', classes: 'UPOS and XPOS', xpos: xposNames }, perceptrons: { tagger, xtagger } }),
    'parser.bin': encodeModel({ header: { kind: 'parser', system: 'arc-hybrid', labels: parser.labels }, perceptrons: { transitions: parser.transitions, labeller: parser.labeller } }),
    'entities.bin': encodeModel({
      header: { kind: 'entities', scheme: 'BILOU', gazetteer: gazetteerLists, retyperWeight: settings.retyper.weight, retyperAddThreshold: settings.retyper.addThreshold },
      perceptrons: { entities, retyper },
    }),
  };
  return { files, report };
}
