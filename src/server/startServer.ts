import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { DEFAULT_PORT } from '../config.js';
import { ConfigError, describeValue, toNewsgraphError, type ErrorCode } from '../errors.js';
import { createApolloServer } from '../graphql/createApolloServer.js';
import { createContext, DEFAULT_MAX_INGEST_CHARS, type ArticleIngester, type GraphQLContext } from '../graphql/context.js';
import { handleExplorerRequest } from '../explorer/handleExplorerRequest.js';
import type { GraphStore } from '../store/GraphStore.js';
import { bearerAccess } from './bearerAccess.js';
import { handleCors } from './cors.js';
import { EXPORT_PATH, handleExport } from './handleExport.js';
import { handleIdeRequest } from './graphiql.js';
import { landingPage } from './landingPage.js';
import { DEFAULT_MAX_BODY_BYTES, readBody } from './readBody.js';

export const GRAPHQL_PATH = '/graphql';
export const HEALTH_PATH = '/healthz';
/** Default longest time a GraphQL request may take before REQUEST_TIMEOUT. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

export interface StartServerOptions {
  store: GraphStore;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Port; default 4000; 0 picks a free port. */
  port?: number;
  /** Allowed CORS origins; empty/absent = no CORS headers; `*` = any origin. */
  corsOrigins?: string[];
  /** Receives one line per request and any internal error. */
  log?: (line: string) => void;
  /** Largest accepted request body; default 1 MiB. Larger bodies get 413. */
  maxBodyBytes?: number;
  /** Directory of the *.graphql SDL files; default schemaDir (src/paths.ts). */
  schemaDir?: string;
  /** Bearer token enabling mutations (Config.apiToken); null/absent = mutations answer UNAUTHENTICATED. */
  apiToken?: string | null;
  /** Extracts and stores one article for `ingestArticle` (pipeline.ts `makeArticleIngester`). */
  ingest?: ArticleIngester;
  /** Longest `ingestArticle` text in characters; default 500 000. */
  maxIngestChars?: number;
  /** Longest time a GraphQL request may take, in ms; default 10 s. Slower → 503 REQUEST_TIMEOUT. */
  requestTimeoutMs?: number;
  /** Deepest selection nesting; default MAX_QUERY_DEPTH (Config.limits.maxQueryDepth). */
  maxQueryDepth?: number;
  /** Largest estimated result size; default MAX_QUERY_COST (Config.limits.maxQueryCost). */
  maxQueryCost?: number;
}

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  port: number;
  /** Stops accepting requests and waits for in-flight ones (does not close the store). */
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

