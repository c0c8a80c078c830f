#!/usr/bin/env node
/**
 * npm run bench [-- --sizes 10k,100k,1M] [--only syntax,extraction,long,parallel,store,graphql,neo4j]
 *   (long: one long article of repeated text, --article-mb 1,2,4,5 — bench/longArticleBench.ts)
 *   (neo4j: the Neo4j store and a raw UNWIND … MERGE baseline on the server of NEO4J_URI,
 *   one size after the other, the database emptied between sizes — bench/neo4jBench.ts)
 *                  [--queries N] [--seconds S] [--workers N]
 *
 * Runs each benchmark in its own child process (TypeScript sources through tsx, so a
 * half-finished build never matters), prints one table per section and a summary with
 * targets and PASS/MISS, and writes bench/results.json.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10k,100k,1M' },
    only: { type: 'string', default: 'syntax,extraction,long,parallel,store,graphql,neo4j' },
    'article-mb': { type: 'string', default: '1,2,4,5' },
    queries: { type: 'string', default: '300' },
    seconds: { type: 'string', default: '6' },
    workers: { type: 'string', default: '2' },
    duration: { type: 'string', default: '10' },
  },
});

function parseSize(s) {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(s.trim());
  if (!m) throw new Error(`--sizes expects sizes like 10k,100k,1M, found ${JSON.stringify(s)}`);
  const mult = { '': 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[m[2]];
  return Math.round(Number(m[1]) * mult);
}
const sizes = values.sizes.split(',').filter(Boolean).map(parseSize);
const only = new Set(values.only.split(',').map((s) => s.trim()));
const hasNeo4j = typeof process.env.NEO4J_URI === 'string' && process.env.NEO4J_URI.length > 0;

/** Runs `node --import tsx bench/<file> args…` and returns the parsed RESULT line. */
function child(file, args) {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(root, 'bench', file), ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout.on('data', (d) => (out += d));
    proc.on('error', reject);
    proc.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code !== 0 || !line) reject(new Error(`bench/${file} ${args.join(' ')} exited with ${code}${line ? '' : ' and no RESULT line'}`));
      else resolve(JSON.parse(line.slice('RESULT '.length)));
    });
  });
}

function fmt(n, digits = 2) {
  if (typeof n !== 'number' || !Number.isFinite(n)) return '–';
  if (Math.abs(n) >= 1000) return Math.round(n).toLocaleString('en-US');
  return n.toFixed(digits);
}
function table(title, headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  const text = [`\n## ${title}`, line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
  console.log(text);
  return text;
}
const sizeLabel = (n) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));

const results = { date: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length, sections: {} };
const summary = [];
const target = (name, value, goal, pass, unit = '') => summary.push([name, `${fmt(value)}${unit}`, goal, pass ? 'PASS' : 'MISS']);
const tables = [];
const started = performance.now();

async function section(name, fn) {
  if (!only.has(name)) return;
  try {
    await fn();
  } catch (err) {
    console.error(`\n${name} benchmark failed: ${err instanceof Error ? err.message : String(err)}`);
    results.sections[name] = { error: String(err instanceof Error ? err.message : err) };
    summary.push([name, 'failed', '', 'MISS']);
  }
}

await section('syntax', async () => {
  await ensureBuilt();
  const r = await child('syntaxBench.ts', ['--seconds', values.seconds]);
  results.sections.syntax = r;
  tables.push(
    table(`Syntax models, one core, steady state (demo corpus: ${r.sentences} sentences, ${r.tokens} words; rounds alternate)`, ['run', 'tokens/s', 'rounds'], [
      ['raw wink-nlp readDoc', fmt(r.rawTokensPerSecond), r.rounds],
      ['UPOS + XPOS tagger + parser', fmt(r.parseTokensPerSecond), r.rounds],
      ['tagger + parser + entity tagger', fmt(r.allTokensPerSecond), r.rounds],
      ['model files loaded (ms)', fmt(r.loadMs, 0), ''],
    ]),
  );
  target('parser + tagger tokens/s, one core', r.parseTokensPerSecond, '≥ 40,000', r.parseTokensPerSecond >= 40000);
  target('syntax models load (ms)', r.loadMs, '< 1,500', r.loadMs < 1500);
});

