/**
 * `npm start` (scripts/start.mjs): ingest the demo corpus into a fresh embedded store, serve the
 * API and print where the data lives and example queries that return data.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { BackgroundExtractor } from '../ingest/BackgroundExtractor.js';
import { ingestSources, makeArticleIngester } from '../pipeline.js';
import { corpusDir } from '../paths.js';
import { startServer, type RunningServer } from '../server/startServer.js';
import { openEmbeddedStore } from '../store/memory/EmbeddedStore.js';
import { findExampleQueries } from '../graphql/exampleQueries.js';
import { failureLine } from './failureLine.js';
import { storeTotals } from './ingestCommand.js';

export interface DemoOptions {
  /** Data dir of the demo store (emptied first). */
  dataDir: string;
  /** Wanted port; a busy port falls back to a free one. */
  port: number;
  /** Bearer token enabling mutations; null = mutations disabled. */
  apiToken: string | null;
  /** Directory the printed commands are meant to run in (their --data is relative to it). */
  cwd: string;
  print: (text: string) => void;
}

export interface RunningDemo {
  server: RunningServer;
  close(): Promise<void>;
}

/** A path as a shell word: bare when it is plain, single-quoted otherwise. */
function shellWord(text: string): string {
  return /^[\w./-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}

async function listen(options: DemoOptions, serverOptions: Omit<Parameters<typeof startServer>[0], 'port'>): Promise<RunningServer> {
  try {
    return await startServer({ ...serverOptions, port: options.port });
  } catch (error) {
    if (!/EADDRINUSE/.test(error instanceof Error ? error.message : String(error))) throw error;
    options.print(`port ${options.port} is busy; using a free port instead`);
    return startServer({ ...serverOptions, port: 0 });
  }
}

async function printExamples(server: RunningServer, print: (text: string) => void, examples: { title: string; query: string }[]): Promise<void> {
  print('Try these queries (each returns data from the demo corpus):\n');
  for (const ex of examples) {
    const body = JSON.stringify({ query: ex.query });
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    const ok = !json.errors && json.data !== undefined && Object.values(json.data).some((v) => v !== null);
    print(`# ${ex.title}${ok ? '' : '  (!) returned no data'}`);
    print(`curl -s ${server.url} -H 'content-type: application/json' -d ${shellWord(body)}\n`);
  }
}

export async function startDemo(options: DemoOptions): Promise<RunningDemo> {
  const { print } = options;
  const dataDir = path.resolve(options.cwd, options.dataDir);
  rmSync(dataDir, { recursive: true, force: true });
  const store = await openEmbeddedStore(dataDir);
  const extractor = new BackgroundExtractor({ minConfidence: 0 });
  try {
    const started = Date.now();
    const summary = await ingestSources(store, [corpusDir]);
    print(`ingested the demo corpus: ${summary.articles} articles in ${Date.now() - started} ms (${summary.failures.length} failed); ${storeTotals(summary.store)}`);
    for (const f of summary.failures) print(`  ${failureLine(f)}`);
    const dataFlag = `--data ${shellWord(path.relative(options.cwd, dataDir) || '.')}`;
    print(`data dir: ${dataDir} (emptied and rebuilt by each npm start)`);
    print(`other commands use it with ${dataFlag}, e.g. npx newsgraph stats ${dataFlag}`);
    const server = await listen(options, { store, apiToken: options.apiToken, ingest: makeArticleIngester(store, { extract: (a) => extractor.extract(a) }) });
    print(`\nnewsgraph GraphQL API: ${server.url}  (open it in a browser for the GraphQL IDE)`);
    print(`graph explorer:       ${server.url.replace(/\/graphql$/, '/explore')}\n`);
    await printExamples(server, print, await findExampleQueries(store));
    return {
      server,
      async close() {
        await server.close();
        await extractor.close();
        await store.close();
      },
    };
  } catch (error) {
    await extractor.close();
    await store.close();
    throw error;
  }
}
