/**
 * One article → its ArticleGraph, or a failure naming the article: the unit of work of an
 * extraction worker (and of the single-threaded path, so both give identical results).
 */
import { toNewsgraphError } from '../errors.js';
import type { Article, ArticleGraph } from '../model/types.js';
import { extractArticle } from '../pipeline.js';
import { toArticleGraph } from '../resolution/toArticleGraph.js';
import type { WorkerFailure } from './messages.js';

export type GraphOutcome = { ok: true; graph: ArticleGraph } | { ok: false; failure: WorkerFailure };

export function extractGraph(article: Article, minConfidence: number): GraphOutcome {
  try {
    return { ok: true, graph: toArticleGraph(extractArticle(article, { minConfidence })) };
  } catch (error) {
    const e = toNewsgraphError(error);
    const source = typeof e.details.source === 'string' ? e.details.source : article.source;
    return { ok: false, failure: { source, code: e.code, message: e.message } };
  }
}
