/**
 * Named-entity tagger: BILOU tags over words (Ratinov & Roth 2009), greedy left to right with
 * only valid tag sequences, an averaged perceptron over word, shape, affix, UPOS, neighbour,
 * gazetteer, dependency (label and head of each word) and previous-tag features. Spans are typed
 * PERSON, ORGANIZATION, PLACE, EVENT, ABSTRACT (titles of works, laws, languages …), OBJECT
 * (products, vehicles …), TIME or OTHER; `coarseEntityType` folds the last four into OTHER.
 */
import type { EncodedSentence } from './EncodedSentence.js';
import type { Gazetteer } from './Gazetteer.js';
import { feature1, feature2, feature3, hashString, mix } from './hash.js';
import { argmax, type Perceptron, type PerceptronTrainer } from './Perceptron.js';

export const ENTITY_TYPES = ['PERSON', 'ORGANIZATION', 'PLACE', 'EVENT', 'ABSTRACT', 'OBJECT', 'TIME', 'OTHER'] as const;
export type EntityTagType = (typeof ENTITY_TYPES)[number];
export type CoarseEntityType = 'PERSON' | 'ORGANIZATION' | 'PLACE' | 'EVENT' | 'OTHER';

/** PERSON, ORGANIZATION, PLACE and EVENT as they are; every other type is OTHER. */
export function coarseEntityType(type: string): CoarseEntityType {
  return type === 'PERSON' || type === 'ORGANIZATION' || type === 'PLACE' || type === 'EVENT' ? type : 'OTHER';
}
export const ENTITY_CLASSES: number = 1 + ENTITY_TYPES.length * 4;
const B = 0, I = 1, L = 2, U = 3;
const START_CLASS = ENTITY_CLASSES;
const NONE_WORD = 0x0e0e;
const MAX_FEATURES = 56;

export interface EntitySpan {
  /** First word (inclusive) and end word (exclusive). */
  start: number;
  end: number;
  type: EntityTagType;
  /** Mean per-word probability of the chosen tags (softmax over the perceptron scores). */
  score: number;
}

export function entityClass(type: number, part: number): number {
  return 1 + type * 4 + part;
}
const partOf = (c: number): number => (c - 1) % 4;
const typeOf = (c: number): number => Math.floor((c - 1) / 4);

/** Whether tag `c` may follow tag `prev` (START_CLASS at the sentence start); `last` for the final word. */
export function validEntityTransition(prev: number, c: number, last: boolean): boolean {
  const open = prev !== START_CLASS && prev !== 0 && (partOf(prev) === B || partOf(prev) === I);
  if (open) return c !== 0 && typeOf(c) === typeOf(prev) && (partOf(c) === I || partOf(c) === L) && (!last || partOf(c) === L);
  if (c === 0) return true;
  return partOf(c) === U || (partOf(c) === B && !last);
}

/** `validEntityTransition` for every previous tag, last-word flag and tag, computed once. */
const VALID_AFTER = ((): Uint8Array => {
  const table = new Uint8Array((START_CLASS + 1) * 2 * ENTITY_CLASSES);
  for (let prev = 0; prev <= START_CLASS; prev++) {
    for (let c = 0; c < ENTITY_CLASSES; c++) {
      table[(prev * 2) * ENTITY_CLASSES + c] = validEntityTransition(prev, c, false) ? 1 : 0;
      table[(prev * 2 + 1) * ENTITY_CLASSES + c] = validEntityTransition(prev, c, true) ? 1 : 0;
    }
  }
  return table;
})();

export interface EntityInput {
  s: EncodedSentence;
  tags: Uint8Array;
  /** The sentence's parse: head word of each word (-1 for the root) and label hashes. */
  heads: Int32Array;
  labels: Int32Array;
  gazetteer: Gazetteer;
  codes: Uint8Array;
  /** Per word, how the same word is written elsewhere in the document (`documentCues`); absent for a lone sentence. */
  cues?: Uint8Array;
  /** Per word, CONTEXT_SLOTS settings of the same name elsewhere in the document (`documentContexts`); absent for a lone sentence. */
  context?: Int32Array;
}

