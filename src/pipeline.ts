/**
 * The one place where the stages meet: sources → extraction/resolution → store.
 */
import { NewsgraphError, toNewsgraphError } from './errors.js';
import type { Article, ArticleExtraction, ArticleGraph, GraphStats, UpsertResult, UpsertStatus } from './model/types.js';
import type { WorkCounter } from './extraction/WorkCounter.js';
import { buildArticleExtraction } from './resolution/buildArticleExtraction.js';
import { toArticleGraph } from './resolution/toArticleGraph.js';
import { readSources } from './sources/readSources.js';
import { parseArticleText } from './sources/parseArticleText.js';
import type { GraphStore } from './store/GraphStore.js';
import { ExtractionPool } from './ingest/ExtractionPool.js';
import { mapInOrder } from './ingest/mapInOrder.js';

export interface PipelineOptions {
  /** Drop relations below this confidence (0 … 1). */
  minConfidence?: number;
  stdin?: NodeJS.ReadableStream;
  /** Largest accepted article file / NDJSON line / stdin in bytes (default limits.ts). */
  maxArticleBytes?: number;
  /** Called with each article read, before its extraction starts (progress display). */
  onArticle?: (article: Article) => void;
  /** Counts the work of extraction's hot loops (linearity tests and benchmarks). */
  work?: WorkCounter;
}

export interface Failure {
  source: string;
  code: string;
  message: string;
}

export type ExtractionResult = { ok: true; extraction: ArticleExtraction } | { ok: false; failure: Failure };

function failureOf(error: unknown, fallbackSource: string): Failure {
  const e = toNewsgraphError(error);
  const source = typeof e.details.source === 'string' ? e.details.source : fallbackSource;
  return { source, code: e.code, message: e.message };
}

/** Extracts one cleaned article; errors become NewsgraphErrors naming the article. */
export function extractArticle(article: Article, options: PipelineOptions = {}): ArticleExtraction {
  try {
    return buildArticleExtraction(article, { minConfidence: options.minConfidence ?? 0, ...(options.work ? { work: options.work } : {}) });
  } catch (error) {
    if (error instanceof NewsgraphError) throw error;
    throw new NewsgraphError(
      'EXTRACTION_ERROR',
      `extraction failed for ${article.source}: ${error instanceof Error ? error.message : String(error)}`,
      { source: article.source },
      { cause: error },
    );
  }
}

function sourceOptionsOf(options: PipelineOptions): { stdin?: NodeJS.ReadableStream; maxBytes?: number } {
  return {
    ...(options.stdin ? { stdin: options.stdin } : {}),
    ...(options.maxArticleBytes !== undefined ? { maxBytes: options.maxArticleBytes } : {}),
  };
}

/** Reads every input and extracts each article; bad inputs yield failures, the rest go on. */
export async function* extractSources(inputs: string[], options: PipelineOptions = {}): AsyncGenerator<ExtractionResult> {
  for await (const result of readSources(inputs, sourceOptionsOf(options))) {
    if (!result.ok) {
      yield { ok: false, failure: failureOf(result.error, 'input') };
      continue;
    }
    options.onArticle?.(result.article);
    try {
      yield { ok: true, extraction: extractArticle(result.article, options) };
    } catch (error) {
      yield { ok: false, failure: failureOf(error, result.article.source) };
    }
  }
}

export interface IngestProgress {
  done: number;
  failed: number;
  current: string;
}

/** What happened to one article, reported once its batch is committed (or has failed). */
export interface ArticleReport {
  /** Article id; null when the input failed before an id was known. */
  id: string | null;
  source: string;
  status: UpsertStatus | 'failed';
  /** Error code when status is 'failed'. */
  code?: string;
}

export interface IngestOptions extends PipelineOptions {
  /** Articles per store write (one transaction each). */
  batchSize?: number;
  onProgress?: (progress: IngestProgress) => void;
  /**
   * Called after each store write with one report per article of the batch: stored
   * articles only after the transaction committed; failed inputs and failed batches too.
   * May return a promise (e.g. an fsync'ed report file); ingest waits for it.
   */
  onReport?: (reports: ArticleReport[]) => void | Promise<void>;
  /**
   * Extraction workers (default 1 = extract on this thread). With N > 1, N child processes
   * (ExtractionPool: each loads the model once) extract and build article graphs; this thread
   * reads the sources and writes batches to the store in input order, so results equal
   * workers = 1.
   */
  workers?: number;
}

type GraphResult = { ok: true; graph: ArticleGraph } | { ok: false; failure: Failure };

