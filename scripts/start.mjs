#!/usr/bin/env node
// `npm start`: build if needed, then src/cli/startDemo.ts: ingest the demo corpus into a fresh
// embedded store (.data/demo), serve the GraphQL API and print where the data lives and
// example queries that return data.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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

const { startDemo } = await import('../dist/cli/startDemo.js');
const demo = await startDemo({
  dataDir: process.env.NEWSGRAPH_DEMO_DATA ?? path.join(root, '.data', 'demo'),
  port: Number.parseInt(process.env.PORT ?? '4000', 10),
  // Mutations (ingestArticle/deleteArticle) only with NEWSGRAPH_API_TOKEN set.
  apiToken: process.env.NEWSGRAPH_API_TOKEN || null,
  cwd: process.cwd(),
  print: (text) => console.log(text),
});
console.log('Stop with Ctrl-C.');

const stop = async (signal) => {
  console.log(`\n${signal}: shutting down`);
  await demo.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop('SIGINT'));
process.once('SIGTERM', () => void stop('SIGTERM'));
