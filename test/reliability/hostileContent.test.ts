/**
 * Hostile content: names, ids, sources and texts that look like Cypher, GraphQL, HTML/JS, CSV
 * formulas and path traversal are stored and returned verbatim, and are inert in every export
 * (CSV formula cells neutralised by default, XML well-formed and escaped, Cypher only inside
 * escaped literals) and in the explorer page.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/export/csv.js';
import { exportGraph } from '../../src/export/exportGraph.js';
import { stripInvalidXmlChars } from '../../src/export/xml.js';
import type { ArticleGraph, GraphEntity, GraphFact } from '../../src/model/types.js';
import { ingestSources } from '../../src/pipeline.js';
import { entityKey, factKey } from '../../src/resolution/keys.js';
import { startServer, type RunningServer } from '../../src/server/startServer.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { openEmbeddedStore } from '../../src/store/memory/EmbeddedStore.js';
import { runCliCaptured } from '../helpers/cliHarness.js';
import { repoRoot } from './childCli.js';

const H = {
  cypher: "x'}) MATCH (n) DETACH DELETE n //",
  cypher2: 'Back`tick` \\\\ ; CALL dbms.killAll()',
  graphql: '{ __schema { types { name } } }',
  html: '<script>alert("pwn")</script><img src=x onerror=alert(1)>',
  formula: "=cmd|' /C calc'!A0",
  plus: '+SUM(1,2)',
  minus: '-2+3',
  at: '@A1',
  tab: '\tTabbed',
  traversal: '../../../etc/passwd',
  winTraversal: '..\\..\\windows\\win.ini',
  xml: ']]><!-- <?xml version="1.0"?> &amp; &#0;',
  control: 'Ctrl\u0001Bell\u0007End',
} as const;
const NAMES: string[] = Object.values(H);
const FORMULA_NAMES = [H.formula, H.plus, H.minus, H.at, H.tab];
const PAYLOAD_WORDS = ['DETACH DELETE', 'dbms.killAll', '__schema', '<script', 'onerror', 'cmd|'];

function hostileGraph(): ArticleGraph {
  const entities: GraphEntity[] = NAMES.map((name) => ({ key: entityKey(name), name, type: 'OTHER', aliases: [], mentions: 1 }));
  const text = NAMES.map((n) => `${n} met ${H.html}.`).join('\n');
  let offset = 0;
  const facts: GraphFact[] = NAMES.map((name, i) => {
    const sentence = `${name} met ${H.html}.`;
    const start = offset;
    offset += sentence.length + 1;
    const object = NAMES[(i + 1) % NAMES.length]!;
    return {
      key: factKey(entityKey(name), 'MET', entityKey(object), false),
      subject: entityKey(name),
      predicate: 'MET',
      verb: 'meet',
      object: entityKey(object),
      qualifiers: { at: H.traversal, via: H.formula },
      confidence: 0.5,
      negated: false,
      modality: 'asserted',
      evidence: [{ sentence, start, end: start + sentence.length }],
    };
  });
  return { article: { id: H.traversal, title: H.html, source: H.winTraversal, publishedAt: '2024-01-02', hash: 'h1' }, text, entities, facts };
}

async function capture(run: (out: NodeJS.WritableStream) => Promise<unknown>): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await run(out);
  out.end();
  await new Promise((r) => setImmediate(r));
  return Buffer.concat(chunks).toString('utf8');
}

/** Splits a Cypher script into decoded string literals and the code outside literals/comments. */
function splitCypher(script: string): { literals: string[]; code: string } {
  const literals: string[] = [];
  let code = '';
  let i = 0;
  while (i < script.length) {
    const ch = script[i]!;
    if (ch === "'" || ch === '"') {
      let value = '';
      i++;
      while (i < script.length && script[i] !== ch) {
        if (script[i] === '\\') {
          const e = script[i + 1]!;
          if (e === 'u') {
            value += String.fromCharCode(Number.parseInt(script.slice(i + 2, i + 6), 16));
            i += 6;
            continue;
          }
          value += ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e;
          i += 2;
          continue;
        }
        value += script[i];
        i++;
      }
      expect(i < script.length, 'unterminated string literal').toBe(true);
      literals.push(value);
      i++;
      code += '<lit>';
    } else if (ch === '`') {
      const end = script.indexOf('`', i + 1);
      expect(end).toBeGreaterThan(i);
      code += '<name>';
      i = end + 1;
    } else if (ch === '/' && script[i + 1] === '/') {
      const end = script.indexOf('\n', i);
      i = end === -1 ? script.length : end;
    } else {
      code += ch;
      i++;
    }
  }
  return { literals, code };
}

