/**
 * Parallel ingest: the same input ingested with workers = 1 and workers = N into fresh
 * embedded stores (model loading included, as a user sees it). The input is the demo corpus
 * repeated as NDJSON lines with distinct ids, so there is enough work to amortise start-up.
 * Prints one `RESULT {json}` line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseArgs } from 'node:util';
import { benchInputs, loadArticles, repoRoot } from './lib/corpus.js';

const { values } = parseArgs({
  options: { workers: { type: 'string', default: '2' }, copies: { type: 'string', default: '40' }, from: { type: 'string', default: 'dist' } },
});

/** The built package by default (workers run dist/ingest/worker.js, as `newsgraph ingest` does), or src via tsx. */
async function load(): Promise<{
  ingestSources: typeof import('../src/pipeline.js').ingestSources;
  openEmbeddedStore: typeof import('../src/store/memory/EmbeddedStore.js').openEmbeddedStore;
}> {
  const base = values.from === 'src' ? '../src/' : pathToFileURL(path.join(repoRoot, 'dist') + path.sep).href;
  const at = (file: string): string => (values.from === 'src' ? new URL(`${base}${file.replace(/\.js$/, '.ts')}`, import.meta.url).href : new URL(file, base).href);
  const pipeline = (await import(at('pipeline.js'))) as typeof import('../src/pipeline.js');
  const embedded = (await import(at('store/memory/EmbeddedStore.js'))) as typeof import('../src/store/memory/EmbeddedStore.js');
  return { ingestSources: pipeline.ingestSources, openEmbeddedStore: embedded.openEmbeddedStore };
}
const maxWorkers = Number(values.workers);

/**
 * CPU capacity actually available right now: total spin-loop iterations of `n` threads for
 * one second ÷ those of one thread (≈ n on an idle n-core machine, less when it is shared).
 */
async function capacity(n: number): Promise<number> {
  const code = `const { parentPort } = require('node:worker_threads'); let x = 0; const t = Date.now(); while (Date.now() - t < 1000) x++; parentPort.postMessage(x);`;
  const spin = (k: number): Promise<number[]> =>
    Promise.all(
      Array.from({ length: k }, () => new Promise<number>((resolve) => {
        const w = new Worker(code, { eval: true });
        w.once('message', (x: number) => void w.terminate().then(() => resolve(x)));
      })),
    );
  const one = (await spin(1))[0] as number;
  const many = (await spin(n)).reduce((a, b) => a + b, 0);
  return many / one;
}

async function main(): Promise<unknown> {
  const { ingestSources, openEmbeddedStore } = await load();
  const articles = await loadArticles(benchInputs(true));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-parallel-'));
  const input = path.join(tmp, 'articles.ndjson');
  const lines: string[] = [];
  for (let c = 0; c < Number(values.copies); c++) {
    for (const a of articles) lines.push(JSON.stringify({ id: `${a.id}-${c}`, title: a.title, publishedAt: a.publishedAt, text: a.text }));
  }
  fs.writeFileSync(input, `${lines.join('\n')}\n`);
  const runs: { workers: number; seconds: number; articlesPerSecond: number; speedup: number; stored: number }[] = [];
  const counts = [...new Set([1, maxWorkers])];
  for (const workers of counts) {
    const dir = path.join(tmp, `db-${workers}`);
    const store = await openEmbeddedStore(dir);
    const t0 = performance.now();
    const summary = await ingestSources(store, [input], { workers, batchSize: 50 });
    const seconds = (performance.now() - t0) / 1000;
    await store.close();
    if (summary.failures.length > 0) throw new Error(`expected no failures, found ${summary.failures.length}: ${summary.failures[0]?.message}`);
    runs.push({ workers, seconds, articlesPerSecond: summary.articles / seconds, speedup: 1, stored: summary.articles });
    process.stderr.write(`[parallel] workers ${workers}: ${summary.articles} articles in ${seconds.toFixed(1)} s\n`);
  }
  for (const r of runs) r.speedup = (runs[0] as { seconds: number }).seconds / r.seconds;
  fs.rmSync(tmp, { recursive: true, force: true });
  const available = await capacity(maxWorkers);
  process.stderr.write(`[parallel] ${maxWorkers} threads get ${available.toFixed(2)}× the CPU of one (machine load)\n`);
  return { articles: lines.length, cpus: os.cpus().length, capacity: available, from: values.from, runs };
}

main().then(
  (r) => process.stdout.write(`RESULT ${JSON.stringify(r)}\n`),
  (err: unknown) => {
    process.stderr.write(`parallel bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
