/**
 * Fitting the confidence model on gold-scored extractions: every predicted fact with its
 * features and whether the scorer counts it right; the model fitted on all of them, and a
 * reliability table from k-fold cross-validation by article (each article's facts scored by a
 * model that never saw that article), so the table says how the model does on unseen text.
 */
import type { ArticleExtraction } from '../model/types.js';
import { applyConfidence, fitConfidence, reliabilityTable, type ConfidenceModel, type ReliabilityRow, type Sample } from '../extraction/confidence.js';
import { featuresOfFact } from '../resolution/featuresOfFact.js';
import { relationOutcomes, type GoldArticle } from './scoreExtraction.js';

export interface CalibrationResult {
  model: ConfidenceModel;
  /** Facts used (repeats of a triple within an article are left out, as the scorer does). */
  facts: number;
  right: number;
  crossValidated: ReliabilityRow[];
}

/** The facts of extractions made with the rules' own scores (confidenceModel: null), labelled by the gold. */
export function calibrationSamples(extractions: readonly ArticleExtraction[], golds: readonly GoldArticle[]): { samples: Sample[]; article: number[] } {
  const outcomes = relationOutcomes(golds, extractions);
  const samples: Sample[] = [];
  const article: number[] = [];
  extractions.forEach((x, k) => {
    const rights = outcomes.get(x);
    if (rights === undefined) return;
    const types = new Map(x.entities.map((e) => [e.id, e.type] as const));
    x.relations.forEach((r, i) => {
      const right = rights[i];
      if (right === null || right === undefined) return;
      samples.push({ features: featuresOfFact(r, types.get(r.subject) ?? 'OTHER', types.get(r.object) ?? 'OTHER'), right });
      article.push(k);
    });
  });
  return { samples, article };
}

export function calibrate(extractions: readonly ArticleExtraction[], golds: readonly GoldArticle[], folds = 5): CalibrationResult {
  const { samples, article } = calibrationSamples(extractions, golds);
  const held: { confidence: number; right: boolean }[] = [];
  for (let f = 0; f < folds; f++) {
    const train = samples.filter((_, i) => article[i]! % folds !== f);
    const model = fitConfidence(train);
    samples.forEach((s, i) => {
      if (article[i]! % folds === f) held.push({ confidence: applyConfidence(model, s.features), right: s.right });
    });
  }
  return { model: fitConfidence(samples), facts: samples.length, right: samples.filter((s) => s.right).length, crossValidated: reliabilityTable(held) };
}

/** A reliability table as Markdown (band, facts, right, precision). */
export function formatReliability(rows: readonly ReliabilityRow[]): string {
  const lines = ['| confidence | facts | right | precision |', '|---|---|---|---|'];
  rows.forEach((r, k) => {
    const band = k === rows.length - 1 ? `>= ${r.from.toFixed(1)} (all)` : `${r.from.toFixed(1)}–${r.to.toFixed(1)}`;
    lines.push(`| ${band} | ${r.facts} | ${r.right} | ${r.precision === null ? '–' : r.precision.toFixed(3)} |`);
  });
  return lines.join('\n');
}