function xmlDocument(text: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level: string, msg: string) => void problems.push(`${level}: ${msg}`) }).parseFromString(text, 'text/xml') as unknown as Document;
  expect(problems).toEqual([]);
  return doc;
}

function allXmlValues(node: Node, out: string[] = []): string[] {
  if (node.nodeType === 3 || node.nodeType === 4) out.push(node.nodeValue ?? '');
  const el = node as Element;
  if (el.attributes) for (let i = 0; i < el.attributes.length; i++) out.push(el.attributes[i]!.value);
  for (let c = node.firstChild; c; c = c.nextSibling) allXmlValues(c, out);
  return out;
}

describe('hostile content is stored verbatim and inert everywhere', () => {
  let tmp = '';
  let store: GraphStore;
  const graph = hostileGraph();

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-hostile-'));
    store = await openEmbeddedStore(path.join(tmp, 'data'));
    expect(await store.upsertArticles([graph])).toEqual([{ id: H.traversal, status: 'created' }]);
  });

  afterAll(async () => {
    await store?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('the store returns names, ids, titles, sources, qualifiers and evidence verbatim', async () => {
    const article = await store.getArticle(H.traversal);
    expect(article).toMatchObject({ id: H.traversal, title: H.html, source: H.winTraversal });
    expect(await store.getArticleText(H.traversal)).toBe(graph.text);
    for (const name of NAMES) {
      expect((await store.getEntity(entityKey(name)))?.name).toBe(name);
      expect((await store.findEntity(name))?.name).toBe(name);
    }
    const fact = await store.getFact(graph.facts[0]!.key);
    expect(fact?.qualifiers).toEqual({ at: H.traversal, via: H.formula });
    expect(fact?.evidence[0]?.sentence).toBe(`${H.cypher} met ${H.html}.`);
  });

  it('hostile article text, id, title and source from an NDJSON input go through ingest verbatim', async () => {
    const file = path.join(tmp, 'hostile.ndjson');
    const text = `${H.html} ${H.cypher} said ${H.graphql}. ${H.formula} and ${H.traversal}.`;
    writeFileSync(file, `${JSON.stringify({ id: '../../x;DROP', title: H.formula, source: H.traversal, text })}\n`);
    const other = await openEmbeddedStore(path.join(tmp, 'ingest'));
    try {
      const summary = await ingestSources(other, [file]);
      expect(summary.failures).toEqual([]);
      const a = await other.getArticle('../../x;DROP');
      expect(a).toMatchObject({ id: '../../x;DROP', title: H.formula, source: H.traversal });
      expect(await other.getArticleText('../../x;DROP')).toBe(text);
    } finally {
      await other.close();
    }
  });

  it('json, ndjson and json-ld parse and hold the names verbatim', async () => {
    for (const format of ['json', 'ndjson', 'jsonld']) {
      const text = await capture((out) => exportGraph(store, format, out));
      const values: string[] = [];
      const walk = (v: unknown): void => {
        if (typeof v === 'string') values.push(v);
        else if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') Object.values(v).forEach(walk);
      };
      if (format === 'ndjson') text.trim().split('\n').forEach((l) => walk(JSON.parse(l)));
      else walk(JSON.parse(text));
      for (const name of NAMES) expect(values, `${format}: ${JSON.stringify(name)}`).toContain(name);
    }
  });

  it('graphml and gexf are well-formed XML with the names as data, never as markup', async () => {
    for (const format of ['graphml', 'gexf']) {
      const text = await capture((out) => exportGraph(store, format, out));
      const doc = xmlDocument(text);
      expect(doc.getElementsByTagName('script').length).toBe(0);
      expect(doc.getElementsByTagName('img').length).toBe(0);
      const values = allXmlValues(doc as unknown as Node);
      for (const name of NAMES) expect(values, `${format}: ${JSON.stringify(name)}`).toContain(stripInvalidXmlChars(name));
    }
  });

  it('cypher: hostile text appears only inside escaped string literals', async () => {
    const script = await capture((out) => exportGraph(store, 'cypher', out));
    const { literals, code } = splitCypher(script);
    for (const word of PAYLOAD_WORDS) expect(code.includes(word), `${word} outside a literal`).toBe(false);
    for (const name of NAMES) expect(literals).toContain(name);
    // Statements split on `;` outside literals: each one starts with a known clause.
    for (const statement of code.split(';').map((s) => s.trim()).filter(Boolean)) {
      expect(statement).toMatch(/^(CREATE|MERGE|UNWIND|MATCH|WITH|CALL|:begin|:commit)/);
    }
  });

  it('csv: formula cells are neutralised by default and verbatim in the neo4j-admin dialect', async () => {
    const spread = path.join(tmp, 'csv-spreadsheet');
    const admin = path.join(tmp, 'csv-admin');
    await exportGraph(store, 'csv', { dir: spread });
    await exportGraph(store, 'csv', { dir: admin }, {}, { csvDialect: 'neo4j-admin' });
    expect(readdirSync(spread).sort()).toEqual(['articles.csv', 'entities.csv', 'mentions.csv', 'relationships.csv']);
    const cells = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => parseCsv(readFileSync(path.join(dir, f), 'utf8')).slice(1).flat());
    const safe = cells(spread);
    for (const cell of safe) expect(cell, JSON.stringify(cell)).not.toMatch(/^[=+\-@\t\r]/);
    for (const name of FORMULA_NAMES) expect(safe).toContain(`'${name}`);
    expect(safe).toContain(H.html);
    const verbatim = cells(admin);
    for (const name of NAMES) expect(verbatim).toContain(name);
  });

  it('newsgraph export --csv-dialect: neo4j-admin keeps cells verbatim; bad values are usage errors', async () => {
    const data = path.join(tmp, 'cli-data');
    const file = path.join(tmp, 'cli.ndjson');
    writeFileSync(file, `${JSON.stringify({ id: 'cli1', title: H.formula, text: 'Ana Lima met Tom Ruiz in Quito.' })}\n`);
    expect((await runCliCaptured(['ingest', file, '--data', data])).code).toBe(0);
    const admin = await runCliCaptured(['export', '--format', 'csv', '--csv-dialect', 'neo4j-admin', '--out', path.join(tmp, 'cli-admin'), '--data', data]);
    expect(admin.code, admin.stderr).toBe(0);
    const spread = await runCliCaptured(['export', '--format', 'csv', '--out', path.join(tmp, 'cli-spread'), '--data', data]);
    expect(spread.code, spread.stderr).toBe(0);
    const title = (dir: string): string | undefined => parseCsv(readFileSync(path.join(dir, 'articles.csv'), 'utf8'))[1]?.[1];
    expect(title(path.join(tmp, 'cli-admin'))).toBe(H.formula);
    expect(title(path.join(tmp, 'cli-spread'))).toBe(`'${H.formula}`);
    const bad = await runCliCaptured(['export', '--format', 'csv', '--csv-dialect', 'excel', '--out', path.join(tmp, 'x'), '--data', data]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('newsgraph export: --csv-dialect expects one of spreadsheet, neo4j-admin, found "excel" [USAGE_ERROR]\n');
    const wrong = await runCliCaptured(['export', '--format', 'json', '--csv-dialect', 'neo4j-admin', '--data', data]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--csv-dialect expects --format csv, found --format json');
  });

  describe('explorer page', () => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await startServer({ store, port: 0 });
    });
    afterAll(async () => server?.close());

    it('renders data only through textContent (no HTML sinks in explorer.js)', () => {
      const source = readFileSync(path.join(repoRoot, 'explorer', 'explorer.js'), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(source).not.toMatch(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(|setAttribute\(\s*['"]on/);
      expect(source).toMatch(/textContent/);
    });

    it('is served with a CSP that forbids inline scripts, and paths cannot escape its folder', async () => {
      const base = server.url.replace(/\/graphql$/, '');
      const page = await fetch(`${base}/explore`);
      expect(page.status).toBe(200);
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/script-src 'self'/);
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      for (const p of ['/explore/../package.json', '/explore/%2e%2e/package.json', '/explore/..%2fpackage.json', '/explore/vendor/..%2f..%2fpackage.json']) {
        const res = await fetch(`${base}${p}`);
        const body = await res.text();
        expect(body.includes('"devDependencies"'), p).toBe(false);
      }
      const gql = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query($n: String!) { entity(name: $n) { name } }', variables: { n: H.html } }),
      });
      expect(gql.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
      expect(((await gql.json()) as { data: { entity: { name: string } } }).data.entity.name).toBe(H.html);
    });
  });
});