const LOWER_ELSEWHERE = 1, CAPITALISED_ELSEWHERE = 2, DOCUMENT_KNOWN = 4;

/**
 * Document-level spelling cues (Ratinov & Roth 2009's non-local features, without a first
 * pass): for each word, whether the same word appears elsewhere in the document in lower case
 * ("Yesterday" at a sentence start) and whether it appears capitalised inside a sentence
 * ("Norton" at a sentence start is a name when "Norton" is written so mid-sentence too).
 */
export function documentCues(document: readonly (readonly string[])[]): Uint8Array[] {
  const lower = new Map<string, number>();
  const capitalised = new Map<string, number>();
  const isLower = (w: string): boolean => w !== w.toUpperCase() && w === w.toLowerCase();
  const isCapitalisedInside = (w: string, i: number): boolean => i > 0 && /^\p{Lu}/u.test(w);
  const count = (map: Map<string, number>, w: string): void => void map.set(w.toLowerCase(), (map.get(w.toLowerCase()) ?? 0) + 1);
  for (const forms of document) {
    forms.forEach((w, i) => {
      if (isLower(w)) count(lower, w);
      if (isCapitalisedInside(w, i)) count(capitalised, w);
    });
  }
  return document.map((forms) => Uint8Array.from(forms, (w, i) => {
    const key = w.toLowerCase();
    const lowerElsewhere = (lower.get(key) ?? 0) - (isLower(w) ? 1 : 0) > 0;
    const capitalisedElsewhere = (capitalised.get(key) ?? 0) - (isCapitalisedInside(w, i) ? 1 : 0) > 0;
    return DOCUMENT_KNOWN | (lowerElsewhere ? LOWER_ELSEWHERE : 0) | (capitalisedElsewhere ? CAPITALISED_ELSEWHERE : 0);
  }));
}

/** Parsed sentence of a document, as `documentContexts` reads it. */
export interface ParsedWords {
  s: Pick<EncodedSentence, 'length' | 'forms' | 'lower'>;
  heads: Int32Array;
  labels: Int32Array;
}

/** Kinds of document context (the preposition, governor and neighbours of a name) and values kept per kind. */
const CONTEXT_KINDS = 4, CONTEXT_TOP = 2;
export const CONTEXT_SLOTS = CONTEXT_KINDS * CONTEXT_TOP;

/**
 * Context aggregation across a document (Ratinov & Roth 2009): for each capitalised word, the
 * settings in which the same word appears capitalised elsewhere in the document — the
 * preposition of its phrase ("in Coron"), its phrase's governor and dependency label ("Coron
 * was registered"), the word before and the word after it — the two most frequent of each kind
 * (most frequent first, ties by value). A name whose mention here says little ("Coron has
 * taken …") is typed by what its other mentions say. Result k holds CONTEXT_SLOTS values per
 * word of sentence k (0: none).
 */
