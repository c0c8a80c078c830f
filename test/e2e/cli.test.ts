import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/export/csv.js';
import { CSV_HEADERS } from '../../src/export/exportCsv.js';
import type { ExtractionOutput } from '../../src/model/types.js';
import { runCliCaptured } from '../helpers/cliHarness.js';

const fixtures = path.resolve('test/fixtures/cli');
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'newsgraph-cli-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('newsgraph CLI', () => {
  it('prints usage and rejects unknown commands and options', async () => {
    const help = await runCliCaptured(['--help']);
    expect(help.code).toBe(0);
    for (const c of ['extract', 'ingest', 'serve', 'export', 'stats']) expect(help.stdout).toContain(c);
    const unknown = await runCliCaptured(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"; expected one of: extract/);
    const badFlag = await runCliCaptured(['extract', fixtures, '--colour', 'red']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toMatch(/unknown option --colour/);
    const extractHelp = await runCliCaptured(['extract', '--help']);
    expect(extractHelp.stdout).toMatch(/--format json\|ndjson/);
  });

  it('extract writes the contract with evidence offsets into the cleaned text', async () => {
    const run = await runCliCaptured(['extract', fixtures, '--format', 'json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as ExtractionOutput;
    expect(out.articles.map((a) => path.basename(a.source))).toEqual(['energy.txt', 'summit.txt']);
    const summit = out.articles[1]!;
    expect(summit.title).toBe('Harbor ministers agree on joint coastal patrols');
    expect(summit.publishedAt).toBe('2024-03-05');
    expect(summit.text).not.toContain('date 2024-03-05');
    const names = summit.entities.map((e) => e.name);
    expect(names).toContain('Lena Duarte');
    expect(names).toContain('Karim Alaoui');
    const ids = new Set(summit.entities.map((e) => e.id));
    for (const r of summit.relations) {
      expect(ids.has(r.subject) && ids.has(r.object)).toBe(true);
      expect(r.predicate).toMatch(/^[A-Z][A-Z0-9_]*$/);
      for (const ev of r.evidence) expect(summit.text.slice(ev.start, ev.end)).toBe(ev.sentence);
    }
    const byId = new Map(summit.entities.map((e) => [e.id, e.name]));
    const triples = summit.relations.map((r) => `${byId.get(r.subject)} ${r.predicate} ${byId.get(r.object)}`);
    expect(triples.some((t) => /Lena Duarte MEET\w* Karim Alaoui|Karim Alaoui MEET\w* Lena Duarte/.test(t))).toBe(true);
  });

  it('extract --format ndjson writes one article per line, and reads stdin', async () => {
    const run = await runCliCaptured(['extract', '-', '--format', 'ndjson'], {
      stdin: 'Ocean probe reaches the trench\n\nThe Nereid probe reached the Mariana Trench on Friday.\n',
    });
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).title).toBe('Ocean probe reaches the trench');
  });

  it('bad inputs are reported with their file, others still processed, exit code 1', async () => {
    const empty = path.join(tmp, 'empty.txt');
    const binary = path.join(tmp, 'blob.txt');
    const nd = path.join(tmp, 'batch.ndjson');
    await writeFile(empty, '');
    await writeFile(binary, Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
    await writeFile(nd, '{"id":"n1","text":"Mayor Ana Ruiz opened the new Valle Bridge in Seville on Monday."}\n{not json}\n');
    const run = await runCliCaptured(['extract', path.join(tmp, 'missing.txt'), empty, binary, nd, path.join(fixtures, 'summit.txt')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('missing.txt');
    expect(run.stderr).toContain('empty.txt');
    expect(run.stderr).toContain('blob.txt');
    expect(run.stderr).toMatch(/batch\.ndjson.*2|line 2/);
    expect(run.stderr).toMatch(/2 article\(s\) extracted, 4 failed/);
    const out = JSON.parse(run.stdout) as ExtractionOutput;
    expect(out.articles.map((a) => a.id)).toContain('n1');
  });

  it('ingest is idempotent, stats and exports reflect the store', async () => {
    const data = path.join(tmp, 'store');
    const first = await runCliCaptured(['ingest', fixtures, '--data', data]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/ingested 2 article\(s\) \(2 new, 0 updated, 0 unchanged\)/);
    const stats1 = await runCliCaptured(['stats', '--data', data, '--json']);
    const s1 = JSON.parse(stats1.stdout) as { articles: number; entities: number; relations: number };
    expect(s1.articles).toBe(2);
    expect(s1.entities).toBeGreaterThan(4);
    expect(s1.relations).toBeGreaterThan(1);

    const again = await runCliCaptured(['ingest', fixtures, '--data', data]);
    expect(again.stdout).toMatch(/\(0 new, 0 updated, 2 unchanged\)/);
    const stats2 = await runCliCaptured(['stats', '--data', data, '--json']);
    expect(JSON.parse(stats2.stdout)).toEqual(s1);

    const json = await runCliCaptured(['export', '--format', 'json', '--data', data]);
    expect(json.code).toBe(0);
    const exported = JSON.parse(json.stdout) as ExtractionOutput;
    expect(exported.articles).toHaveLength(2);
    expect(exported.articles.reduce((n, a) => n + a.relations.length, 0)).toBeGreaterThan(0);

    const csvDir = path.join(tmp, 'csv');
    const csv = await runCliCaptured(['export', '--format', 'csv', '--out', csvDir, '--data', data]);
    expect(csv.code).toBe(0);
    const entities = parseCsv(await readFile(path.join(csvDir, 'entities.csv'), 'utf8'));
    expect(entities[0]).toEqual([...CSV_HEADERS.entities]);
    expect(entities.length - 1).toBe(s1.entities);
    const rels = parseCsv(await readFile(path.join(csvDir, 'relationships.csv'), 'utf8'));
    expect(rels[0]).toEqual([...CSV_HEADERS.relationships]);
    expect(rels.length - 1).toBe(s1.relations);
    const keys = new Set(entities.slice(1).map((r) => r[0]));
    for (const r of rels.slice(1)) {
      expect(keys.has(r[0]!)).toBe(true);
      expect(keys.has(r[1]!)).toBe(true);
    }
  });

  it('export rejects a missing format with a clear message', async () => {
    const run = await runCliCaptured(['export', '--data', path.join(tmp, 'x')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--format expects one of json, ndjson, csv, graphml, gexf, cypher, jsonld, found none/);
  });
});

describe('newsgraph db', () => {
  it('init needs a Neo4j address and says how to give one', async () => {
    const run = await runCliCaptured(['db', 'init']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/NEO4J_URI/);
    const bad = await runCliCaptured(['db', 'drop']);
    expect(bad.stderr).toMatch(/expected the action "init", found "drop"/);
  });

  it('reports an unreachable Neo4j server with its address', async () => {
    const run = await runCliCaptured(['stats', '--store', 'neo4j', '--neo4j-uri', 'bolt://127.0.0.1:1']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bolt:\/\/127\.0\.0\.1:1/);
    expect(run.stderr).toMatch(/STORE_UNAVAILABLE/);
  }, 60_000);
});