await section('extraction', async () => {
  await ensureBuilt(); // measures the built package (what `newsgraph extract` runs)
  const r = await child('extractBench.ts', ['--seconds', values.seconds]);
  results.sections.extraction = r;
  const c = r.corpus;
  tables.push(
    table(`Extraction, one core, steady state (${r.from}; ${r.articles} articles, ${r.tokens} tokens; raw and full rounds alternate)`, ['run', 'articles/s', 'tokens/s', 'rounds'], [
      ['raw wink-nlp readDoc', fmt(r.raw.articlesPerSecond), fmt(r.raw.tokensPerSecond), r.raw.rounds],
      ['full extract', fmt(r.full.articlesPerSecond), fmt(r.full.tokensPerSecond), r.full.rounds],
      ['ratio extract/readDoc', `${fmt(r.ratio * 100, 1)} %`, '', ''],
      [`demo corpus only (${c.articles}): full extract`, fmt(c.full.articlesPerSecond), fmt(c.full.tokensPerSecond), c.full.rounds],
      ['demo corpus only: ratio', `${fmt(c.ratio * 100, 1)} %`, '', ''],
    ]),
  );
  target('extraction ÷ raw readDoc (tokens/s)', r.ratio * 100, '≥ 30 %', r.ratio >= 0.3, ' %');
  target('extraction articles/s, demo corpus', c.full.articlesPerSecond, '≥ 100', c.full.articlesPerSecond >= 100);
});

await section('long', async () => {
  await ensureBuilt(); // measures the built package (what `newsgraph extract` runs)
  const r = await child('longArticleBench.ts', ['--mb', values['article-mb']]);
  results.sections.long = r;
  tables.push(
    table('Long article, one core (parseArticleText + extractArticle of one article of repeated text; work = counted hot-loop steps)', ['text', 'MB', 'seconds', 'MB/s', 'work units/KB', 'entities', 'relations'],
      r.rows.map((x) => [x.text, fmt(x.mb, 1), fmt(x.seconds), fmt(x.mbPerSecond), fmt(x.workPerKb, 0), x.entities, x.relations])),
  );
  for (const text of new Set(r.rows.map((x) => x.text))) {
    const rows = r.rows.filter((x) => x.text === text);
    const [first, last] = [rows[0], rows[rows.length - 1]];
    if (last.mb >= 5) target(`5 MB article (${text} repeated) extracts`, last.seconds, '< 60 s', last.seconds < 60, ' s');
    if (rows.length > 1) {
      const growth = last.workPerKb / first.workPerKb;
      target(`work per KB, ${text}: ${last.mb} MB ÷ ${first.mb} MB`, growth, '≤ 1.25 (linear)', growth <= 1.25, '×');
    }
  }
});

function newestMtime(dir) {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** The parallel section runs the built package (workers load dist/ingest/worker.js): build when stale. */
async function ensureBuilt() {
  const marker = path.join(root, 'dist', 'ingest', 'worker.js');
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= newestMtime(path.join(root, 'src'))) return;
  console.error('dist is stale: npm run build');
  await new Promise((resolve) => {
    const proc = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    proc.on('close', resolve); // tsc still emits when some file has type errors; the import decides
  });
}

await section('parallel', async () => {
  await ensureBuilt();
  const r = await child('parallelBench.ts', ['--workers', values.workers]);
  results.sections.parallel = r;
  tables.push(
    table(`Parallel ingest (newsgraph ingest, ${r.articles} articles, embedded store, ${r.cpus} cores; ${values.workers} threads get ${(r.capacities ?? [r.capacity]).map((c) => fmt(c)).join(' / ')}× one thread's CPU before / after; best of alternating runs)`, ['workers', 'best s', 'articles/s', 'speed-up', 'cores busy', 'all runs s', 'CPU s'], r.runs.map((x) => [x.workers, fmt(x.seconds), fmt(x.articlesPerSecond), `${fmt(x.speedup)}×`, fmt(x.cores), (x.all ?? [x.seconds]).map((t) => fmt(t, 1)).join(', '), (x.cpu ?? []).map((t) => fmt(t, 1)).join(', ')])),
  );
  const best = r.runs[r.runs.length - 1];
  target(`parallel ingest speed-up, ${best.workers} workers`, best.speedup, '> 1.5× on 2 cores', best.speedup > 1.5, '×');
  target(`parallel efficiency (speed-up ÷ available CPU ${fmt(r.capacity)}×)`, best.speedup / r.capacity, '≥ 0.75', best.speedup / r.capacity >= 0.75);
});

