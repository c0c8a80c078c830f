/**
 * Second-stage span typing: the BILOU tagger fixes a name's type at its first word, before it
 * has seen the words that decide it ("United States | Congress", "Cambridge Whig | Club"). The
 * re-typer is an averaged perceptron over features of the whole span — its words, first and
 * last word, length, shapes, whole-span gazetteer hits, the syntactic setting of its head word
 * (label, governor, preposition) and the document contexts of its words — with one class per
 * entity type and NO_ENTITY, trained on gold spans and on the capitalised runs outside them
 * (`nonEntityRuns`). At run time (`retypeSpans`) it re-types or drops the tagger's spans and
 * adds capitalised runs the tagger left out.
 */
import { CONTEXT_SLOTS, ENTITY_TYPES, featureContext, logSumExpOf, SPAN_CHOICES, spanTypeScores, tagEntitiesWithTypeScores, type EntityInput, type EntitySpan, type FeatureContext } from './EntityTagger.js';
import { feature1, feature2, feature3, mix } from './hash.js';
import type { Perceptron, PerceptronTrainer } from './Perceptron.js';
import { uposIndex } from './tagsets.js';

export const RETYPER_CLASSES: number = SPAN_CHOICES;
export const NO_ENTITY: number = ENTITY_TYPES.length;
/** Features of a span besides its whole-span gazetteer hits (at most one per list). */
const MAX_SPAN_FEATURES = 64;
const MAX_SPAN_WORDS = 6;
const NONE_WORD = 0x0e0e;
const GAZ_UNIT = 1, GAZ_BEGIN = 2, GAZ_INSIDE = 3, GAZ_END = 4;

interface Span {
  start: number;
  end: number;
}

/** The last word of the span whose head lies outside it (the span's syntactic head). */
function spanHead(x: EntityInput, span: Span): number {
  for (let i = span.end - 1; i >= span.start; i--) {
    const h = x.heads[i]!;
    if (h < span.start || h >= span.end) return i;
  }
  return span.end - 1;
}

/** Per gazetteer list, whether the span is exactly one listed phrase. */
function wholeSpanHits(x: EntityInput, span: Span, emit: (list: number) => void): void {
  const lists = x.gazetteer.names.length;
  const code = (i: number, k: number): number => x.codes[i * lists + k]!;
  for (let k = 0; k < lists; k++) {
    const n = span.end - span.start;
    let whole = n === 1 ? code(span.start, k) === GAZ_UNIT : code(span.start, k) === GAZ_BEGIN && code(span.end - 1, k) === GAZ_END;
    for (let i = span.start + 1; whole && i < span.end - 1; i++) whole = code(i, k) === GAZ_INSIDE;
    if (whole) emit(k);
  }
}

/** Features of one span; returns their count. */
export function spanFeatures(x: EntityInput, ctx: FeatureContext, span: Span, out: Int32Array): number {
  const { s, tags } = x;
  const at = (a: Int32Array | Uint8Array, k: number): number => (k >= 0 && k < s.length ? a[k]! : NONE_WORD);
  const first = span.start;
  const last = span.end - 1;
  const length = Math.min(span.end - span.start, 5);
  let n = 0;
  out[n++] = feature1(300, 0);
  let whole = 0x51a7, shapes = 0x51a8, upos = 0x51a9;
  for (let i = first; i <= last; i++) {
    whole = mix(whole, s.lower[i]!);
    shapes = mix(shapes, s.shape[i]!);
    upos = mix(upos, tags[i]!);
    if (i - first < MAX_SPAN_WORDS) out[n++] = feature1(301, s.lower[i]!);
  }
  out[n++] = feature1(302, whole);
  out[n++] = feature1(303, shapes);
  out[n++] = feature1(304, upos);
  out[n++] = feature1(305, length);
  out[n++] = feature2(306, s.lower[first]!, length === 1 ? 1 : 0);
  out[n++] = feature1(307, s.lower[last]!);
  out[n++] = feature1(308, s.suffix3[last]!);
  out[n++] = feature1(309, s.suffix4[last]!);
  out[n++] = feature2(310, s.shape[first]!, length);
  out[n++] = feature1(311, at(s.lower, first - 1));
  out[n++] = feature1(312, at(s.lower, last + 1));
  out[n++] = feature2(313, at(s.lower, first - 2), at(s.lower, first - 1));
  out[n++] = feature2(314, at(s.lower, last + 1), at(s.lower, last + 2));
  out[n++] = feature2(315, at(tags, first - 1), at(tags, last + 1));
  out[n++] = feature1(316, ctx.gazetteer[first]!);
  out[n++] = feature1(317, ctx.gazetteer[last]!);
  wholeSpanHits(x, span, (k) => void (out[n++] = feature2(318, k, length === 1 ? 1 : 0)));
  const h = spanHead(x, span);
  const g = x.heads[h]!;
  const r = ctx.root[h]!;
  out[n++] = feature1(319, s.lower[h]!);
  out[n++] = feature1(320, x.labels[h]!);
  out[n++] = feature2(321, x.labels[h]!, g < 0 ? NONE_WORD : s.lower[g]!);
  out[n++] = feature1(322, ctx.preposition[h]!);
  out[n++] = feature2(323, ctx.preposition[h]!, s.lower[last]!);
  out[n++] = feature3(324, x.labels[r]!, ctx.governor[h]!, ctx.preposition[r]!);
  out[n++] = feature2(325, x.labels[h]!, g < 0 ? NONE_WORD : tags[g]!);
  out[n++] = feature1(326, x.cues?.[first] ?? 0);
  if (x.context !== undefined) {
    for (const i of first === h ? [h] : [first, h]) {
      for (let j = 0; j < CONTEXT_SLOTS; j++) {
        const v = x.context[i * CONTEXT_SLOTS + j]!;
        if (v !== 0) out[n++] = feature2(327 + (j >> 1), v, i === h ? 1 : 0);
      }
    }
  }
  return n;
}