/** Article graphs (or failures) in input order, extracted here or in a worker pool. */
async function* graphResults(inputs: string[], options: IngestOptions): AsyncGenerator<GraphResult> {
  const workers = options.workers ?? 1;
  if (workers <= 1) {
    for await (const r of extractSources(inputs, options)) yield r.ok ? { ok: true, graph: toArticleGraph(r.extraction) } : r;
    return;
  }
  const pool = ExtractionPool.start(workers, { minConfidence: options.minConfidence ?? 0 });
  try {
    yield* mapInOrder(
      readSources(inputs, sourceOptionsOf(options)),
      async (r): Promise<GraphResult> => {
        if (!r.ok) return { ok: false, failure: failureOf(r.error, 'input') };
        options.onArticle?.(r.article);
        return pool.extract(r.article);
      },
      workers * 4,
    );
  } finally {
    await pool.close();
  }
}

export interface IngestSummary {
  /** Articles written by this run (created + updated + unchanged). */
  articles: number;
  created: number;
  updated: number;
  unchanged: number;
  /**
   * Distinct totals in the whole store after the run (what `stats` prints): an entity or fact
   * that several articles mention counts once. Null when the store could not be counted.
   */
  store: GraphStats | null;
  failures: Failure[];
}

/**
 * Reads, extracts and stores articles in batches. A failed article (bad input, extraction
 * error, or a failed store write of its batch) is reported in `failures`; others continue.
 */
export async function ingestSources(store: GraphStore, inputs: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const batchSize = Math.max(1, options.batchSize ?? 50);
  const summary: IngestSummary = { articles: 0, created: 0, updated: 0, unchanged: 0, store: null, failures: [] };
  const counts: Record<UpsertStatus, number> = { created: 0, updated: 0, unchanged: 0 };
  let batch: ArticleGraph[] = [];
  let done = 0;

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const graphs = batch;
    batch = [];
    let reports: ArticleReport[];
    try {
      const results = await store.upsertArticles(graphs);
      for (const r of results) counts[r.status]++;
      summary.articles += graphs.length;
      reports = graphs.map((g, i) => ({ id: g.article.id, source: g.article.source, status: results[i]?.status ?? 'created' }));
    } catch (error) {
      const e = toNewsgraphError(error);
      for (const g of graphs) summary.failures.push({ source: g.article.source, code: e.code, message: `not stored: ${e.message}` });
      reports = graphs.map((g) => ({ id: g.article.id, source: g.article.source, status: 'failed', code: e.code }));
    }
    await options.onReport?.(reports);
  };

  for await (const result of graphResults(inputs, options)) {
    done++;
    if (!result.ok) {
      summary.failures.push(result.failure);
      options.onProgress?.({ done, failed: summary.failures.length, current: result.failure.source });
      await options.onReport?.([{ id: null, source: result.failure.source, status: 'failed', code: result.failure.code }]);
      continue;
    }
    batch.push(result.graph);
    options.onProgress?.({ done, failed: summary.failures.length, current: result.graph.article.source });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  summary.created = counts.created;
  summary.updated = counts.updated;
  summary.unchanged = counts.unchanged;
  summary.store = await store.stats().catch(() => null);
  return summary;
}

/** One article given as text (e.g. by the GraphQL `ingestArticle` mutation). */
export interface ArticleTextInput {
  text: string;
  /** null/absent: detect a headline. */
  title?: string | null;
  /** ISO date; null/absent: use a date marker in the text, if any. */
  publishedAt?: string | null;
  /** Default `api`. */
  source?: string | null;
  /** Default: derived from the cleaned text. */
  id?: string | null;
}

/**
 * Builds the ingest function the GraphQL server gets: clean the text (parseArticleText),
 * extract, resolve to an ArticleGraph and upsert it (one atomic store write).
 */
export interface ArticleIngesterOptions extends PipelineOptions {
  /**
   * Extracts one article into its graph off this thread (BackgroundExtractor), so a server
   * stays responsive during long extractions; default: extract here, synchronously.
   */
  extract?: (article: Article) => Promise<ArticleGraph>;
}

export function makeArticleIngester(store: GraphStore, options: ArticleIngesterOptions = {}): (input: ArticleTextInput) => Promise<UpsertResult> {
  return async (input) => {
    const source = input.source ?? 'api';
    const article = parseArticleText(input.text, source, {
      ...(input.id ? { id: input.id } : {}),
      ...(input.title ? { title: input.title } : {}),
      ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}),
    });
    const graph = options.extract ? await options.extract(article) : toArticleGraph(extractArticle(article, options));
    const [result] = await store.upsertArticles([graph]);
    if (!result) throw new NewsgraphError('STORE_ERROR', `expected one upsert result for article ${JSON.stringify(graph.article.id)}, found none`);
    return result;
  };
}