async function storeSection(kind) {
  const rows = [];
  const runs = [];
  for (const facts of sizes) {
    if (kind === 'neo4j' && facts > 200_000) continue;
    const r = await child('storeBench.ts', ['--facts', String(facts), '--store', kind, '--queries', values.queries]);
    runs.push(r);
    rows.push([
      sizeLabel(facts),
      fmt(r.factsPerSecond),
      fmt(r.reopenSeconds),
      `${fmt(r.lookup.p50)} / ${fmt(r.lookup.p95)}`,
      `${fmt(r.neighbors['1'].p50)} / ${fmt(r.neighbors['1'].p95)}`,
      `${fmt(r.neighbors['2'].p50)} / ${fmt(r.neighbors['2'].p95)}`,
      `${fmt(r.neighbors['3'].p50)} / ${fmt(r.neighbors['3'].p95)}`,
      `${fmt(r.path.p50)} / ${fmt(r.path.p95)}`,
      fmt(r.rssMiB, 0),
      r.rssAnonMiB === null || r.rssAnonMiB === undefined ? '–' : `${fmt(r.rssAnonMiB, 0)} / ${fmt(r.rssFileMiB, 0)}`,
    ]);
  }
  results.sections[kind === 'neo4j' ? 'neo4j' : 'store'] = runs;
  tables.push(
    table(`${kind === 'neo4j' ? 'Neo4j' : 'Embedded'} store (latencies p50 / p95 in ms)`, ['facts', 'ingest facts/s', 'reopen s', 'lookup', 'neighbours d1', 'd2', 'd3', 'path ≤4', 'RSS MiB', 'anon / file'], rows),
  );
  return runs;
}

await section('store', async () => {
  const runs = await storeSection('embedded');
  if (runs.length === 0) return;
  const largest = runs[runs.length - 1];
  const label = sizeLabel(largest.facts);
  const minIngest = Math.min(...runs.map((r) => r.factsPerSecond));
  target('embedded ingest facts/s (slowest size)', minIngest, '≥ 15,000', minIngest >= 15_000);
  const nbP95 = Math.max(...['1', '2', '3'].map((d) => largest.neighbors[d].p95));
  target(`neighbours p95 (depth 1–3) at ${label}`, nbP95, '< 10 ms', nbP95 < 10, ' ms');
  target(`path p95 (≤ 4 hops) at ${label}`, largest.path.p95, '< 10 ms', largest.path.p95 < 10, ' ms');
  target(`RSS at ${label}`, largest.rssMiB, '< 2048 MiB (1M facts)', largest.rssMiB < 2048, ' MiB');
  if (runs.length > 2) {
    // Marginal RSS per fact between the two largest sizes vs between the two smallest:
    // near-linear growth keeps the ratio near 1 (fixed runtime overhead cancels out).
    const [a, b] = runs;
    const [c, d] = runs.slice(-2);
    const growth = (d.rssMiB - c.rssMiB) / (d.facts - c.facts) / ((b.rssMiB - a.rssMiB) / (b.facts - a.facts));
    target(`RSS per added fact ${sizeLabel(c.facts)}→${label} ÷ ${sizeLabel(a.facts)}→${sizeLabel(b.facts)}`, growth, '≤ 1.5 (near-linear)', growth <= 1.5);
  }
  target('embedded ingest vs Neo4j reference 11,000 facts/s', minIngest / 11_000, '> 1×', minIngest > 11_000, '×');
  target(`neighbours d1 p95 at ${label} vs Neo4j ref 8 ms`, largest.neighbors['1'].p95, '< 8 ms', largest.neighbors['1'].p95 < 8, ' ms');
  target(`path p95 at ${label} vs Neo4j ref 6 ms`, largest.path.p95, '< 6 ms', largest.path.p95 < 6, ' ms');
});