/** One training step on a gold span; returns whether the re-typer already chose its type. */
export function trainRetyperSpan(trainer: PerceptronTrainer, x: EntityInput, ctx: FeatureContext, span: Span & { type: number }, features: Int32Array, scores: Float32Array): boolean {
  const count = spanFeatures(x, ctx, span, features);
  trainer.score(features, count, scores);
  let guess = 0;
  for (let c = 1; c < RETYPER_CLASSES; c++) if (scores[c]! > scores[guess]!) guess = c;
  trainer.tick();
  trainer.update(features, count, span.type, guess);
  return guess === span.type;
}

/** Scratch buffers for `spanFeatures` with a gazetteer of `lists` lists. */
export function retyperBuffers(lists: number): { features: Int32Array; scores: Float32Array } {
  return { features: new Int32Array(MAX_SPAN_FEATURES + lists), scores: new Float32Array(RETYPER_CLASSES) };
}

/** The re-typer of a model file with the two settings chosen on dev. */
export interface SpanRetyper {
  model: Perceptron;
  /** Weight of the re-typer's log-probabilities against the tagger's mean per-word ones. */
  weight: number;
  /** A run of capitalised words the tagger left out becomes a name when the re-typer alone gives one type more than this probability. */
  addThreshold: number;
}

/** Log-probabilities of the re-typer's choices for one span (softmax over its scores). */
function retyperLogProbabilities(model: Perceptron, x: EntityInput, ctx: FeatureContext, span: Span, buffers: { features: Int32Array; scores: Float32Array }): Float32Array {
  const { features, scores } = buffers;
  model.score(features, spanFeatures(x, ctx, span, features), scores);
  const logZ = logSumExpOf(RETYPER_CLASSES, (c) => scores[c]! * model.scale);
  return Float32Array.from(scores, (v) => v * model.scale - logZ);
}

/**
 * The second stage over one sentence's tagged spans: each span takes the choice (a type, or
 * NO_ENTITY, which drops it) with the highest sum of the tagger's mean per-word log-probability
 * (`taggerScores[k]` for spans[k], summed over its words by `spanTypeScores`) and `weight` times
 * the re-typer's; then every run of capitalised words or proper nouns outside the kept spans
 * that the re-typer types with probability above `addThreshold` is added. Spans are re-typed in
 * place; the result is in sentence order.
 */
export function retypeSpans(retyper: SpanRetyper, x: EntityInput, spans: readonly EntitySpan[], taggerScores: readonly Float32Array[]): EntitySpan[] {
  const ctx = featureContext(x);
  const buffers = retyperBuffers(x.gazetteer.names.length);
  const kept = spans.filter((span, k) => {
    const own = retyperLogProbabilities(retyper.model, x, ctx, span, buffers);
    let best = 0;
    let bestScore = -Infinity;
    for (let c = 0; c < RETYPER_CLASSES; c++) {
      const total = taggerScores[k]![c]! / (span.end - span.start) + retyper.weight * own[c]!;
      if (total > bestScore) [best, bestScore] = [c, total];
    }
    if (best === NO_ENTITY) return false;
    span.type = ENTITY_TYPES[best]!;
    return true;
  });
  const added: EntitySpan[] = [];
  for (const run of nonEntityRuns(x, kept)) {
    const own = retyperLogProbabilities(retyper.model, x, ctx, run, buffers);
    let best = 0;
    for (let c = 1; c < ENTITY_TYPES.length; c++) if (own[c]! > own[best]!) best = c;
    const p = Math.exp(own[best]!);
    if (p > retyper.addThreshold) added.push({ start: run.start, end: run.end, type: ENTITY_TYPES[best]!, score: p });
  }
  return added.length === 0 ? kept : [...kept, ...added].sort((a, b) => a.start - b.start);
}

/** The tagger's spans of one sentence through the second stage (`retypeSpans`). */
export function retypedEntities(tagger: Perceptron, retyper: SpanRetyper, x: EntityInput): EntitySpan[] {
  const { spans, typeScores } = tagEntitiesWithTypeScores(tagger, x);
  return retypeSpans(retyper, x, spans, spans.map((span) => spanTypeScores(typeScores, span)));
}

const PROPN = uposIndex('PROPN');

/**
 * Negative examples for the re-typer: runs of capitalised words or proper nouns that overlap no
 * gold span ("Senators", "September", "Inc."), typed NO_ENTITY.
 */
export function nonEntityRuns(x: EntityInput, gold: readonly Span[]): (Span & { type: number })[] {
  const n = x.s.length;
  const covered = new Uint8Array(n);
  for (const g of gold) covered.fill(1, g.start, g.end);
  const candidate = (i: number): boolean => covered[i] === 0 && (x.tags[i] === PROPN || /^\p{Lu}/u.test(x.s.forms[i]!));
  const out: (Span & { type: number })[] = [];
  for (let i = 0; i < n; ) {
    if (!candidate(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && candidate(j)) j++;
    out.push({ start: i, end: j, type: NO_ENTITY });
    i = j;
  }
  return out;
}
