/**
 * Parallel ingest: the same input ingested by the real CLI, `newsgraph ingest --workers 1`
 * and `--workers N`, each run a fresh process into a fresh embedded store, timed from spawn
 * to exit (node start-up, model loading and JIT warm-up included, as a user sees it: each
 * worker pays the last two once, so small inputs cannot show the full speed-up). The input is
 * the demo corpus repeated as NDJSON lines with distinct ids. Prints one `RESULT {json}` line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { parseArgs } from 'node:util';
import { benchInputs, loadArticles, repoRoot } from './lib/corpus.js';

const { values } = parseArgs({
  options: {
    workers: { type: 'string', default: '2' },
    copies: { type: 'string', default: '60' },
    repeats: { type: 'string', default: '3' },
    from: { type: 'string', default: 'dist' },
  },
});

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

/**
 * CPU seconds (user + system) of this process's finished, reaped children (Linux
 * /proc/self/stat cutime + cstime, in USER_HZ = 100 ticks per second); null elsewhere.
 */
function childrenCpuSeconds(): number | null {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

/**
 * One `newsgraph ingest <input> --data <fresh dir> --workers N` in its own process, timed from
 * spawn to exit: node start-up, CLI and model loading, store open and close included, as a user
 * sees it. The built CLI runs with plain `node` (no loader inherited from this bench process);
 * `--from src` runs src/cli/main.ts through tsx.
 */
function ingestProcess(workers: number, input: string): Promise<{ seconds: number; cpuSeconds: number | null; articles: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-parallel-db-'));
  const cli = values.from === 'src' ? ['--import', 'tsx', path.join(repoRoot, 'src', 'cli', 'main.ts')] : [path.join(repoRoot, 'dist', 'cli', 'main.js')];
  const args = [...cli, 'ingest', input, '--data', path.join(dir, 'db'), '--workers', String(workers)];
  return new Promise<{ seconds: number; cpuSeconds: number | null; articles: number }>((resolve, reject) => {
    const cpu0 = childrenCpuSeconds();
    const t0 = performance.now();
    const proc = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.on('error', reject);
    proc.on('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      const cpu1 = childrenCpuSeconds();
      const cpuSeconds = cpu0 === null || cpu1 === null ? null : cpu1 - cpu0;
      const m = /^ingested (\d+) article\(s\).*; (\d+) failed$/m.exec(out);
      if (code !== 0 || !m) reject(new Error(`expected "ingested … 0 failed" from newsgraph ingest --workers ${workers}, found exit code ${code} and ${JSON.stringify(out.trim())}`));
      else if (m[2] !== '0') reject(new Error(`expected no failures, found ${m[2]}`));
      else resolve({ seconds, cpuSeconds, articles: Number(m[1]) });
    });
  }).finally(() => fs.rmSync(dir, { recursive: true, force: true }));
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
  const runs: {
    workers: number;
    seconds: number;
    articlesPerSecond: number;
    speedup: number;
    stored: number;
    all: number[];
    /** CPU seconds of the whole ingest (all its processes and threads) per run, when known. */
    cpu: (number | null)[];
    /** CPU seconds ÷ wall seconds of the best run: how many cores the ingest kept busy. */
    cores: number | null;
  }[] = [];
  const counts = [...new Set([1, maxWorkers])];
  for (const workers of counts) runs.push({ workers, seconds: Infinity, articlesPerSecond: 0, speedup: 1, stored: 0, all: [], cpu: [], cores: null });
  // A shared machine's load changes by the second: runs alternate (1, N, 1, N, …), each
  // count keeps its best time, and the CPU capacity is measured before and after.
  const capacities = [await capacity(maxWorkers)];
  for (let rep = 0; rep < Number(values.repeats); rep++) {
    for (const run of runs) {
      // Each ingest in a fresh process: a warm main thread would flatter workers = 1.
      const summary = await ingestProcess(run.workers, input);
      const seconds = summary.seconds;
      run.all.push(seconds);
      run.cpu.push(summary.cpuSeconds);
      if (seconds < run.seconds) {
        const cores = summary.cpuSeconds === null ? null : summary.cpuSeconds / seconds;
        Object.assign(run, { seconds, articlesPerSecond: summary.articles / seconds, stored: summary.articles, cores });
      }
      const cpu = summary.cpuSeconds === null ? '' : ` (CPU ${summary.cpuSeconds.toFixed(1)} s)`;
      process.stderr.write(`[parallel] workers ${run.workers}: ${summary.articles} articles in ${seconds.toFixed(1)} s${cpu}\n`);
    }
  }
  for (const r of runs) r.speedup = (runs[0] as { seconds: number }).seconds / r.seconds;
  fs.rmSync(tmp, { recursive: true, force: true });
  capacities.push(await capacity(maxWorkers));
  const available = capacities.reduce((a, b) => a + b, 0) / capacities.length;
  process.stderr.write(`[parallel] ${maxWorkers} threads get ${capacities.map((c) => c.toFixed(2)).join(' / ')}× the CPU of one (before / after; machine load)\n`);
  return { articles: lines.length, cpus: os.cpus().length, capacity: available, capacities, from: values.from, runs };
}

main().then(
  (r) => void process.stdout.write(`RESULT ${JSON.stringify(r)}\n`),
  (err: unknown) => {
    process.stderr.write(`parallel bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
