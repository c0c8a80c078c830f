import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARRAY_DELIMITER, parseCsv } from '../../../src/export/csv.js';
import { CSV_HEADERS } from '../../../src/export/exportCsv.js';
import { exportGraph } from '../../../src/export/exportGraph.js';
import { SCHEMA_ORG_TYPES, entityIri } from '../../../src/export/exportJsonld.js';
import { ndjsonFact } from '../../../src/export/exportNdjson.js';
import { stripInvalidXmlChars, xmlSafeId } from '../../../src/export/xml.js';
import { ENTITY_LABELS } from '../../../src/model/labels.js';
import type { ExtractionOutput, StoredArticle, StoredEntity, StoredFact } from '../../../src/model/types.js';
import type { GraphStore } from '../../../src/store/GraphStore.js';
import { parseUnwind, splitStatements, type Literal } from './cypherParse.js';
import { capture, fixtureGraphs, HOSTILE, openFixtureStore, type TestStore } from './exportFixtures.js';
import { findAll, parseXml } from './xmlCheck.js';

let fixture: TestStore;
let store: GraphStore;
let entities: StoredEntity[];
let facts: StoredFact[];
let articles: StoredArticle[];
let tmp: string;

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

beforeAll(async () => {
  fixture = await openFixtureStore();
  store = fixture.store;
  entities = await all(store.iterateEntities());
  facts = await all(store.iterateFacts());
  articles = await all(store.iterateArticles());
  tmp = await mkdtemp(path.join(tmpdir(), 'newsgraph-export-rt-'));
});
afterAll(async () => {
  await fixture.dispose();
  await rm(tmp, { recursive: true, force: true });
});

const byKey = (): Map<string, StoredEntity> => new Map(entities.map((e) => [e.key, e]));

