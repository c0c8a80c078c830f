/**
 * The trained syntax models of one process: UPOS tagger, dependency parser and entity tagger,
 * loaded from models/ on first use and shared by every caller (worker processes load their
 * own copy once). `analyzeWords` runs all three over one sentence's words.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ModelError } from '../errors.js';
import { modelsDir } from '../paths.js';
import { parseSentence, type ParserModels } from './DependencyParser.js';
import { EncodedSentence, type WordInput } from './EncodedSentence.js';
import { retypedEntities, type SpanRetyper } from './EntityRetyper.js';
import { documentContexts, documentCues, harmonizeEntityTypes, tagEntities, type EntityInput, type EntitySpan } from './EntityTagger.js';
import { Gazetteer, type GazetteerLists } from './Gazetteer.js';
import { decodeModel, type ModelBundle } from './modelFile.js';
import type { Perceptron } from './Perceptron.js';
import { tagSentence } from './PosTagger.js';
import { UPOS_TAGS } from './tagsets.js';
import { hashString } from './hash.js';

const labelHashCache = new Map<string, number>();

/** Hashes of dependency labels (entity-tagger features). */
export function labelHashes(labels: readonly string[]): Int32Array {
  const out = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    let h = labelHashCache.get(labels[i]!);
    if (h === undefined) labelHashCache.set(labels[i]!, (h = hashString(labels[i]!)));
    out[i] = h;
  }
  return out;
}

export const MODEL_FILES = { tagger: 'tagger.bin', parser: 'parser.bin', entities: 'entities.bin' } as const;

export interface SyntaxModels {
  tagger: Perceptron;
  /** Fine-grained (XPOS, Penn Treebank) tagger and its tag names. */
  xtagger: Perceptron;
  xpos: readonly string[];
  parser: ParserModels;
  entities: Perceptron;
  /** The second-stage span re-typer (`EntityRetyper`) with its settings; absent in older model files. */
  retyper?: SpanRetyper;
  gazetteer: Gazetteer;
}

export interface SentenceAnalysis {
  upos: string[];
  xpos: string[];
  /** Head word index per word, -1 for the root. */
  head: Int32Array;
  label: string[];
  entities: EntitySpan[];
}

function perceptron(bundle: ModelBundle, key: string, file: string): Perceptron {
  const p = bundle.perceptrons[key];
  if (p === undefined) throw new ModelError(`${file}: expected a "${key}" classifier, found ${Object.keys(bundle.perceptrons).join(', ') || 'none'}`);
  return p;
}

function readBundle(dir: string, name: string): ModelBundle {
  const file = path.join(dir, name);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new ModelError(`expected the syntax model ${file}, found none (${(error as NodeJS.ErrnoException).code ?? 'unreadable'}); reinstall newsgraph or run npm run train`, {}, { cause: error });
  }
  return decodeModel(bytes, file);
}

/** Reads the three model files of `dir` (default: the package's models/). */
export function readSyntaxModels(dir: string = modelsDir): SyntaxModels {
  const tagger = readBundle(dir, MODEL_FILES.tagger);
  const parser = readBundle(dir, MODEL_FILES.parser);
  const entities = readBundle(dir, MODEL_FILES.entities);
  const labels = parser.header['labels'];
  if (!Array.isArray(labels) || !labels.every((l) => typeof l === 'string')) {
    throw new ModelError(`${MODEL_FILES.parser}: expected a header with the label names, found ${typeof labels}`);
  }
  const xpos = tagger.header['xpos'];
  if (!Array.isArray(xpos) || !xpos.every((l) => typeof l === 'string')) {
    throw new ModelError(`${MODEL_FILES.tagger}: expected a header with the XPOS tag names, found ${typeof xpos}`);
  }
  const lists = entities.header['gazetteer'];
  if (typeof lists !== 'object' || lists === null) throw new ModelError(`${MODEL_FILES.entities}: expected a header with gazetteer lists, found ${typeof lists}`);
  return {
    tagger: perceptron(tagger, 'tagger', MODEL_FILES.tagger),
    xtagger: perceptron(tagger, 'xtagger', MODEL_FILES.tagger),
    xpos: xpos as string[],
    parser: { transitions: perceptron(parser, 'transitions', MODEL_FILES.parser), labeller: perceptron(parser, 'labeller', MODEL_FILES.parser), labels: labels as string[] },
    entities: perceptron(entities, 'entities', MODEL_FILES.entities),
    ...retyperOf(entities),
    gazetteer: new Gazetteer(lists as GazetteerLists),
  };
}

