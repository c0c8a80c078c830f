import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseIntInRange } from '../config.js';
import { UsageError } from '../errors.js';
import { MAX_WORKERS, usefulWorkers } from '../ingest/ExtractionPool.js';
import type { GraphStats } from '../model/types.js';
import { ingestSources, type ArticleReport, type IngestSummary } from '../pipeline.js';
import { configFrom, parseCommand, requirePositionals, STORE_FLAGS, STORE_HELP, withStore, type CommandSpec } from './common.js';
import { failureLine } from './failureLine.js';
import { line, type CliIO } from './io.js';
import { progressLine } from './progressLine.js';

export const ingestSpec: CommandSpec = {
  name: 'ingest',
  usage: `Usage: newsgraph ingest <paths…> [--data DIR] [--store embedded|neo4j] [--min-confidence X] [--report FILE] [--workers N]

Reads articles, extracts entities and relations and stores them. Re-ingesting an unchanged
article is a no-op; a changed article (same id) replaces its facts. Bad inputs are reported
with file and line; the others are still stored; the exit code is 1 when any failed.
Shows progress on stderr when it is a terminal; the summary counts the store's distinct totals.

Options:
  --min-confidence X    drop relations with confidence below X (0 … 1)
  --report FILE         append one JSON line per article ({"id","source","status"[,"code"]})
                        after each committed batch (status created|updated|unchanged|failed);
                        FILE - writes them to stdout before the summary
  --workers N           extraction worker processes (1 … ${MAX_WORKERS}, default 1; at most one
                        per CPU core); the store still receives the articles in input order
  --max-article-bytes N largest article file / NDJSON line / stdin (default 5 MiB,
                        env NEWSGRAPH_MAX_ARTICLE_BYTES)
${STORE_HELP}`,
  flags: { values: [...STORE_FLAGS, 'min-confidence', 'report', 'max-article-bytes', 'workers'], switches: [] },
};

export async function ingestCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseCommand(ingestSpec, argv, io);
  if (!args) return 0;
  const inputs = requirePositionals(args, 'ingest', 'one or more paths (files, directories or -)');
  const config = configFrom(args, io);
  const batchSize = config.neo4j?.batchSize ?? config.limits.batchSize;
  const workersRaw = args.flags.workers;
  if (workersRaw === true) throw new UsageError(`newsgraph ingest: --workers expects a whole number from 1 to ${MAX_WORKERS}, found none`);
  const requested = workersRaw === undefined || workersRaw === false ? 1 : parseIntInRange(workersRaw, '--workers', 1, MAX_WORKERS);
  const workers = usefulWorkers(requested, availableParallelism());
  const reportPath = args.flags.report;
  if (reportPath === true || reportPath === '') throw new UsageError('newsgraph ingest: --report expects a file path or -, found none');
  const report = typeof reportPath === 'string' ? openReport(reportPath, io) : null;
  const progress = progressLine(io, 'ingest');
  let failedSoFar = 0;
  const summary = await withStore(config, (store) =>
    ingestSources(store, inputs, {
      minConfidence: config.minConfidence,
      stdin: io.stdin,
      batchSize,
      workers,
      maxArticleBytes: config.limits.maxArticleBytes,
      ...(report ? { onReport: report.write } : {}),
      onArticle: (article) => progress.working(article.source, article.text.length),
      onProgress: (p) => {
        progress.finished(p.failed > failedSoFar);
        failedSoFar = p.failed;
      },
    }),
  ).finally(() => {
    report?.close();
    progress.clear();
  });
  return printIngestSummary(summary, io);
}

/** Prints each failure (stderr) and the summary line (stdout); returns the exit code (1 when any failed). */
export function printIngestSummary(summary: IngestSummary, io: Pick<CliIO, 'stdout' | 'stderr'>): number {
  for (const f of summary.failures) line(io.stderr, failureLine(f));
  line(
    io.stdout,
    `ingested ${summary.articles} article(s) (${summary.created} new, ${summary.updated} updated, ${summary.unchanged} unchanged); ` +
      `${storeTotals(summary.store)}; ${summary.failures.length} failed`,
  );
  return summary.failures.length > 0 ? 1 : 0;
}

/** The store's distinct totals after an ingest, as `stats` counts them. */
export function storeTotals(stats: GraphStats | null): string {
  if (!stats) return 'store totals unavailable';
  return `the store now holds ${stats.articles} articles, ${stats.entities} distinct entities, ${stats.relations} distinct relations`;
}

interface ReportSink {
  write: (reports: ArticleReport[]) => void;
  close: () => void;
}

/**
 * The --report sink: NDJSON lines appended to a file and fsync'ed after each batch (so a line
 * on disk means the batch was committed before it), or written to stdout for `-`.
 */
function openReport(target: string, io: CliIO): ReportSink {
  const lines = (reports: ArticleReport[]): string => reports.map((r) => `${JSON.stringify(r)}\n`).join('');
  if (target === '-') return { write: (reports) => void io.stdout.write(lines(reports)), close: () => {} };
  let fd: number;
  try {
    fd = openSync(target, 'a');
  } catch (error) {
    throw new UsageError(`newsgraph ingest: --report expects a writable file, found ${(error as Error).message}`);
  }
  let open = true;
  return {
    write(reports) {
      if (!open || reports.length === 0) return;
      writeSync(fd, lines(reports));
      fsyncSync(fd);
    },
    close() {
      if (!open) return;
      open = false;
      closeSync(fd);
    },
  };
}
