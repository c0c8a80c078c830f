/**
 * Serves the built-in graph explorer: a static page under `/explore` that talks to the public
 * GraphQL API only. Assets are read once and kept in memory (src/server/staticAssets.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { packageRoot } from '../paths.js';
import { createAssetHandler, CSS, HTML, JS, NO_CACHE, packageFile, pagePolicy, VENDOR_CACHE, type AssetHandler, type StaticAsset } from '../server/staticAssets.js';

export const EXPLORER_PATH = '/explore';

/** The page's Content-Security-Policy (staticAssets.ts pagePolicy): our own origin only. */
export const EXPLORER_CSP = pagePolicy();

export type ExplorerAsset = StaticAsset;

export interface ExplorerOptions {
  /** Folder holding index.html, explorer.js and explorer.css; default `<packageRoot>/explorer`. */
  assetDir?: string;
  /** Path of cytoscape.min.js; default resolved from node_modules. */
  cytoscapePath?: string;
}

/** The route table: URL path → file, content type and caching policy. Pure apart from path resolution. */
export function explorerAssets(options: ExplorerOptions = {}): ReadonlyMap<string, ExplorerAsset> {
  const dir = options.assetDir ?? path.join(packageRoot, 'explorer');
  const index: ExplorerAsset = { file: path.join(dir, 'index.html'), contentType: HTML, cacheControl: NO_CACHE };
  return new Map<string, ExplorerAsset>([
    [EXPLORER_PATH, index],
    [`${EXPLORER_PATH}/`, index],
    [`${EXPLORER_PATH}/explorer.js`, { file: path.join(dir, 'explorer.js'), contentType: JS, cacheControl: NO_CACHE }],
    [`${EXPLORER_PATH}/explorer.css`, { file: path.join(dir, 'explorer.css'), contentType: CSS, cacheControl: NO_CACHE }],
    [
      `${EXPLORER_PATH}/vendor/cytoscape.min.js`,
      { file: options.cytoscapePath ?? packageFile('cytoscape', 'dist/cytoscape.min.js'), contentType: JS, cacheControl: VENDOR_CACHE },
    ],
  ]);
}

/** Builds an explorer handler with its own asset cache. */
export function createExplorerHandler(options: ExplorerOptions = {}): AssetHandler {
  return createAssetHandler('explorer', () => explorerAssets(options), EXPLORER_CSP);
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
