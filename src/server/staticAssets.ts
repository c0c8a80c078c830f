/**
 * Serves a fixed table of files (a browser page's assets) with content types, ETags, caching
 * and security headers. Files are read once per handler and kept in memory; a failed read is
 * not cached, so fixing the installation needs no restart.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ConfigError } from '../errors.js';

export interface StaticAsset {
  /** Absolute path of the file on disk. */
  file: string;
  contentType: string;
  cacheControl: string;
}

/** `(req, res) => handled`; false means the path is not one of the assets (the request is untouched). */
export type AssetHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

export const NO_CACHE = 'no-cache';
/** Vendor files change only with the installed package version. */
export const VENDOR_CACHE = 'public, max-age=86400';
export const JS = 'text/javascript; charset=utf-8';
export const CSS = 'text/css; charset=utf-8';
export const HTML = 'text/html; charset=utf-8';

/** A file inside an installed package: exported as is, or found next to its package.json. */
export function packageFile(pkg: string, file: string): string {
  const require = createRequire(import.meta.url);
  try {
    return require.resolve(`${pkg}/${file}`);
  } catch {
    return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
  }
}

interface LoadedAsset {
  body: Buffer;
  etag: string;
}

async function loadAsset(file: string, owner: string): Promise<LoadedAsset> {
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'an error';
    throw new ConfigError(`the ${owner} expects its asset ${file} to be readable, found ${code}`, { source: file });
  }
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

/**
 * A page's Content-Security-Policy: everything from our own origin, no inline scripts or
 * styles, images also as data: URLs, no plugins, no framing, no `<base>` tricks; `extra`
 * directives are added (e.g. fonts).
 */
export function pagePolicy(extra: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    ...extra,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers every page and asset gets: its CSP, no sniffing, no referrer, no framing. */
export function setSecurityHeaders(res: ServerResponse, csp: string): void {
  res.setHeader('Content-Security-Policy', csp);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
}

/** Answers a method other than GET/HEAD with 405; true when it did. */
export function refuseNonGet(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
  const method = (req.method ?? 'GET').toUpperCase();
  if (method === 'GET' || method === 'HEAD') return false;
  const message = `${pathname} expects GET or HEAD, found ${method}\n`;
  res.statusCode = 405;
  res.setHeader('Allow', 'GET, HEAD');
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(message));
  res.end(message);
  return true;
}

/** Builds a handler for the routes `routes()` returns (computed on first use), under `csp`. */
export function createAssetHandler(owner: string, routes: () => ReadonlyMap<string, StaticAsset>, csp: string): AssetHandler {
  let table: ReadonlyMap<string, StaticAsset> | null = null;
  const cache = new Map<string, Promise<LoadedAsset>>();
  const load = (file: string): Promise<LoadedAsset> => {
    let loaded = cache.get(file);
    if (!loaded) {
      loaded = loadAsset(file, owner);
      cache.set(file, loaded);
      loaded.catch(() => cache.delete(file));
    }
    return loaded;
  };

  return async function handle(req, res) {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    table ??= routes();
    const asset = table.get(pathname);
    if (!asset) return false;
    setSecurityHeaders(res, csp);
    if (refuseNonGet(req, res, pathname)) return true;
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
    res.end((req.method ?? 'GET').toUpperCase() === 'HEAD' ? undefined : body);
    return true;
  };
}
