/**
 * Concurrency: processes on one data dir (a second writer gets a clear STORE_LOCKED error;
 * stats and export work beside a writer or a server and see its last commit; a read-only
 * reader sees whole articles only), and the GraphQL server under a bounded loopback load of
 * concurrent ingestArticle mutations and queries (0 errors, consistent stats).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleGraph } from '../../src/model/types.js';
import { ingestSources, makeArticleIngester } from '../../src/pipeline.js';
import { startServer, type RunningServer } from '../../src/server/startServer.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { openEmbeddedStore } from '../../src/store/memory/EmbeddedStore.js';
import { runCliChild, spawnCli, waitForChild } from './childCli.js';
import { auditStore, expectedGraphs } from './storeChecks.js';
import { syntheticArticles } from './syntheticNews.js';

describe('two processes on one data dir', () => {
  let tmp = '';
  let input = '';
  let expected: Map<string, ArticleGraph>;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-conc-'));
    input = path.join(tmp, 'in');
    mkdirSync(input);
    for (const a of syntheticArticles(150, 21)) writeFileSync(path.join(input, a.name), a.text);
    expected = await expectedGraphs([input]);
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('while this process holds the store, a second writer gets STORE_LOCKED naming the owner; stats and export read the last committed state', async () => {
    const data = path.join(tmp, 'locked');
    const files = readdirSync(input).sort();
    const [firstHalf, secondHalf] = [files.slice(0, 60), files.slice(60, 90)];
    const store = await openEmbeddedStore(data);
    const stats = async (): Promise<unknown> => {
      const run = await runCliChild(['stats', '--json', '--data', data]);
      expect(run.code, run.stderr).toBe(0);
      return JSON.parse(run.stdout);
    };
    try {
      await ingestSources(store, firstHalf.map((f) => path.join(input, f)), { batchSize: 7 });
      expect(await stats()).toEqual(await store.stats());
      await ingestSources(store, secondHalf.map((f) => path.join(input, f)), { batchSize: 7 });
      expect(await stats()).toEqual(await store.stats());
      expect((await store.stats()).articles).toBe(90);
      const out = path.join(tmp, 'export.json');
      const exported = await runCliChild(['export', '--format', 'json', '--out', out, '--data', data]);
      expect(exported.code, exported.stderr).toBe(0);
      expect((JSON.parse(readFileSync(out, 'utf8')) as { articles: unknown[] }).articles).toHaveLength(90);
      const second = await runCliChild(['ingest', input, '--data', data]);
      expect(second.code, second.stderr).toBe(1);
      expect(second.stdout).toBe('');
      expect(second.stderr).toMatch(
        new RegExp(`^newsgraph ingest: data dir .* is locked by process ${process.pid} \\(lock file .*newsgraph\\.lock\\); close that process or use another --data dir \\[STORE_LOCKED\\]\\n$`),
      );
    } finally {
      await store.close();
    }
    // Once the owner has closed the store, another writer works.
    const after = await runCliChild(['ingest', input, '--data', data]);
    expect(after.code, after.stderr).toBe(0);
    expect(await stats()).toMatchObject({ articles: expected.size });
  }, 60_000);

  it('stats and export work while `newsgraph serve` holds the data dir, and see what it writes', async () => {
    const data = path.join(tmp, 'served');
    const seed = await runCliChild(['ingest', input, '--data', data]);
    expect(seed.code, seed.stderr).toBe(0);
    const server = spawnCli(['serve', '--port', '0', '--data', data], { NEWSGRAPH_API_TOKEN: 'concurrency-token' });
    const exited = waitForChild(server);
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let text = '';
        server.stdout?.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          const m = /ready at (http:\/\/\S+)/.exec(text);
          if (m) resolve(m[1] as string);
        });
        void exited.then((r) => reject(new Error(`serve exited early: ${r.stderr}`)));
      });
      const stats = await runCliChild(['stats', '--json', '--data', data]);
      expect(stats.code, stats.stderr).toBe(0);
      expect(JSON.parse(stats.stdout)).toMatchObject({ articles: expected.size });
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer concurrency-token' },
        body: JSON.stringify({ query: 'mutation($t: String!) { ingestArticle(input: { text: $t, id: "late-article" }) { status } }', variables: { t: 'Maria Lopez met Jonas Berg in Oslo on Monday.' } }),
      });
      expect(await res.json()).toEqual({ data: { ingestArticle: { status: 'CREATED' } } });
      const later = await runCliChild(['stats', '--json', '--data', data]);
      expect(JSON.parse(later.stdout)).toMatchObject({ articles: expected.size + 1 });
      const exported = await runCliChild(['export', '--format', 'json', '--data', data]);
      expect(exported.code, exported.stderr).toBe(0);
      expect(exported.stdout).toContain('late-article');
    } finally {
      server.kill('SIGTERM');
      await exited;
    }
  }, 60_000);

  it('read-only readers opened while another process ingests see whole articles only', async () => {
    const data = path.join(tmp, 'shared');
    const report = path.join(tmp, 'report.ndjson');
    const writerDone = waitForChild(spawnCli(['ingest', input, '--data', data, '--batch-size', '3', '--report', report]));
    let finished = false;
    void writerDone.then(() => (finished = true));
    let snapshots = 0;
    while (!finished || snapshots === 0) {
      try {
        const reader = await openEmbeddedStore(data, { readOnly: true });
        try {
          const audit = await auditStore(reader, expected);
          expect(audit.problems).toEqual([]);
        } finally {
          await reader.close();
        }
        snapshots++;
      } catch (error) {
        // Before the writer created data.mdb there is nothing to read yet.
        expect(`${(error as { code?: string }).code}: ${(error as Error).message}`).toMatch(/^DATABASE_NOT_FOUND: /);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    const done = await writerDone;
    expect(done.code, done.stderr).toBe(0);
    expect(snapshots).toBeGreaterThan(0);
  }, 60_000);
});

describe('GraphQL server under concurrent ingestArticle mutations and queries', () => {
  const TOKEN = 'reliability-test-token';
  const ARTICLES = 40;
  const CONCURRENCY = 8;
  let tmp = '';
  let store: GraphStore;
  let server: RunningServer;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-load-'));
    store = await openEmbeddedStore(path.join(tmp, 'data'));
    server = await startServer({ store, port: 0, apiToken: TOKEN, ingest: makeArticleIngester(store) });
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  async function gql(query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; body: { data?: Record<string, unknown>; errors?: unknown[] } }> {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as never };
  }

  it(`${ARTICLES} mutations (${CONCURRENCY} at a time, each article twice) with queries in between: 0 errors, consistent stats`, async () => {
    const articles = syntheticArticles(ARTICLES, 33);
    // Every article is sent twice so that concurrent upserts of the same id race as well.
    const jobs = [...articles, ...articles].map((a, i) => ({ a, i }));
    const errors: unknown[] = [];
    const statuses: string[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < jobs.length) {
        const { a, i } = jobs[next++]!;
        const m = await gql('mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status article { id } } }', {
          input: { text: a.text, source: `load/${a.name}` },
        });
        if (m.status !== 200 || m.body.errors) errors.push(m.body);
        else statuses.push((m.body.data!.ingestArticle as { status: string }).status);
        if (i % 3 === 0) {
          const q = await gql('{ stats { articles entities relations } entities(first: 5) { totalCount edges { node { key name } } } }');
          if (q.status !== 200 || q.body.errors) errors.push(q.body);
          const s = q.body.data?.stats as { articles: number } | undefined;
          if (s && (s.articles < 0 || s.articles > ARTICLES)) errors.push(`stats.articles ${s.articles} out of range`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(errors).toEqual([]);
    expect(statuses).toHaveLength(2 * ARTICLES);
    expect(statuses.filter((s) => s === 'CREATED')).toHaveLength(ARTICLES);
    expect(statuses.filter((s) => s === 'UNCHANGED')).toHaveLength(ARTICLES);

    // The same articles ingested one by one into a fresh store give the same graph.
    const clean = await openEmbeddedStore(path.join(tmp, 'clean'));
    try {
      const ingest = makeArticleIngester(clean);
      for (const a of articles) await ingest({ text: a.text, source: `load/${a.name}` });
      const final = await gql('{ stats { articles entities relations } }');
      expect(final.body.data?.stats).toEqual(await clean.stats());
      expect(await store.stats()).toEqual({ ...(await clean.stats()) });
      const ids = async (s: GraphStore): Promise<string[]> => {
        const out: string[] = [];
        for await (const f of s.iterateFacts()) out.push(`${f.key}:${[...f.articleIds].sort().join(',')}`);
        return out.sort();
      };
      expect(await ids(store)).toEqual(await ids(clean));
    } finally {
      await clean.close();
    }
  }, 60_000);
});