describe('export round trips over the embedded store', () => {
  it('the fixture holds the hostile strings it is meant to test', () => {
    expect(entities.length).toBe(Object.keys(HOSTILE).length);
    expect(facts.length).toBe(6); // 7 statements, one fact stated by two articles
    expect(entities.map((e) => e.name)).toEqual(expect.arrayContaining(Object.values(HOSTILE)));
    expect(facts.some((f) => f.articleIds.length === 2)).toBe(true);
  });

  it('graphml parses back with graphology-graphml with the same nodes, edges and typed attributes', async () => {
    const text = await capture((out) => exportGraph(store, 'graphml', out));
    parseXml(text);
    const graph = parseGraphml(MultiDirectedGraph, text);
    expect(graph.type).toBe('directed');
    expect(graph.order).toBe(entities.length);
    expect(graph.size).toBe(facts.length);
    for (const e of entities) {
      const id = xmlSafeId(e.key);
      expect(graph.hasNode(id)).toBe(true);
      const attrs = graph.getNodeAttributes(id);
      expect(attrs.label).toBe(stripInvalidXmlChars(e.name));
      expect(attrs.name).toBe(stripInvalidXmlChars(e.name));
      expect(attrs.entityKey).toBe(stripInvalidXmlChars(e.key));
      expect(attrs.type).toBe(e.type);
      expect(attrs.mentionCount).toBe(e.mentionCount);
      expect(attrs.articleCount).toBe(e.articleIds.length);
      expect(JSON.parse(attrs.aliases as string)).toEqual(e.aliases);
      expect(JSON.parse(attrs.articleIds as string)).toEqual(e.articleIds);
    }
    for (const f of facts) {
      const id = xmlSafeId(f.key);
      expect(graph.hasEdge(id)).toBe(true);
      expect(graph.source(id)).toBe(xmlSafeId(f.subject));
      expect(graph.target(id)).toBe(xmlSafeId(f.object));
      const a = graph.getEdgeAttributes(id);
      expect(a).toMatchObject({ label: f.predicate, predicate: f.predicate, verb: f.verb, confidence: f.confidence, negated: f.negated, modality: f.modality });
      expect(typeof a.confidence).toBe('number');
      expect(typeof a.negated).toBe('boolean');
      expect(a.evidenceCount).toBe(f.evidence.length);
      expect(JSON.parse(a.qualifiers as string)).toEqual(f.qualifiers);
      expect(JSON.parse(a.evidence as string)).toEqual(f.evidence);
      expect(JSON.parse(a.articleIds as string)).toEqual(f.articleIds);
    }
    // The line-break name keeps its CR, LF and tab exactly.
    expect(graph.getNodeAttribute(xmlSafeId(entities.find((e) => e.name === HOSTILE.lines)!.key), 'name')).toBe(HOSTILE.lines);
  });

  it('gexf 1.3 is well-formed, declares its attributes and holds every node and edge', async () => {
    const text = await capture((out) => exportGraph(store, 'gexf', out));
    const root = parseXml(text);
    expect(root.name).toBe('gexf');
    expect(root.attrs.version).toBe('1.3');
    expect(root.attrs.xmlns).toBe('http://gexf.net/1.3');
    const decls = findAll(root, 'attributes');
    expect(decls.map((d) => d.attrs.class)).toEqual(['node', 'edge']);
    const declared = new Map(decls.map((d) => [d.attrs.class!, new Map(d.children.map((c) => [c.attrs.id!, c.attrs.type!]))]));
    expect(declared.get('node')!.get('mentionCount')).toBe('integer');
    expect(declared.get('edge')!.get('confidence')).toBe('double');
    expect(declared.get('edge')!.get('negated')).toBe('boolean');
    const nodes = findAll(root, 'node');
    const edges = findAll(root, 'edge');
    expect(nodes).toHaveLength(entities.length);
    expect(edges).toHaveLength(facts.length);
    const values = (el: (typeof nodes)[number]): Map<string, string> => new Map(findAll(el, 'attvalue').map((v) => [v.attrs.for!, v.attrs.value!]));
    const nodeById = new Map(nodes.map((n) => [n.attrs.id!, n]));
    for (const e of entities) {
      const n = nodeById.get(xmlSafeId(e.key))!;
      expect(n.attrs.label).toBe(stripInvalidXmlChars(e.name));
      const v = values(n);
      for (const [id] of v) expect(declared.get('node')!.has(id)).toBe(true);
      expect(v.get('type')).toBe(e.type);
      expect(Number(v.get('mentionCount'))).toBe(e.mentionCount);
      expect(JSON.parse(v.get('aliases')!)).toEqual(e.aliases);
    }
    const edgeById = new Map(edges.map((x) => [x.attrs.id!, x]));
    for (const f of facts) {
      const x = edgeById.get(xmlSafeId(f.key))!;
      expect([x.attrs.source, x.attrs.target, x.attrs.label, x.attrs.kind]).toEqual([xmlSafeId(f.subject), xmlSafeId(f.object), f.predicate, f.predicate]);
      expect(Number(x.attrs.weight)).toBe(f.confidence);
      expect(JSON.parse(values(x).get('evidence')!)).toEqual(f.evidence);
      expect(values(x).get('negated')).toBe(String(f.negated));
    }
  });

  it('csv (neo4j-admin dialect, verbatim) parses back (parseCsv) to exactly the graph', async () => {
    const dir = path.join(tmp, 'csv');
    const summary = await exportGraph(store, 'csv', { dir }, {}, { csvDialect: 'neo4j-admin' });
    expect(summary).toMatchObject({ entities: entities.length, facts: facts.length, articles: articles.length });
    const read = async (name: string): Promise<string[][]> => parseCsv(await readFile(path.join(dir, name), 'utf8'));
    const ents = await read('entities.csv');
    expect(ents[0]).toEqual([...CSV_HEADERS.entities]);
    expect(ents.slice(1)).toEqual(entities.map((e) => [e.key, e.name, e.type, e.aliases.join(ARRAY_DELIMITER), String(e.mentionCount), `Entity;${ENTITY_LABELS[e.type]}`]));
    const rels = await read('relationships.csv');
    expect(rels.slice(1)).toEqual(
      facts.map((f) => [
        f.subject,
        f.object,
        f.predicate,
        f.key,
        f.verb,
        String(f.confidence),
        String(f.negated),
        f.modality,
        JSON.stringify(f.qualifiers),
        f.articleIds.join(ARRAY_DELIMITER),
        JSON.stringify(f.evidence),
      ]),
    );
    const mentions = await read('mentions.csv');
    expect(mentions.length - 1).toBe(entities.reduce((n, e) => n + e.articleIds.length, 0));
    const arts = await read('articles.csv');
    expect(arts.slice(1).map((r) => [r[0], r[1], r[3]])).toEqual(articles.map((a) => [a.id, a.title ?? '', a.publishedAt ?? '']));
  });

  it('ndjson has one parseable fact per line with names, types and evidence', async () => {
    const text = await capture((out) => exportGraph(store, 'ndjson', out));
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(facts.length);
    const ents = byKey();
    lines.forEach((line, i) => {
      const f = facts[i]!;
      const parsed = JSON.parse(line);
      expect(parsed).toEqual(ndjsonFact({ fact: f, subject: ents.get(f.subject)!, object: ents.get(f.object)! }));
      expect(parsed.subject.name).toBe(ents.get(f.subject)!.name);
      expect(parsed.object.type).toBe(ents.get(f.object)!.type);
      expect(parsed.evidence[0].sentence).toBe(f.evidence[0]!.sentence);
    });
  });

  it('the cypher script is self-contained and its literals unescape to the originals', async () => {
    const text = await capture((out) => exportGraph(store, 'cypher', out));
    expect(text).toMatch(/^[\x09\x0a\x20-\x7e]*$/);
    expect(text).not.toContain('$');
    const statements = splitStatements(text);
    expect(statements[0]).toMatch(/^CREATE CONSTRAINT entity_key_unique IF NOT EXISTS FOR \(e:Entity\) REQUIRE e\.key IS UNIQUE$/);
    expect(statements[1]).toMatch(/^CREATE CONSTRAINT article_id_unique/);
    const unwinds = statements.slice(2).map(parseUnwind);
    const rowsWhere = (re: RegExp): { rows: Literal[]; body: string }[] => unwinds.filter((u) => re.test(u.body));
    const articleRows = rowsWhere(/^MERGE \(a:Article/).flatMap((u) => u.rows);
    expect(articleRows).toEqual(articles.map((a) => ({ id: a.id, title: a.title, source: a.source, publishedAt: a.publishedAt, hash: a.hash })));
    const entityRows = new Map<string, { row: Literal; label: string }>();
    for (const u of rowsWhere(/^MERGE \(e:Entity/)) {
      const label = /SET e:`([A-Za-z]+)`/.exec(u.body)![1]!;
      for (const row of u.rows) entityRows.set((row as { key: string }).key, { row, label });
    }
    expect(entityRows.size).toBe(entities.length);
    for (const e of entities) {
      const { row, label } = entityRows.get(e.key)!;
      expect(row).toEqual({ key: e.key, name: e.name, type: e.type, aliases: e.aliases, mentionCount: e.mentionCount, articleIds: e.articleIds });
      expect(label).toBe(ENTITY_LABELS[e.type]);
    }
    const factRows = new Map<string, { row: Record<string, Literal>; type: string }>();
    for (const u of rowsWhere(/^MATCH \(s:Entity/)) {
      const type = /MERGE \(s\)-\[r:`([A-Z0-9_]+)` \{key: row\.key\}\]->\(o\)/.exec(u.body)![1]!;
      for (const row of u.rows) factRows.set((row as { key: string }).key, { row: row as Record<string, Literal>, type });
    }
    expect(factRows.size).toBe(facts.length);
    for (const f of facts) {
      const { row, type } = factRows.get(f.key)!;
      expect(type).toBe(f.predicate);
      expect(row).toMatchObject({ subject: f.subject, object: f.object, verb: f.verb, confidence: f.confidence, negated: f.negated, modality: f.modality, articleIds: f.articleIds });
      expect(JSON.parse(row.qualifiers as string)).toEqual(f.qualifiers);
      expect(JSON.parse(row.evidence as string)).toEqual(f.evidence);
    }
  });

  it('json-ld parses, types entities with schema.org and has one claim per fact with its evidence', async () => {
    const doc = JSON.parse(await capture((out) => exportGraph(store, 'jsonld', out))) as { '@context': Record<string, unknown>; '@graph': Record<string, unknown>[] };
    expect(doc['@context']['@vocab']).toBe('https://schema.org/');
    const claims = doc['@graph'].filter((n) => n['@type'] === 'Claim');
    expect(claims).toHaveLength(facts.length);
    const ents = byKey();
    for (const f of facts) {
      const claim = claims.find((c) => c.identifier === f.key)!;
      expect(claim['ng:subject']).toBe(entityIri(f.subject));
      expect(claim['ng:object']).toBe(entityIri(f.object));
      expect(claim['ng:predicate']).toBe(f.predicate);
      expect(claim['ng:confidence']).toBe(f.confidence);
      expect(claim.name).toBe(`${ents.get(f.subject)!.name} ${f.predicate} ${ents.get(f.object)!.name}`);
      const appearance = claim.appearance as { text: string; isPartOf: { '@id': string } }[];
      expect(appearance.map((a) => a.text)).toEqual(f.evidence.map((ev) => ev.sentence));
    }
    const ids = new Set<string>();
    for (const e of entities) {
      const node = doc['@graph'].find((n) => n['@id'] === entityIri(e.key))!;
      expect(node['@type']).toBe(SCHEMA_ORG_TYPES[e.type]);
      expect(node.name).toBe(e.name);
      ids.add(entityIri(e.key));
    }
    expect(ids.size).toBe(entities.length);
    expect(doc['@graph'].filter((n) => n['@type'] === 'NewsArticle')).toHaveLength(articles.length);
  });

  it('json keeps the extraction contract shape with per-article evidence', async () => {
    const out = JSON.parse(await capture((o) => exportGraph(store, 'json', o))) as ExtractionOutput;
    expect(out.articles.map((a) => a.id)).toEqual(articles.map((a) => a.id));
    expect(out.articles.reduce((n, a) => n + a.relations.length, 0)).toBe(facts.reduce((n, f) => n + f.articleIds.length, 0));
    for (const a of out.articles) {
      const text = (await store.getArticleText(a.id))!;
      for (const r of a.relations) for (const ev of r.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
    }
  });
});

describe('cypher export of an unsafe relationship type', () => {
  it('fails with INVALID_IDENTIFIER instead of writing it', async () => {
    const graphs = fixtureGraphs();
    const bad = graphs[0]!;
    bad.facts[0] = { ...bad.facts[0]!, key: 'bad-fact', predicate: 'MET`]->(x) DETACH DELETE x //' };
    const t = await openFixtureStore(graphs);
    try {
      const err = await capture((out) => exportGraph(t.store, 'cypher', out)).catch((e: unknown) => e);
      expect((err as { code?: string }).code).toBe('INVALID_IDENTIFIER');
      expect((err as Error).message).toContain('relationship type matching ^[A-Z][A-Z0-9_]*$');
      // The other formats carry any predicate as data.
      const nd = await capture((out) => exportGraph(t.store, 'ndjson', out));
      expect(nd).toContain('"predicate":"MET`]->(x) DETACH DELETE x //"');
    } finally {
      await t.dispose();
    }
  });
});
