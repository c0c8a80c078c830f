/**
 * GraphQL over HTTP at a synthetic graph of `--facts` facts: the server (Apollo over node:http)
 * listens on 127.0.0.1 only, autocannon drives it from the same process for a bounded time,
 * per query type and for a mixed workload. Latencies are measured per response (p50 / p95).
 * Prints one `RESULT {json}` line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startServer } from '../src/server/startServer.js';
import { openEmbeddedStore } from '../src/store/memory/EmbeddedStore.js';
import { createRng } from './lib/rng.js';
import { percentile } from './lib/stats.js';
import { SKEW, entityCountFor, entityName, syntheticArticles } from './lib/synthetic.js';

const { values } = parseArgs({
  options: { facts: { type: 'string', default: '100000' }, duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '8' } },
});
const facts = Number(values.facts);
const duration = Number(values.duration);
const connections = Number(values.connections);

type Body = () => string;

function queries(entityCount: number): Record<string, Body> {
  const rng = createRng(11);
  const name = (): string => entityName(rng.skewed(entityCount, SKEW));
  const gql = (query: string, variables: Record<string, unknown>): string => JSON.stringify({ query, variables });
  return {
    entity: () => gql('query($n:String!){ entity(name:$n){ key name type mentionCount articleCount aliases } }', { n: name() }),
    neighbors: () => gql('query($n:String!){ neighbors(name:$n, depth:2, first:20){ distance entity{ name type } via{ predicate } } }', { n: name() }),
    path: () =>
      gql('query($a:String!,$b:String!){ path(from:$a, to:$b, maxHops:4){ length entities{ name } relations{ predicate } } }', {
        a: name(),
        b: entityName(rng.int(entityCount)),
      }),
    relations: () => gql('query($n:String!){ relations(subject:$n, first:10){ totalCount edges{ node{ predicate confidence object{ name } } } } }', { n: name() }),
    entities: () => gql('query{ entities(first:20, type:PERSON){ totalCount edges{ node{ name mentionCount } } } }', {}),
  };
}

interface Run {
  name: string;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  errors: number;
}

async function drive(url: string, name: string, seconds: number, body: Body): Promise<Run> {
  const times: number[] = [];
  let errors = 0;
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: (req) => ({ ...req, body: body() }) }],
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    times.push(ms);
    if (status !== 200) errors++;
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    name,
    requests: times.length,
    requestsPerSecond: times.length / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    errors: errors + result.errors + result.timeouts,
  };
}

async function main(): Promise<unknown> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-gqlbench-'));
  const store = await openEmbeddedStore(dir);
  for (const batch of syntheticArticles({ facts })) await store.upsertArticles(batch);
  const server = await startServer({ store, host: '127.0.0.1', port: 0 });
  try {
    const bodies = queries(entityCountFor(facts));
    const names = Object.keys(bodies);
    // A short warm-up so JIT and caches do not count against the first query type.
    await drive(server.url, 'warm-up', 1, bodies.entity as Body);
    const perQuery: Run[] = [];
    const each = Math.max(1, Math.round(duration / 3));
    for (const n of names) perQuery.push(await drive(server.url, n, each, bodies[n] as Body));
    let i = 0;
    const mixed = await drive(server.url, 'mixed', duration, () => (bodies[names[i++ % names.length] as string] as Body)());
    process.stderr.write(`[graphql] mixed ${mixed.requestsPerSecond.toFixed(0)} req/s, p95 ${mixed.p95.toFixed(1)} ms\n`);
    return { facts, duration, connections, queries: perQuery, mixed };
  } finally {
    await server.close();
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (r) => process.stdout.write(`RESULT ${JSON.stringify(r)}\n`),
  (err: unknown) => {
    process.stderr.write(`graphql bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
