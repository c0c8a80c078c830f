import { describe, expect, it } from 'vitest';
import { openNeo4jStore } from '../../../src/store/neo4j/Neo4jStore.js';
import { prepareGraph } from '../../../src/store/neo4j/prepareGraph.js';
import type { ArticleGraph } from '../../../src/model/types.js';
import { isNewsgraphError } from '../../../src/errors.js';

const graph = (hash: string): ArticleGraph => ({
  article: { id: 'a1', title: 'T', source: 's.txt', publishedAt: null, hash },
  text: 'Ann met Ben.',
  entities: [
    { key: 'ann', name: 'Ann', type: 'PERSON', aliases: [], mentions: 1 },
    { key: 'ben', name: 'Ben', type: 'PERSON', aliases: [], mentions: 1 },
  ],
  facts: [{ key: 'f1', subject: 'ann', predicate: 'MET', verb: 'meet', object: 'ben', qualifiers: {}, confidence: 0.5, negated: false, modality: 'asserted', evidence: [{ sentence: 'Ann met Ben.', start: 0, end: 12 }] }],
});

describe('prepareGraph', () => {
  it('rejects invalid predicates and dangling facts before anything is written', () => {
    const g = graph('h');
    const badPredicate = { ...g, facts: [{ ...(g.facts[0] as ArticleGraph['facts'][number]), predicate: 'met' }] };
    expect(() => prepareGraph(badPredicate)).toThrow(expect.objectContaining({ code: 'INVALID_IDENTIFIER' }));
    const dangling = { ...g, facts: [{ ...(g.facts[0] as ArticleGraph['facts'][number]), subject: 'ghost' }] };
    expect(() => prepareGraph(dangling)).toThrow(expect.objectContaining({ code: 'CONSTRAINT_VIOLATION' }));
  });

  it('folds duplicate entities and facts of one article', () => {
    const g = graph('h');
    const f = g.facts[0] as ArticleGraph['facts'][number];
    const p = prepareGraph({
      ...g,
      entities: [...g.entities, { key: 'ann', name: 'Annie', type: 'PERSON', aliases: ['A.'], mentions: 2 }],
      facts: [f, { ...f, confidence: 0.9, verb: 'greet', qualifiers: { at: 'X' } }],
    });
    expect(p.entities.find((e) => e.key === 'ann')).toEqual({ key: 'ann', name: 'Ann', type: 'PERSON', aliases: ['Annie', 'A.'], mentions: 3 });
    expect(p.facts).toHaveLength(1);
    expect(p.facts[0]).toMatchObject({ confidence: 0.9, verb: 'greet', qualifiers: { at: 'X' } });
    expect(p.facts[0]?.evidence).toHaveLength(2);
  });
});

describe('openNeo4jStore without a server', () => {
  it('maps a refused connection to STORE_UNAVAILABLE naming the URI', async () => {
    let caught: unknown = null;
    await openNeo4jStore({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', database: undefined, batchSize: 10 }).catch((e: unknown) => (caught = e));
    expect(isNewsgraphError(caught)).toBe(true);
    expect((caught as { code: string }).code).toBe('STORE_UNAVAILABLE');
    expect((caught as Error).message).toContain('cannot reach Neo4j at bolt://127.0.0.1:1');
  }, 15_000);

  it('maps a malformed URI to CONFIG_ERROR', async () => {
    await expect(openNeo4jStore({ uri: 'http://', user: 'neo4j', password: 'x', database: undefined, batchSize: 10 })).rejects.toMatchObject({ code: 'CONFIG_ERROR' });
  });
});
