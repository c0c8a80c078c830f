/**
 * Live Neo4j: every Cypher statement of docs/neo4j-browser.md runs on a small fixture and gives
 * the answer the store (and so the GraphQL API) gives to the same question. Registered by
 * neo4j.test.ts after the contract suite.
 */
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jConfig } from '../../src/config.js';
import { openNeo4jStore } from '../../src/store/neo4j/Neo4jStore.js';
import type { Neo4jStore } from '../../src/store/neo4j/Neo4jStore.js';
import { API_QUESTIONS, BROWSER_EXTRAS, browserQueries } from '../helpers/browserDocs.js';
import { article, factKeyOf, key } from './fixtures.js';

type Row = Record<string, unknown>;

const FIXTURE = [
  article('a1', {
    publishedAt: '2024-01-10',
    entities: [{ name: 'Ann', type: 'PERSON', mentions: 3, aliases: ['Annie'] }, { name: 'Bob', type: 'PERSON' }, { name: 'Acme', type: 'ORGANIZATION', mentions: 2 }],
    facts: [{ s: 'Ann', p: 'MET', o: 'Bob', confidence: 0.9, qualifiers: { at: 'Delta' } }, { s: 'Bob', p: 'LEADS', o: 'Acme', confidence: 0.5 }],
  }),
  article('a2', {
    publishedAt: '2024-02-20',
    entities: [{ name: 'Ann', type: 'PERSON' }, { name: 'Acme', type: 'ORGANIZATION', mentions: 4 }, { name: 'Delta', type: 'GPE' }],
    facts: [{ s: 'Ann', p: 'VISITED', o: 'Delta', confidence: 0.7 }, { s: 'Ann', p: 'CRITICIZED', o: 'Acme', confidence: 0.6 }],
  }),
  article('a3', { publishedAt: null, entities: [{ name: 'Bob', type: 'PERSON', mentions: 2 }, { name: 'Delta', type: 'GPE' }], facts: [{ s: 'Bob', p: 'VISITED', o: 'Delta', confidence: 0.95 }] }),
  article('a4', { publishedAt: '2024-03-05', entities: [{ name: 'Ann', type: 'PERSON' }, { name: 'Delta', type: 'GPE', mentions: 2 }], facts: [{ s: 'Ann', p: 'VISITED', o: 'Delta', confidence: 0.8 }] }),
];
const ann = key('Ann');
const annVisitedDelta = factKeyOf('Ann', 'VISITED', 'Delta');
const sorted = <T>(xs: T[]): T[] => [...xs].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

