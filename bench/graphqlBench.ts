/**
 * GraphQL over HTTP at a synthetic graph of `--facts` facts, three processes: the server is
 * the real `newsgraph serve` of the built package (`node dist/cli/main.js serve`; its request
 * log is read and dropped), the load comes from bench/loadGenerator.ts (autocannon, 8 connections) and
 * this process only orchestrates. Before the load, the store calls each query type's
 * resolvers make are timed here on a read-only open of the same data dir (same inputs), so
 * each HTTP p95 can be set against its store p95.
 *
 *   node --import tsx bench/graphqlBench.ts --facts 100000 [--dir D] [--profile DIR] [--types entity,path]
 *
 * `--dir` reuses a store the store bench built (same seed); without it the graph is built here.
 * `--profile DIR` runs the server with `--cpu-prof` (the profile lands in DIR when it shuts
 * down; summarise it with bench/profileSummary.mjs). Prints one `RESULT {json}` line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { openEmbeddedStore } from '../src/store/memory/EmbeddedStore.js';
import { QUERY_NAMES, storeCalls } from './lib/graphqlQueries.js';
import type { LoadRun } from './loadGenerator.js';
import { measure, type Latency } from './lib/stats.js';
import { syntheticArticles } from './lib/synthetic.js';

const { values } = parseArgs({
  options: {
    facts: { type: 'string', default: '100000' },
    dir: { type: 'string' },
    connections: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '4' },
    mixed: { type: 'string', default: '10' },
    calls: { type: 'string', default: '300' },
    profile: { type: 'string' },
    types: { type: 'string', default: QUERY_NAMES.join(',') },
  },
});
const facts = Number(values.facts);
const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.join(here, '..', 'dist', 'cli', 'main.js');

/** Runs a node child and resolves with its `RESULT {json}` line. */
function resultOf<T>(child: ChildProcess, what: string): Promise<T> {
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code !== 0 || !line) reject(new Error(`${what} exited with ${code}`));
      else resolve(JSON.parse(line.slice('RESULT '.length)) as T);
    });
  });
}

function loadGenerator(url: string): Promise<{ queries: LoadRun[]; mixed: LoadRun }> {
  const args = ['--import', 'tsx', path.join(here, 'loadGenerator.ts'), '--url', url, '--facts', String(facts)];
  for (const flag of ['connections', 'seconds', 'mixed', 'types'] as const) args.push(`--${flag}`, String(values[flag]));
  return resultOf(spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] }), 'load generator');
}

interface Server {
  url: string;
  proc: ChildProcess;
  /** CPU seconds (user + system) the server process has used so far, from /proc. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

/** Starts `newsgraph serve --port 0` on the data dir and waits for its "ready at URL" line. */
async function startServe(dir: string): Promise<Server> {
  if (!fs.existsSync(cli)) throw new Error(`expected the built CLI at ${cli}, found none: run npm run build`);
  const profile = values.profile ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(values.profile)] : [];
  const proc = spawn(process.execPath, [...profile, cli, 'serve', '--data', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = ''; // the request log: only its tail is kept, for an error message
  proc.stderr?.on('data', (d: Buffer) => (log = (log + d.toString('utf8')).slice(-4000)));
  const exited = new Promise<void>((resolve) => proc.once('close', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const onData = (d: Buffer): void => {
      out += d.toString('utf8');
      const m = /ready at (http:\/\/\S+)/.exec(out);
      if (m) {
        proc.stdout?.off('data', onData);
        proc.stdout?.resume();
        resolve(m[1] as string);
      }
    };
    proc.stdout?.on('data', onData);
    proc.once('close', (code) => reject(new Error(`newsgraph serve exited with ${code} before it was ready: ${out}${log}`)));
  });
  const ticks = 100; // USER_HZ on Linux
  return {
    url,
    proc,
    cpuSeconds: () => {
      const fields = fs.readFileSync(`/proc/${proc.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      return (Number(fields[11]) + Number(fields[12])) / ticks;
    },
    stop: async () => {
      proc.kill('SIGTERM');
      await exited;
    },
  };
}

async function storeLatencies(dir: string): Promise<Record<string, Latency>> {
  const store = await openEmbeddedStore(dir, { readOnly: true });
  try {
    const out: Record<string, Latency> = {};
    for (const q of QUERY_NAMES) {
      await measure(Array.from({ length: 30 }), () => storeCalls(q, facts, store, 99)()); // warm-up
      out[q] = await measure(Array.from({ length: Number(values.calls) }), storeCalls(q, facts, store));
    }
    return out;
  } finally {
    await store.close();
  }
}

async function build(dir: string): Promise<void> {
  const store = await openEmbeddedStore(dir);
  try {
    if ((await store.stats()).relations === 0) for (const batch of syntheticArticles({ facts }, 2000)) await store.upsertArticles(batch);
  } finally {
    await store.close();
  }
}

async function main(): Promise<unknown> {
  const dir = values.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-gqlbench-'));
  try {
    await build(dir);
    const storeLatency = await storeLatencies(dir);
    const server = await startServe(dir);
    try {
      const t0 = performance.now();
      const c0 = server.cpuSeconds();
      const load = await loadGenerator(server.url);
      // How much of one core the server used while loaded: below 1 it was either idle or waiting for a shared CPU.
      const serverCores = (server.cpuSeconds() - c0) / ((performance.now() - t0) / 1000);
      process.stderr.write(`[graphql ${facts}] mixed ${load.mixed.requestsPerSecond.toFixed(0)} req/s, p95 ${load.mixed.p95.toFixed(1)} ms; server used ${serverCores.toFixed(2)} cores\n`);
      return {
        facts,
        connections: Number(values.connections),
        seconds: Number(values.seconds),
        mixedSeconds: Number(values.mixed),
        queries: load.queries.map((r) => ({ ...r, store: storeLatency[r.name] })),
        mixed: load.mixed,
        serverCores,
      };
    } finally {
      await server.stop();
    }
  } finally {
    if (values.dir === undefined) fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (r) => process.stdout.write(`RESULT ${JSON.stringify(r)}\n`),
  (err: unknown) => {
    process.stderr.write(`graphql bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
