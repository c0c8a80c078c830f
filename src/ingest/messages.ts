/**
 * Messages between the ingest main process and its extraction processes: JSON over the
 * child-process channel (an ArticleGraph is plain JSON data; the store re-validates it).
 */
import { ConfigError, describeValue } from '../errors.js';
import type { Article, ArticleGraph } from '../model/types.js';

export interface WorkerConfig {
  minConfidence: number;
}

/** The WorkerConfig a child gets as its one argument (JSON). */
export function parseWorkerConfig(arg: string | undefined): WorkerConfig {
  let value: unknown;
  try {
    value = JSON.parse(arg ?? '');
  } catch {
    value = arg;
  }
  const minConfidence = typeof value === 'object' && value !== null && 'minConfidence' in value ? value.minConfidence : undefined;
  if (typeof minConfidence !== 'number') {
    throw new ConfigError(`extraction worker expects a JSON config {"minConfidence": <number>}, found ${describeValue(arg)}`);
  }
  return { minConfidence };
}

export interface ExtractRequest {
  id: number;
  article: Article;
}

export interface WorkerFailure {
  source: string;
  code: string;
  message: string;
}

/**
 * An article graph as a worker sends it back: without the article text, which the main
 * process already holds (it is not sent back).
 */
export type GraphWithoutText = Omit<ArticleGraph, 'text'>;

export type ExtractResponse = { id: number; ok: true; graph: GraphWithoutText } | { id: number; ok: false; failure: WorkerFailure };
