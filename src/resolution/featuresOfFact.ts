import type { EntityType, Modality } from '../model/types.js';
import { factFeatures, type FeatureVector } from '../extraction/confidence.js';
import { loadPredicateLexicon } from '../extraction/lexicon/PredicateLexicon.js';
import { definitionOf } from '../extraction/predicates.js';

/** What calibration reads of a fact: its fields in the output contract and its arguments' types. */
export interface CalibrationFact {
  predicate: string;
  /** The rules' own score. */
  confidence: number;
  evidence: readonly unknown[];
  qualifiers: Readonly<Record<string, string>>;
  negated?: boolean;
  modality?: Modality;
}

/** The calibration features of a fact (the same for fitting, `npm run calibrate`, and for use). */
export function featuresOfFact(f: CalibrationFact, subjectType: EntityType, objectType: EntityType): FeatureVector {
  const known = definitionOf(f.predicate) !== undefined || loadPredicateLexicon().definitionOf(f.predicate) !== undefined;
  return factFeatures({
    predicate: f.predicate, ruleScore: f.confidence, subjectType, objectType, evidence: f.evidence.length,
    qualifiers: f.qualifiers, negated: f.negated === true, modality: f.modality ?? 'asserted', knownPredicate: known,
  });
}