export function documentContexts(document: readonly ParsedWords[]): Int32Array[] {
  const values = document.map((x) => {
    const ctx = phraseContext(x);
    return Array.from({ length: x.s.length }, (_, i) => {
      const r = ctx.root[i]!;
      const at = (k: number): number => (k >= 0 && k < x.s.length ? x.s.lower[k]! : NONE_WORD);
      return [ctx.preposition[r]!, mix(ctx.governor[i]!, x.labels[r]!), at(i - 1), at(i + 1)];
    });
  });
  const isCapitalised = (form: string): boolean => /^\p{Lu}/u.test(form);
  const counts = new Map<string, Map<number, number>[]>();
  document.forEach((x, k) => x.s.forms.forEach((form, i) => {
    if (!isCapitalised(form)) return;
    const key = form.toLowerCase();
    const byKind = counts.get(key) ?? Array.from({ length: CONTEXT_KINDS }, () => new Map<number, number>());
    values[k]![i]!.forEach((v, kind) => byKind[kind]!.set(v, (byKind[kind]!.get(v) ?? 0) + 1));
    counts.set(key, byKind);
  }));
  const ranked = new Map([...counts].map(([key, byKind]) => [key, byKind.map(rankValues)] as const));
  return document.map((x, k) => {
    const out = new Int32Array(x.s.length * CONTEXT_SLOTS);
    x.s.forms.forEach((form, i) => {
      const key = form.toLowerCase();
      const byKind = isCapitalised(form) ? ranked.get(key) : undefined;
      byKind?.forEach((list, kind) => {
        const own = values[k]![i]![kind]!;
        topElsewhere(list, own, counts.get(key)![kind]!.get(own)! - 1, out, i * CONTEXT_SLOTS + kind * CONTEXT_TOP);
      });
    });
    return out;
  });
}

/** Values with their counts, most frequent first, ties by value; NONE_WORD left out. */
function rankValues(seen: Map<number, number>): (readonly [number, number])[] {
  return [...seen].filter(([v]) => v !== NONE_WORD).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}

/**
 * Writes the CONTEXT_TOP first values of `ranked` into out[at…] once one occurrence of `own` is
 * taken away (the word's own setting does not count; `ownCount` is what is left of it): walks
 * the head of the ranking, putting `own` back where its lowered count places it.
 */
function topElsewhere(ranked: readonly (readonly [number, number])[], own: number, ownCount: number, out: Int32Array, at: number): void {
  let pending = ownCount > 0 && own !== NONE_WORD;
  let slot = 0;
  for (const [v, c] of ranked) {
    if (slot >= CONTEXT_TOP) return;
    if (v === own) continue;
    if (pending && (ownCount > c || (ownCount === c && own < v))) {
      out[at + slot++] = own;
      pending = false;
      if (slot >= CONTEXT_TOP) return;
    }
    out[at + slot++] = v;
  }
  if (pending && slot < CONTEXT_TOP) out[at + slot] = own;
}

const NAME_LABELS = new Set(['flat', 'compound', 'fixed', 'flat:name', 'flat:foreign'].map(hashString));
const CASE_LABEL = hashString('case');

/**
 * The syntactic setting of each word's phrase: the word that heads its name (climbing `flat`
 * and `compound` arcs), that word's preposition ("in", "by") and its governor's word — the
 * cues that tell a place ("in X") from a person ("X said") whichever word of a name is tagged.
 */
export interface PhraseContext {
  root: Int32Array;
  preposition: Int32Array;
  governor: Int32Array;
}

/** The phrase context plus each word's gazetteer signature, computed once per sentence (five features read it). */
export type FeatureContext = PhraseContext & { gazetteer: Int32Array };

export function featureContext(x: EntityInput): FeatureContext {
  return { ...phraseContext(x), gazetteer: Int32Array.from({ length: x.s.length }, (_, k) => x.gazetteer.signature(x.codes, k)) };
}

export function phraseContext(x: ParsedWords): PhraseContext {
  const n = x.s.length;
  const root = new Int32Array(n);
  const preposition = new Int32Array(n).fill(NONE_WORD);
  const governor = new Int32Array(n).fill(NONE_WORD);
  for (let i = 0; i < n; i++) {
    let r = i;
    for (let steps = 0; steps < n && NAME_LABELS.has(x.labels[r]!) && x.heads[r]! >= 0; steps++) r = x.heads[r]!;
    root[i] = r;
    const h = x.heads[i]!;
    if (x.labels[i] === CASE_LABEL && h >= 0 && preposition[h] === NONE_WORD) preposition[h] = x.s.lower[i]!;
  }
  for (let i = 0; i < n; i++) {
    const h = x.heads[root[i]!]!;
    governor[i] = h < 0 ? NONE_WORD : x.s.lower[h]!;
  }
  return { root, preposition, governor };
}

