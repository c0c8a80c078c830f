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

export type ExtractResponse = { id: number; ok: true; graph: ArticleGraph } | { id: number; ok: false; failure: WorkerFailure };
