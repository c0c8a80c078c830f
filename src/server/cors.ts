import type { IncomingMessage, ServerResponse } from 'node:http';

const ALLOWED_METHODS = 'GET, POST, OPTIONS';
const DEFAULT_ALLOWED_HEADERS = 'content-type, apollo-require-preflight, x-apollo-operation-name, authorization';

/** The value for Access-Control-Allow-Origin, or null when the origin is not allowed. */
export function allowedOrigin(origin: string | undefined, corsOrigins: readonly string[]): string | null {
  if (corsOrigins.length === 0 || origin === undefined) return null;
  if (corsOrigins.includes('*')) return '*';
  return corsOrigins.includes(origin) ? origin : null;
}

/**
 * Sets CORS headers for allowed origins. Returns true when the request was a preflight
 * (OPTIONS) and has been answered.
 */
export function handleCors(req: IncomingMessage, res: ServerResponse, corsOrigins: readonly string[]): boolean {
  const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
  const allowed = allowedOrigin(origin, corsOrigins);
  if (corsOrigins.length > 0 && !corsOrigins.includes('*')) res.setHeader('Vary', 'Origin');
  if (allowed) res.setHeader('Access-Control-Allow-Origin', allowed);
  if (req.method !== 'OPTIONS') return false;
  if (allowed) {
    res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
    const requested = req.headers['access-control-request-headers'];
    res.setHeader('Access-Control-Allow-Headers', typeof requested === 'string' && requested !== '' ? requested : DEFAULT_ALLOWED_HEADERS);
    res.setHeader('Access-Control-Max-Age', '600');
  }
  res.statusCode = 204;
  res.end();
  return true;
}
