/** Messages between the ingest main thread and its extraction workers (structured-cloned). */
import type { Article, ArticleGraph } from '../model/types.js';

export interface WorkerConfig {
  minConfidence: number;
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
 * thread already holds (the text is the largest part; it is not cloned a second time).
 */
export type GraphWithoutText = Omit<ArticleGraph, 'text'>;

export type ExtractResponse = { id: number; ok: true; graph: GraphWithoutText } | { id: number; ok: false; failure: WorkerFailure };
