/**
 * The Neo4j store at one size, on the live server of NEO4J_URI (one fresh process per size,
 * started by scripts/bench.mjs for 10k, 100k and 1M facts):
 *
 *   1. the raw baseline: the seeded synthetic facts written with plain UNWIND … MERGE in
 *      5,000-row transactions (bench/lib/rawMerge.ts), then deleted;
 *   2. the store ingests the same articles (--batch articles per write transaction);
 *   3. p50/p95 of name lookups, neighbours at depth 1–3, shortest paths ≤ 4 hops (starts drawn
 *      like the articles draw entities: hubs most often) and of the relations of the biggest hub,
 *      page after page (50 facts a page, keyset cursors);
 *   4. the database is emptied again, so the next size starts from nothing.
 *
 *   node --import tsx bench/neo4jBench.ts --facts 100000 [--queries 300] [--batch 500] [--wipe]
 *
 * The database must hold no newsgraph data at the start, unless --wipe (given by bench.mjs for
 * every size after the first: what is there is the previous size's) or
 * NEWSGRAPH_BENCH_ALLOW_WIPE=1. Prints progress on stderr and one `RESULT {json}` line on stdout.
 */
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import type { ArticleGraph } from '../src/model/types.js';
import type { GraphStore } from '../src/store/GraphStore.js';
import { openNeo4jStore } from '../src/store/neo4j/Neo4jStore.js';
import type { Neo4jStore } from '../src/store/neo4j/Neo4jStore.js';
import { dropRawMerge, runRawMerge } from './lib/rawMerge.js';
import { measure, type Latency } from './lib/stats.js';
import { syntheticArticles } from './lib/synthetic.js';
import { measureTraversals } from './lib/traversals.js';

export interface Neo4jBenchResult {
  facts: number;
  articles: number;
  entities: number;
  relations: number;
  batchArticles: number;
  raw: { seconds: number; factsPerSecond: number };
  ingestSeconds: number;
  factsPerSecond: number;
  /** Store ingest rate ÷ raw UNWIND … MERGE rate, same facts, same server, same run. */
  ratio: number;
  lookup: Latency;
  neighbors: Record<'1' | '2' | '3', Latency>;
  path: Latency & { found: number };
  hubRelations: Latency & { hub: string; facts: number };
}

const { values } = parseArgs({
  options: {
    facts: { type: 'string', default: '10000' },
    queries: { type: 'string', default: '300' },
    batch: { type: 'string', default: '500' },
    seed: { type: 'string', default: '42' },
    wipe: { type: 'boolean', default: false },
  },
});

const facts = Number(values.facts);
const queries = Number(values.queries);
const seed = Number(values.seed);
const log = (s: string): void => void process.stderr.write(`[neo4j ${facts}] ${s}\n`);
/** The synthetic graph in 2,000-article batches (the generator's cost is never timed). */
const articles = (): Generator<ArticleGraph[]> => syntheticArticles({ facts, seed }, 2000);

async function emptyStart(store: Neo4jStore): Promise<void> {
  const before = await store.stats();
  if (before.articles + before.entities + before.relations === 0) return;
  if (!values.wipe && process.env.NEWSGRAPH_BENCH_ALLOW_WIPE !== '1') {
    throw new Error(`expected an empty ${store.description}, found ${before.articles} articles, ${before.entities} entities, ${before.relations} facts: use an empty database or set NEWSGRAPH_BENCH_ALLOW_WIPE=1`);
  }
  log(`emptying the database (${before.relations} facts)`);
  await store.wipeAll();
}

async function ingest(store: GraphStore): Promise<{ seconds: number; articles: number; facts: number }> {
  let ms = 0;
  let count = 0;
  let factCount = 0;
  for (const batch of articles()) {
    const t0 = performance.now();
    await store.upsertArticles(batch);
    ms += performance.now() - t0;
    count += batch.length;
    factCount += batch.reduce((n, g) => n + g.facts.length, 0);
  }
  return { seconds: ms / 1000, articles: count, facts: factCount };
}

/** Pages through the hub's relations, 50 at a time, restarting at the end; one latency per page. */
async function hubPages(store: GraphStore, hub: string): Promise<Latency & { hub: string; facts: number }> {
  let after: string | null = null;
  const first = await store.relations({ entityKey: hub, first: 50 });
  const latency = await measure(Array.from({ length: queries }, (_, i) => i), async () => {
    const page = await store.relations({ entityKey: hub, first: 50, after });
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  });
  return { ...latency, hub, facts: first.totalCount };
}

async function reads(store: GraphStore): Promise<Pick<Neo4jBenchResult, 'lookup' | 'neighbors' | 'path' | 'hubRelations'>> {
  const traversals = await measureTraversals(store, facts, queries);
  const hub = (await store.searchEntities({ first: 1 })).edges[0]?.node.key;
  if (!hub) throw new Error('expected at least one entity after the ingest, found none');
  return { ...traversals, hubRelations: await hubPages(store, hub) };
}

async function main(): Promise<Neo4jBenchResult> {
  const config = loadConfig({ store: 'neo4j', 'batch-size': values.batch }, process.env).neo4j;
  if (!config) throw new Error('set NEO4J_URI (and NEO4J_USER / NEO4J_PASSWORD) to an empty Neo4j 5 database');
  const store = await openNeo4jStore(config);
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), { disableLosslessIntegers: true });
  try {
    await emptyStart(store);
    await dropRawMerge(driver, config.database); // a crashed earlier run's baseline, if any
    const raw = await runRawMerge(driver, config.database, articles());
    log(`raw UNWIND … MERGE: ${raw.facts} facts in ${raw.seconds.toFixed(1)} s (${Math.round(raw.facts / raw.seconds)} facts/s)`);
    await dropRawMerge(driver, config.database);
    const written = await ingest(store);
    const stats = await store.stats();
    log(`store: ${written.articles} articles, ${stats.relations} distinct facts in ${written.seconds.toFixed(1)} s`);
    const measured = await reads(store);
    log(`lookup p95 ${measured.lookup.p95.toFixed(2)} ms, neighbours d1/d3 p95 ${measured.neighbors['1'].p95.toFixed(2)}/${measured.neighbors['3'].p95.toFixed(2)} ms, path p95 ${measured.path.p95.toFixed(2)} ms, hub relations p95 ${measured.hubRelations.p95.toFixed(2)} ms`);
    const rawRate = raw.facts / raw.seconds;
    const storeRate = written.facts / written.seconds;
    return {
      facts,
      articles: written.articles,
      entities: stats.entities,
      relations: stats.relations,
      batchArticles: config.batchSize,
      raw: { seconds: raw.seconds, factsPerSecond: rawRate },
      ingestSeconds: written.seconds,
      factsPerSecond: storeRate,
      ratio: storeRate / rawRate,
      ...measured,
    };
  } finally {
    await dropRawMerge(driver, config.database).catch((err: unknown) => log(`could not delete the raw baseline: ${String(err)}`));
    await store.wipeAll().catch((err: unknown) => log(`could not empty the database: ${String(err)}`));
    await store.close();
    await driver.close();
  }
}

main().then(
  (r) => process.stdout.write(`RESULT ${JSON.stringify(r)}\n`),
  (err: unknown) => {
    process.stderr.write(`neo4j bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