function sendError(res: ServerResponse, status: number, code: ErrorCode, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

function isJsonContentType(value: string | undefined): boolean {
  if (!value) return false;
  const essence = value.split(';')[0]!.trim().toLowerCase();
  return essence === 'application/json' || essence.endsWith('+json');
}

/**
 * Serves the GraphQL API over plain Node http: `POST|GET /graphql` (Apollo Server 5 with CSRF
 * prevention; a browser GET gets the GraphQL IDE), `GET /healthz`, and a small landing page at `/`.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { store } = options;
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? DEFAULT_PORT;
  const corsOrigins = options.corsOrigins ?? [];
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const log = options.log ?? (() => {});
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new ConfigError(`port expects a whole number from 0 to 65535, found ${describeValue(port)}`);
  }
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1) {
    throw new ConfigError(`maxBodyBytes expects a positive whole number, found ${describeValue(maxBodyBytes)}`);
  }
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  if (!Number.isInteger(requestTimeoutMs) || requestTimeoutMs < 1) {
    throw new ConfigError(`requestTimeoutMs expects a positive whole number of milliseconds, found ${describeValue(requestTimeoutMs)}`);
  }
  const apiToken = options.apiToken ?? null;
  const maxIngestChars = options.maxIngestChars ?? DEFAULT_MAX_INGEST_CHARS;

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

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, search: string): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    let body: unknown = undefined;
    if (method === 'POST') {
      const declared = Number(req.headers['content-length']);
      if (Number.isFinite(declared) && declared > maxBodyBytes * 16) {
        res.setHeader('Connection', 'close');
        sendError(res, 413, 'INPUT_TOO_LARGE', `request body expects at most ${maxBodyBytes} bytes, found ${declared}`);
        req.resume();
        return;
      }
      const read = await readBody(req, maxBodyBytes);
      if (read.kind === 'too-large') {
        sendError(res, 413, 'INPUT_TOO_LARGE', `request body expects at most ${maxBodyBytes} bytes, found ${read.received} or more`);
        return;
      }
      if (isJsonContentType(req.headers['content-type']) && read.body.length > 0) {
        try {
          body = JSON.parse(read.body.toString('utf8'));
        } catch (error) {
          sendError(res, 400, 'BAD_USER_INPUT', `request body expects JSON, found invalid JSON (${(error as Error).message})`);
          return;
        }
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = { method, headers, search, body };
    const authorization = typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined;
    const execution = apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async (): Promise<GraphQLContext> =>
        createContext(store, { access: bearerAccess(authorization, apiToken), maxIngestChars, ...(options.ingest ? { ingest: options.ingest } : {}) }),
    });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), requestTimeoutMs);
    });
    const response = await Promise.race([execution, timedOut]).finally(() => clearTimeout(timer));
    if (response === 'timeout') {
      execution.catch(() => undefined);
      res.setHeader('Retry-After', '1');
      sendError(res, 503, 'REQUEST_TIMEOUT', `queries must finish within ${requestTimeoutMs} ms, found one still running; narrow the query or lower \`first\``);
      return;
    }
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  async function handleHealth(res: ServerResponse): Promise<void> {
    try {
      const stats = await store.stats();
      sendJson(res, 200, { status: 'ok', store: store.description, stats });
    } catch (error) {
      const err = toNewsgraphError(error);
      log(`health check failed: ${err.message}`);
      const message = err.code === 'INTERNAL' ? 'internal error: see the server log' : err.message;
      sendJson(res, 503, { status: 'error', store: store.description, error: { code: err.code, message } });
    }
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = (req.method ?? 'GET').toUpperCase();
    if (await handleExplorerRequest(req, res)) return;
    if (await handleIdeRequest(req, res, store, GRAPHQL_PATH)) return;
    if (url.pathname === GRAPHQL_PATH) {
      if (handleCors(req, res, corsOrigins)) return;
      await handleGraphQL(req, res, url.search);
      return;
    }
    if (url.pathname === HEALTH_PATH) {
      if (handleCors(req, res, corsOrigins)) return;
      if (method !== 'GET' && method !== 'HEAD') {
        res.setHeader('Allow', 'GET, HEAD');
        sendError(res, 405, 'BAD_USER_INPUT', `${HEALTH_PATH} expects GET, found ${method}`);
        return;
      }
      await handleHealth(res);
      return;
    }
    if (url.pathname === EXPORT_PATH) {
      if (handleCors(req, res, corsOrigins)) return;
      if (method !== 'GET') {
        res.setHeader('Allow', 'GET');
        sendError(res, 405, 'BAD_USER_INPUT', `${EXPORT_PATH} expects GET, found ${method}`);
        return;
      }
      const failed = await handleExport(req, res, url, store, log);
      if (failed) sendError(res, failed.status, failed.code, failed.message);
      return;
    }
    if (url.pathname === '/' && (method === 'GET' || method === 'HEAD')) {
      const html = landingPage(GRAPHQL_PATH);
      res.statusCode = 200;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Content-Length', Buffer.byteLength(html));
      res.end(method === 'HEAD' ? undefined : html);
      return;
    }
    sendError(res, 404, 'NOT_FOUND', `expected ${GRAPHQL_PATH}, ${EXPORT_PATH}, ${HEALTH_PATH} or /, found ${method} ${url.pathname}`);
  }

  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log(`${req.method ?? '?'} ${req.url ?? '/'} ${res.statusCode} ${ms.toFixed(1)}ms`);
    });
    route(req, res).catch((error: unknown) => {
      const err = toNewsgraphError(error);
      log(`request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendError(res, 500, 'INTERNAL', err.code === 'INTERNAL' ? 'internal error: see the server log' : err.message);
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      const onError = (error: NodeJS.ErrnoException): void => {
        httpServer.off('listening', onListening);
        reject(
          new ConfigError(`expected to listen on ${host}:${port}, found ${error.code ?? 'an error'}: ${error.message}`, {
            host,
            port,
          }),
        );
      };
      const onListening = (): void => {
        httpServer.off('error', onError);
        resolve();
      };
      httpServer.once('error', onError);
      httpServer.once('listening', onListening);
      httpServer.listen(port, host);
    });
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