/** Per document query: the parameters the test sets, and the check of its rows against the store. */
const CHECKS: Record<(typeof API_QUESTIONS)[number] | (typeof BROWSER_EXTRAS)[number], { params: Row; check: (rows: Row[], store: Neo4jStore) => Promise<void> }> = {
  entity: { params: { name: 'ANNIE' }, check: async (rows, s) => expect(rows.map((r) => r.key)).toEqual([(await s.findEntity('ANNIE'))?.key]) },
  entities: { params: { search: 'A' }, check: async (rows, s) => expect(rows.map((r) => r.key)).toEqual((await s.searchEntities({ search: 'A', first: 20 })).edges.map((e) => e.node.key)) },
  relations: { params: { key: ann }, check: async (rows, s) => expect(rows.map((r) => r.fact)).toEqual((await s.relations({ entityKey: ann, first: 50 })).edges.map((e) => e.node.key)) },
  evidence: {
    params: { fact: annVisitedDelta },
    check: async (rows, s) => {
      const fact = await s.getFact(annVisitedDelta);
      expect(rows.map((r) => r.article)).toEqual(fact?.articleIds);
      const evidence = rows.flatMap((r) => (JSON.parse(String(r.evidence)) as Row[]).map((e) => ({ ...e, articleId: r.article })));
      expect(sorted(evidence)).toEqual(sorted(fact?.evidence ?? []));
    },
  },
  neighbors: {
    params: { key: key('Bob'), depth: 2 },
    check: async (rows, s) => expect(rows.map((r) => [r.key, r.distance])).toEqual((await s.neighbors(key('Bob'), 2, 50)).map((n) => [n.entity.key, n.distance])),
  },
  path: { params: { from: key('Acme'), to: key('Delta') }, check: async (rows, s) => expect(rows.map((r) => r.hops)).toEqual([(await s.shortestPath(key('Acme'), key('Delta'), 4))?.length]) },
  paths: {
    params: { from: key('Acme'), to: key('Delta') },
    check: async (rows, s) => expect(sorted(rows.map((r) => r.facts))).toEqual(sorted((await s.shortestPaths(key('Acme'), key('Delta'), 4, 10)).map((p) => p.relations.map((f) => f.key)))),
  },
  timeline: { params: { key: ann }, check: async (rows, s) => expect(rows.map((r) => [r.article, r.fact])).toEqual((await s.timeline(ann, { first: 100 })).map((e) => [e.article.id, e.fact.key])) },
  cooccurrences: {
    params: { key: ann },
    check: async (rows, s) => expect(rows.map((r) => [r.key, r.articles])).toEqual((await s.cooccurrences(ann, { first: 20 })).map((c) => [c.entity.key, c.articleIds.length])),
  },
  predicates: { params: {}, check: async (rows, s) => expect(rows.map((r) => ({ predicate: r.predicate, count: r.facts }))).toEqual(await s.predicateCounts()) },
  articleEntities: { params: { article: 'a2' }, check: async (rows, s) => expect(rows.map((r) => [r.key, r.mentions])).toEqual((await s.articleEntities('a2')).map((m) => [m.entity.key, m.mentions])) },
  articleFacts: { params: { article: 'a2' }, check: async (rows, s) => expect(rows.map((r) => r.fact)).toEqual((await s.relations({ articleId: 'a2', first: 50 })).edges.map((e) => e.node.key)) },
  mostConnected: { params: {}, check: async (rows) => expect(rows[0]).toMatchObject({ entity: 'Ann', facts: 3, mentions: 5 }) },
  egoNetwork: { params: { name: 'annie' }, check: async (rows) => expect(rows.length).toBeGreaterThan(3) },
  dateRange: {
    params: { since: '2024-02-01', until: '2024-03-31' },
    check: async (rows, s) => {
      const keys = rows.map((r) => (r.r as { properties: Row }).properties.key);
      expect([...new Set(keys)].sort()).toEqual((await s.relations({ since: '2024-02-01', until: '2024-03-31', first: 50 })).edges.map((e) => e.node.key));
    },
  },
  fulltext: { params: { text: 'acme' }, check: async (rows) => expect(rows[0]?.name).toBe('Acme') },
};

export function describeNeo4jBrowserDocs(config: Neo4jConfig): void {
  describe('docs/neo4j-browser.md statements answer like the API', () => {
    let store: Neo4jStore;
    let driver: Driver;
    beforeAll(async () => {
      store = await openNeo4jStore(config);
      await store.wipeAll();
      await store.upsertArticles(FIXTURE);
      driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), { disableLosslessIntegers: true });
    });
    afterAll(async () => {
      await driver.close();
      await store.wipeAll();
      await store.close();
    });

    it.each(browserQueries().map((q) => [q.id, q] as const))('%s', async (id, q) => {
      const c = CHECKS[id as keyof typeof CHECKS];
      expect(c, `a check for ${id}`).toBeDefined();
      expect(Object.keys(c.params).sort()).toEqual(Object.keys(q.params).sort());
      const session = driver.session(config.database ? { database: config.database } : {});
      try {
        const result = await session.run(q.statement, c.params);
        await c.check(result.records.map((r) => r.toObject() as Row), store);
      } finally {
        await session.close();
      }
    });
  });
}