function entityFeatures(x: EntityInput, ctx: FeatureContext, i: number, prev1: number, prev2: number, out: Int32Array): number {
  const { s, tags } = x;
  const at = (a: Int32Array | Uint8Array, k: number): number => (k >= 0 && k < s.length ? a[k]! : NONE_WORD);
  const gaz = (k: number): number => (k >= 0 && k < s.length ? ctx.gazetteer[k]! : -1);
  let n = 0;
  out[n++] = feature1(200, 0);
  out[n++] = feature1(201, s.lower[i]!);
  out[n++] = feature1(202, s.exact[i]!);
  out[n++] = feature1(203, s.shape[i]!);
  out[n++] = feature1(204, s.suffix3[i]!);
  out[n++] = feature1(205, s.suffix4[i]!);
  out[n++] = feature1(206, s.prefix3[i]!);
  out[n++] = feature1(207, tags[i]!);
  out[n++] = feature2(208, tags[i]!, s.shape[i]!);
  out[n++] = feature1(209, prev1);
  out[n++] = feature2(210, prev1, prev2);
  out[n++] = feature2(211, prev1, s.shape[i]!);
  out[n++] = feature2(212, prev1, tags[i]!);
  out[n++] = feature1(213, at(s.lower, i - 1));
  out[n++] = feature1(214, at(s.lower, i + 1));
  out[n++] = feature1(215, at(s.lower, i - 2));
  out[n++] = feature1(216, at(s.lower, i + 2));
  out[n++] = feature2(217, at(tags, i - 1), tags[i]!);
  out[n++] = feature2(218, tags[i]!, at(tags, i + 1));
  out[n++] = feature1(219, at(s.shape, i - 1));
  out[n++] = feature1(220, at(s.shape, i + 1));
  out[n++] = feature2(221, at(s.shape, i + 1), at(tags, i + 1));
  out[n++] = feature1(222, gaz(i));
  out[n++] = feature2(223, gaz(i), s.shape[i]!);
  out[n++] = feature1(224, gaz(i - 1));
  out[n++] = feature1(225, gaz(i + 1));
  out[n++] = feature2(226, gaz(i), prev1);
  out[n++] = feature2(227, s.shape[i]!, i === 0 ? 1 : 0);
  out[n++] = feature2(228, at(s.lower, i - 1), s.lower[i]!);
  out[n++] = feature2(229, s.lower[i]!, at(s.lower, i + 1));
  out[n++] = feature2(230, prev1, at(s.lower, i - 1));
  out[n++] = feature3(231, at(tags, i - 1), tags[i]!, at(tags, i + 1));
  out[n++] = feature1(232, at(s.suffix3, i + 1));
  out[n++] = feature2(233, s.wink[i]!, s.shape[i]!);
  const h = x.heads[i]!;
  const hw = h < 0 ? NONE_WORD : s.lower[h]!;
  out[n++] = feature1(234, x.labels[i]!);
  out[n++] = feature2(235, x.labels[i]!, hw);
  out[n++] = feature2(236, x.labels[i]!, s.shape[i]!);
  out[n++] = feature3(237, x.labels[i]!, h < 0 ? NONE_WORD : x.labels[h]!, h < 0 ? NONE_WORD : tags[h]!);
  out[n++] = feature2(238, hw, s.lower[i]!);
  const r = ctx.root[i]!;
  out[n++] = feature1(239, ctx.preposition[r]!);
  out[n++] = feature2(240, ctx.preposition[r]!, s.shape[i]!);
  out[n++] = feature2(241, x.labels[r]!, ctx.governor[i]!);
  out[n++] = feature2(242, ctx.governor[i]!, ctx.preposition[r]!);
  const cue = x.cues?.[i] ?? 0;
  out[n++] = feature2(243, cue, s.shape[i]!);
  out[n++] = feature3(244, cue, i === 0 ? 1 : 0, tags[i]!);
  out[n++] = feature2(245, cue, i + 1 < s.length ? (x.cues?.[i + 1] ?? 0) : NONE_WORD);
  if (x.context !== undefined) {
    for (let j = 0; j < CONTEXT_SLOTS; j++) {
      const v = x.context[i * CONTEXT_SLOTS + j]!;
      if (v !== 0) out[n++] = feature2(246 + (j >> 1), v, j & 1);
    }
  }
  return n;
}