await section('graphql', async () => {
  const r = await child('graphqlBench.ts', ['--facts', '100000', '--duration', values.duration]);
  results.sections.graphql = r;
  tables.push(
    table(`GraphQL over HTTP (loopback, ${sizeLabel(r.facts)} facts, ${r.connections} connections, ${r.duration} s)`, ['query', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'errors'], [
      ...r.queries.map((q) => [q.name, fmt(q.requests, 0), fmt(q.requestsPerSecond), fmt(q.p50), fmt(q.p95), q.errors]),
      ['mixed workload', fmt(r.mixed.requests, 0), fmt(r.mixed.requestsPerSecond), fmt(r.mixed.p50), fmt(r.mixed.p95), r.mixed.errors],
    ]),
  );
  target('GraphQL mixed req/s at 100k facts', r.mixed.requestsPerSecond, 'reported', r.mixed.errors === 0);
});

await section('neo4j', async () => {
  if (!hasNeo4j) {
    console.log('\n## Neo4j\nskipped: set NEO4J_URI (and NEO4J_USER / NEO4J_PASSWORD) to an empty database to run it');
    results.sections.neo4j = { skipped: 'NEO4J_URI not set' };
    return;
  }
  // One process per size on the same server; each empties the database when it ends, and sizes
  // after the first may delete what a failed predecessor left (--wipe).
  const runs = [];
  for (const [i, facts] of sizes.entries()) {
    runs.push(await child('neo4jBench.ts', ['--facts', String(facts), '--queries', values.queries, ...(i > 0 ? ['--wipe'] : [])]));
  }
  results.sections.neo4j = runs;
  const lat = (l) => `${fmt(l.p50)} / ${fmt(l.p95)}`;
  tables.push(
    table(`Neo4j store vs raw UNWIND … MERGE on the same server (${runs[0]?.batchArticles} articles per store transaction, 5,000 facts per raw one; latencies p50 / p95 in ms)`, ['facts', 'raw MERGE facts/s', 'store facts/s', 'store ÷ raw', 'lookup', 'neighbours d1', 'd2', 'd3', 'path ≤4', 'hub relations (facts)'], runs.map((r) => [
      sizeLabel(r.facts), fmt(r.raw.factsPerSecond), fmt(r.factsPerSecond), `${fmt(r.ratio * 100, 1)} %`, lat(r.lookup),
      lat(r.neighbors['1']), lat(r.neighbors['2']), lat(r.neighbors['3']), lat(r.path), `${lat(r.hubRelations)} (${r.hubRelations.facts})`,
    ])),
  );
  const at = (n) => runs.find((r) => r.facts === n);
  const base = at(100_000);
  if (base) {
    target('Neo4j ingest ÷ raw UNWIND … MERGE at 100k', base.ratio * 100, '≥ 70 %', base.ratio >= 0.7, ' %');
    target('Neo4j neighbours d1 p95 at 100k', base.neighbors['1'].p95, '≤ 10 ms', base.neighbors['1'].p95 <= 10, ' ms');
    target('Neo4j neighbours d3 p95 at 100k', base.neighbors['3'].p95, '≤ 40 ms', base.neighbors['3'].p95 <= 40, ' ms');
    target('Neo4j path p95 at 100k', base.path.p95, '≤ 8 ms', base.path.p95 <= 8, ' ms');
    target('Neo4j relations of the biggest hub p95 at 100k', base.hubRelations.p95, '≤ 20 ms', base.hubRelations.p95 <= 20, ' ms');
  }
  const big = at(1_000_000);
  if (base && big) {
    for (const [name, get] of [['lookup', (r) => r.lookup], ['neighbours d1', (r) => r.neighbors['1']], ['neighbours d3', (r) => r.neighbors['3']], ['path', (r) => r.path], ['hub relations', (r) => r.hubRelations]]) {
      const growth = get(big).p95 / get(base).p95;
      target(`Neo4j ${name} p95 1M ÷ 100k`, growth, '≤ 2×', growth <= 2, '×');
    }
  }
});

results.summary = summary.map(([name, value, goal, verdict]) => ({ name, value, goal, verdict }));
results.seconds = (performance.now() - started) / 1000;
tables.push(table(`Summary (${fmt(results.seconds, 0)} s)`, ['measure', 'value', 'target', 'result'], summary));
results.tables = tables.join('\n');
fs.writeFileSync(path.join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote bench/results.json`);
