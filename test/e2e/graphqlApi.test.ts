/**
 * End to end over HTTP for the issue-6 API: filters and sorts, timeline, cooccurrences,
 * paths, predicates, search, Article.mentions, mutations with bearer-token auth, limits
 * (depth, cost, page size, body size, request timeout), /healthz and /export.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArticleIngester } from '../../src/pipeline.js';
import { startServer, type RunningServer } from '../../src/server/startServer.js';
import { openEmbeddedStore } from '../../src/store/memory/EmbeddedStore.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { BERG, EASTPORT, fixtureGraphs, HARBOR, LOPEZ, NORTHWIND, VALPARAISO } from '../unit/graphql/fixtures.js';

interface GqlResponse {
  status: number;
  data?: any;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const dirs: string[] = [];
const stores: GraphStore[] = [];
const servers: RunningServer[] = [];

async function tempStore(): Promise<GraphStore> {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-api-e2e-'));
  dirs.push(dir);
  const store = await openEmbeddedStore(dir);
  stores.push(store);
  return store;
}

async function serve(options: Parameters<typeof startServer>[0]): Promise<RunningServer> {
  const server = await startServer({ port: 0, ...options });
  servers.push(server);
  return server;
}

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GqlResponse> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, ...((await res.json()) as object) };
}

const codes = (r: GqlResponse): (string | undefined)[] => (r.errors ?? []).map((e) => e.extensions?.code);
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

let store: GraphStore;
let server: RunningServer;
let base: string;

beforeAll(async () => {
  store = await tempStore();
  await store.upsertArticles(fixtureGraphs());
  server = await serve({ store });
  base = server.url.replace(/\/graphql$/, '');
});

afterAll(async () => {
  for (const s of servers) await s.close();
  for (const s of stores) await s.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('queries', () => {
  it('filters relations by entity, direction, predicates and date range, and sorts them', async () => {
    const r = await gql(server.url, `{
      byConfidence: relations(sort: CONFIDENCE) { edges { node { predicate confidence } } }
      byDate: relations(sort: DATE) { edges { node { predicate } } }
      since: relations(since: "2024-03-03") { totalCount edges { node { predicate } } }
      until: relations(until: "2024-03-02") { edges { node { predicate } } }
      into: relations(entity: "berg", direction: IN) { edges { node { predicate } } }
      out: relations(entity: "berg", direction: OUT) { edges { node { predicate } } }
      some: relations(predicates: ["met", "LEADS"]) { totalCount }
      nested: entity(name: "Lopez") { relations(sort: CONFIDENCE, since: "2024-03-03", minConfidence: 0.6) { edges { node { predicate } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.byConfidence.edges.map((e: any) => e.node.predicate)).toEqual(['ACQUIRED', 'MET', 'CRITICIZED', 'LEADS', 'VISITED']);
    const d = r.data.byDate.edges.map((e: any) => e.node.predicate);
    expect(d.slice(3)).toEqual(['ACQUIRED', 'CRITICIZED']);
    expect([...d.slice(0, 3)].sort()).toEqual(['LEADS', 'MET', 'VISITED']);
    expect(r.data.since.totalCount).toBe(3);
    expect(r.data.until.edges.map((e: any) => e.node.predicate).sort()).toEqual(['ACQUIRED', 'MET']);
    expect(r.data.into.edges).toEqual([{ node: { predicate: 'MET' } }]);
    expect(r.data.out.edges).toEqual([{ node: { predicate: 'LEADS' } }]);
    expect(r.data.some.totalCount).toBe(2);
    expect(r.data.nested.relations.edges).toEqual([{ node: { predicate: 'MET' } }]);

    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: GqlResponse = await gql(server.url, 'query($a: String) { relations(sort: CONFIDENCE, first: 2, after: $a) { totalCount edges { node { predicate } } pageInfo { hasNextPage endCursor } } }', { a: after });
      seen.push(...page.data.relations.edges.map((e: any) => e.node.predicate));
      if (!page.data.relations.pageInfo.hasNextPage) break;
      after = page.data.relations.pageInfo.endCursor;
    }
    expect(seen).toEqual(['ACQUIRED', 'MET', 'CRITICIZED', 'LEADS', 'VISITED']);
    const bad = await gql(server.url, '{ relations(since: "2024-02-30") { totalCount } }');
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0]!.message).toContain('YYYY-MM-DD');
  });

  it('filters articles by entity, date range and text, with cursors; lists mentions per article', async () => {
    const r = await gql(server.url, `{
      northwind: articles(entity: "northwind") { totalCount edges { node { id } } }
      recent: articles(since: "2024-03-03") { edges { node { id } } }
      lake: articles(search: "LAKE ONTARIO") { edges { node { id mentions { count entity { key } } } } }
      a1: article(id: "a1") { mentions { count entity { key } } entities { key } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.northwind).toEqual({ totalCount: 2, edges: [{ node: { id: 'a1' } }, { node: { id: 'a3' } }] });
    expect(r.data.recent.edges).toEqual([{ node: { id: 'a2' } }]);
    expect(r.data.lake.edges[0].node.id).toBe('a3');
    expect(r.data.lake.edges[0].node.mentions[0]).toEqual({ count: 2, entity: { key: EASTPORT } });
    expect(r.data.a1.mentions.map((m: any) => [m.entity.key, m.count])).toEqual([
      [LOPEZ, 3],
      [BERG, 2],
      [NORTHWIND, 2],
      ...[[HARBOR, 1], [VALPARAISO, 1]].sort((x, y) => cmp(x[0] as string, y[0] as string)),
    ]);
    expect(r.data.a1.entities.map((e: any) => e.key)).toEqual(r.data.a1.mentions.map((m: any) => m.entity.key));
    const p1 = await gql(server.url, '{ articles(entity: "Northwind", first: 1) { edges { node { id } } pageInfo { endCursor hasNextPage } } }');
    const p2 = await gql(server.url, 'query($a: String) { articles(entity: "Northwind", first: 1, after: $a) { edges { node { id } } pageInfo { hasNextPage } } }', {
      a: p1.data.articles.pageInfo.endCursor,
    });
    expect([p1.data.articles.edges[0].node.id, p2.data.articles.edges[0].node.id, p2.data.articles.pageInfo.hasNextPage]).toEqual(['a1', 'a3', false]);
  });

  it('answers timeline, cooccurrences, paths, predicates and search', async () => {
    const r = await gql(server.url, `{
      timeline(name: "Maria Lopez") { date article { id } relation { predicate } }
      late: timeline(name: "Lopez", since: "2024-03-03", first: 1) { date }
      cooccurrences(name: "Lopez") { count entity { key } articles { id } }
      people: cooccurrences(name: "Lopez", type: PERSON) { entity { key } }
      paths(from: "Lopez", to: "Harbor Tech") { length entities { key } relations { predicate } }
      none: paths(from: "Lopez", to: "the council", maxHops: 2) { length }
      used: predicates(usedOnly: true) { predicate count }
      all: predicates { predicate description count }
      search(query: "north") { entities { edges { node { key } } } articles { totalCount edges { node { id } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.timeline.map((t: any) => [t.date, t.article.id])).toEqual([
      ['2024-03-02', 'a1'],
      ['2024-03-05', 'a2'],
      ['2024-03-05', 'a2'],
    ]);
    expect(r.data.timeline[0].relation.predicate).toBe('MET');
    expect(r.data.timeline.slice(1).map((t: any) => t.relation.predicate).sort()).toEqual(['MET', 'VISITED']);
    expect(r.data.late).toEqual([{ date: '2024-03-05' }]);
    expect(r.data.cooccurrences.map((c: any) => [c.entity.key, c.count])).toEqual([
      [BERG, 2],
      ...[[HARBOR, 2], [VALPARAISO, 2]].sort((x, y) => cmp(x[0] as string, y[0] as string)),
      [NORTHWIND, 1],
    ]);
    expect(r.data.cooccurrences[0].articles).toEqual([{ id: 'a2' }, { id: 'a1' }]);
    expect(r.data.people).toEqual([{ entity: { key: BERG } }]);
    expect(r.data.paths).toEqual([{ length: 2, entities: [{ key: LOPEZ }, { key: BERG }, { key: HARBOR }], relations: [{ predicate: 'MET' }, { predicate: 'LEADS' }] }]);
    expect(r.data.none).toEqual([]);
    expect(r.data.used).toEqual(['ACQUIRED', 'CRITICIZED', 'LEADS', 'MET', 'VISITED'].map((p) => ({ predicate: p, count: 1 })));
    expect(r.data.all.length).toBeGreaterThan(r.data.used.length);
    expect(r.data.all.slice(0, 5).every((p: any) => p.count === 1)).toBe(true);
    expect(r.data.all.slice(5).every((p: any) => p.count === 0 && typeof p.description === 'string')).toBe(true);
    expect(r.data.search.entities.edges).toEqual([{ node: { key: NORTHWIND } }]);
    expect(r.data.search.articles).toEqual({ totalCount: 2, edges: [{ node: { id: 'a1' } }, { node: { id: 'a3' } }] });
    const unknown = await gql(server.url, '{ timeline(name: "Nobody At All") { date } }');
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    const blank = await gql(server.url, '{ search(query: "   ") { articles { totalCount } } }');
    expect(codes(blank)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('limits', () => {
  it('caps page sizes, depth and cost with LIMIT_EXCEEDED', async () => {
    for (const q of ['{ paths(from: "Lopez", to: "Berg", first: 501) { length } }', '{ timeline(name: "Lopez", first: 501) { date } }', '{ cooccurrences(name: "Lopez", first: 501) { count } }', '{ articles(first: 501) { totalCount } }']) {
      const r = await gql(server.url, q);
      expect(codes(r), q).toEqual(['LIMIT_EXCEEDED']);
      expect(r.errors![0]!.message).toContain('501');
    }
    let deep = '{ key }';
    for (let i = 0; i < 7; i++) deep = `{ relations(first: 1) { edges { node { subject ${deep} } } } }`.replace(/^\{ /, '{ ').replace(/ \}$/, ' }');
    const tooDeep = await gql(server.url, `{ entity(name: "Lopez") ${deep} }`);
    expect(tooDeep.status).toBe(400);
    expect(codes(tooDeep)).toEqual(['LIMIT_EXCEEDED']);
    expect(tooDeep.errors![0]!.message).toMatch(/nest at most \d+/);
    const costly = await gql(server.url, '{ articles(first: 500) { edges { node { relations(first: 500) { edges { node { id } } } } } } }');
    expect(costly.status).toBe(400);
    expect(codes(costly)).toEqual(['LIMIT_EXCEEDED']);
  });

  it('rejects oversized bodies with 413 and slow queries with REQUEST_TIMEOUT', async () => {
    const small = await serve({ store, maxBodyBytes: 2_000 });
    const big = await fetch(small.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ entity(name: "${'x'.repeat(3_000)}") { key } }` }) });
    expect(big.status).toBe(413);
    expect(((await big.json()) as GqlResponse).errors![0]!.extensions!.code).toBe('INPUT_TOO_LARGE');

    const slow = Object.create(store) as GraphStore;
    // The store answers only after 20 s: a 503 here can only come from the 100 ms request timeout.
    slow.stats = () => new Promise((resolve) => setTimeout(() => resolve({ articles: 0, entities: 0, relations: 0 }), 20_000).unref());
    const timed = await serve({ store: slow, requestTimeoutMs: 100 });
    const r = await gql(timed.url, '{ stats { articles } }');
    expect(r.status).toBe(503);
    expect(codes(r)).toEqual(['REQUEST_TIMEOUT']);
    expect(r.errors![0]!.message).toContain('100 ms');
    const fast = await gql(timed.url, '{ article(id: "a1") { id } }');
    expect(fast.data.article).toEqual({ id: 'a1' });
  });
});

describe('mutations', () => {
  const TOKEN = 'test-token-0123456789';
  const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) {
    status article { id title publishedAt source text entityCount factCount mentions { count entity { name } } }
    relations { predicate evidence { sentence start end } } } }`;
  const TEXT = 'The mayor of Tromso, Ingrid Dahl, met Prime Minister Lars Holm in Oslo on Monday. Dahl said the talks were useful.';
  let mstore: GraphStore;
  let open: RunningServer;
  let locked: RunningServer;

  beforeAll(async () => {
    mstore = await tempStore();
    const ingest = makeArticleIngester(mstore);
    open = await serve({ store: mstore, apiToken: TOKEN, ingest, maxIngestChars: 5_000 });
    locked = await serve({ store: mstore, ingest });
  });

  it('answer UNAUTHENTICATED without mutations enabled, without a token and with a wrong one', async () => {
    const input = { text: TEXT };
    const disabled = await gql(locked.url, INGEST, { input }, { authorization: `Bearer ${TOKEN}` });
    expect(codes(disabled)).toEqual(['UNAUTHENTICATED']);
    expect(disabled.errors![0]!.message).toContain('NEWSGRAPH_API_TOKEN');
    const missing = await gql(open.url, INGEST, { input });
    expect(codes(missing)).toEqual(['UNAUTHENTICATED']);
    const wrong = await gql(open.url, INGEST, { input }, { authorization: `Bearer ${TOKEN}x` });
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    const del = await gql(open.url, 'mutation { deleteArticle(id: "x") { deleted } }', {}, { authorization: 'Basic abc' });
    expect(codes(del)).toEqual(['UNAUTHENTICATED']);
    expect((await mstore.stats()).articles).toBe(0);
  });

  it('ingest an article with its extracted facts, idempotently, and delete it', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const input = { text: TEXT, title: 'Mayor meets minister', publishedAt: '2024-05-06', source: 'https://example.org/news/1', id: 'api-1' };
    const r = await gql(open.url, INGEST, { input }, auth);
    expect(r.errors).toBeUndefined();
    const p = r.data.ingestArticle;
    expect(p.status).toBe('CREATED');
    expect(p.article).toMatchObject({ id: 'api-1', title: 'Mayor meets minister', publishedAt: '2024-05-06', source: 'https://example.org/news/1' });
    expect(p.article.entityCount).toBe(p.article.mentions.length);
    expect(p.article.entityCount).toBeGreaterThan(0);
    expect(p.article.factCount).toBe(p.relations.length);
    for (const rel of p.relations) for (const ev of rel.evidence) expect(p.article.text.slice(ev.start, ev.end)).toBe(ev.sentence);
    expect((await mstore.stats()).articles).toBe(1);
    // Verb forms name the canonical predicate: "met" and "MET" find the MEET fact.
    const forms = await gql(open.url, '{ a: relations(predicate: "met") { totalCount } b: relations(predicate: "MEET") { totalCount } c: relations(predicates: ["MET"]) { totalCount } }');
    expect(forms.data.b.totalCount).toBeGreaterThan(0);
    expect(forms.data.a.totalCount).toBe(forms.data.b.totalCount);
    expect(forms.data.c.totalCount).toBe(forms.data.b.totalCount);

    const again = await gql(open.url, INGEST, { input }, auth);
    expect(again.data.ingestArticle.status).toBe('UNCHANGED');
    const changed = await gql(open.url, INGEST, { input: { ...input, text: `${TEXT} Holm left on Tuesday.` } }, auth);
    expect(changed.data.ingestArticle.status).toBe('UPDATED');

    const del = await gql(open.url, 'mutation($id: ID!) { deleteArticle(id: $id) { id deleted } }', { id: 'api-1' }, auth);
    expect(del.data.deleteArticle).toEqual({ id: 'api-1', deleted: true });
    const gone = await gql(open.url, 'mutation($id: ID!) { deleteArticle(id: $id) { id deleted } }', { id: 'api-1' }, auth);
    expect(gone.data.deleteArticle).toEqual({ id: 'api-1', deleted: false });
    expect(await mstore.stats()).toEqual({ articles: 0, entities: 0, relations: 0 });
  });

  it('reject bad input with BAD_USER_INPUT and oversize text with LIMIT_EXCEEDED', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const empty = await gql(open.url, INGEST, { input: { text: '  \n ' } }, auth);
    expect(codes(empty)).toEqual(['BAD_USER_INPUT']);
    const badDate = await gql(open.url, INGEST, { input: { text: TEXT, publishedAt: '06/05/2024' } }, auth);
    expect(codes(badDate)).toEqual(['BAD_USER_INPUT']);
    expect(badDate.errors![0]!.message).toContain('06/05/2024');
    const huge = await gql(open.url, INGEST, { input: { text: 'word '.repeat(1_200) } }, auth);
    expect(codes(huge)).toEqual(['LIMIT_EXCEEDED']);
    expect(huge.errors![0]!.message).toContain('5000');
    expect((await mstore.stats()).articles).toBe(0);
  });
});

describe('HTTP endpoints', () => {
  it('answers /healthz', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', stats: { articles: 3, entities: 7, relations: 5 } });
  });

  it('streams /export in the requested format with the selection, and rejects bad requests clearly', async () => {
    const json = await fetch(`${base}/export?format=json`);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toContain('application/json');
    expect(json.headers.get('content-disposition')).toContain('newsgraph.json');
    const doc = (await json.json()) as { articles: { id: string }[] };
    expect(doc.articles.map((a) => a.id).sort()).toEqual(['a1', 'a2', 'a3']);

    const nd = await fetch(`${base}/export?format=ndjson&predicate=MET,LEADS`);
    expect(nd.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await nd.text()).trim().split('\n').map((l) => JSON.parse(l) as { predicate: string });
    expect(lines.map((l) => l.predicate).sort()).toEqual(['LEADS', 'MET']);

    const gml = await fetch(`${base}/export?format=graphml&entity=Berg&depth=1`);
    expect(gml.status).toBe(200);
    expect(await gml.text()).toContain('<graphml');

    const csv = await fetch(`${base}/export?format=csv`);
    expect(csv.status).toBe(400);
    expect(((await csv.json()) as GqlResponse).errors![0]!.message).toContain('newsgraph export --format csv');
    const badDate = await fetch(`${base}/export?format=json&since=yesterday`);
    expect(badDate.status).toBe(400);
    const unknown = await fetch(`${base}/export?format=json&entity=Nobody%20At%20All`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as GqlResponse).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const noFormat = await fetch(`${base}/export`);
    expect(noFormat.status).toBe(400);
    const extra = await fetch(`${base}/export?format=json&limit=3`);
    expect(extra.status).toBe(400);
  });
});
