#!/usr/bin/env node
// `npm start`: build if needed, ingest the demo corpus into a fresh embedded store,
// serve the GraphQL API and print example queries that return data.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist', 'cli', 'main.js');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

if (!existsSync(dist) || newestMtime(path.join(root, 'src')) > statSync(dist).mtimeMs) {
  console.log('building (tsc)…');
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', root], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const { openEmbeddedStore } = await import('../dist/store/memory/EmbeddedStore.js');
const { ingestSources, makeArticleIngester } = await import('../dist/pipeline.js');
const { startServer } = await import('../dist/server/startServer.js');
const { findExampleQueries } = await import('../dist/cli/exampleQueries.js');

const dataDir = path.resolve(root, process.env.NEWSGRAPH_DEMO_DATA ?? '.data/demo');
rmSync(dataDir, { recursive: true, force: true });
const store = await openEmbeddedStore(dataDir);
const started = Date.now();
const summary = await ingestSources(store, [path.join(root, 'corpus')]);
console.log(
  `ingested the demo corpus: ${summary.articles} articles, ${summary.entities} entities, ${summary.relations} relations ` +
    `in ${Date.now() - started} ms (${summary.failures.length} failed) → ${path.relative(process.cwd(), dataDir) || dataDir}`,
);
for (const f of summary.failures) console.error(`  error: ${f.source}: ${f.message}`);

const wanted = Number.parseInt(process.env.PORT ?? '4000', 10);
// Mutations (ingestArticle/deleteArticle) only with NEWSGRAPH_API_TOKEN set.
const serverOptions = { apiToken: process.env.NEWSGRAPH_API_TOKEN || null, ingest: makeArticleIngester(store) };
let server;
try {
  server = await startServer({ store, port: wanted, ...serverOptions });
} catch (error) {
  // startServer reports a busy port as a ConfigError whose message names EADDRINUSE.
  if (error && (error.code === 'EADDRINUSE' || /EADDRINUSE/.test(String(error.message)))) {
    console.log(`port ${wanted} is busy; using a free port instead`);
    server = await startServer({ store, port: 0, ...serverOptions });
  } else throw error;
}
console.log(`\nnewsgraph GraphQL API: ${server.url}`);
console.log(`graph explorer:       ${server.url.replace(/\/graphql$/, '/explore')}\n`);

const examples = await findExampleQueries(store);
console.log('Try these queries (each returns data from the demo corpus):\n');
for (const ex of examples) {
  const body = JSON.stringify({ query: ex.query });
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = await res.json();
  const ok = !json.errors && json.data && Object.values(json.data).some((v) => v !== null);
  console.log(`# ${ex.title}${ok ? '' : '  (!) returned no data'}`);
  console.log(`curl -s ${server.url} -H 'content-type: application/json' -d '${body.replace(/'/g, "'\\''")}'\n`);
}
console.log('Stop with Ctrl-C.');

const stop = async (signal) => {
  console.log(`\n${signal}: shutting down`);
  await server.close();
  await store.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop('SIGINT'));
process.once('SIGTERM', () => void stop('SIGTERM'));
