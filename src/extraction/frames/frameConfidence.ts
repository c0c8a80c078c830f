import type { Modality } from '../../model/types.js';

/**
 * Confidence model (documented): base by frame type, times factors.
 *  - base: direct active object 0.85, light-verb object 0.82, prepositional object 0.75,
 *    passive with agent 0.75, purpose clause 0.65, noun event 0.6, nominal role 0.9,
 *    appositive 0.8, location pattern 0.7, reported-speech SAY 0.5;
 *  - subject from pronoun/description ×0.9, inherited through coordination ×0.95;
 *  - modality: planned ×0.85, reported ×0.8, possible ×0.7;
 *  - distance: −0.015 per token beyond 8 between verb and the farther argument (floor 0.3).
 */
export const CONFIDENCE = {
  direct: 0.85, light: 0.82, prepositional: 0.75, passive: 0.75, purpose: 0.65, nounEvent: 0.6,
  role: 0.9, appositive: 0.8, location: 0.7, say: 0.5,
} as const;

export const MODALITY_FACTOR: Readonly<Record<Modality, number>> = { asserted: 1, planned: 0.85, reported: 0.8, possible: 0.7 };

/** A score kept within [0.3, 0.99], rounded to two decimals. */
export function clamp(x: number): number {
  return Math.round(Math.min(0.99, Math.max(0.3, x)) * 100) / 100;
}
