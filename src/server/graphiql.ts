/**
 * The GraphQL IDE: a browser GET of /graphql (Accept: text/html) opens GraphiQL, served from
 * the installed packages (graphiql's prebuilt bundle, React 18's UMD builds) and our own small
 * start script; no CDN, no network. It opens pre-filled with example queries over the data
 * the server holds (src/graphql/exampleQueries.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { exampleDocument, findExampleQueries } from '../graphql/exampleQueries.js';
import { packageRoot } from '../paths.js';
import type { GraphStore } from '../store/GraphStore.js';
import { createAssetHandler, CSS, HTML, JS, NO_CACHE, packageFile, pagePolicy, refuseNonGet, setSecurityHeaders, VENDOR_CACHE, type StaticAsset } from './staticAssets.js';

export const IDE_ASSET_PATH = '/graphql/ide';

/**
 * Everything from our own origin, no inline scripts or styles (the page's configuration is a
 * JSON data block, never executed; GraphiQL positions its elements through the CSSOM, which the
 * policy allows). GraphiQL's stylesheet embeds its fonts as data: URLs.
 */
export const IDE_CSP = pagePolicy(["font-src 'self' data:"]);

/** The IDE's files: our start script and style, and the vendor bundles from node_modules. */
export function ideAssets(dir: string = path.join(packageRoot, 'ide')): ReadonlyMap<string, StaticAsset> {
  const vendor = (pkg: string, file: string, contentType: string): StaticAsset => ({ file: packageFile(pkg, file), contentType, cacheControl: VENDOR_CACHE });
  return new Map<string, StaticAsset>([
    [`${IDE_ASSET_PATH}/ide.js`, { file: path.join(dir, 'ide.js'), contentType: JS, cacheControl: NO_CACHE }],
    [`${IDE_ASSET_PATH}/ide.css`, { file: path.join(dir, 'ide.css'), contentType: CSS, cacheControl: NO_CACHE }],
    [`${IDE_ASSET_PATH}/vendor/react.production.min.js`, vendor('react', 'umd/react.production.min.js', JS)],
    [`${IDE_ASSET_PATH}/vendor/react-dom.production.min.js`, vendor('react-dom', 'umd/react-dom.production.min.js', JS)],
    [`${IDE_ASSET_PATH}/vendor/graphiql.min.js`, vendor('graphiql', 'graphiql.min.js', JS)],
    [`${IDE_ASSET_PATH}/vendor/graphiql.min.css`, vendor('graphiql', 'graphiql.min.css', CSS)],
  ]);
}

/** True for a browser asking for a page: GET/HEAD whose Accept names text/html. */
export function wantsIdePage(req: IncomingMessage): boolean {
  const method = (req.method ?? 'GET').toUpperCase();
  const accept = String(req.headers.accept ?? '').toLowerCase();
  return (method === 'GET' || method === 'HEAD') && accept.includes('text/html');
}

/** JSON that is safe inside a `<script type="application/json">` block. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The IDE page; `query` is the document the editor opens with. */
export function idePage(endpoint: string, query: string): string {
  const assets = IDE_ASSET_PATH;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsgraph · GraphQL IDE</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${assets}/vendor/graphiql.min.css">
<link rel="stylesheet" href="${assets}/ide.css">
<script id="newsgraph-ide-config" type="application/json">${scriptJson({ endpoint, query })}</script>
<script src="${assets}/vendor/react.production.min.js" defer></script>
<script src="${assets}/vendor/react-dom.production.min.js" defer></script>
<script src="${assets}/vendor/graphiql.min.js" defer></script>
<script src="${assets}/ide.js" defer></script>
</head>
<body>
<div id="graphiql" class="ide-root"><p class="ide-loading">Loading the GraphQL IDE…</p></div>
</body>
</html>
`;
}

/** The document the IDE opens with: examples that return data from `store`. */
export async function ideDocument(store: GraphStore, endpoint: string): Promise<string> {
  const stats = await store.stats();
  const header = [
    `newsgraph GraphQL IDE: ${stats.articles} articles, ${stats.entities} entities, ${stats.relations} relations`,
    `store: ${store.description}; endpoint: POST ${endpoint}`,
    '▶ (Ctrl-Enter) runs the query; the book icon opens the schema docs.',
    'Unknown entity names answer NOT_FOUND; unknown ids give null.',
    'Mutations: {"Authorization": "Bearer <NEWSGRAPH_API_TOKEN>"} in Headers.',
    ...(stats.articles === 0 ? ['The store is empty: ingest articles (newsgraph ingest or the', 'ingestArticle mutation), then reload this page.'] : []),
  ];
  return exampleDocument(stats.articles === 0 ? [] : await findExampleQueries(store), header);
}

const assetHandler = createAssetHandler('GraphQL IDE', () => ideAssets(), IDE_CSP);

/**
 * Serves the IDE page on a browser GET of `graphqlPath` and its assets under /graphql/ide/;
 * resolves to false (request untouched) for anything else, e.g. GraphQL requests.
 */
export async function handleIdeRequest(req: IncomingMessage, res: ServerResponse, store: GraphStore, graphqlPath: string): Promise<boolean> {
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (pathname.startsWith(`${IDE_ASSET_PATH}/`)) return assetHandler(req, res);
  if (pathname !== graphqlPath || !wantsIdePage(req)) return false;
  setSecurityHeaders(res, IDE_CSP);
  if (refuseNonGet(req, res, pathname)) return true;
  const html = idePage(graphqlPath, await ideDocument(store, graphqlPath));
  res.statusCode = 200;
  res.setHeader('Content-Type', HTML);
  res.setHeader('Cache-Control', NO_CACHE);
  res.setHeader('Vary', 'Accept');
  res.setHeader('Content-Length', Buffer.byteLength(html));
  res.end((req.method ?? 'GET').toUpperCase() === 'HEAD' ? undefined : html);
  return true;
}
