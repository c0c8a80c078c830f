/**
 * Serves the built-in graph explorer: a static page under `/explore` that talks to the public
 * GraphQL API only. Assets are read once per handler and kept in memory (they are small, except
 * cytoscape at ~430 kB, which is still cheaper to keep than to re-read per request).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { packageRoot } from '../paths.js';

export const EXPLORER_PATH = '/explore';

/**
 * The page's Content-Security-Policy: everything from our own origin, no inline scripts or
 * styles, no plugins, no framing, no `<base>` tricks.
 */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export interface ExplorerAsset {
  /** Absolute path of the file on disk. */
  file: string;
  contentType: string;
  cacheControl: string;
}

export interface ExplorerOptions {
  /** Folder holding index.html, explorer.js and explorer.css; default `<packageRoot>/explorer`. */
  assetDir?: string;
  /** Path of cytoscape.min.js; default resolved from node_modules. */
  cytoscapePath?: string;
}

/** `(req, res) => handled`; false means the path is not an explorer asset. */
export type ExplorerHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

const NO_CACHE = 'no-cache';
const VENDOR_CACHE = 'public, max-age=86400';

function resolveCytoscape(): string {
  return createRequire(import.meta.url).resolve('cytoscape/dist/cytoscape.min.js');
}

/** The route table: URL path → file, content type and caching policy. Pure apart from path resolution. */
export function explorerAssets(options: ExplorerOptions = {}): ReadonlyMap<string, ExplorerAsset> {
  const dir = options.assetDir ?? path.join(packageRoot, 'explorer');
  const index: ExplorerAsset = { file: path.join(dir, 'index.html'), contentType: 'text/html; charset=utf-8', cacheControl: NO_CACHE };
  return new Map<string, ExplorerAsset>([
    [EXPLORER_PATH, index],
    [`${EXPLORER_PATH}/`, index],
    [`${EXPLORER_PATH}/explorer.js`, { file: path.join(dir, 'explorer.js'), contentType: 'text/javascript; charset=utf-8', cacheControl: NO_CACHE }],
    [`${EXPLORER_PATH}/explorer.css`, { file: path.join(dir, 'explorer.css'), contentType: 'text/css; charset=utf-8', cacheControl: NO_CACHE }],
    [
      `${EXPLORER_PATH}/vendor/cytoscape.min.js`,
      { file: options.cytoscapePath ?? resolveCytoscape(), contentType: 'text/javascript; charset=utf-8', cacheControl: VENDOR_CACHE },
    ],
  ]);
}

interface LoadedAsset {
  body: Buffer;
  etag: string;
}

async function loadAsset(file: string): Promise<LoadedAsset> {
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'an error';
    throw new ConfigError(`the explorer expects its asset ${file} to be readable, found ${code}`, { source: file });
  }
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  return { body, etag };
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', EXPLORER_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
}

/** Builds an explorer handler with its own asset cache. */
export function createExplorerHandler(options: ExplorerOptions = {}): ExplorerHandler {
  let routes: ReadonlyMap<string, ExplorerAsset> | null = null;
  const cache = new Map<string, Promise<LoadedAsset>>();

  function load(file: string): Promise<LoadedAsset> {
    let loaded = cache.get(file);
    if (!loaded) {
      loaded = loadAsset(file);
      cache.set(file, loaded);
      // A failed read is not cached, so fixing the installation does not need a restart.
      loaded.catch(() => cache.delete(file));
    }
    return loaded;
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname !== EXPLORER_PATH && !pathname.startsWith(`${EXPLORER_PATH}/`)) return false;
    routes ??= explorerAssets(options);
    const asset = routes.get(pathname);
    if (!asset) return false;

    const method = (req.method ?? 'GET').toUpperCase();
    setSecurityHeaders(res);
    if (method !== 'GET' && method !== 'HEAD') {
      const message = `${pathname} expects GET or HEAD, found ${method}\n`;
      res.statusCode = 405;
      res.setHeader('Allow', 'GET, HEAD');
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.setHeader('Content-Length', Buffer.byteLength(message));
      res.end(message);
      return true;
    }

    const { body, etag } = await load(asset.file);
    res.setHeader('Cache-Control', asset.cacheControl);
    res.setHeader('ETag', etag);
    if (etagMatches(req.headers['if-none-match'], etag)) {
      res.statusCode = 304;
      res.end();
      return true;
    }
    res.statusCode = 200;
    res.setHeader('Content-Type', asset.contentType);
    res.setHeader('Content-Length', body.length);
    res.end(method === 'HEAD' ? undefined : body);
    return true;
  };
}

const defaultHandler = createExplorerHandler();

/**
 * Serves `GET|HEAD /explore` (the page), `/explore/explorer.js`, `/explore/explorer.css` and
 * `/explore/vendor/cytoscape.min.js`. Resolves to false for any other path, leaving the
 * request untouched.
 */
export function handleExplorerRequest(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  return defaultHandler(req, res);
}
