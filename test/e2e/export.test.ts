import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../src/export/exportGraph.js';
import { openEmbeddedStore } from '../../src/store/memory/EmbeddedStore.js';
import { runCliCaptured } from '../helpers/cliHarness.js';
import { fixtureGraphs, HOSTILE } from '../unit/export/exportFixtures.js';
import { findAll, parseXml } from '../unit/export/xmlCheck.js';

let tmp: string;
let data: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'newsgraph-export-e2e-'));
  data = path.join(tmp, 'store');
  const store = await openEmbeddedStore(data);
  await store.upsertArticles(fixtureGraphs());
  await store.close();
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('newsgraph export (CLI)', () => {
  it('--format graphml --entity X --depth 2 --out FILE writes the neighbourhood as GraphML', async () => {
    const file = path.join(tmp, 'nested', 'dir', 'quotes.graphml');
    const run = await runCliCaptured(['export', '--format', 'graphml', '--entity', "o'neil", '--depth', '2', '--out', file, '--data', data]);
    expect(run.stderr).toMatch(/wrote 4 entities, 3 facts to .*quotes\.graphml/);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const graph = parseGraphml(MultiDirectedGraph, await readFile(file, 'utf8'));
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(3);
    const names = graph.mapNodes((_id, a) => a.name as string).sort();
    expect(names).toEqual([HOSTILE.quotes, HOSTILE.markup, HOSTILE.control.replace(/[\u0001\u0007\u000b]/g, ''), HOSTILE.cypher].sort());
    expect(await readdir(path.dirname(file))).toEqual(['quotes.graphml']);
  });

  it('every stream format writes to stdout, filtered by --predicate/--type/--since/--min-confidence', async () => {
    for (const format of EXPORT_FORMATS.filter((f) => f !== 'csv')) {
      const run = await runCliCaptured(['export', '--format', format, '--predicate', 'met', '--data', data]);
      expect(run.code, `${format}: ${run.stderr}`).toBe(0);
      expect(run.stdout.length).toBeGreaterThan(50);
    }
    const nd = await runCliCaptured(['export', '--format', 'ndjson', '--type', 'organization,gpe', '--since', '2024-02-01', '--min-confidence', '0.6', '--data', data]);
    const lines = nd.stdout.trim().split('\n').map((l) => JSON.parse(l) as { predicate: string; subject: { type: string }; object: { type: string }; confidence: number; articleIds: string[] });
    expect(lines.map((l) => l.predicate)).toEqual(['SIGNED']);
    expect(lines[0]!.articleIds).toEqual(['a2']);
    const gexf = await runCliCaptured(['export', '--format', 'gexf', '--predicate', 'MET,SIGNED', '--data', data]);
    const root = parseXml(gexf.stdout);
    expect(findAll(root, 'edge').map((e) => e.attrs.label).sort()).toEqual(['MET', 'MET', 'SIGNED']);
  });

  it('csv needs --out DIR and accepts a selection', async () => {
    const missing = await runCliCaptured(['export', '--format', 'csv', '--data', data]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/expected --out DIR for the csv files, found none/);
    const dir = path.join(tmp, 'csv');
    const run = await runCliCaptured(['export', '--format', 'csv', '--type', 'PERSON', '--out', dir, '--data', data]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/wrote 3 entities, 1 facts/);
    expect((await readdir(dir)).sort()).toEqual(['articles.csv', 'entities.csv', 'mentions.csv', 'relationships.csv']);
  });

  it('bad selections are usage errors (exit 2) naming the flag; an unknown entity fails without leaving a file', async () => {
    const noEntity = await runCliCaptured(['export', '--format', 'ndjson', '--depth', '2', '--data', data]);
    expect(noEntity.code).toBe(2);
    expect(noEntity.stderr).toMatch(/--depth: expected together with an entity/);
    const badDate = await runCliCaptured(['export', '--format', 'ndjson', '--since', '13/01/2024', '--data', data]);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toMatch(/--since: expected an ISO date YYYY-MM-DD, found "13\/01\/2024"/);
    const badConf = await runCliCaptured(['export', '--format', 'ndjson', '--min-confidence', '2', '--data', data]);
    expect(badConf.stderr).toMatch(/--min-confidence: expected a number from 0 to 1, found 2/);
    const badFormat = await runCliCaptured(['export', '--format', 'svg', '--data', data]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toMatch(/--format expects one of json, ndjson, csv, graphml, gexf, cypher, jsonld, found "svg"/);
    const file = path.join(tmp, 'ghost.graphml');
    const ghost = await runCliCaptured(['export', '--format', 'graphml', '--entity', 'Nobody Atall', '--out', file, '--data', data]);
    expect(ghost.code).toBe(1);
    expect(ghost.stderr).toMatch(/expected an entity named "Nobody Atall".*\[NOT_FOUND\]/);
    expect(existsSync(file)).toBe(false);
    expect((await readdir(tmp)).filter((f) => f.startsWith('ghost'))).toEqual([]);
  });

  it('--help lists every format and the selection flags', async () => {
    const help = await runCliCaptured(['export', '--help']);
    expect(help.code).toBe(0);
    for (const f of EXPORT_FORMATS) expect(help.stdout).toMatch(new RegExp(`^  ${f} `, 'm'));
    for (const flag of ['--entity', '--depth', '--predicate', '--type', '--since', '--until', '--min-confidence']) expect(help.stdout).toContain(flag);
  });
});

const seeds = path.resolve('../shared/seeds');

describe.skipIf(!existsSync(seeds))('export of the seed articles', () => {
  it('ingests the seeds and exports the neighbourhood of Kim Jong Un as typed GraphML', async () => {
    const seedData = path.join(tmp, 'seeds-store');
    const ingest = await runCliCaptured(['ingest', seeds, '--data', seedData]);
    expect(ingest.code, ingest.stderr).toBe(0);
    const file = path.join(tmp, 'kim.graphml');
    const run = await runCliCaptured(['export', '--format', 'graphml', '--entity', 'Kim Jong Un', '--depth', '2', '--out', file, '--data', seedData]);
    expect(run.code, run.stderr).toBe(0);
    const text = await readFile(file, 'utf8');
    const root = parseXml(text);
    const keyTypes = new Map(findAll(root, 'key').map((k) => [`${k.attrs.for}:${k.attrs['attr.name']}`, k.attrs['attr.type']]));
    expect(keyTypes.get('node:mentionCount')).toBe('int');
    expect(keyTypes.get('edge:confidence')).toBe('double');
    expect(keyTypes.get('edge:negated')).toBe('boolean');
    const graph = parseGraphml(MultiDirectedGraph, text);
    expect(graph.order).toBeGreaterThan(1);
    expect(graph.size).toBeGreaterThan(0);
    expect(graph.someNode((_id, a) => /kim jong un/i.test(a.name as string))).toBe(true);
    graph.forEachNode((_id, a) => {
      expect(typeof a.mentionCount).toBe('number');
      expect(a.type).toMatch(/^[A-Z]+$/);
    });
    graph.forEachEdge((_id, a) => {
      expect(typeof a.confidence).toBe('number');
      expect(a.predicate).toMatch(/^[A-Z][A-Z0-9_]*$/);
    });
  });
});