/** The span re-typer of an entities bundle, with its settings from the header; none in older files. */
function retyperOf(bundle: ModelBundle): Pick<SyntaxModels, 'retyper'> {
  const model = bundle.perceptrons['retyper'];
  if (model === undefined) return {};
  const setting = (key: string): number => {
    const value = bundle.header[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new ModelError(`${MODEL_FILES.entities}: expected a non-negative number as ${key} beside the re-typer, found ${JSON.stringify(value)}`);
    }
    return value;
  };
  return { retyper: { model, weight: setting('retyperWeight'), addThreshold: setting('retyperAddThreshold') } };
}

let shared: SyntaxModels | null = null;

/** The process-wide models, loaded once. */
export function getSyntaxModels(): SyntaxModels {
  shared ??= readSyntaxModels();
  return shared;
}

interface ParsedSentence {
  s: EncodedSentence;
  tags: Uint8Array;
  xtags: Uint8Array;
  head: Int32Array;
  label: string[];
  labels: Int32Array;
}

function parseWords(models: SyntaxModels, words: readonly WordInput[]): ParsedSentence {
  const s = new EncodedSentence(words);
  const tags = tagSentence(models.tagger, s);
  const xtags = tagSentence(models.xtagger, s);
  const parse = parseSentence(models.parser, s, tags, xtags);
  return { s, tags, xtags, head: parse.head, label: parse.label, labels: labelHashes(parse.label) };
}

function analysis(models: SyntaxModels, p: ParsedSentence, entities: EntitySpan[]): SentenceAnalysis {
  return { upos: Array.from(p.tags, (t) => UPOS_TAGS[t]!), xpos: Array.from(p.xtags, (t) => models.xpos[t] ?? '_'), head: p.head, label: p.label, entities };
}

const EMPTY: SentenceAnalysis = { upos: [], xpos: [], head: new Int32Array(0), label: [], entities: [] };

/** Tags, parses and finds entities in one sentence's words, as a lone sentence (no document cues). */
export function analyzeWords(models: SyntaxModels, words: readonly WordInput[]): SentenceAnalysis {
  if (words.length === 0) return { ...EMPTY, entities: [] };
  const p = parseWords(models, words);
  const codes = models.gazetteer.annotate(p.s.forms);
  return analysis(models, p, findEntities(models, { s: p.s, tags: p.tags, heads: p.head, labels: p.labels, gazetteer: models.gazetteer, codes }));
}

/** The tagger's spans of one sentence, re-typed by the span re-typer when the models have one. */
function findEntities(models: SyntaxModels, x: EntityInput): EntitySpan[] {
  if (models.retyper === undefined) return tagEntities(models.entities, x);
  return retypedEntities(models.entities, models.retyper, x);
}

/**
 * Tags and parses every sentence of a document, then finds its entities with the document's
 * spelling cues (`documentCues`) and name contexts (`documentContexts`), one type per name
 * across the document (`harmonizeEntityTypes`). Result k is the analysis of sentences[k].
 */
export function analyzeDocument(models: SyntaxModels, sentences: readonly (readonly WordInput[])[]): SentenceAnalysis[] {
  const forms = sentences.map((words) => words.map((w) => w.form));
  const cues = documentCues(forms);
  const parsed = sentences.map((words) => (words.length === 0 ? null : parseWords(models, words)));
  const contexts = documentContexts(parsed.filter((p) => p !== null).map((p) => ({ s: p.s, heads: p.head, labels: p.labels })));
  let next = 0;
  const analyses = parsed.map((p, k) => {
    if (p === null) return { ...EMPTY, entities: [] };
    const x = { s: p.s, tags: p.tags, heads: p.head, labels: p.labels, gazetteer: models.gazetteer, codes: models.gazetteer.annotate(p.s.forms), cues: cues[k]!, context: contexts[next++]! };
    return analysis(models, p, findEntities(models, x));
  });
  harmonizeEntityTypes(forms, analyses.map((a) => a.entities));
  return analyses;
}