type Step = (i: number, features: Int32Array, count: number, scores: Float32Array, valid: (c: number) => boolean) => number;

function runEntityTagger(x: EntityInput, score: (f: Int32Array, n: number, out: Float32Array) => void, step: Step): Uint8Array {
  const classes = new Uint8Array(x.s.length);
  const features = new Int32Array(MAX_FEATURES);
  const scores = new Float32Array(ENTITY_CLASSES);
  let prev1 = START_CLASS;
  let prev2 = START_CLASS;
  const ctx = featureContext(x);
  for (let i = 0; i < x.s.length; i++) {
    const count = entityFeatures(x, ctx, i, prev1, prev2, features);
    score(features, count, scores);
    const last = i === x.s.length - 1;
    const row = (prev1 * 2 + (last ? 1 : 0)) * ENTITY_CLASSES;
    const c = step(i, features, count, scores, (k) => VALID_AFTER[row + k] === 1);
    classes[i] = c;
    prev2 = prev1;
    prev1 = c;
  }
  return classes;
}

/** Default beam width of `tagEntities`: greedy, since wider beams scored the same on dev. */
export const ENTITY_BEAM = 1;

interface Hypothesis {
  classes: Uint8Array;
  probability: Float32Array;
  prev1: number;
  prev2: number;
  score: number;
}

/**
 * Tags a sentence and returns its entity spans: a beam search over BILOU sequences (only valid
 * transitions), scored by the sum of each tag's log-probability given its two predecessors;
 * hypotheses that end in the same two tags are merged (the better one kept), so a wide beam is
 * exact second-order Viterbi decoding. `beam` 1 is greedy left-to-right tagging.
 */
export function tagEntities(model: Perceptron, x: EntityInput, beam: number = ENTITY_BEAM): EntitySpan[] {
  if (beam <= 1) return greedyEntities(model, x);
  const n = x.s.length;
  const ctx = featureContext(x);
  const features = new Int32Array(MAX_FEATURES);
  const scores = new Float32Array(ENTITY_CLASSES);
  let hyps: Hypothesis[] = [{ classes: new Uint8Array(n), probability: new Float32Array(n), prev1: START_CLASS, prev2: START_CLASS, score: 0 }];
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    const next = new Map<number, { from: Hypothesis; c: number; score: number; p: number }>();
    for (const h of hyps) {
      model.score(features, entityFeatures(x, ctx, i, h.prev1, h.prev2, features), scores);
      const valid = (c: number): boolean => validEntityTransition(h.prev1, c, last);
      const logZ = logSumExp(scores, model.scale, valid);
      for (let c = 0; c < ENTITY_CLASSES; c++) {
        if (!valid(c)) continue;
        const logP = scores[c]! * model.scale - logZ;
        const total = h.score + logP;
        const state = h.prev1 * 64 + c;
        const seen = next.get(state);
        if (seen === undefined || total > seen.score) next.set(state, { from: h, c, score: total, p: Math.exp(logP) });
      }
    }
    hyps = [...next.values()].sort((a, b) => b.score - a.score || a.c - b.c).slice(0, Math.max(1, beam)).map(({ from, c, score, p }) => {
      const classes = from.classes.slice();
      const probability = from.probability.slice();
      classes[i] = c;
      probability[i] = p;
      return { classes, probability, prev1: c, prev2: from.prev1, score };
    });
  }
  return spansOf(hyps[0]!.classes, hyps[0]!.probability);
}

