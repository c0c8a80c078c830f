/**
 * Resource limits of newsgraph in one place: their defaults, their bounds, and the parsing of
 * raw flag/environment values (src/config.ts decides which flag or variable a value comes
 * from). Pure: no environment reads. Documented in docs/limits-and-security.md.
 *
 * The GraphQL and HTTP layers keep their own default constants (MAX_QUERY_DEPTH in
 * graphql/depthLimitRule.ts, MAX_QUERY_COST in graphql/costLimitPlugin.ts,
 * DEFAULT_MAX_BODY_BYTES in server/readBody.ts); a test checks that they equal these.
 */
import { ConfigError } from './errors.js';

export interface Limits {
  /** Largest article file, NDJSON line or stdin input, in bytes; larger → INPUT_TOO_LARGE. */
  maxArticleBytes: number;
  /** Articles per store write transaction during ingest (1 … MAX_BATCH_SIZE). */
  batchSize: number;
  /** Deepest GraphQL selection nesting; deeper → LIMIT_EXCEEDED. */
  maxQueryDepth: number;
  /** Largest estimated GraphQL result size (fields × page sizes); larger → LIMIT_EXCEEDED. */
  maxQueryCost: number;
  /** Largest HTTP request body in bytes; larger → 413 INPUT_TOO_LARGE. */
  maxBodyBytes: number;
}

export type LimitName = keyof Limits;

export const MIB = 1024 * 1024;

/** Upper bound for `batchSize` (one LMDB / Neo4j transaction must stay reasonably small). */
export const MAX_BATCH_SIZE = 10_000;

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxArticleBytes: 5 * MIB,
  batchSize: 50,
  maxQueryDepth: 12,
  maxQueryCost: 100_000,
  maxBodyBytes: 1 * MIB,
});

/** Accepted range of each limit, inclusive. */
export const LIMIT_BOUNDS: Readonly<Record<LimitName, readonly [number, number]>> = Object.freeze({
  maxArticleBytes: [1, 1024 * MIB],
  batchSize: [1, MAX_BATCH_SIZE],
  maxQueryDepth: [1, 1_000],
  maxQueryCost: [1, 1_000_000_000],
  maxBodyBytes: [1, 1024 * MIB],
});

/** The command-line flag and environment variable of each limit (for config.ts, help and docs). */
export const LIMIT_SETTINGS: Readonly<Record<LimitName, { flag: string; env: string }>> = Object.freeze({
  maxArticleBytes: { flag: 'max-article-bytes', env: 'NEWSGRAPH_MAX_ARTICLE_BYTES' },
  batchSize: { flag: 'batch-size', env: 'NEWSGRAPH_BATCH_SIZE' },
  maxQueryDepth: { flag: 'max-query-depth', env: 'NEWSGRAPH_MAX_QUERY_DEPTH' },
  maxQueryCost: { flag: 'max-query-cost', env: 'NEWSGRAPH_MAX_QUERY_COST' },
  maxBodyBytes: { flag: 'max-body-bytes', env: 'NEWSGRAPH_MAX_BODY_BYTES' },
});

export const LIMIT_NAMES = Object.keys(DEFAULT_LIMITS) as LimitName[];

/**
 * Builds Limits from raw string values (undefined = default). Each value must be a whole
 * number inside LIMIT_BOUNDS; otherwise ConfigError naming the flag, the range and the value.
 */
export function resolveLimits(raw: Partial<Record<LimitName, string | undefined>> = {}): Limits {
  const out: Limits = { ...DEFAULT_LIMITS };
  for (const name of LIMIT_NAMES) {
    const value = raw[name];
    if (value === undefined) continue;
    const [min, max] = LIMIT_BOUNDS[name];
    const what = `--${LIMIT_SETTINGS[name].flag} (env ${LIMIT_SETTINGS[name].env})`;
    const n = /^\s*\d+\s*$/.test(value) ? Number.parseInt(value, 10) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      throw new ConfigError(`${what} expects a whole number from ${min} to ${max}, found ${JSON.stringify(value)}`, { limit: name });
    }
    out[name] = n;
  }
  return out;
}
