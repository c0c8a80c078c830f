/**
 * Extraction off the caller's thread, for servers: one extraction process (ExtractionPool of
 * size 1), started on first use and started again when it died (e.g. out of memory on a huge
 * article), so a long extraction never blocks the event loop that answers other requests.
 */
import { ERROR_CODES, NewsgraphError, type ErrorCode } from '../errors.js';
import type { Article, ArticleGraph } from '../model/types.js';
import { ExtractionPool } from './ExtractionPool.js';
import type { GraphOutcome } from './extractGraph.js';
import type { WorkerConfig } from './messages.js';

const isErrorCode = (code: string): code is ErrorCode => (ERROR_CODES as readonly string[]).includes(code);

export class BackgroundExtractor {
  private pool: ExtractionPool | null = null;
  private closed = false;

  constructor(private readonly config: WorkerConfig) {}

  /**
   * The article's graph, or the extraction's NewsgraphError. When the process died (before or
   * during this request) the article is tried once more in a new process; a second death is
   * reported as INTERNAL.
   */
  async extract(article: Article): Promise<ArticleGraph> {
    let outcome = await this.extractOnce(article);
    if (!outcome.ok && !this.closed && this.pool?.alive === false) outcome = await this.extractOnce(article);
    if (outcome.ok) return outcome.graph;
    const { code, message, source } = outcome.failure;
    throw new NewsgraphError(isErrorCode(code) ? code : 'INTERNAL', message, { source });
  }

  private async extractOnce(article: Article): Promise<GraphOutcome> {
    if (this.closed) throw new NewsgraphError('INTERNAL', `expected a running extractor for ${article.source}, found it closed`);
    if (this.pool && !this.pool.alive) {
      const dead = this.pool;
      this.pool = null;
      await dead.close();
    }
    this.pool ??= ExtractionPool.start(1, this.config);
    return this.pool.extract(article);
  }

  /** Stops the extraction process; extractions still running fail. */
  async close(): Promise<void> {
    this.closed = true;
    await this.pool?.close();
    this.pool = null;
  }
}
