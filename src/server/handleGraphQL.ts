/**
 * `POST|GET /graphql` over Apollo Server: body limits and JSON parsing, the request context
 * (mutation access from the bearer token), a whole-request timeout, and the streamed answer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import { createContext, type GraphQLContext } from '../graphql/context.js';
import { bearerAccess } from './bearerAccess.js';
import { readBody } from './readBody.js';
import { sendError } from './sendJson.js';
import type { ServerSettings } from './serverSettings.js';

export type GraphQLSettings = Pick<ServerSettings, 'store' | 'maxBodyBytes' | 'requestTimeoutMs' | 'apiToken' | 'maxIngestChars' | 'ingest'>;

/** A parsed body (undefined when absent or not JSON), or `answered` when an error was sent. */
type BodyOutcome = { kind: 'body'; body: unknown } | { kind: 'answered' };

const ANSWERED: BodyOutcome = { kind: 'answered' };

function isJsonContentType(value: string | undefined): boolean {
  if (!value) return false;
  const essence = value.split(';')[0]!.trim().toLowerCase();
  return essence === 'application/json' || essence.endsWith('+json');
}

/** Reads and parses a POST body within `maxBodyBytes`, answering 413/400 itself. */
async function readGraphQLBody(req: IncomingMessage, res: ServerResponse, maxBodyBytes: number): Promise<BodyOutcome> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBodyBytes * 16) {
    res.setHeader('Connection', 'close');
    sendError(res, 413, 'INPUT_TOO_LARGE', `request body expects at most ${maxBodyBytes} bytes, found ${declared}`);
    req.resume();
    return ANSWERED;
  }
  const read = await readBody(req, maxBodyBytes);
  if (read.kind === 'too-large') {
    sendError(res, 413, 'INPUT_TOO_LARGE', `request body expects at most ${maxBodyBytes} bytes, found ${read.received} or more`);
    return ANSWERED;
  }
  if (!isJsonContentType(req.headers['content-type']) || read.body.length === 0) return { kind: 'body', body: undefined };
  try {
    return { kind: 'body', body: JSON.parse(read.body.toString('utf8')) };
  } catch (error) {
    sendError(res, 400, 'BAD_USER_INPUT', `request body expects JSON, found invalid JSON (${(error as Error).message})`);
    return ANSWERED;
  }
}

function headerMapOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** `work`'s result, or `timeout` when it takes longer than `ms` (a late rejection is ignored). */
async function withinTimeout<T>(work: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  const result = await Promise.race([work, timedOut]).finally(() => clearTimeout(timer));
  if (result === 'timeout') work.catch(() => undefined);
  return result;
}

async function writeGraphQLResponse(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

export async function handleGraphQL(
  req: IncomingMessage,
  res: ServerResponse,
  search: string,
  apollo: ApolloServer<GraphQLContext>,
  settings: GraphQLSettings,
): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  let body: unknown = undefined;
  if (method === 'POST') {
    const outcome = await readGraphQLBody(req, res, settings.maxBodyBytes);
    if (outcome.kind === 'answered') return;
    body = outcome.body;
  }
  const httpGraphQLRequest: HTTPGraphQLRequest = { method, headers: headerMapOf(req), search, body };
  const authorization = typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined;
  const { store, apiToken, maxIngestChars, ingest, requestTimeoutMs } = settings;
  const execution = apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest,
    context: async (): Promise<GraphQLContext> =>
      createContext(store, { access: bearerAccess(authorization, apiToken), maxIngestChars, ...(ingest ? { ingest } : {}) }),
  });
  const response = await withinTimeout(execution, requestTimeoutMs);
  if (response === 'timeout') {
    res.setHeader('Retry-After', '1');
    sendError(res, 503, 'REQUEST_TIMEOUT', `queries must finish within ${requestTimeoutMs} ms, found one still running; narrow the query or lower \`first\``);
    return;
  }
  await writeGraphQLResponse(res, response);
}
