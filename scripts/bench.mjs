#!/usr/bin/env node
/**
 * npm run bench [-- --sizes 10k,100k,1M] [--only syntax,extraction,long,parallel,store,graphql,neo4j]
 *   (long: one long article of repeated text, --article-mb 1,2,4,5 — bench/longArticleBench.ts)
 *   (neo4j: the Neo4j store and a raw UNWIND … MERGE baseline on the server of NEO4J_URI,
 *   one size after the other, the database emptied between sizes — bench/neo4jBench.ts)
 *                  [--queries N] [--seconds S] [--duration S] [--workers N] [--graphql-sizes 100k,1M]
 *                  [--batch N]   (articles per store write transaction, default 10000)
 *
 * `--sizes 10M` adds the 10-million-fact store (not in the default run: hours on a 2-core
 * machine, since each million facts costs more than the one before — bench/README.md, issue 14 —
 * and 20+ GB of disk; the ingest prints a progress line per million). The store section builds each size once in a temporary data dir: the ingest runs
 * in one process, the queries in a fresh one (its open time and RSS are a new server's), and
 * the GraphQL section serves the same dir at its sizes.
 *
 * Runs each benchmark in its own child process (TypeScript sources through tsx, so a
 * half-finished build never matters), prints one table per section and a summary with
 * targets and PASS/MISS, and writes bench/results.json.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
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
    'graphql-sizes': { type: 'string', default: '100k,1M' },
    batch: { type: 'string', default: '10000' },
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

const results = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, loadAverageAtStart: os.loadavg(), sections: {} };
const summary = [];
const target = (name, value, goal, pass, unit = '') => summary.push([name, `${fmt(value)}${unit}`, goal, pass ? 'PASS' : 'MISS']);
const tables = [];
const started = performance.now();

/** Runs a section when any of its names was asked for (--only). */
async function section(names, fn) {
  const name = [names].flat().find((n) => only.has(n));
  if (name === undefined) return;
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
    table(`Syntax models, one core, steady state (demo corpus: ${r.sentences} sentences, ${r.tokens} words; rounds alternate)`, ['run', 'tokens/s', 'tokens/CPU-s', 'rounds'], [
      ['raw wink-nlp readDoc', fmt(r.rawTokensPerSecond), fmt(r.rawTokensPerCpuSecond), r.rounds],
      ['UPOS + XPOS tagger + parser', fmt(r.parseTokensPerSecond), fmt(r.parseTokensPerCpuSecond), r.rounds],
      ['tagger + parser + entity tagger', fmt(r.allTokensPerSecond), fmt(r.allTokensPerCpuSecond), r.rounds],
      ['model files loaded (ms)', fmt(r.loadMs, 0), '', ''],
    ]),
  );
  target('parser + tagger tokens/s, one core', r.parseTokensPerSecond, '≥ 40,000', r.parseTokensPerSecond >= 40000);
  target('parser + taggers + entity tagger tokens/s', r.allTokensPerSecond, '≥ 40,000', r.allTokensPerSecond >= 40000);
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
  // Extraction parses every sentence (tagger, parser, entity tagger) since the syntax backbone;
  // issue 11's target counts the parse in: 60 articles/s on one core on the demo corpus.
  target('extraction articles/s, demo corpus (parse included)', c.full.articlesPerSecond, '≥ 60', c.full.articlesPerSecond >= 60);
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

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** Wall time of `newsgraph stats` on a data dir (built CLI, a fresh process each run): the median of three. */
async function statsCliSeconds(dir) {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const code = await new Promise((resolve) => {
      const proc = spawn(process.execPath, [path.join(root, 'dist', 'cli', 'main.js'), 'stats', '--data', dir], { stdio: 'ignore' });
      proc.on('close', resolve);
    });
    if (code !== 0) throw new Error(`newsgraph stats --data ${dir} exited with ${code}`);
    times.push((performance.now() - t0) / 1000);
  }
  return median(times);
}

