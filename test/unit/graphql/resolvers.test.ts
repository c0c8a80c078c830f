import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import { createApolloServer } from '../../../src/graphql/createApolloServer.js';
import { createContext, type GraphQLContext } from '../../../src/graphql/context.js';
import { INTERNAL_MESSAGE } from '../../../src/graphql/formatError.js';
import { StoreError } from '../../../src/errors.js';
import type { GraphStore } from '../../../src/store/GraphStore.js';
import { FakeStore } from './fakeStore.js';
import { BERG, fixtureGraphs, LOPEZ, MET_SENTENCE_A1, MET_SENTENCE_A2 } from './fixtures.js';

interface Result {
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

let server: ApolloServer<GraphQLContext>;
let store: FakeStore;
const logged: string[] = [];

async function run(query: string, variables: Record<string, unknown> = {}, s: GraphStore = store): Promise<Result> {
  const res = await server.executeOperation({ query, variables }, { contextValue: createContext(s) });
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  return res.body.singleResult as Result;
}

function codes(r: Result): unknown[] {
  return (r.errors ?? []).map((e) => e.extensions?.code);
}

beforeAll(async () => {
  store = new FakeStore();
  await store.upsertArticles(fixtureGraphs());
  server = createApolloServer({ log: (l) => logged.push(l) });
  await server.start();
});
afterAll(async () => {
  await server.stop();
});

describe('GraphQL resolvers over a GraphStore', () => {
  it('finds an entity by alias, case-insensitively, with relations, qualifiers and evidence', async () => {
    const r = await run(`{
      entity(name: "LOPEZ") { key name type aliases mentionCount articleCount
        relations(direction: OUT, predicate: "met") { totalCount edges { node {
          id predicate verb negated modality confidence
          subject { name } object { key name }
          qualifiers { role value }
          evidence { sentence start end article { id title text } }
        } } }
        articles { id }
      } }`);
    expect(r.errors).toBeUndefined();
    const e = r.data!.entity as Record<string, any>;
    expect(e).toMatchObject({ key: LOPEZ, name: 'Maria Lopez', type: 'PERSON', mentionCount: 5, articleCount: 2 });
    expect(e.aliases).toEqual(expect.arrayContaining(['Lopez', 'M. Lopez']));
    expect(e.articles.map((a: { id: string }) => a.id)).toEqual(['a2', 'a1']);
    expect(e.relations.totalCount).toBe(1);
    const rel = e.relations.edges[0].node;
    expect(rel).toMatchObject({ predicate: 'MET', verb: 'meet', negated: false, modality: 'ASSERTED', confidence: 0.8 });
    expect(rel.object).toEqual({ key: BERG, name: 'Jon Berg' });
    expect(rel.qualifiers).toEqual([
      { role: 'at', value: 'Valparaiso' },
      { role: 'date', value: '2024-03-01' },
    ]);
    expect(rel.evidence.map((ev: { sentence: string }) => ev.sentence).sort()).toEqual([MET_SENTENCE_A2, MET_SENTENCE_A1].sort());
    for (const ev of rel.evidence) expect(ev.article.text.slice(ev.start, ev.end)).toBe(ev.sentence);
  });

  it('answers NOT_FOUND for an unknown entity name, as for neighbours of one', async () => {
    const r = await run('{ entity(name: "Nobody Here") { key } }');
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.data!.entity).toBeNull();
    const n = await run('{ neighbors(name: "Nobody Here") { distance } }');
    expect(codes(n)).toEqual(['NOT_FOUND']);
    expect(n.errors![0]!.message).toContain('Nobody Here');
  });

  it('batches entity lookups of many relations into one getEntities call', async () => {
    store.calls = {};
    const r = await run('{ relations(first: 50) { totalCount edges { node { subject { name } object { name } } } } }');
    expect(r.errors).toBeUndefined();
    expect((r.data!.relations as { totalCount: number }).totalCount).toBe(5);
    expect(store.calls.getEntities).toBe(1);
    expect(store.calls.getEntity ?? 0).toBe(0);
  });

  it('maps modality and negation, and lists every entity of an article including ones without facts', async () => {
    const r = await run('{ article(id: "a3") { entities { name } relations { totalCount } } relations(predicate: "visited") { edges { node { negated modality } } } }');
    expect(r.errors).toBeUndefined();
    const a = r.data!.article as { entities: { name: string }[]; relations: { totalCount: number } };
    expect(a.entities.map((e) => e.name).sort()).toEqual(['Eastport Council', 'Lake Ontario', 'Northwind Shipping']);
    expect(a.relations.totalCount).toBe(1);
    expect((r.data!.relations as any).edges[0].node).toEqual({ negated: true, modality: 'REPORTED' });
  });

  it.each([
    ['{ entities(first: 0) { totalCount } }', 'BAD_USER_INPUT'],
    ['{ entities(first: -3) { totalCount } }', 'BAD_USER_INPUT'],
    ['{ entities(first: 501) { totalCount } }', 'LIMIT_EXCEEDED'],
    ['{ relations(first: 1000) { totalCount } }', 'LIMIT_EXCEEDED'],
    ['{ neighbors(name: "Lopez", depth: 4) { distance } }', 'LIMIT_EXCEEDED'],
    ['{ neighbors(name: "Lopez", depth: 0) { distance } }', 'BAD_USER_INPUT'],
    ['{ path(from: "Lopez", to: "Berg", maxHops: 5) { length } }', 'LIMIT_EXCEEDED'],
    ['{ path(from: "Lopez", to: "Berg", maxHops: 0) { length } }', 'BAD_USER_INPUT'],
    ['{ entity(name: "  ") { key } }', 'BAD_USER_INPUT'],
    ['{ relations(minConfidence: 1.5) { totalCount } }', 'BAD_USER_INPUT'],
    ['{ entities(after: "bm90LWEta2V5") { totalCount } }', 'BAD_USER_INPUT'],
  ])('rejects %s with %s', async (query, code) => {
    const r = await run(query);
    expect(codes(r)).toEqual([code]);
    expect(r.errors![0]!.message).toMatch(/expects|cursor/);
  });

  it('passes NewsgraphError codes through and hides unexpected errors', async () => {
    const failing = Object.create(store) as GraphStore;
    failing.stats = async () => {
      throw new StoreError('STORE_UNAVAILABLE', 'expected a reachable database, found connection refused');
    };
    const r1 = await run('{ stats { articles } }', {}, failing);
    expect(codes(r1)).toEqual(['STORE_UNAVAILABLE']);
    expect(r1.errors![0]!.message).toBe('expected a reachable database, found connection refused');

    const broken = Object.create(store) as GraphStore;
    broken.stats = async () => {
      throw new Error('secret detail /var/lib/db');
    };
    logged.length = 0;
    const r2 = await run('{ stats { articles } }', {}, broken);
    expect(codes(r2)).toEqual(['INTERNAL']);
    expect(r2.errors![0]!.message).toBe(INTERNAL_MESSAGE);
    expect(JSON.stringify(r2)).not.toContain('secret');
    expect(JSON.stringify(r2)).not.toContain('stacktrace');
    expect(logged.join('\n')).toContain('secret detail');
  });

  it('rejects queries nested too deeply with LIMIT_EXCEEDED but allows introspection', async () => {
    let q = '{ name }';
    for (let i = 0; i < 8; i++) q = `{ relations { edges { node { subject ${q} } } } }`;
    const r = await run(`{ entity(name: "Lopez") ${q} }`);
    expect(codes(r)).toEqual(['LIMIT_EXCEEDED']);
    const intro = await run('{ __schema { queryType { name } types { name fields { name type { kind ofType { kind ofType { kind ofType { name } } } } } } } }');
    expect(intro.errors).toBeUndefined();
    expect((intro.data!.__schema as { queryType: { name: string } }).queryType.name).toBe('Query');
  });

  it('rejects operations whose estimated size is too large before resolving anything', async () => {
    store.calls = {};
    const r = await run('query($n: Int) { entities(first: 500) { edges { node { relations(first: $n) { edges { node { id } } } } } } }', { n: 500 });
    expect(codes(r)).toEqual(['LIMIT_EXCEEDED']);
    expect(r.errors![0]!.message).toContain('100000');
    expect(store.calls).toEqual({});
    const frag = await run(
      'fragment R on Entity { relations(first: 300) { edges { node { id verb } } } } { entities(first: 300) { edges { node { ...R } } } }',
    );
    expect(codes(frag)).toEqual(['LIMIT_EXCEEDED']);
    const ok = await run('query($n: Int) { entities(first: 100) { edges { node { relations(first: $n) { totalCount } } } } }', { n: 100 });
    expect(ok.errors).toBeUndefined();
  });

  it('gives neighbours by distance and the shortest path within maxHops', async () => {
    const r = await run(`{
      d1: neighbors(name: "maria lopez") { entity { name } distance via { predicate } }
      d3: neighbors(name: "maria lopez", depth: 3) { entity { name } distance }
      short: path(from: "Lopez", to: "Eastport Council") { length }
      long: path(from: "Lopez", to: "the council", maxHops: 4) { length entities { name } relations { predicate } }
    }`);
    expect(r.errors).toBeUndefined();
    const d1 = r.data!.d1 as { entity: { name: string }; distance: number; via: { predicate: string } }[];
    expect(d1.map((n) => [n.entity.name, n.distance, n.via.predicate]).sort()).toEqual([
      ['Jon Berg', 1, 'MET'],
      ['Valparaiso', 1, 'VISITED'],
    ]);
    const d3 = r.data!.d3 as { entity: { name: string }; distance: number }[];
    expect(Object.fromEntries(d3.map((n) => [n.entity.name, n.distance]))).toEqual({
      'Jon Berg': 1,
      Valparaiso: 1,
      'Harbor Tech': 2,
      'Northwind Shipping': 3,
    });
    expect(r.data!.short).toBeNull();
    expect(r.data!.long).toEqual({
      length: 4,
      entities: ['Maria Lopez', 'Jon Berg', 'Harbor Tech', 'Northwind Shipping', 'Eastport Council'].map((name) => ({ name })),
      relations: ['MET', 'LEADS', 'ACQUIRED', 'CRITICIZED'].map((predicate) => ({ predicate })),
    });
  });
});
