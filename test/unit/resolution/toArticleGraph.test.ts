import { describe, expect, it } from 'vitest';
import type { ArticleExtraction } from '../../../src/model/types.js';
import { toArticleGraph } from '../../../src/resolution/toArticleGraph.js';
import { entityKey, factKey } from '../../../src/resolution/keys.js';
import { buildArticleExtraction } from '../../../src/resolution/buildArticleExtraction.js';
import { ExtractionError } from '../../../src/errors.js';

function sample(): ArticleExtraction {
  const text = 'Peru attacked Bolivia. Peru attacked Bolivia again.';
  return {
    id: 'a1', source: 'a1.txt', title: 'T', publishedAt: '2024-01-02', text,
    entities: [
      { id: 'e1', name: 'Peru', type: 'GPE', aliases: [], mentions: 2 },
      { id: 'e2', name: 'Bolivia', type: 'GPE', aliases: ['Bolivia '], mentions: 2 },
    ],
    relations: [
      { subject: 'e1', predicate: 'ATTACK', verb: 'attack', object: 'e2', qualifiers: {}, confidence: 0.6, evidence: [{ sentence: 'Peru attacked Bolivia.', start: 0, end: 22 }] },
      { subject: 'e1', predicate: 'ATTACK', verb: 'attack', object: 'e2', qualifiers: { date: '2024-01-01' }, confidence: 0.8, evidence: [{ sentence: 'Peru attacked Bolivia again.', start: 23, end: 51 }] },
    ],
  };
}

describe('toArticleGraph', () => {
  it('uses canonical entity and fact keys', () => {
    const g = toArticleGraph(sample());
    expect(g.entities.map((e) => e.key)).toEqual([entityKey('Peru'), entityKey('Bolivia')]);
    expect(g.facts).toHaveLength(1);
    expect(g.facts[0]!.key).toBe(factKey(entityKey('Peru'), 'ATTACK', entityKey('Bolivia'), false));
    expect(g.facts[0]!.subject).toBe('peru');
  });

  it('merges facts with the same key: evidence concatenated, highest confidence', () => {
    const f = toArticleGraph(sample()).facts[0]!;
    expect(f.evidence.map((e) => e.start)).toEqual([0, 23]);
    expect(f.confidence).toBe(0.8);
    expect(f.qualifiers.date).toBe('2024-01-01');
    expect(f.modality).toBe('asserted');
    expect(f.negated).toBe(false);
  });

  it('keeps negated facts apart from asserted ones', () => {
    const x = sample();
    x.relations[1]!.negated = true;
    expect(toArticleGraph(x).facts).toHaveLength(2);
  });

  it('hashes text, title, date and extraction', () => {
    const base = toArticleGraph(sample()).article.hash;
    expect(toArticleGraph(sample()).article.hash).toBe(base);
    const edited = sample();
    edited.title = 'Other';
    expect(toArticleGraph(edited).article.hash).not.toBe(base);
    const better = sample();
    better.relations[0]!.confidence = 0.9;
    expect(toArticleGraph(better).article.hash).not.toBe(base);
    const text = sample();
    text.text = `${text.text} `;
    expect(toArticleGraph(text).article.hash).not.toBe(base);
  });

  it('rejects relations pointing at unknown entity ids', () => {
    const x = sample();
    x.relations[0]!.object = 'e9';
    expect(() => toArticleGraph(x)).toThrow(ExtractionError);
    expect(() => toArticleGraph(x)).toThrow(/found "e1" → "e9"/);
  });

  it('accepts what buildArticleExtraction produces', () => {
    const x = buildArticleExtraction({ id: 'b', source: 'b.txt', title: null, publishedAt: null, text: 'Mexico invaded Texas. Mexico invaded Texas.' });
    const g = toArticleGraph(x);
    expect(g.facts.map((f) => `${f.subject} ${f.predicate} ${f.object}`)).toEqual(['mexico INVADE texas']);
    expect(g.facts[0]!.evidence).toHaveLength(2);
  });
});

describe('buildArticleExtraction input checks', () => {
  it('rejects an article without text', () => {
    expect(() => buildArticleExtraction({ id: 'x' } as never)).toThrow(/expects an article with a text string, found an object/);
  });
  it('drops relations below minConfidence', () => {
    const a = { id: 'c', source: 'c.txt', title: null, publishedAt: null, text: 'Mexico invaded Texas.' };
    expect(buildArticleExtraction(a).relations).toHaveLength(1);
    expect(buildArticleExtraction(a, { minConfidence: 0.99 }).relations).toHaveLength(0);
    expect(() => buildArticleExtraction(a, { minConfidence: 2 })).toThrow(/minConfidence expects a number from 0 to 1, found number 2/);
  });
});
