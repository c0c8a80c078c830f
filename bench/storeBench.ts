/**
 * One store benchmark at one size: generate a seeded synthetic graph, ingest it in large
 * batches, then open the store and time entity lookups, neighbours (depth 1–3) and shortest
 * paths (≤ 4 hops).
 *
 *   node --import tsx bench/storeBench.ts --facts 100000 [--store embedded|neo4j] [--dir D] [--phase all|ingest|query]
 *
 * `--phase ingest` fills `--dir` and keeps it; `--phase query` opens an existing `--dir` in a
 * fresh process, so its open time and memory are what a new `newsgraph serve` or `stats`
 * process pays (scripts/bench.mjs runs the two phases as two processes). Prints a human line
 * per phase on stderr and one `RESULT {json}` line on stdout.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import type { GraphStore } from '../src/store/GraphStore.js';
import { openStore } from '../src/store/openStore.js';
import type { Latency } from './lib/stats.js';
import { measureTraversals } from './lib/traversals.js';
import { syntheticArticles } from './lib/synthetic.js';

export interface IngestResult {
  articles: number;
  ingestSeconds: number;
  /** CPU of this process during the writes (user + system): the wall time minus waiting for a shared CPU. */
  ingestCpuSeconds: number;
  factsPerSecond: number;
  /** Peak RSS of the ingesting process. */
  ingestPeakRssMiB: number | null;
  /** Size of the data dir after the ingest. */
  dataMiB: number | null;
  /** Bytes this process wrote to storage during the ingest (/proc/self/io write_bytes; Linux only). */
  ingestWrittenGiB: number | null;
}

export interface QueryResult {
  entities: number;
  relations: number;
  openSeconds: number;
  lookup: Latency;
  neighbors: Record<'1' | '2' | '3', Latency>;
  path: Latency & { found: number };
  rssMiB: number;
  /** Anonymous (heap, native) and file-backed (mapped LMDB pages, shared and reclaimable) parts of RSS, Linux only. */
  rssAnonMiB: number | null;
  rssFileMiB: number | null;
  heapMiB: number;
}

export type StoreBenchResult = { store: string; facts: number } & Partial<IngestResult> & Partial<QueryResult>;

function procStatusMiB(field: string): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** write_bytes of /proc/self/io: what this process sent to storage (page-cache writeback it caused). */
function writtenBytes(): number | null {
  try {
    const m = /^write_bytes:\s+(\d+)/m.exec(fs.readFileSync('/proc/self/io', 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

function dirMiB(dir: string): number | null {
  try {
    return fs.readdirSync(dir).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0) / 2 ** 20;
  } catch {
    return null;
  }
}

const { values } = parseArgs({
  options: {
    facts: { type: 'string', default: '10000' },
    store: { type: 'string', default: 'embedded' },
    dir: { type: 'string' },
    phase: { type: 'string', default: 'all' },
    queries: { type: 'string', default: '300' },
    batch: { type: 'string', default: '10000' },
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
  return `rss ${mib(m.rss)} (anon ${procStatusMiB('RssAnon')?.toFixed(0) ?? '?'}, file ${procStatusMiB('RssFile')?.toFixed(0) ?? '?'}) heap ${mib(m.heapUsed)}/${mib(m.heapTotal)} MiB`;
}

async function open(): Promise<GraphStore> {
  return openStore(loadConfig({ store: kind, data: dir }, process.env));
}

async function ingest(store: GraphStore): Promise<IngestResult> {
  const before = await store.stats();
  if (before.relations > 0) throw new Error(`expected an empty ${store.description}, found ${before.relations} relations`);
  let articles = 0;
  // Only the store's work is timed: the synthetic generator runs between the timed writes.
  let ingestMs = 0;
  let cpuMicros = 0;
  const written0 = writtenBytes();
  for (const batch of syntheticArticles({ facts, seed: Number(values.seed) }, Number(values.batch))) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await store.upsertArticles(batch);
    const c = process.cpuUsage(c0);
    cpuMicros += c.user + c.system;
    ingestMs += performance.now() - t0;
    articles += batch.length;
    // A line per tenth of the size, so the growth of the per-fact cost shows during long runs.
    if (Math.floor((articles * 100) / facts) > Math.floor(((articles - batch.length) * 100) / facts)) {
      log(`${articles * 10} facts: ${(ingestMs / 1000).toFixed(1)} s, CPU ${(cpuMicros / 1e6).toFixed(1)} s, wrote ${(((writtenBytes() ?? 0) - (written0 ?? 0)) / 2 ** 30).toFixed(1)} GiB`);
    }
  }
  const ingestSeconds = ingestMs / 1000;
  const written1 = writtenBytes();
  const ingestWrittenGiB = written0 === null || written1 === null ? null : (written1 - written0) / 2 ** 30;
  log(`ingested ${articles} articles in ${ingestSeconds.toFixed(1)} s (CPU ${(cpuMicros / 1e6).toFixed(1)} s, wrote ${ingestWrittenGiB?.toFixed(1) ?? '?'} GiB); ${memLine()}`);
  return {
    articles,
    ingestSeconds,
    ingestCpuSeconds: cpuMicros / 1e6,
    factsPerSecond: (articles * 10) / ingestSeconds,
    ingestPeakRssMiB: procStatusMiB('VmHWM'),
    dataMiB: kind === 'embedded' ? dirMiB(dir) : null,
    ingestWrittenGiB,
  };
}

async function query(store: GraphStore, openSeconds: number): Promise<QueryResult> {
  // Queries start from entities drawn like the articles draw them: hubs are asked about most.
  const { lookup, neighbors, path: pathLatency } = await measureTraversals(store, facts, queries);
  log(`lookup p95 ${lookup.p95.toFixed(2)} ms, neighbours(1) p95 ${neighbors['1'].p95.toFixed(2)} ms, path p95 ${pathLatency.p95.toFixed(2)} ms`);
  gc();
  const mem = process.memoryUsage();
  const final = await store.stats();
  return {
    entities: final.entities,
    relations: final.relations,
    openSeconds,
    lookup,
    neighbors,
    path: pathLatency,
    rssMiB: mem.rss / 2 ** 20,
    rssAnonMiB: procStatusMiB('RssAnon'),
    rssFileMiB: procStatusMiB('RssFile'),
    heapMiB: mem.heapUsed / 2 ** 20,
  };
}

async function main(): Promise<StoreBenchResult> {
  const phase = values.phase;
  let result: StoreBenchResult = { store: kind, facts };
  let store: GraphStore | null = null;
  try {
    if (phase === 'all' || phase === 'ingest') {
      store = await open();
      result = { ...result, ...(await ingest(store)) };
      if (phase === 'ingest' || kind === 'embedded') {
        await store.close();
        store = null;
      }
    }
    if (phase === 'all' || phase === 'query') {
      if (kind === 'embedded') await import('../src/store/memory/EmbeddedStore.js'); // module loading is not part of opening
      const t1 = performance.now();
      store ??= await open();
      const openSeconds = (performance.now() - t1) / 1000;
      log(`opened in ${openSeconds.toFixed(3)} s; ${memLine()}`);
      result = { ...result, ...(await query(store, openSeconds)) };
    }
  } finally {
    await store?.close();
    if (values.dir === undefined) fs.rmSync(dir, { recursive: true, force: true });
  }
  return result;
}

main().then(
  (r) => process.stdout.write(`RESULT ${JSON.stringify(r)}\n`),
  (err: unknown) => {
    process.stderr.write(`store bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
