/**
 * Configuration is parsed once, here, from command-line flags and the environment.
 * No other module reads process.env.
 */
import path from 'node:path';
import { ConfigError } from './errors.js';
import { LIMIT_NAMES, LIMIT_SETTINGS, resolveLimits, type LimitName, type Limits } from './limits.js';

export type StoreKind = 'embedded' | 'neo4j';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  /** Database name; undefined = the server's default database. */
  database: string | undefined;
  /** Articles per write transaction. */
  batchSize: number;
}

export interface Config {
  store: StoreKind;
  /** Data directory of the embedded store. */
  dataDir: string;
  neo4j: Neo4jConfig | null;
  host: string;
  port: number;
  /** Bearer token enabling mutations; null = mutations disabled. */
  apiToken: string | null;
  /** Allowed CORS origins; empty = CORS off. `*` allows any. */
  corsOrigins: string[];
  minConfidence: number;
  /** Resource limits (src/limits.ts), from --max-… flags / NEWSGRAPH_MAX_… variables. */
  limits: Limits;
}

export type Flags = Record<string, string | boolean | undefined>;
export type Env = Record<string, string | undefined>;

export const DEFAULT_DATA_DIR = path.join('data', 'newsgraph');
export const DEFAULT_PORT = 4000;

function flagString(flags: Flags, name: string): string | undefined {
  const v = flags[name];
  if (v === undefined || v === false) return undefined;
  if (v === true) throw new ConfigError(`--${name} expects a value, found none`);
  return v;
}

export function parseIntInRange(raw: string, what: string, min: number, max: number): number {
  if (!/^-?\d+$/.test(raw.trim())) throw new ConfigError(`${what} expects a whole number from ${min} to ${max}, found ${JSON.stringify(raw)}`);
  const n = Number.parseInt(raw, 10);
  if (n < min || n > max) throw new ConfigError(`${what} expects a whole number from ${min} to ${max}, found ${n}`);
  return n;
}

export function parseNumberInRange(raw: string, what: string, min: number, max: number): number {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
    throw new ConfigError(`${what} expects a number from ${min} to ${max}, found ${JSON.stringify(raw)}`);
  }
  return n;
}

/** Builds the Config from flags (which win) and environment variables. */
export function loadConfig(flags: Flags = {}, env: Env = {}): Config {
  const storeRaw = flagString(flags, 'store') ?? env.NEWSGRAPH_STORE ?? 'embedded';
  if (storeRaw !== 'embedded' && storeRaw !== 'neo4j') {
    throw new ConfigError(`--store expects "embedded" or "neo4j", found ${JSON.stringify(storeRaw)}`);
  }
  const uri = flagString(flags, 'neo4j-uri') ?? env.NEO4J_URI;
  let neo4j: Neo4jConfig | null = null;
  if (uri) {
    const batchRaw = flagString(flags, 'batch-size') ?? env.NEWSGRAPH_BATCH_SIZE ?? '50';
    neo4j = {
      uri,
      user: flagString(flags, 'neo4j-user') ?? env.NEO4J_USER ?? 'neo4j',
      password: flagString(flags, 'neo4j-password') ?? env.NEO4J_PASSWORD ?? '',
      database: flagString(flags, 'neo4j-database') ?? env.NEO4J_DATABASE ?? undefined,
      batchSize: parseIntInRange(batchRaw, '--batch-size', 1, 10_000),
    };
  }
  if (storeRaw === 'neo4j' && !neo4j) {
    throw new ConfigError('--store neo4j needs a server address: set NEO4J_URI (e.g. bolt://localhost:7687) or pass --neo4j-uri');
  }
  const portRaw = flagString(flags, 'port') ?? env.PORT ?? String(DEFAULT_PORT);
  const minConfRaw = flagString(flags, 'min-confidence') ?? '0';
  const rawLimits: Partial<Record<LimitName, string>> = {};
  for (const name of LIMIT_NAMES) {
    const raw = flagString(flags, LIMIT_SETTINGS[name].flag) ?? env[LIMIT_SETTINGS[name].env];
    if (raw !== undefined) rawLimits[name] = raw;
  }
  const limits = resolveLimits(rawLimits);
  const cors = flagString(flags, 'cors') ?? env.NEWSGRAPH_CORS_ORIGINS ?? '';
  return {
    store: storeRaw,
    dataDir: flagString(flags, 'data') ?? env.NEWSGRAPH_DATA ?? DEFAULT_DATA_DIR,
    neo4j,
    host: flagString(flags, 'host') ?? env.HOST ?? '127.0.0.1',
    port: parseIntInRange(portRaw, '--port', 0, 65_535),
    apiToken: env.NEWSGRAPH_API_TOKEN && env.NEWSGRAPH_API_TOKEN.length > 0 ? env.NEWSGRAPH_API_TOKEN : null,
    corsOrigins: cors.split(',').map((s) => s.trim()).filter(Boolean),
    minConfidence: parseNumberInRange(minConfRaw, '--min-confidence', 0, 1),
    limits,
  };
}
