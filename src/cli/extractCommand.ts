import { UsageError } from '../errors.js';
import type { Article, ArticleExtraction } from '../model/types.js';
import { extractSources } from '../pipeline.js';
import { writeChunk } from '../export/writeChunks.js';
import { configFrom, parseCommand, requirePositionals, type CommandSpec } from './common.js';
import { failureLine } from './failureLine.js';
import { line, type CliIO } from './io.js';
import { progressLine } from './progressLine.js';

export const extractSpec: CommandSpec = {
  name: 'extract',
  usage: `Usage: newsgraph extract <paths…> [--format json|ndjson] [--min-confidence X]

Reads articles (.txt .md .html files, directories, .ndjson/.jsonl, or - for stdin),
extracts entities and relations with evidence, and writes them to stdout (progress on
stderr when it is a terminal):
  json    {"articles":[…]} — the extraction output contract (default)
  ndjson  one article object per line

Options:
  --format F            json (default) or ndjson
  --min-confidence X    drop relations with confidence below X (0 … 1)
  --help                this text`,
  flags: { values: ['format', 'min-confidence'], switches: [] },
};

export async function extractCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseCommand(extractSpec, argv, io);
  if (!args) return 0;
  const inputs = requirePositionals(args, 'extract', 'one or more paths (files, directories or -)');
  const format = (args.flags.format as string | undefined) ?? 'json';
  if (format !== 'json' && format !== 'ndjson') {
    throw new UsageError(`newsgraph extract: --format expects json or ndjson, found ${JSON.stringify(format)}`);
  }
  const config = configFrom(args, io);
  let failed = 0;
  let count = 0;
  const progress = progressLine(io, 'extract');
  const onArticle = (article: Article): void => progress.working(article.source, article.text.length);
  if (format === 'json') await writeChunk(io.stdout, '{"articles":[');
  for await (const result of extractSources(inputs, { minConfidence: config.minConfidence, stdin: io.stdin, onArticle })) {
    progress.finished(!result.ok);
    if (!result.ok) {
      failed++;
      progress.clear();
      line(io.stderr, failureLine(result.failure));
      continue;
    }
    const item: ArticleExtraction = result.extraction;
    if (format === 'json') await writeChunk(io.stdout, `${count === 0 ? '' : ','}\n${JSON.stringify(item)}`);
    else await writeChunk(io.stdout, `${JSON.stringify(item)}\n`);
    count++;
  }
  progress.clear();
  if (format === 'json') await writeChunk(io.stdout, '\n]}\n');
  if (failed > 0) {
    line(io.stderr, `extract: ${count} article(s) extracted, ${failed} failed`);
    return 1;
  }
  return 0;
}
