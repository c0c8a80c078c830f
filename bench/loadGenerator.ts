/**
 * HTTP load for the GraphQL bench, run in its own process so it never takes CPU from the
 * server's event loop: autocannon with `--connections` connections for `--seconds` per run,
 * one run per query type and then the mixed workload (all types in turn). Latency is measured
 * per response (p50 / p95 over every response of the run).
 *
 *   node --import tsx bench/loadGenerator.ts --url http://127.0.0.1:PORT/graphql --facts 100000 [--types entity,path]
 *
 * `--types` limits the runs (and the mixed workload) to some query types, e.g. to profile one.
 *
 * Prints one `RESULT {json}` line on stdout.
 */
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { QUERY_NAMES, bodies, type QueryName } from './lib/graphqlQueries.js';
import { percentile } from './lib/stats.js';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    facts: { type: 'string', default: '100000' },
    connections: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '4' },
    mixed: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    types: { type: 'string', default: QUERY_NAMES.join(',') },
  },
});
if (!values.url) throw new Error('loadGenerator expects --url http://host:port/graphql');
const url = values.url;
const facts = Number(values.facts);
const connections = Number(values.connections);
const types = values.types.split(',').map((t) => t.trim());
for (const t of types) {
  if (!(QUERY_NAMES as readonly string[]).includes(t)) throw new Error(`--types expects names from ${QUERY_NAMES.join(', ')}, found ${JSON.stringify(t)}`);
}
const selected = types as QueryName[];

export interface LoadRun {
  name: string;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  errors: number;
}

async function drive(name: string, seconds: number, body: () => string): Promise<LoadRun> {
  const times: number[] = [];
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: (req) => ({ ...req, body: body() }) }],
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    name,
    requests: times.length,
    requestsPerSecond: times.length / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

async function main(): Promise<{ queries: LoadRun[]; mixed: LoadRun }> {
  // JIT and page cache of the server warm up on a mix that is not measured.
  const warm = selected.map((q) => bodies(q, facts, 99));
  let w = 0;
  await drive('warm-up', Number(values.warmup), () => (warm[w++ % warm.length] as () => string)());
  const queries: LoadRun[] = [];
  for (const q of selected) queries.push(await drive(q, Number(values.seconds), bodies(q, facts)));
  const all = selected.map((q: QueryName) => bodies(q, facts, 23));
  let i = 0;
  const mixed = await drive('mixed', Number(values.mixed), () => (all[i++ % all.length] as () => string)());
  return { queries, mixed };
}

main().then(
  (r) => process.stdout.write(`RESULT ${JSON.stringify(r)}\n`),
  (err: unknown) => {
    process.stderr.write(`load generator failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