const graphqlSizes = new Set(values['graphql-sizes'].split(',').filter(Boolean).map(parseSize));

/** One embedded size: ingest (one process), then open and query it (a fresh process), `stats`, and GraphQL at its sizes. */
async function embeddedSize(facts) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `newsgraph-bench-${sizeLabel(facts)}-`));
  try {
    const run = { facts, batch: Number(values.batch), ...(await child('storeBench.ts', ['--facts', String(facts), '--phase', 'ingest', '--dir', dir, '--batch', values.batch])) };
    if (only.has('store')) {
      Object.assign(run, await child('storeBench.ts', ['--facts', String(facts), '--phase', 'query', '--dir', dir, '--queries', values.queries]));
      await ensureBuilt();
      run.statsCliSeconds = await statsCliSeconds(dir);
    }
    if (only.has('graphql') && graphqlSizes.has(facts)) {
      await ensureBuilt();
      run.graphql = await child('graphqlBench.ts', ['--facts', String(facts), '--dir', dir, '--seconds', values.seconds, '--mixed', values.duration]);
    }
    return run;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const latencyCell = (l) => `${fmt(l.p50)} / ${fmt(l.p95)}`;

function storeRow(r) {
  const cpuRate = r.ingestCpuSeconds ? (r.articles * 10) / r.ingestCpuSeconds : NaN;
  return [
    sizeLabel(r.facts),
    `${fmt(r.factsPerSecond)} (${fmt(cpuRate)})`,
    fmt(r.dataMiB, 0),
    fmt(r.openSeconds, 3),
    r.statsCliSeconds === undefined ? '–' : fmt(r.statsCliSeconds),
    latencyCell(r.lookup),
    latencyCell(r.neighbors['1']),
    latencyCell(r.neighbors['2']),
    latencyCell(r.neighbors['3']),
    latencyCell(r.path),
    `${fmt(r.rssMiB, 0)} (${fmt(r.rssAnonMiB, 0)} / ${fmt(r.rssFileMiB, 0)})`,
    fmt(r.ingestPeakRssMiB, 0),
    r.ingestWrittenGiB === null || r.ingestWrittenGiB === undefined ? '–' : fmt(r.ingestWrittenGiB, 1),
  ];
}

function graphqlTable(g) {
  const rows = g.queries.map((q) => [q.name, fmt(q.requests, 0), fmt(q.requestsPerSecond), fmt(q.p50), fmt(q.p95), fmt(q.store.p95), fmt(q.p95 - q.store.p95), q.errors]);
  rows.push(['mixed workload', fmt(g.mixed.requests, 0), fmt(g.mixed.requestsPerSecond), fmt(g.mixed.p50), fmt(g.mixed.p95), '', '', g.mixed.errors]);
  return table(
    `GraphQL over HTTP, ${sizeLabel(g.facts)} facts (server alone in its process, which got ${fmt(g.serverCores)} of a core under load; load from a separate autocannon process, ${g.connections} connections, ${g.seconds} s per query, ${g.mixedSeconds} s mixed; latencies in ms)`,
    ['query', 'requests', 'req/s', 'p50', 'p95', 'store p95', 'p95 − store', 'errors'],
    rows,
  );
}

function storeTargets(runs) {
  const at = (n) => runs.find((r) => r.facts === n);
  const oneM = at(1_000_000);
  const largest = runs[runs.length - 1];
  if (oneM?.openSeconds !== undefined) {
    target('open at 1M facts', oneM.openSeconds, '≤ 0.5 s', oneM.openSeconds <= 0.5, ' s');
    target('newsgraph stats at 1M facts (whole process)', oneM.statsCliSeconds, '< 1 s', oneM.statsCliSeconds < 1, ' s');
    target('RSS at 1M facts, anonymous (heap and native)', oneM.rssAnonMiB, '≤ 1024 MiB', oneM.rssAnonMiB <= 1024, ' MiB');
    target('RSS at 1M facts, all (with mapped LMDB pages)', oneM.rssMiB, '≤ 1024 MiB', oneM.rssMiB <= 1024, ' MiB');
    const nb = Math.max(...['1', '2', '3'].map((d) => oneM.neighbors[d].p95));
    target('neighbours p95 (depth 1–3) at 1M', nb, '≤ 10 ms', nb <= 10, ' ms');
    target('path p95 (≤ 4 hops) at 1M', oneM.path.p95, '≤ 10 ms', oneM.path.p95 <= 10, ' ms');
    target('name lookup p95 at 1M', oneM.lookup.p95, '≤ 1 ms', oneM.lookup.p95 <= 1, ' ms');
  }
  const minIngest = Math.min(...runs.map((r) => r.factsPerSecond));
  target('embedded ingest facts/s (slowest size, wall)', minIngest, '≥ 15,000', minIngest >= 15_000);
  if (oneM && largest.facts > oneM.facts) {
    // Seconds per fact at the largest size over 1M: 1 is linear growth of ingest time.
    const growth = largest.ingestSeconds / largest.facts / (oneM.ingestSeconds / oneM.facts);
    const cpuGrowth = largest.ingestCpuSeconds / largest.facts / (oneM.ingestCpuSeconds / oneM.facts);
    target(`ingest time per fact ${sizeLabel(largest.facts)} ÷ 1M (wall; CPU ${fmt(cpuGrowth)})`, growth, '≤ 1.5 (near-linear)', growth <= 1.5);
    target(`peak ingest RSS at ${sizeLabel(largest.facts)}`, largest.ingestPeakRssMiB, '< 24 GiB machine', largest.ingestPeakRssMiB < 24 * 1024, ' MiB');
  }
}

function graphqlTargets(runs) {
  for (const r of runs) {
    if (!r.graphql) continue;
    const g = r.graphql;
    const label = sizeLabel(r.facts);
    const worst = g.queries.reduce((w, q) => (q.p95 - q.store.p95 > w.p95 - w.store.p95 ? q : w));
    if (r.facts === 100_000) {
      target(`GraphQL mixed p95 at ${label}`, g.mixed.p95, '≤ 20 ms', g.mixed.p95 <= 20, ' ms');
      target(`GraphQL p95 − store p95, worst type (${worst.name}) at ${label}`, worst.p95 - worst.store.p95, '≤ 10 ms', worst.p95 - worst.store.p95 <= 10, ' ms');
    } else {
      target(`GraphQL mixed p95 at ${label}`, g.mixed.p95, 'reported', g.mixed.errors === 0, ' ms');
    }
  }
}

await section(['store', 'graphql'], async () => {
  const runs = [];
  for (const facts of sizes) runs.push(await embeddedSize(facts));
  results.sections.store = runs;
  if (only.has('store')) {
    tables.push(
      table(
        `Embedded store (${values.batch}-article write transactions; latencies p50 / p95 in ms; ingest facts/s wall, in brackets per CPU-second; RSS of the query process: all (anonymous / mapped file))`,
        ['facts', 'ingest facts/s', 'data MiB', 'open s', 'stats s', 'lookup', 'neighbours d1', 'd2', 'd3', 'path ≤4', 'RSS MiB', 'ingest peak RSS', 'ingest wrote GiB'],
        runs.map(storeRow),
      ),
    );
    storeTargets(runs);
  }
  for (const r of runs) if (r.graphql) tables.push(graphqlTable(r.graphql));
  graphqlTargets(runs);
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
results.loadAverageAtEnd = os.loadavg();
const load = (l) => l.map((x) => x.toFixed(1)).join(' ');
tables.push(table(`Summary (${fmt(results.seconds, 0)} s; load average ${load(results.loadAverageAtStart)} at the start, ${load(results.loadAverageAtEnd)} at the end, ${results.cpus} CPUs)`, ['measure', 'value', 'target', 'result'], summary));
results.tables = tables.join('\n');
fs.writeFileSync(path.join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote bench/results.json`);
