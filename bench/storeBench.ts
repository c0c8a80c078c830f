/**
 * One store benchmark at one size, run in a fresh child process per size (so RSS is the
 * size's own): generate a seeded synthetic graph, ingest it in large batches, reopen, then
 * time entity lookups, neighbours (depth 1–3) and shortest paths (≤ 4 hops).
 *
 *   node --import tsx bench/storeBench.ts --facts 100000 [--store embedded|neo4j] [--dir D]
 *
 * Prints a human line per phase on stderr and one `RESULT {json}` line on stdout.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import type { GraphStore } from '../src/store/GraphStore.js';
import { openStore } from '../src/store/openStore.js';
import type { Latency } from './lib/stats.js';
import { syntheticArticles } from './lib/synthetic.js';
import { measureTraversals } from './lib/traversals.js';

export interface StoreBenchResult {
  store: string;
  facts: number;
  articles: number;
  entities: number;
  relations: number;
  ingestSeconds: number;
  factsPerSecond: number;
  reopenSeconds: number;
  lookup: Latency;
  neighbors: Record<'1' | '2' | '3', Latency>;
  path: Latency & { found: number };
  rssMiB: number;
  /** Anonymous (heap, native) and file-backed (LMDB map pages, reclaimable) parts of RSS, Linux only. */
  rssAnonMiB: number | null;
  rssFileMiB: number | null;
  heapMiB: number;
}

function procStatusMiB(field: string): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

const { values } = parseArgs({
  options: {
    facts: { type: 'string', default: '10000' },
    store: { type: 'string', default: 'embedded' },
    dir: { type: 'string' },
    queries: { type: 'string', default: '300' },
    batch: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '42' },
  },
});

const facts = Number(values.facts);
const queries = Number(values.queries);
const kind = values.store === 'neo4j' ? 'neo4j' : 'embedded';
const dir = values.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-'));
const log = (s: string): void => void process.stderr.write(`[store ${kind} ${facts}] ${s}\n`);
const gc = (): void => (globalThis as { gc?: () => void }).gc?.(); // with --expose-gc: count live data, not garbage
function memLine(): string {
  gc();
  const m = process.memoryUsage();
  const mib = (n: number): string => (n / 2 ** 20).toFixed(0);
  return `rss ${mib(m.rss)} (anon ${procStatusMiB('RssAnon')?.toFixed(0) ?? '?'}, file ${procStatusMiB('RssFile')?.toFixed(0) ?? '?'}) heap ${mib(m.heapUsed)}/${mib(m.heapTotal)} external ${mib(m.external)} MiB`;
}

async function open(): Promise<GraphStore> {
  const config = loadConfig({ store: kind, data: dir }, process.env);
  return openStore(config);
}

async function main(): Promise<StoreBenchResult> {
  let store = await open();
  const before = await store.stats();
  if (before.relations > 0) throw new Error(`expected an empty ${store.description}, found ${before.relations} relations`);
  let articles = 0;
  // Only the store's work is timed: the synthetic generator runs between the timed writes.
  let ingestMs = 0;
  for (const batch of syntheticArticles({ facts, seed: Number(values.seed) }, Number(values.batch))) {
    const t0 = performance.now();
    await store.upsertArticles(batch);
    ingestMs += performance.now() - t0;
    articles += batch.length;
  }
  const ingestSeconds = ingestMs / 1000;
  const stats = await store.stats();
  log(`ingested ${articles} articles, ${stats.relations} facts in ${ingestSeconds.toFixed(1)} s; ${memLine()}`);

  let reopenSeconds = 0;
  if (kind === 'embedded') {
    await store.close();
    const t1 = performance.now();
    store = await open();
    reopenSeconds = (performance.now() - t1) / 1000;
    log(`reopened in ${reopenSeconds.toFixed(2)} s; ${memLine()}`);
  }

  const { lookup, neighbors, path: pathLatency } = await measureTraversals(store, facts, queries);
  log(`lookup p95 ${lookup.p95.toFixed(2)} ms, neighbours(1) p95 ${neighbors['1'].p95.toFixed(2)} ms, path p95 ${pathLatency.p95.toFixed(2)} ms`);
  gc();
  const mem = process.memoryUsage();
  const rssAnonMiB = procStatusMiB('RssAnon');
  const rssFileMiB = procStatusMiB('RssFile');
  const final = await store.stats();
  await store.close();
  if (values.dir === undefined) fs.rmSync(dir, { recursive: true, force: true });
  return {
    store: kind,
    facts,
    articles,
    entities: final.entities,
    relations: final.relations,
    ingestSeconds,
    factsPerSecond: (articles * 10) / ingestSeconds,
    reopenSeconds,
    lookup,
    neighbors,
    path: pathLatency,
    rssMiB: mem.rss / 2 ** 20,
    rssAnonMiB,
    rssFileMiB,
    heapMiB: mem.heapUsed / 2 ** 20,
  };
}

main().then(
  (r) => process.stdout.write(`RESULT ${JSON.stringify(r)}\n`),
  (err: unknown) => {
    process.stderr.write(`store bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
