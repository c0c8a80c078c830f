/**
 * Dispatches one request: explorer and IDE pages, `/graphql`, `/healthz`, `/export`, the
 * landing page at `/`, and 404 for anything else. CORS applies to the API paths.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { handleExplorerRequest } from '../explorer/handleExplorerRequest.js';
import type { GraphQLContext } from '../graphql/context.js';
import { handleCors } from './cors.js';
import { GRAPHQL_PATH, HEALTH_PATH } from './endpoints.js';
import { EXPORT_PATH, handleExport } from './handleExport.js';
import { handleGraphQL } from './handleGraphQL.js';
import { handleHealth } from './handleHealth.js';
import { handleIdeRequest } from './graphiql.js';
import { landingPage } from './landingPage.js';
import { sendError } from './sendJson.js';
import type { ServerSettings } from './serverSettings.js';

/** Answers 405 (with Allow) unless `method` is one of `allowed`; true when it answered. */
function refusedMethod(res: ServerResponse, path: string, method: string, allowed: readonly string[]): boolean {
  if (allowed.includes(method)) return false;
  res.setHeader('Allow', allowed.join(', '));
  sendError(res, 405, 'BAD_USER_INPUT', `${path} expects GET, found ${method}`);
  return true;
}

function sendLandingPage(res: ServerResponse, method: string): void {
  const html = landingPage(GRAPHQL_PATH);
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(html));
  res.end(method === 'HEAD' ? undefined : html);
}

async function routeExport(req: IncomingMessage, res: ServerResponse, url: URL, method: string, settings: ServerSettings): Promise<void> {
  if (refusedMethod(res, EXPORT_PATH, method, ['GET'])) return;
  const failed = await handleExport(req, res, url, settings.store, settings.log);
  if (failed) sendError(res, failed.status, failed.code, failed.message);
}

export async function routeRequest(
  req: IncomingMessage,
  res: ServerResponse,
  apollo: ApolloServer<GraphQLContext>,
  settings: ServerSettings,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const method = (req.method ?? 'GET').toUpperCase();
  const { store, corsOrigins } = settings;
  if (await handleExplorerRequest(req, res)) return;
  if (await handleIdeRequest(req, res, store, GRAPHQL_PATH)) return;
  const api = url.pathname === GRAPHQL_PATH || url.pathname === HEALTH_PATH || url.pathname === EXPORT_PATH;
  if (api && handleCors(req, res, corsOrigins)) return;
  if (url.pathname === GRAPHQL_PATH) {
    await handleGraphQL(req, res, url.search, apollo, settings);
  } else if (url.pathname === HEALTH_PATH) {
    if (!refusedMethod(res, HEALTH_PATH, method, ['GET', 'HEAD'])) await handleHealth(res, store, settings.log);
  } else if (url.pathname === EXPORT_PATH) {
    await routeExport(req, res, url, method, settings);
  } else if (url.pathname === '/' && (method === 'GET' || method === 'HEAD')) {
    sendLandingPage(res, method);
  } else {
    sendError(res, 404, 'NOT_FOUND', `expected ${GRAPHQL_PATH}, ${EXPORT_PATH}, ${HEALTH_PATH} or /, found ${method} ${url.pathname}`);
  }
}
