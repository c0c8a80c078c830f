import type { UpsertResult } from '../model/types.js';
import type { GraphStore } from '../store/GraphStore.js';
import { createLoaders, type Loaders } from './loaders.js';

/** An article sent to `ingestArticle` (validated by the resolver). */
export interface IngestInput {
  text: string;
  title?: string | null;
  publishedAt?: string | null;
  source?: string | null;
  id?: string | null;
}

/** Extracts and stores one article (built by `makeArticleIngester` in src/pipeline.ts). */
export type ArticleIngester = (input: IngestInput) => Promise<UpsertResult>;

/** Whether this request may run mutations. */
export type MutationAccess =
  | { kind: 'allowed' }
  | { kind: 'disabled' }
  | { kind: 'missing' }
  | { kind: 'invalid' };

/** What every resolver receives: the store port and this request's loaders. */
export interface GraphQLContext {
  store: GraphStore;
  loaders: Loaders;
  /** Mutation access of this request (from the bearer token); default disabled. */
  access: MutationAccess;
  /** Present when the server can ingest articles. */
  ingest?: ArticleIngester;
  /** Longest accepted `ingestArticle` text, in characters. */
  maxIngestChars: number;
}

/** Default longest `ingestArticle` text. */
export const DEFAULT_MAX_INGEST_CHARS = 500_000;

export interface ContextOptions {
  access?: MutationAccess;
  ingest?: ArticleIngester;
  maxIngestChars?: number;
}

/** A fresh context per request (loaders cache only within one request). */
export function createContext(store: GraphStore, options: ContextOptions = {}): GraphQLContext {
  return {
    store,
    loaders: createLoaders(store),
    access: options.access ?? { kind: 'disabled' },
    ...(options.ingest ? { ingest: options.ingest } : {}),
    maxIngestChars: options.maxIngestChars ?? DEFAULT_MAX_INGEST_CHARS,
  };
}
