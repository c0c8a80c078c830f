import { BackgroundExtractor } from '../ingest/BackgroundExtractor.js';
import { makeArticleIngester } from '../pipeline.js';
import { startServer } from '../server/startServer.js';
import { batchedLines } from '../server/batchedLines.js';
import { openStore } from '../store/openStore.js';
import { requireExistingStore } from './dataDir.js';
import { configFrom, parseCommand, READ_STORE_FLAGS, storeHelp, type CommandSpec } from './common.js';
import { line, type CliIO } from './io.js';

export const serveSpec: CommandSpec = {
  name: 'serve',
  usage: `Usage: newsgraph serve [--port N] [--host H] [--data DIR] [--store embedded|neo4j]

Serves the GraphQL API (POST /graphql), exports (GET /export?format=…), a health check
(GET /healthz). Mutations (ingestArticle, deleteArticle) need NEWSGRAPH_API_TOKEN set and
an "Authorization: Bearer <token>" header.
Stops cleanly on Ctrl-C / SIGTERM (closes the server, then the store).

Options:
  --port N               port (default 4000, env PORT; 0 = any free port)
  --host H               interface (default 127.0.0.1, env HOST)
  --cors ORIGINS         comma-separated allowed origins, or * (env NEWSGRAPH_CORS_ORIGINS)
  --create               start with a new, empty embedded store when --data holds none (to fill
                         it through ingestArticle); without it a data dir without a store is refused

Limits (docs/limits-and-security.md):
  --max-query-depth N    deepest selection nesting (default 12, env NEWSGRAPH_MAX_QUERY_DEPTH)
  --max-query-cost N     largest estimated result size (default 100000, env NEWSGRAPH_MAX_QUERY_COST)
  --max-body-bytes N     largest request body (default 1048576, env NEWSGRAPH_MAX_BODY_BYTES)
${storeHelp(READ_STORE_FLAGS)}`,
  flags: { values: [...READ_STORE_FLAGS, 'port', 'host', 'cors', 'max-query-depth', 'max-query-cost', 'max-body-bytes'], switches: ['create'] },
};

export async function serveCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseCommand(serveSpec, argv, io);
  if (!args) return 0;
  const config = configFrom(args, io);
  if (args.flags.create !== true) requireExistingStore(config, 'serve');
  const store = await openStore(config);
  // ingestArticle extracts in a background process: the server keeps answering meanwhile.
  const extractor = new BackgroundExtractor({ minConfidence: config.minConfidence });
  let server: Awaited<ReturnType<typeof startServer>>;
  // The request log, one write per event-loop turn instead of one per request.
  const log = batchedLines((chunk) => io.stderr.write(chunk));
  try {
    server = await startServer({
      store,
      host: config.host,
      port: config.port,
      corsOrigins: config.corsOrigins,
      apiToken: config.apiToken,
      ingest: makeArticleIngester(store, { extract: (article) => extractor.extract(article) }),
      maxQueryDepth: config.limits.maxQueryDepth,
      maxQueryCost: config.limits.maxQueryCost,
      maxBodyBytes: config.limits.maxBodyBytes,
      log: (text) => log.write(text),
    });
  } catch (error) {
    log.flush();
    await extractor.close();
    await store.close();
    throw error;
  }
  line(io.stdout, `newsgraph GraphQL API ready at ${server.url}  (store: ${store.description}; open it in a browser for the GraphQL IDE)`);
  const signal = await io.waitForShutdown();
  log.flush();
  line(io.stderr, `${signal}: shutting down`);
  await server.close();
  log.flush();
  await extractor.close();
  await store.close();
  return 0;
}
