/**
 * "Neo4j unavailable mid-run" without a server: a GraphStore wrapper whose upsertArticles
 * fails with StoreError('STORE_UNAVAILABLE') after N batches. The ingest lists exactly the
 * articles that were not stored and exits 1; retrying the same inputs on a working store
 * completes without duplicates (same stats and contents as a clean run).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printIngestSummary } from '../../src/cli/ingestCommand.js';
import { StoreError } from '../../src/errors.js';
import type { ArticleGraph } from '../../src/model/types.js';
import { ingestSources, type ArticleReport } from '../../src/pipeline.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { openEmbeddedStore } from '../../src/store/memory/EmbeddedStore.js';
import { auditStore, expectedGraphs } from './storeChecks.js';
import { syntheticArticles } from './syntheticNews.js';

const ARTICLES = 23;
const BATCH = 4;

/** Wraps a store so that upsertArticles works `okBatches` times, then fails as an unreachable server. */
function failingAfter(store: GraphStore, okBatches: number): GraphStore & { calls: number } {
  let calls = 0;
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'calls') return calls;
      if (prop === 'upsertArticles') {
        return async (graphs: ArticleGraph[]) => {
          calls++;
          if (calls > okBatches) {
            throw new StoreError('STORE_UNAVAILABLE', 'expected a reachable Neo4j server at bolt://127.0.0.1:7687, found the connection refused');
          }
          return target.upsertArticles(graphs);
        };
      }
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as GraphStore & { calls: number };
}

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('store unavailable in the middle of an ingest', () => {
  let tmp = '';
  let inputDir = '';
  let expected: Map<string, ArticleGraph>;
  let sourceOrder: string[];

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-unavail-'));
    inputDir = path.join(tmp, 'in');
    mkdirSync(inputDir);
    for (const a of syntheticArticles(ARTICLES, 11)) writeFileSync(path.join(inputDir, a.name), a.text);
    expected = await expectedGraphs([inputDir]);
    sourceOrder = [...expected.values()].map((g) => g.article.source);
  });

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('reports exactly the unstored articles, exits 1, and a retry completes without duplicates', async () => {
    const okBatches = 2;
    const store = await openEmbeddedStore(path.join(tmp, 'flaky'));
    const reports: ArticleReport[] = [];
    try {
      const flaky = failingAfter(store, okBatches);
      const summary = await ingestSources(flaky, [inputDir], { batchSize: BATCH, onReport: (r) => void reports.push(...r) });
      const storedCount = okBatches * BATCH;
      expect(summary.articles).toBe(storedCount);
      expect(summary.created).toBe(storedCount);
      expect(summary.failures.map((f) => f.source)).toEqual(sourceOrder.slice(storedCount));
      expect(new Set(summary.failures.map((f) => f.code))).toEqual(new Set(['STORE_UNAVAILABLE']));
      for (const f of summary.failures) expect(f.message).toMatch(/^not stored: .*connection refused/);
      expect(reports.filter((r) => r.status === 'created').map((r) => r.source)).toEqual(sourceOrder.slice(0, storedCount));
      expect(reports.filter((r) => r.status === 'failed').map((r) => r.source)).toEqual(sourceOrder.slice(storedCount));

      const out = capture();
      const err = capture();
      const code = printIngestSummary(summary, { stdout: out.stream, stderr: err.stream });
      await new Promise((r) => setImmediate(r));
      expect(code).toBe(1);
      const errorLines = err.text().trim().split('\n');
      expect(errorLines).toHaveLength(ARTICLES - storedCount);
      for (const [i, l] of errorLines.entries()) {
        expect(l.startsWith(`error: ${sourceOrder[storedCount + i]}: not stored:`)).toBe(true);
        expect(l.endsWith('[STORE_UNAVAILABLE]')).toBe(true);
      }
      expect(out.text()).toMatch(new RegExp(`^ingested ${storedCount} article\\(s\\) .*; ${ARTICLES - storedCount} failed\\n$`));

      // Only whole batches were stored.
      const partial = await auditStore(store, expected);
      expect(partial.problems).toEqual([]);
      expect(partial.present.size).toBe(storedCount);

      // Retry the same command against the working store.
      const retry = await ingestSources(store, [inputDir], { batchSize: BATCH });
      expect(retry.failures).toEqual([]);
      expect(retry.unchanged).toBe(storedCount);
      expect(retry.created).toBe(ARTICLES - storedCount);
      const after = await auditStore(store, expected);
      expect(after.problems).toEqual([]);
      expect(after.present.size).toBe(ARTICLES);

      // Same graph as a clean, uninterrupted run.
      const clean = await openEmbeddedStore(path.join(tmp, 'clean'));
      try {
        const cleanSummary = await ingestSources(clean, [inputDir], { batchSize: BATCH });
        expect(cleanSummary.failures).toEqual([]);
        expect(await store.stats()).toEqual(await clean.stats());
        const facts = async (s: GraphStore): Promise<string[]> => {
          const keys: string[] = [];
          for await (const f of s.iterateFacts()) keys.push(`${f.key}:${f.articleIds.length}:${f.evidence.length}`);
          return keys;
        };
        expect(await facts(store)).toEqual(await facts(clean));
      } finally {
        await clean.close();
      }
    } finally {
      await store.close();
    }
  });
});
