import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { toNewsgraphError } from '../errors.js';
import { createApolloServer } from '../graphql/createApolloServer.js';
import type { GraphQLContext } from '../graphql/context.js';
import { GRAPHQL_PATH } from './endpoints.js';
import { listen } from './listen.js';
import { routeRequest } from './routeRequest.js';
import { sendError } from './sendJson.js';
import { serverSettings, type ServerSettings, type StartServerOptions } from './serverSettings.js';

export { GRAPHQL_PATH, HEALTH_PATH } from './endpoints.js';
export { DEFAULT_REQUEST_TIMEOUT_MS, type StartServerOptions } from './serverSettings.js';

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  port: number;
  /** Stops accepting requests and waits for in-flight ones (does not close the store). */
  close(): Promise<void>;
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

/** Routes one request, logging it when it finishes; a failure answers 500 (or drops a started response). */
function serveRequest(req: IncomingMessage, res: ServerResponse, apollo: ApolloServer<GraphQLContext>, settings: ServerSettings): void {
  const { log } = settings;
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    log(`${req.method ?? '?'} ${req.url ?? '/'} ${res.statusCode} ${ms.toFixed(1)}ms`);
  });
  routeRequest(req, res, apollo, settings).catch((error: unknown) => {
    const err = toNewsgraphError(error);
    log(`request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendError(res, 500, 'INTERNAL', err.code === 'INTERNAL' ? 'internal error: see the server log' : err.message);
  });
}

/**
 * Serves the GraphQL API over plain Node http: `POST|GET /graphql` (Apollo Server 5 with CSRF
 * prevention; a browser GET gets the GraphQL IDE), `GET /healthz`, and a small landing page at `/`.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const settings = serverSettings(options);
  const { host, port, requestTimeoutMs, log } = settings;
  const httpServer = http.createServer();
  // Whole-request bound for slow clients (headers and body); GraphQL execution has its own timeout.
  httpServer.headersTimeout = Math.min(60_000, requestTimeoutMs + 5_000);
  httpServer.requestTimeout = requestTimeoutMs + 10_000;
  const apollo = createApolloServer({
    log,
    schemaDir: options.schemaDir,
    ...(options.maxQueryDepth !== undefined ? { maxQueryDepth: options.maxQueryDepth } : {}),
    ...(options.maxQueryCost !== undefined ? { maxQueryCost: options.maxQueryCost } : {}),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 5_000 })],
  });
  await apollo.start();
  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => serveRequest(req, res, apollo, settings));
  try {
    await listen(httpServer, host, port);
  } catch (error) {
    await apollo.stop();
    throw error;
  }
  const actualPort = (httpServer.address() as AddressInfo).port;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${urlHost(host)}:${actualPort}${GRAPHQL_PATH}`,
    port: actualPort,
    close(): Promise<void> {
      closing ??= apollo.stop();
      return closing;
    },
  };
}
