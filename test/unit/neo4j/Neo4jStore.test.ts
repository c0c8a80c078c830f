import { describe, expect, it } from 'vitest';
import { cypherNames, loadCypher } from '../../../src/store/neo4j/cypherFiles.js';
import { openNeo4jStore, refreshEntities, refreshFacts, writeBatch } from '../../../src/store/neo4j/Neo4jStore.js';
import { prepareGraph } from '../../../src/store/neo4j/prepareGraph.js';
import type { ArticleGraph } from '../../../src/model/types.js';
import { isNewsgraphError } from '../../../src/errors.js';

type Row = Record<string, unknown>;
interface Call {
  name: string;
  text: string;
  params: Record<string, unknown>;
}

/** A fake managed transaction: identifies each statement by its text, answers from `replies`. */
function fakeTx(replies: Record<string, (params: Record<string, unknown>) => Row[]> = {}) {
  const calls: Call[] = [];
  const byText = new Map(cypherNames().map((n) => [loadCypher(n), n]));
  const tx = {
    run: async (text: string, params: Record<string, unknown>) => {
      const name = byText.get(text) ?? (text.includes('CREATE (s)-[r:`') ? 'fact.createView' : 'unknown');
      calls.push({ name, text, params });
      const rows = replies[name]?.(params) ?? [];
      return { records: rows.map((r) => ({ toObject: () => r })) };
    },
  };
  return { tx: tx as never, calls };
}

const graph = (hash: string): ArticleGraph => ({
  article: { id: 'a1', title: 'T', source: 's.txt', publishedAt: null, hash },
  text: 'Ann met Ben.',
  entities: [
    { key: 'ann', name: 'Ann', type: 'PERSON', aliases: [], mentions: 1 },
    { key: 'ben', name: 'Ben', type: 'PERSON', aliases: [], mentions: 1 },
  ],
  facts: [{ key: 'f1', subject: 'ann', predicate: 'MET', verb: 'meet', object: 'ben', qualifiers: {}, confidence: 0.5, negated: false, modality: 'asserted', evidence: [{ sentence: 'Ann met Ben.', start: 0, end: 12 }] }],
});

describe('writeBatch (fake transaction)', () => {
  it('does nothing but the hash lookup for an unchanged article', async () => {
    const { tx, calls } = fakeTx({ 'article.hashes': () => [{ id: 'a1', hash: 'h1' }] });
    expect(await writeBatch(tx, [prepareGraph(graph('h1'))])).toEqual(['unchanged']);
    expect(calls.map((c) => c.name)).toEqual(['article.hashes']);
  });

  it('creates a new article, then merges and materialises the typed relationship', async () => {
    const { tx, calls } = fakeTx({
      'fact.contributions': () => [{ key: 'f1', predicate: 'MET', subject: 'ann', object: 'ben', negated: false, articleId: 'a1', verb: 'meet', qualifiers: '{}', confidence: 0.5, modality: 'asserted', evidence: ['{"sentence":"Ann met Ben.","start":0,"end":12}'] }],
      'entity.contributions': (p) => (p.keys as string[]).map((key) => ({ key, articleId: 'a1', mentions: 1, name: key.toUpperCase(), type: 'PERSON', aliases: [] })),
    });
    expect(await writeBatch(tx, [prepareGraph(graph('h1'))])).toEqual(['created']);
    expect(calls.map((c) => c.name)).toEqual([
      'article.hashes', 'article.upsert', 'entity.mention', 'fact.assert',
      'fact.contributions', 'fact.deleteViews', 'fact.deleteUnasserted', 'fact.apply', 'fact.createView',
      'entity.contributions', 'entity.apply',
    ]);
    const view = calls.find((c) => c.name === 'fact.createView');
    expect(view?.text).toContain('CREATE (s)-[r:`MET`]->(o)');
    expect(view?.params.rows).toEqual([expect.objectContaining({ key: 'f1', subject: 'ann', object: 'ben', articleIds: ['a1'], evidence: ['{"articleId":"a1","sentence":"Ann met Ben.","start":0,"end":12}'] })]);
    const apply = calls.find((c) => c.name === 'entity.apply');
    expect((apply?.params.rows as Row[]).map((r) => [r.key, r.name, r.mentionCount])).toEqual([['ann', 'ANN', 1], ['ben', 'BEN', 1]]);
  });

  it('replaces a changed article: clears its old contribution and refreshes old and new keys', async () => {
    const { tx, calls } = fakeTx({
      'article.hashes': () => [{ id: 'a1', hash: 'old' }],
      'article.contributionKeys': () => [{ id: 'a1', entityKeys: ['gone'], factKeys: ['f0'] }],
      'fact.contributions': () => [{ key: 'f0', predicate: 'SAW', subject: 'gone', object: 'ann', negated: false, articleId: null }],
    });
    expect(await writeBatch(tx, [prepareGraph(graph('new'))])).toEqual(['updated']);
    const names = calls.map((c) => c.name);
    expect(names.slice(0, 5)).toEqual(['article.hashes', 'article.contributionKeys', 'article.clearMentions', 'article.clearAssertions', 'article.upsert']);
    expect(calls.find((c) => c.name === 'fact.deleteViews')?.params.keys).toEqual(['f0', 'f1']);
    expect(names).not.toContain('fact.createView');
    expect(calls.find((c) => c.name === 'entity.deleteOrphans')?.params.keys).toEqual(['ann', 'ben', 'gone']);
  });

  it('refreshers skip empty key lists', async () => {
    const { tx, calls } = fakeTx();
    await refreshFacts(tx, []);
    await refreshEntities(tx, []);
    expect(calls).toEqual([]);
  });

  it('rejects a stored predicate that is not a valid relationship type before templating', async () => {
    const { tx } = fakeTx({
      'fact.contributions': () => [{ key: 'f9', predicate: 'MET]->() DETACH DELETE', subject: 'a', object: 'b', negated: false, articleId: 'x', verb: 'v', qualifiers: '{}', confidence: 1, modality: 'asserted', evidence: [] }],
    });
    await expect(refreshFacts(tx, ['f9'])).rejects.toMatchObject({ code: 'INVALID_IDENTIFIER' });
  });
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
