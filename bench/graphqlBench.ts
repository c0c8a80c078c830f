/**
 * GraphQL over HTTP at a synthetic graph of `--facts` facts. This process only serves: Apollo
 * over node:http on 127.0.0.1 with the embedded store; the load comes from
 * bench/loadGenerator.ts in a child process (autocannon, 8 connections), so the server keeps
 * its core. Before the load, the store calls each query type's resolvers make are timed here
 * with the same inputs, so each HTTP p95 can be set against its store p95.
 *
 *   node --import tsx bench/graphqlBench.ts --facts 100000 [--dir D] [--profile out.cpuprofile]
 *
 * `--dir` reuses a store the store bench built (same seed); without it the graph is built here.
 * `--profile` records a V8 CPU profile of this (server) process during the load.
 * Prints one `RESULT {json}` line.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startServer } from '../src/server/startServer.js';
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
  },
});
const facts = Number(values.facts);
const here = path.dirname(fileURLToPath(import.meta.url));

function loadGenerator(url: string): Promise<{ queries: LoadRun[]; mixed: LoadRun }> {
  const args = ['--import', 'tsx', path.join(here, 'loadGenerator.ts'), '--url', url, '--facts', String(facts)];
  for (const flag of ['connections', 'seconds', 'mixed'] as const) args.push(`--${flag}`, String(values[flag]));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code !== 0 || !line) reject(new Error(`load generator exited with ${code}`));
      else resolve(JSON.parse(line.slice('RESULT '.length)) as { queries: LoadRun[]; mixed: LoadRun });
    });
  });
}

async function profiled<T>(file: string | undefined, run: () => Promise<T>): Promise<T> {
  if (!file) return run();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  try {
    return await run();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    fs.writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  }
}

async function main(): Promise<unknown> {
  const dir = values.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-gqlbench-'));
  const store = await openEmbeddedStore(dir);
  if ((await store.stats()).relations === 0) for (const batch of syntheticArticles({ facts }, 2000)) await store.upsertArticles(batch);
  const server = await startServer({ store, host: '127.0.0.1', port: 0 });
  try {
    const storeLatency: Record<string, Latency> = {};
    for (const q of QUERY_NAMES) {
      const call = storeCalls(q, facts, store);
      await measure(Array.from({ length: 30 }), () => storeCalls(q, facts, store, 99)()); // warm-up
      storeLatency[q] = await measure(Array.from({ length: Number(values.calls) }), call);
    }
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const load = await profiled(values.profile, () => loadGenerator(server.url));
    const cpu = process.cpuUsage(c0);
    // How much of one core the server used while loaded: below 1 it was either idle or waiting for a shared CPU.
    const serverCores = (cpu.user + cpu.system) / 1000 / (performance.now() - t0);
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
    await server.close();
    await store.close();
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
