/**
 * Parallel ingest: the same input ingested with workers = 1 and workers = N into fresh
 * embedded stores (model loading and JIT warm-up included, as a user sees it: each worker
 * pays both once, so small inputs cannot show the full speed-up). The input is the demo corpus
 * repeated as NDJSON lines with distinct ids, so there is enough work to amortise start-up.
 * Prints one `RESULT {json}` line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseArgs } from 'node:util';
import { benchInputs, loadArticles, repoRoot } from './lib/corpus.js';

const { values } = parseArgs({
  options: {
    workers: { type: 'string', default: '2' },
    copies: { type: 'string', default: '60' },
    repeats: { type: 'string', default: '2' },
    /** Internal: ingest `--input` once with this many workers and print `RUN {json}`. */
    single: { type: 'string' },
    input: { type: 'string' },
    from: { type: 'string', default: 'dist' },
  },
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

/** One ingest in this (fresh) process: nothing is warm, as for `newsgraph ingest`. */
async function single(workers: number, input: string): Promise<{ seconds: number; articles: number }> {
  const { ingestSources, openEmbeddedStore } = await load();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-parallel-db-'));
  try {
    const store = await openEmbeddedStore(dir);
    const t0 = performance.now();
    const summary = await ingestSources(store, [input], { workers, batchSize: 50 });
    const seconds = (performance.now() - t0) / 1000;
    await store.close();
    if (summary.failures.length > 0) throw new Error(`expected no failures, found ${summary.failures.length}: ${summary.failures[0]?.message}`);
    return { seconds, articles: summary.articles };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `single` in a child process (the same node flags as this one). */
function inChild(workers: number, input: string): Promise<{ seconds: number; articles: number }> {
  return new Promise((resolve, reject) => {
    const args = [...process.execArgv, fileURLToPath(import.meta.url), '--single', String(workers), '--input', input, '--from', values.from ?? 'dist'];
    const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.on('error', reject);
    proc.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RUN '));
      if (code !== 0 || !line) reject(new Error(`expected a RUN line from the workers=${workers} child, found exit code ${code}`));
      else resolve(JSON.parse(line.slice(4)) as { seconds: number; articles: number });
    });
  });
}

async function main(): Promise<unknown> {
  const articles = await loadArticles(benchInputs(true));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-parallel-'));
  const input = path.join(tmp, 'articles.ndjson');
  const lines: string[] = [];
  for (let c = 0; c < Number(values.copies); c++) {
    for (const a of articles) lines.push(JSON.stringify({ id: `${a.id}-${c}`, title: a.title, publishedAt: a.publishedAt, text: a.text }));
  }
  fs.writeFileSync(input, `${lines.join('\n')}\n`);
  const runs: { workers: number; seconds: number; articlesPerSecond: number; speedup: number; stored: number; all: number[] }[] = [];
  const counts = [...new Set([1, maxWorkers])];
  for (const workers of counts) runs.push({ workers, seconds: Infinity, articlesPerSecond: 0, speedup: 1, stored: 0, all: [] });
  // A shared machine's load changes by the second: runs alternate (1, N, 1, N, …), each
  // count keeps its best time, and the CPU capacity is measured before and after.
  const capacities = [await capacity(maxWorkers)];
  for (let rep = 0; rep < Number(values.repeats); rep++) {
    for (const run of runs) {
      // Each ingest in a fresh process: a warm main thread would flatter workers = 1.
      const summary = await inChild(run.workers, input);
      const seconds = summary.seconds;
      run.all.push(seconds);
      if (seconds < run.seconds) Object.assign(run, { seconds, articlesPerSecond: summary.articles / seconds, stored: summary.articles });
      process.stderr.write(`[parallel] workers ${run.workers}: ${summary.articles} articles in ${seconds.toFixed(1)} s\n`);
    }
  }
  for (const r of runs) r.speedup = (runs[0] as { seconds: number }).seconds / r.seconds;
  fs.rmSync(tmp, { recursive: true, force: true });
  capacities.push(await capacity(maxWorkers));
  const available = capacities.reduce((a, b) => a + b, 0) / capacities.length;
  process.stderr.write(`[parallel] ${maxWorkers} threads get ${capacities.map((c) => c.toFixed(2)).join(' / ')}× the CPU of one (before / after; machine load)\n`);
  return { articles: lines.length, cpus: os.cpus().length, capacity: available, capacities, from: values.from, runs };
}

(values.single !== undefined && values.input !== undefined
  ? single(Number(values.single), values.input).then((r) => process.stdout.write(`RUN ${JSON.stringify(r)}\n`))
  : main().then((r) => process.stdout.write(`RESULT ${JSON.stringify(r)}\n`))
).then(
  () => undefined,
  (err: unknown) => {
    process.stderr.write(`parallel bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
