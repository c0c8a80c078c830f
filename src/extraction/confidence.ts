/**
 * Calibrated confidence: a logistic model over features of a fact (the rules' own score, the
 * predicate family, argument types, evidence count, modality, negation, attribution), fitted
 * on the dev set by `npm run calibrate` (models/confidence.json). Pure: fitting, applying and
 * the reliability table; reading the model file is confidenceModel.ts's job.
 */
import type { EntityType, Modality } from '../model/types.js';

export type FeatureVector = Readonly<Record<string, number>>;

/** What the features read of a merged fact. */
export interface FactView {
  predicate: string;
  /** The extraction rules' own score (0–1). */
  ruleScore: number;
  subjectType: EntityType;
  objectType: EntityType;
  evidence: number;
  qualifiers: Readonly<Record<string, string>>;
  negated: boolean;
  modality: Modality;
  /** Whether the predicate is one the predicate lexicon defines (not a bare verb lemma). */
  knownPredicate: boolean;
}

const FAMILIES: Readonly<Record<string, string>> = {
  LEADER_OF: 'role', HOLDS_ROLE: 'role', MEMBER_OF: 'role', WORKS_FOR: 'role', EMPLOY: 'role', FOUNDED: 'role',
  LOCATED_IN: 'place', BASED_IN: 'place', PART_OF: 'place', CONTAIN: 'place',
  NATIONALITY: 'origin', CITIZEN_OF: 'origin', BORN_IN: 'origin', LIVES_IN: 'origin',
  RELATIVE_OF: 'kin', ALIAS_OF: 'alias',
};
const NAMED: ReadonlySet<EntityType> = new Set(['PERSON', 'ORGANIZATION', 'GPE', 'LOCATION', 'FACILITY']);

export function factFeatures(f: FactView): FeatureVector {
  const out: Record<string, number> = { bias: 1, ruleScore: f.ruleScore, evidence: Math.log2(Math.max(1, f.evidence)) };
  out[`family=${FAMILIES[f.predicate] ?? (f.knownPredicate ? 'event' : 'unknown')}`] = 1;
  out[`subject=${f.subjectType}`] = 1;
  out[`object=${f.objectType}`] = 1;
  if (!NAMED.has(f.objectType) || !NAMED.has(f.subjectType)) out['thingArgument'] = 1;
  if (f.negated) out['negated'] = 1;
  if (f.modality !== 'asserted') out[`modality=${f.modality}`] = 1;
  if (f.qualifiers['attributedTo'] !== undefined) out['attributed'] = 1;
  out['qualifiers'] = Math.min(Object.keys(f.qualifiers).length, 4) / 4;
  return out;
}

export interface ConfidenceModel {
  weights: Readonly<Record<string, number>>;
}

export function applyConfidence(model: ConfidenceModel, features: FeatureVector): number {
  let z = 0;
  for (const [k, v] of Object.entries(features)) z += (model.weights[k] ?? 0) * v;
  return Math.round(1000 / (1 + Math.exp(-z))) / 1000;
}

export interface Sample {
  features: FeatureVector;
  right: boolean;
}

/**
 * Features that may only lower confidence, whatever the training sample says: a hedged,
 * planned or negated statement is never surer than the same statement asserted.
 */
export function lowersOnly(feature: string): boolean {
  return feature === 'negated' || feature.startsWith('modality=');
}

/**
 * L2-regularised logistic regression by full-batch gradient descent (deterministic, no
 * randomness), with the weights of `lowersOnly` features kept at or below zero.
 */
export function fitConfidence(samples: readonly Sample[], options: { iterations?: number; rate?: number; l2?: number } = {}): ConfidenceModel {
  const iterations = options.iterations ?? 6000;
  const rate = options.rate ?? 2;
  const l2 = options.l2 ?? 0.002;
  const names = [...new Set(samples.flatMap((s) => Object.keys(s.features)))].sort();
  const w = new Map(names.map((n) => [n, 0]));
  for (let it = 0; it < iterations && samples.length > 0; it++) {
    const grad = new Map(names.map((n) => [n, l2 * w.get(n)! * (n === 'bias' ? 0 : 1)]));
    for (const s of samples) {
      let z = 0;
      for (const [k, v] of Object.entries(s.features)) z += w.get(k)! * v;
      const err = 1 / (1 + Math.exp(-z)) - (s.right ? 1 : 0);
      for (const [k, v] of Object.entries(s.features)) grad.set(k, grad.get(k)! + (err * v) / samples.length);
    }
    for (const n of names) {
      const next = w.get(n)! - rate * grad.get(n)!;
      w.set(n, lowersOnly(n) ? Math.min(0, next) : next);
    }
  }
  return { weights: Object.fromEntries(names.map((n) => [n, Math.round(w.get(n)! * 1e4) / 1e4])) };
}

export interface ReliabilityRow {
  /** Band [from, to) of confidence (the last band includes 1). */
  from: number;
  to: number;
  facts: number;
  right: number;
  /** right / facts, or null for an empty band. */
  precision: number | null;
}

export const CONFIDENCE_BANDS: readonly number[] = [0, 0.2, 0.4, 0.6, 0.8, 0.9, 1];

/** Precision per confidence band, plus the row for "confidence >= 0.8" the acceptance reads. */
export function reliabilityTable(items: readonly { confidence: number; right: boolean }[], bands: readonly number[] = CONFIDENCE_BANDS): ReliabilityRow[] {
  const rows: ReliabilityRow[] = [];
  for (let b = 0; b + 1 < bands.length; b++) {
    const from = bands[b]!;
    const to = bands[b + 1]!;
    const last = b + 2 === bands.length;
    const inBand = items.filter((x) => x.confidence >= from && (x.confidence < to || (last && x.confidence <= to)));
    rows.push(row(from, to, inBand));
  }
  rows.push(row(0.8, 1, items.filter((x) => x.confidence >= 0.8)));
  return rows;
}

function row(from: number, to: number, items: readonly { right: boolean }[]): ReliabilityRow {
  const right = items.filter((x) => x.right).length;
  return { from, to, facts: items.length, right, precision: items.length === 0 ? null : Math.round((1000 * right) / items.length) / 1000 };
}
