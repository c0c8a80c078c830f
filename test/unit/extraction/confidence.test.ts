import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyConfidence, factFeatures, fitConfidence, reliabilityTable, type FactView, type Sample } from '../../../src/extraction/confidence.js';
import { readConfidenceModel } from '../../../src/extraction/confidenceModel.js';
import { calibrate, formatReliability } from '../../../src/eval/calibrateConfidence.js';
import type { ArticleExtraction } from '../../../src/model/types.js';
import type { GoldArticle } from '../../../src/eval/scoreExtraction.js';

const fact: FactView = {
  predicate: 'MEET', ruleScore: 0.8, subjectType: 'PERSON', objectType: 'PERSON', evidence: 2,
  qualifiers: { at: 'Vostochny' }, negated: false, modality: 'asserted', knownPredicate: true,
};

describe('fact features', () => {
  it('encode the rule score, family, argument types, evidence and stance', () => {
    const f = factFeatures(fact);
    expect(f).toMatchObject({ bias: 1, ruleScore: 0.8, evidence: 1, 'family=event': 1, 'subject=PERSON': 1, 'object=PERSON': 1, qualifiers: 0.25 });
    expect(f['negated']).toBeUndefined();
    const g = factFeatures({ ...fact, predicate: 'LOCATED_IN', objectType: 'OTHER', negated: true, modality: 'possible', knownPredicate: true });
    expect(g).toMatchObject({ 'family=place': 1, thingArgument: 1, negated: 1, 'modality=possible': 1 });
    expect(factFeatures({ ...fact, predicate: 'GLIMMER', knownPredicate: false })['family=unknown']).toBe(1);
  });
});

describe('fitConfidence', () => {
  // Facts with a high rule score are right 9 times in 10, low ones 2 in 10.
  const samples: Sample[] = [];
  for (let i = 0; i < 100; i++) samples.push({ features: { bias: 1, ruleScore: 0.9 }, right: i % 10 !== 0 });
  for (let i = 0; i < 100; i++) samples.push({ features: { bias: 1, ruleScore: 0.3 }, right: i % 10 < 2 });

  it('learns probabilities close to the observed rates, deterministically', () => {
    const model = fitConfidence(samples);
    expect(applyConfidence(model, { bias: 1, ruleScore: 0.9 })).toBeGreaterThan(0.8);
    expect(applyConfidence(model, { bias: 1, ruleScore: 0.3 })).toBeLessThan(0.3);
    expect(fitConfidence(samples)).toEqual(model);
  });

  it('reports precision per band and for confidence >= 0.8', () => {
    const rows = reliabilityTable([{ confidence: 0.95, right: true }, { confidence: 0.85, right: false }, { confidence: 0.1, right: false }, { confidence: 1, right: true }]);
    expect(rows[0]).toMatchObject({ from: 0, to: 0.2, facts: 1, right: 0, precision: 0 });
    expect(rows.find((r) => r.from === 0.9 && r.to === 1)).toMatchObject({ facts: 2, right: 2 });
    expect(rows[rows.length - 1]).toMatchObject({ from: 0.8, facts: 3, right: 2, precision: 0.667 });
    expect(rows.find((r) => r.from === 0.4)?.precision).toBeNull();
    expect(formatReliability(rows)).toContain('| >= 0.8 (all) | 3 | 2 | 0.667 |');
  });
});

describe('calibrate over gold-scored extractions', () => {
  it('labels each fact by the scorer and cross-validates by article', () => {
    const golds: GoldArticle[] = [];
    const extractions: ArticleExtraction[] = [];
    for (let k = 0; k < 10; k++) {
      const file = `a${k}.txt`;
      golds.push({ file, entities: [{ name: 'Ana Ruiz', type: 'PERSON' }, { name: 'Lobos', type: 'ORGANIZATION' }], relations: [{ s: 'Ana Ruiz', p: ['join'], o: 'Lobos' }] });
      extractions.push({
        id: file, source: file, title: null, publishedAt: null, text: '',
        entities: [{ id: 'e1', name: 'Ana Ruiz', type: 'PERSON', aliases: [], mentions: 1 }, { id: 'e2', name: 'Lobos', type: 'ORGANIZATION', aliases: [], mentions: 1 }],
        relations: [
          { subject: 'e1', predicate: 'JOIN', verb: 'join', object: 'e2', qualifiers: {}, confidence: 0.9, evidence: [] },
          { subject: 'e2', predicate: 'SUE', verb: 'sue', object: 'e1', qualifiers: {}, confidence: 0.3, evidence: [] },
        ],
      });
    }
    const result = calibrate(extractions, golds);
    expect(result).toMatchObject({ facts: 20, right: 10 });
    const all = result.crossValidated[result.crossValidated.length - 1]!;
    expect(all.precision).toBe(1);
  });
});

describe('readConfidenceModel', () => {
  it('reads weights, gives null without a file, and names the file on bad content', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ng-conf-'));
    expect(readConfidenceModel(dir)).toBeNull();
    writeFileSync(path.join(dir, 'confidence.json'), JSON.stringify({ weights: { bias: 0.5 } }));
    expect(readConfidenceModel(dir)).toEqual({ weights: { bias: 0.5 } });
    writeFileSync(path.join(dir, 'confidence.json'), JSON.stringify({ weights: { bias: 'high' } }));
    expect(() => readConfidenceModel(dir)).toThrow(/confidence\.json: expected \{"weights"/);
    writeFileSync(path.join(dir, 'confidence.json'), '{not json');
    expect(() => readConfidenceModel(dir)).toThrow(/expected JSON, found unreadable content/);
  });
});

describe('sign constraints', () => {
  it('never lets negation or a modality raise confidence, even when the sample says so', () => {
    const samples: Sample[] = [];
    for (let i = 0; i < 50; i++) samples.push({ features: { bias: 1, 'modality=planned': 1 }, right: true });
    for (let i = 0; i < 50; i++) samples.push({ features: { bias: 1 }, right: i % 2 === 0 });
    const model = fitConfidence(samples);
    expect(model.weights['modality=planned']).toBeLessThanOrEqual(0);
    expect(model.weights['bias']).toBeGreaterThan(0);
  });
});