/**
 * Beam width 1 without the beam's bookkeeping (no per-word maps, sorts or array copies): the
 * same choices and probabilities, tie-broken the same way (totals compared, lowest class first).
 */
function greedyEntities(model: Perceptron, x: EntityInput, typeScores?: Float32Array): EntitySpan[] {
  const n = x.s.length;
  const ctx = featureContext(x);
  const features = new Int32Array(MAX_FEATURES);
  const scores = new Float32Array(ENTITY_CLASSES);
  const classes = new Uint8Array(n);
  const probability = new Float32Array(n);
  let prev1 = START_CLASS;
  let prev2 = START_CLASS;
  let total = 0;
  for (let i = 0; i < n; i++) {
    model.score(features, entityFeatures(x, ctx, i, prev1, prev2, features), scores);
    const row = (prev1 * 2 + (i === n - 1 ? 1 : 0)) * ENTITY_CLASSES;
    const valid = (c: number): boolean => VALID_AFTER[row + c] === 1;
    const logZ = logSumExp(scores, model.scale, valid);
    let best = -1;
    let bestTotal = -Infinity;
    let bestLogP = 0;
    for (let c = 0; c < ENTITY_CLASSES; c++) {
      if (!valid(c)) continue;
      const logP = scores[c]! * model.scale - logZ;
      if (total + logP > bestTotal) [best, bestTotal, bestLogP] = [c, total + logP, logP];
    }
    classes[i] = best;
    probability[i] = Math.exp(bestLogP);
    if (typeScores !== undefined && best !== 0) addTypeScores(scores, model.scale, partOf(best), typeScores, i);
    total = bestTotal;
    prev2 = prev1;
    prev1 = best;
  }
  return spansOf(classes, probability);
}

/**
 * Greedy tagging that also returns, per word, the log-probability of each entity type at that
 * word's BILOU part (softmax over the types of one part): summed over a span's words, the
 * tagger's own type scores for the span (`spanTypeScores`), which the span re-typer refines.
 */
export function tagEntitiesWithTypeScores(model: Perceptron, x: EntityInput): { spans: EntitySpan[]; typeScores: Float32Array } {
  const typeScores = new Float32Array(x.s.length * SPAN_CHOICES);
  return { spans: greedyEntities(model, x, typeScores), typeScores };
}

/** The tagger's log-probability of each type for a span: per-word type scores summed. */
export function spanTypeScores(typeScores: Float32Array, span: { start: number; end: number }): Float32Array {
  const out = new Float32Array(SPAN_CHOICES);
  for (let i = span.start; i < span.end; i++) for (let t = 0; t < SPAN_CHOICES; t++) out[t]! += typeScores[i * SPAN_CHOICES + t]!;
  return out;
}

/** Choices for a span: one per entity type, then "no entity" (the tagger's O tag). */
export const SPAN_CHOICES: number = ENTITY_TYPES.length + 1;

function addTypeScores(scores: Float32Array, scale: number, part: number, out: Float32Array, i: number): void {
  const types = ENTITY_TYPES.length;
  const at = (t: number): number => scores[t === types ? 0 : entityClass(t, part)]! * scale;
  const logZ = logSumExpOf(SPAN_CHOICES, at);
  for (let t = 0; t < SPAN_CHOICES; t++) out[i * SPAN_CHOICES + t] = at(t) - logZ;
}

/** log Σ exp(value(c)) over c < count, computed stably. */
export function logSumExpOf(count: number, value: (c: number) => number): number {
  let max = -Infinity;
  for (let c = 0; c < count; c++) max = Math.max(max, value(c));
  let sum = 0;
  for (let c = 0; c < count; c++) sum += Math.exp(value(c) - max);
  return max + Math.log(sum);
}

