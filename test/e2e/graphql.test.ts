/**
 * End to end: real embedded store in a temp dir, real HTTP server on a free port, real
 * fetch requests.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/startServer.js';
import { openEmbeddedStore } from '../../src/store/memory/EmbeddedStore.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { BERG, EASTPORT, fixtureGraphs, HARBOR, LAKE, LOPEZ, MET_SENTENCE_A1, MET_SENTENCE_A2, NORTHWIND, VALPARAISO } from '../unit/graphql/fixtures.js';

interface GqlError {
  message: string;
  extensions?: { code?: string };
}
interface GqlResponse<T = any> {
  status: number;
  data?: T;
  errors?: GqlError[];
}

let dir: string;
let store: GraphStore;
let server: RunningServer;
let base: string;
const logLines: string[] = [];

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<T>> {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: T; errors?: GqlError[] };
  return { status: res.status, ...json };
}

function errorCodes(r: GqlResponse): (string | undefined)[] {
  return (r.errors ?? []).map((e) => e.extensions?.code);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-e2e-'));
  store = await openEmbeddedStore(dir);
  const results = await store.upsertArticles(fixtureGraphs());
  expect(results.map((r) => r.status)).toEqual(['created', 'created', 'created']);
  server = await startServer({ store, port: 0, log: (l) => logLines.push(l) });
  base = server.url.replace(/\/graphql$/, '');
});

afterAll(async () => {
  await server?.close();
  await store?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('GraphQL over HTTP with the embedded store', () => {
  it('listens on the real port it reports', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/graphql`);
  });

  it('finds an entity by alias, case-insensitively, with relations and evidence', async () => {
    const r = await gql(`query($n: String!) {
      entity(name: $n) { key name type aliases mentionCount articles { id }
        relations(first: 10) { totalCount edges { node {
          predicate verb negated modality subject { key } object { key name }
          qualifiers { role value }
          evidence { sentence start end article { id text } } } } } } }`, { n: 'm. LOPEZ' });
    expect(r.status).toBe(200);
    expect(r.errors).toBeUndefined();
    const e = r.data.entity;
    expect(e).toMatchObject({ key: LOPEZ, name: 'Maria Lopez', type: 'PERSON', mentionCount: 5 });
    expect(e.aliases).toEqual(expect.arrayContaining(['Lopez', 'M. Lopez']));
    expect(e.articles.map((a: { id: string }) => a.id)).toEqual(['a2', 'a1']);
    expect(e.relations.totalCount).toBe(2);
    const byPredicate = Object.fromEntries(e.relations.edges.map((edge: any) => [edge.node.predicate, edge.node]));
    expect(Object.keys(byPredicate).sort()).toEqual(['MET', 'VISITED']);
    const met = byPredicate.MET;
    expect(met.object).toEqual({ key: BERG, name: 'Jon Berg' });
    expect(met.qualifiers).toEqual([
      { role: 'at', value: 'Valparaiso' },
      { role: 'date', value: '2024-03-01' },
    ]);
    expect(met.evidence.map((ev: any) => [ev.article.id, ev.sentence]).sort()).toEqual([
      ['a1', MET_SENTENCE_A1],
      ['a2', MET_SENTENCE_A2],
    ]);
    for (const ev of met.evidence) expect(ev.article.text.slice(ev.start, ev.end)).toBe(ev.sentence);
    expect(byPredicate.VISITED).toMatchObject({ negated: true, modality: 'REPORTED', object: { key: VALPARAISO } });
  });

  it('answers NOT_FOUND for an unknown entity name, in every field that takes one, and null for unknown ids', async () => {
    const r = await gql('{ entity(name: "Nobody At All") { key } }');
    expect(r.data.entity).toBeNull();
    expect(r.errors.map((e: any) => [e.extensions.code, e.path])).toEqual([['NOT_FOUND', ['entity']]]);
    expect(r.errors[0].message).toBe('name expects the name or alias of a known entity, found the string "Nobody At All"');
    const named = [
      ['entity(name: "Nobody At All") { key }', 'name'],
      ['relations(subject: "Nobody At All") { totalCount }', 'subject'],
      ['relations(object: "Nobody At All") { totalCount }', 'object'],
      ['relations(entity: "Nobody At All") { totalCount }', 'entity'],
      ['articles(entity: "Nobody At All") { totalCount }', 'entity'],
      ['neighbors(name: "Nobody At All") { distance }', 'name'],
      ['timeline(name: "Nobody At All") { date }', 'name'],
      ['cooccurrences(name: "Nobody At All") { count }', 'name'],
      ['path(from: "Berg", to: "Nobody At All") { length }', 'to'],
      ['paths(from: "Nobody At All", to: "Berg") { length }', 'from'],
    ];
    for (const [field, arg] of named) {
      const res = await gql(`{ ${field} }`);
      expect(res.errors?.[0]?.extensions.code, field).toBe('NOT_FOUND');
      expect(res.errors[0].message, field).toBe(`${arg} expects the name or alias of a known entity, found the string "Nobody At All"`);
    }
    const ids = await gql('{ entityByKey(key: "nobody-at-all") { key } relation(id: "r-none") { id } article(id: "none") { id } }');
    expect(ids.errors).toBeUndefined();
    expect(ids.data).toEqual({ entityByKey: null, relation: null, article: null });
  });

  it('searches entities by substring and type, and pages through them with cursors', async () => {
    const r = await gql(`{
      north: entities(search: "NORTH") { totalCount edges { node { key } } }
      people: entities(type: PERSON) { totalCount edges { node { key } } }
      orgs: entities(type: ORGANIZATION, search: "tech") { edges { node { name } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.north.edges.map((x: any) => x.node.key)).toEqual([NORTHWIND]);
    expect(r.data.people.totalCount).toBe(2);
    expect(r.data.people.edges.map((x: any) => x.node.key)).toEqual([LOPEZ, BERG]);
    expect(r.data.orgs.edges).toEqual([{ node: { name: 'Harbor Tech' } }]);

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: GqlResponse = await gql(
        'query($after: String) { entities(first: 3, after: $after) { totalCount edges { cursor node { key mentionCount } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      expect(page.errors).toBeUndefined();
      const conn = page.data.entities;
      expect(conn.totalCount).toBe(7);
      seen.push(...conn.edges.map((x: any) => x.node.key));
      pages++;
      if (!conn.pageInfo.hasNextPage) break;
      expect(conn.pageInfo.endCursor).toBe(conn.edges.at(-1).cursor);
      after = conn.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    // mentionCount desc, then key
    expect(seen).toEqual([LOPEZ, BERG, NORTHWIND, EASTPORT, HARBOR, VALPARAISO, LAKE]);
  });

  it('filters relations by subject, predicate, object, article and confidence, and pages with cursors', async () => {
    const r = await gql(`{
      bySubject: relations(subject: "lopez") { totalCount edges { node { predicate } } }
      byPredicate: relations(predicate: "met") { totalCount edges { node { subject { key } object { key } confidence } } }
      byObject: relations(object: "HARBOR TECH") { totalCount edges { node { predicate subject { key } } } }
      both: relations(subject: "Berg", object: "Harbor Tech") { totalCount edges { node { predicate } } }
      byArticle: relations(article: "a3") { edges { node { predicate articles { id } } } }
      confident: relations(minConfidence: 0.75) { totalCount } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.bySubject.edges.map((x: any) => x.node.predicate).sort()).toEqual(['MET', 'VISITED']);
    expect(r.data.byPredicate.totalCount).toBe(1);
    expect(r.data.byPredicate.edges[0].node).toEqual({ subject: { key: LOPEZ }, object: { key: BERG }, confidence: 0.8 });
    expect(r.data.byObject.edges.map((x: any) => [x.node.predicate, x.node.subject.key]).sort()).toEqual([
      ['ACQUIRED', NORTHWIND],
      ['LEADS', BERG],
    ]);
    expect(r.data.both.edges).toEqual([{ node: { predicate: 'LEADS' } }]);
    expect(r.data.byArticle.edges).toEqual([{ node: { predicate: 'CRITICIZED', articles: [{ id: 'a3' }] } }]);
    expect(r.data.confident.totalCount).toBe(3); // 0.8 (MET), 0.9, 0.75

    const ids: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: GqlResponse = await gql(
        'query($after: String) { relations(first: 2, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      expect(page.errors).toBeUndefined();
      ids.push(...page.data.relations.edges.map((x: any) => x.node.id));
      if (!page.data.relations.pageInfo.hasNextPage) break;
      after = page.data.relations.pageInfo.endCursor;
    }
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    expect([...ids].sort()).toEqual(ids); // ordered by id
  });

  it('walks neighbours by depth', async () => {
    const r = await gql(`{
      d1: neighbors(name: "Maria Lopez") { entity { key } distance via { predicate } }
      d2: neighbors(name: "Maria Lopez", depth: 2) { entity { key } distance }
      d3: neighbors(name: "Maria Lopez", depth: 3) { entity { key } distance }
      capped: neighbors(name: "Maria Lopez", depth: 3, first: 2) { distance } }`);
    expect(r.errors).toBeUndefined();
    const asMap = (list: any[]) => Object.fromEntries(list.map((n) => [n.entity.key, n.distance]));
    expect(asMap(r.data.d1)).toEqual({ [BERG]: 1, [VALPARAISO]: 1 });
    expect(Object.fromEntries(r.data.d1.map((n: any) => [n.entity.key, n.via.predicate]))).toEqual({ [BERG]: 'MET', [VALPARAISO]: 'VISITED' });
    expect(asMap(r.data.d2)).toEqual({ [BERG]: 1, [VALPARAISO]: 1, [HARBOR]: 2 });
    expect(asMap(r.data.d3)).toEqual({ [BERG]: 1, [VALPARAISO]: 1, [HARBOR]: 2, [NORTHWIND]: 3 });
    expect(r.data.capped).toEqual([{ distance: 1 }, { distance: 1 }]);
  });

  it('finds the shortest path within maxHops, or null', async () => {
    const r = await gql(`{
      tooShort: path(from: "Lopez", to: "the council") { length }
      found: path(from: "Lopez", to: "the council", maxHops: 4) { length entities { key } relations { predicate subject { key } object { key } } }
      direct: path(from: "berg", to: "harbor tech", maxHops: 1) { length entities { key } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.tooShort).toBeNull();
    expect(r.data.found.length).toBe(4);
    expect(r.data.found.entities.map((e: any) => e.key)).toEqual([LOPEZ, BERG, HARBOR, NORTHWIND, EASTPORT]);
    r.data.found.relations.forEach((rel: any, i: number) => {
      const ends = [rel.subject.key, rel.object.key].sort();
      expect(ends).toEqual([r.data.found.entities[i].key, r.data.found.entities[i + 1].key].sort());
    });
    expect(r.data.found.relations.map((x: any) => x.predicate)).toEqual(['MET', 'LEADS', 'ACQUIRED', 'CRITICIZED']);
    expect(r.data.direct).toEqual({ length: 1, entities: [{ key: BERG }, { key: HARBOR }] });
  });

  it('serves articles one by one and as a paged list', async () => {
    const r = await gql(`{
      article(id: "a3") { id title source publishedAt entityCount factCount text
        entities { key } relations { totalCount edges { node { predicate } } } }
      missing: article(id: "no-such-article") { id }
      articles(first: 2) { totalCount edges { node { id publishedAt } } pageInfo { hasNextPage endCursor } } }`);
    expect(r.errors).toBeUndefined();
    const a = r.data.article;
    expect(a).toMatchObject({ id: 'a3', title: 'Council objects', source: 'fixtures/a3.txt', publishedAt: null, entityCount: 3, factCount: 1 });
    expect(a.text).toContain('Lake Ontario');
    expect(a.entities.map((e: any) => e.key).sort()).toEqual([EASTPORT, LAKE, NORTHWIND].sort());
    expect(a.relations.edges).toEqual([{ node: { predicate: 'CRITICIZED' } }]);
    expect(r.data.missing).toBeNull();
    expect(r.data.articles.totalCount).toBe(3);
    expect(r.data.articles.edges.map((x: any) => x.node.id)).toEqual(['a2', 'a1']);
    expect(r.data.articles.pageInfo.hasNextPage).toBe(true);
    const rest = await gql('query($a: String) { articles(first: 2, after: $a) { edges { node { id } } pageInfo { hasNextPage } } }', {
      a: r.data.articles.pageInfo.endCursor,
    });
    expect(rest.data.articles).toEqual({ edges: [{ node: { id: 'a3' } }], pageInfo: { hasNextPage: false } });
  });

  it('reports stats', async () => {
    const r = await gql('{ stats { articles entities relations store } }');
    expect(r.data.stats).toEqual({ articles: 3, entities: 7, relations: 5, store: store.description });
  });

  it('maps bad arguments to stable error codes', async () => {
    const badCursor = await gql('{ entities(after: "definitely-not-a-cursor") { totalCount } }');
    expect(errorCodes(badCursor)).toEqual(['BAD_USER_INPUT']);
    const tooMany = await gql('{ relations(first: 501) { totalCount } }');
    expect(errorCodes(tooMany)).toEqual(['LIMIT_EXCEEDED']);
    expect(tooMany.errors![0]!.message).toContain('501');
    const tooDeep = await gql('{ neighbors(name: "Lopez", depth: 4) { distance } }');
    expect(errorCodes(tooDeep)).toEqual(['LIMIT_EXCEEDED']);
    const tooFar = await gql('{ path(from: "Lopez", to: "Berg", maxHops: 5) { length } }');
    expect(errorCodes(tooFar)).toEqual(['LIMIT_EXCEEDED']);
    const zero = await gql('{ articles(first: 0) { totalCount } }');
    expect(errorCodes(zero)).toEqual(['BAD_USER_INPUT']);
    const unknownStart = await gql('{ path(from: "Nobody At All", to: "Berg") { length } }');
    expect(errorCodes(unknownStart)).toEqual(['NOT_FOUND']);
    const huge = await gql('{ entities(first: 500) { edges { node { relations(first: 500) { totalCount } } } } }');
    expect(huge.status).toBe(400);
    expect(errorCodes(huge)).toEqual(['LIMIT_EXCEEDED']);
    const invalid = await gql('{ entity(name: "x") { noSuchField } }');
    expect(invalid.status).toBe(400);
    expect(errorCodes(invalid)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    for (const r of [badCursor, tooMany, tooDeep, invalid]) expect(JSON.stringify(r)).not.toContain('stacktrace');
  });
});

describe('HTTP edges', () => {
  it('answers /healthz with the store', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ok', store: store.description, stats: { articles: 3, entities: 7, relations: 5 } });
  });

  it('serves a landing page linking /graphql and 404s elsewhere', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('href="/graphql"');
    const missing = await fetch(`${base}/nope`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { errors: GqlError[] }).errors[0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('rejects bodies over 1 MiB with 413 and stays usable', async () => {
    const big = JSON.stringify({ query: '{ stats { articles } }', variables: { pad: 'x'.repeat(1024 * 1024 + 10) } });
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: GqlError[] };
    expect(body.errors[0]!.extensions!.code).toBe('INPUT_TOO_LARGE');
    expect(body.errors[0]!.message).toContain(String(1024 * 1024));
    const after = await gql('{ stats { articles } }');
    expect(after.data.stats.articles).toBe(3);
  });

  it('rejects invalid JSON with 400', async () => {
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: GqlError[] }).errors[0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('blocks GET queries without a preflight header (CSRF) and allows them with one', async () => {
    const url = `${server.url}?query=${encodeURIComponent('{ stats { articles } }')}`;
    const blocked = await fetch(url);
    expect(blocked.status).toBe(400);
    expect(await blocked.text()).toContain('Cross-Site Request Forgery');
    const simplePost = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ stats { articles } }"}' });
    expect(simplePost.status).toBe(400);
    const allowed = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual({ data: { stats: { articles: 3 } } });
  });

  it('logs one line per request', () => {
    expect(logLines.some((l) => /^POST \/graphql 200 /.test(l))).toBe(true);
  });
});

describe('CORS', () => {
  let corsServer: RunningServer;
  beforeAll(async () => {
    corsServer = await startServer({ store, port: 0, corsOrigins: ['http://allowed.example'] });
  });
  afterAll(async () => {
    await corsServer?.close();
  });

  it('answers preflights for allowed origins only', async () => {
    const pre = await fetch(corsServer.url, {
      method: 'OPTIONS',
      headers: { origin: 'http://allowed.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('http://allowed.example');
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
    const other = await fetch(corsServer.url, {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { articles } }' }),
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('close() stops the server', async () => {
    const extra = await startServer({ store, port: 0 });
    const health = await fetch(extra.url.replace(/graphql$/, 'healthz'));
    expect(health.status).toBe(200);
    await extra.close();
    await expect(fetch(extra.url.replace(/graphql$/, 'healthz'))).rejects.toThrow();
  });
});
