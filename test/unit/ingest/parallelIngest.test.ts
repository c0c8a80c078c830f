import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExtractionPool } from '../../../src/ingest/ExtractionPool.js';
import { mapInOrder } from '../../../src/ingest/mapInOrder.js';
import { ingestSources, type ArticleReport } from '../../../src/pipeline.js';
import { readSources } from '../../../src/sources/readSources.js';
import { openEmbeddedStore } from '../../../src/store/memory/EmbeddedStore.js';
import type { GraphStore } from '../../../src/store/GraphStore.js';

const corpus = path.resolve(__dirname, '../../../corpus');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

async function* fromArray<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const x of items) yield x;
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

async function snapshot(store: GraphStore): Promise<unknown> {
  return {
    stats: await store.stats(),
    articles: await collect(store.iterateArticles()),
    entities: await collect(store.iterateEntities()),
    facts: await collect(store.iterateFacts()),
  };
}

async function ingestWith(workers: number, inputs: string[], batchSize = 4): Promise<{ summary: unknown; reports: ArticleReport[]; graph: unknown }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-workers-'));
  dirs.push(dir);
  const store = await openEmbeddedStore(dir);
  const reports: ArticleReport[] = [];
  try {
    const summary = await ingestSources(store, inputs, { workers, batchSize, onReport: (r) => void reports.push(...r) });
    return { summary, reports, graph: await snapshot(store) };
  } finally {
    await store.close();
  }
}

describe('mapInOrder', () => {
  it('yields results in input order whatever the completion order, with bounded concurrency', async () => {
    let running = 0;
    let peak = 0;
    const delays = [30, 1, 20, 5, 0, 12, 3, 25, 2, 8];
    const out = await collect(
      mapInOrder(
        fromArray(delays.map((d, i) => ({ d, i }))),
        async ({ d, i }) => {
          running++;
          peak = Math.max(peak, running);
          await new Promise((r) => setTimeout(r, d));
          running--;
          return i * 10;
        },
        3,
      ),
    );
    expect(out).toEqual(delays.map((_, i) => i * 10));
    expect(peak).toBeLessThanOrEqual(3);
    expect(peak).toBeGreaterThan(1);
  });
});

describe('ExtractionPool', () => {
  it('rejects a worker count outside 1 … MAX_WORKERS', () => {
    expect(() => ExtractionPool.start(0, { minConfidence: 0 })).toThrow("workers expects a whole number from 1 to 64, found number 0");
    expect(() => ExtractionPool.start(1.5, { minConfidence: 0 })).toThrow("found number 1.5");
  });

  it('answers a failed article with a failure naming its source', async () => {
    const pool = ExtractionPool.start(1, { minConfidence: 0 });
    try {
      const bad = await pool.extract({ id: 'x', source: 'bad.txt', title: null, publishedAt: null, text: 42 as unknown as string });
      expect(bad.ok).toBe(false);
      if (!bad.ok) {
        expect(bad.failure.source).toBe('bad.txt');
        expect(bad.failure.code).not.toBe('INTERNAL');
      }
    } finally {
      await pool.close();
    }
  }, 30_000);
});

describe('ingestSources with workers', () => {
  it('stores exactly what workers = 1 stores, reports in input order, failures included', async () => {
    const inputs = [corpus, path.join(corpus, 'missing-file.txt')];
    const one = await ingestWith(1, inputs);
    const two = await ingestWith(2, inputs);
    const summary = one.summary as { articles: number; failures: unknown[]; store: { relations: number } };
    expect(summary.articles).toBeGreaterThanOrEqual(10);
    expect(summary.store.relations).toBeGreaterThan(0);
    expect(summary.failures).toHaveLength(1);
    expect(two.summary).toEqual(one.summary);
    expect(two.reports).toEqual(one.reports);
    expect(two.reports.map((r) => r.source)).toEqual(one.reports.map((r) => r.source));
    expect(two.graph).toEqual(one.graph);
  }, 60_000);

  it('keeps input order where it decides the result: later versions of an id win, failures stay in place', async () => {
    // The same ids three times: the second version of each article updates it (in reverse
    // order), the third repeats some second versions (unchanged), with bad lines in between.
    // Any reordering changes the final hashes, the statuses or the failure positions.
    const articles = [];
    for await (const r of readSources([corpus])) if (r.ok) articles.push(r.article);
    const line = (a: (typeof articles)[number], text: string): string => JSON.stringify({ id: a.id, title: a.title, publishedAt: a.publishedAt, text });
    const later = (text: string): string => `${text}\n\nOfficials in Oslo said on Friday that the talks with the Dakar delegation would resume.`;
    const lines = [
      ...articles.map((a) => line(a, a.text)),
      '{"id": "broken", "text": ',
      ...[...articles].reverse().map((a) => line(a, later(a.text))),
      JSON.stringify({ id: 'empty', text: '' }),
      ...articles.slice(0, 5).map((a) => line(a, later(a.text))),
      ...articles.map((a) => JSON.stringify({ id: `${a.id}-copy`, title: a.title, publishedAt: a.publishedAt, text: a.text })),
    ];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-order-'));
    dirs.push(dir);
    const input = path.join(dir, 'versions.ndjson');
    fs.writeFileSync(input, `${lines.join('\n')}\n`);

    const one = await ingestWith(1, [input], 3);
    const three = await ingestWith(3, [input], 3);
    // Failed inputs are reported at once, stored articles when their batch commits, so count.
    const count = (status: string): number => one.reports.filter((r) => r.status === status).length;
    const n = articles.length;
    expect([count('created'), count('updated'), count('unchanged'), count('failed')]).toEqual([2 * n, n, 5, 2]);
    expect(three.reports).toEqual(one.reports);
    expect(three.summary).toEqual(one.summary);
    expect(three.graph).toEqual(one.graph);
  }, 60_000);
});