function logSumExp(scores: Float32Array, scale: number, valid: (c: number) => boolean): number {
  let max = -Infinity;
  for (let c = 0; c < ENTITY_CLASSES; c++) if (valid(c)) max = Math.max(max, scores[c]! * scale);
  let sum = 0;
  for (let c = 0; c < ENTITY_CLASSES; c++) if (valid(c)) sum += Math.exp(scores[c]! * scale - max);
  return max + Math.log(sum);
}

function softmaxAt(scores: Float32Array, chosen: number, scale: number, valid: (c: number) => boolean): number {
  let max = -Infinity;
  for (let c = 0; c < ENTITY_CLASSES; c++) if (valid(c)) max = Math.max(max, scores[c]! * scale);
  let sum = 0;
  for (let c = 0; c < ENTITY_CLASSES; c++) if (valid(c)) sum += Math.exp(scores[c]! * scale - max);
  return Math.exp(scores[chosen]! * scale - max) / sum;
}

/** Entity spans of a BILOU class sequence. */
export function spansOf(classes: Uint8Array, probability?: Float32Array): EntitySpan[] {
  const spans: EntitySpan[] = [];
  let start = -1;
  for (let i = 0; i < classes.length; i++) {
    const c = classes[i]!;
    if (c === 0) continue;
    const part = partOf(c);
    if (part === B) start = i;
    if (part === U || part === L) {
      const from = part === U ? i : Math.max(start, 0);
      let sum = 0;
      for (let k = from; k <= i; k++) sum += probability?.[k] ?? 1;
      spans.push({ start: from, end: i + 1, type: ENTITY_TYPES[typeOf(c)]!, score: sum / (i + 1 - from) });
    }
  }
  return spans;
}

/** BILOU classes of gold spans over n words. */
export function classesOf(n: number, spans: readonly { start: number; end: number; type: number }[]): Uint8Array {
  const classes = new Uint8Array(n);
  for (const span of spans) {
    if (span.end - span.start === 1) {
      classes[span.start] = entityClass(span.type, U);
      continue;
    }
    for (let k = span.start; k < span.end; k++) classes[k] = entityClass(span.type, k === span.start ? B : k === span.end - 1 ? L : I);
  }
  return classes;
}

/** One training pass over a sentence with gold classes; returns the number of correct words. */
export function trainEntitySentence(trainer: PerceptronTrainer, x: EntityInput, gold: Uint8Array): number {
  let correct = 0;
  runEntityTagger(x, (f, n, out) => trainer.score(f, n, out), (i, features, count, scores, valid) => {
    const guess = argmax(scores, ENTITY_CLASSES, valid);
    trainer.tick();
    trainer.update(features, count, gold[i]!, guess);
    if (guess === gold[i]) correct++;
    // Later words see the gold tag: after a wrong guess the gold tag may be unreachable from
    // the guessed one (I-X after O), and updates towards it would only teach noise.
    return gold[i]!;
  });
  return correct;
}

/**
 * One type per name within a document (the "one sense per discourse" heuristic of NER,
 * Ratinov & Roth 2009): every span whose words spell the same name takes the type with the
 * highest summed score over its mentions. `spans[k]` are the spans of sentence k and
 * `forms[k]` its words; spans are updated in place.
 */
export function harmonizeEntityTypes(forms: readonly (readonly string[])[], spans: readonly EntitySpan[][]): void {
  const votes = new Map<string, Map<EntityTagType, number>>();
  const key = (k: number, s: EntitySpan): string => forms[k]!.slice(s.start, s.end).join(' ').toLowerCase();
  spans.forEach((list, k) => {
    for (const s of list) {
      const byType = votes.get(key(k, s)) ?? new Map<EntityTagType, number>();
      byType.set(s.type, (byType.get(s.type) ?? 0) + s.score);
      votes.set(key(k, s), byType);
    }
  });
  spans.forEach((list, k) => {
    for (const s of list) {
      let best = s.type;
      let bestVote = -Infinity;
      for (const [type, vote] of votes.get(key(k, s))!) if (vote > bestVote) [best, bestVote] = [type, vote];
      s.type = best;
    }
  });
}
