import { DEFAULT_PORT } from '../config.js';
import { ConfigError, describeValue } from '../errors.js';
import { DEFAULT_MAX_INGEST_CHARS, type ArticleIngester } from '../graphql/context.js';
import type { GraphStore } from '../store/GraphStore.js';
import { DEFAULT_MAX_BODY_BYTES } from './readBody.js';

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

/** StartServerOptions with every default applied and every number checked. */
export interface ServerSettings {
  store: GraphStore;
  host: string;
  port: number;
  corsOrigins: string[];
  log: (line: string) => void;
  maxBodyBytes: number;
  requestTimeoutMs: number;
  apiToken: string | null;
  maxIngestChars: number;
  ingest: ArticleIngester | undefined;
}

/** Applies the defaults; a port, body limit or timeout out of range is a ConfigError. */
export function serverSettings(options: StartServerOptions): ServerSettings {
  const port = options.port ?? DEFAULT_PORT;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
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
  return {
    store: options.store,
    host: options.host ?? '127.0.0.1',
    port,
    corsOrigins: options.corsOrigins ?? [],
    log: options.log ?? (() => {}),
    maxBodyBytes,
    requestTimeoutMs,
    apiToken: options.apiToken ?? null,
    maxIngestChars: options.maxIngestChars ?? DEFAULT_MAX_INGEST_CHARS,
    ingest: options.ingest,
  };
}
