import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { NewsgraphError, UsageError } from '../errors.js';
import { CSV_DIALECTS, DEFAULT_CSV_DIALECT, isCsvDialect } from '../export/csv.js';
import { EXPORT_FORMATS, exportFormatInfo, exportGraph, isExportFormat } from '../export/exportGraph.js';
import type { ExportSummary } from '../export/exportSummary.js';
import { parseSelection, type GraphSelection, type SelectionInput } from '../export/GraphSelection.js';
import { MAX_DEPTH } from '../store/GraphStore.js';
import { requireExistingStore } from './dataDir.js';
import { configFrom, parseCommand, READ_STORE_FLAGS, storeHelp, withStore, type CommandSpec } from './common.js';
import { line, type CliIO } from './io.js';

const SELECTION_FLAGS = ['entity', 'depth', 'predicate', 'type', 'since', 'until', 'min-confidence'] as const;

export const exportSpec: CommandSpec = {
  name: 'export',
  usage: `Usage: newsgraph export --format ${EXPORT_FORMATS.join('|')} [--out PATH] [selection] [--data DIR] [--store embedded|neo4j]

Exports the stored graph, or a selected part of it.
${EXPORT_FORMATS.map((f) => `  ${f.padEnd(8)} ${exportFormatInfo(f).description}`).join('\n')}

Options:
  --format F             one of ${EXPORT_FORMATS.join(', ')}
  --out PATH             output file (default stdout); for csv the output directory (required)
  --csv-dialect D        csv only: ${CSV_DIALECTS.join(' or ')} (default ${DEFAULT_CSV_DIALECT}).
                         spreadsheet prefixes ' to cells starting with = + - @ TAB CR so
                         spreadsheet programs cannot run them as formulas; neo4j-admin keeps
                         every value verbatim — use it for neo4j-admin database import

Selection (combine freely; without --entity the export streams in constant memory):
  --entity NAME          an entity (name or alias) and its neighbourhood
  --depth N              neighbourhood depth with --entity, 1 to ${MAX_DEPTH} (default 1)
  --predicate P[,P…]     only facts with these predicates (e.g. MET,VISITED)
  --type T[,T…]          only entities of these types; facts kept when both ends match
  --since DATE           only articles published on or after DATE (YYYY-MM-DD)
  --until DATE           only articles published on or before DATE (YYYY-MM-DD)
  --min-confidence X     only facts with confidence ≥ X (0 to 1)
  With --predicate or --min-confidence, entities without a selected fact are left out.

${storeHelp(READ_STORE_FLAGS)}`,
  flags: { values: [...READ_STORE_FLAGS, 'format', 'out', 'csv-dialect', ...SELECTION_FLAGS], switches: [] },
};

function stringFlag(flags: Record<string, string | boolean>, name: string): string | undefined {
  const v = flags[name];
  return typeof v === 'string' ? v : undefined;
}

function selectionFrom(flags: Record<string, string | boolean>): GraphSelection {
  const input: SelectionInput = {
    entity: stringFlag(flags, 'entity'),
    depth: stringFlag(flags, 'depth'),
    predicate: stringFlag(flags, 'predicate'),
    type: stringFlag(flags, 'type'),
    since: stringFlag(flags, 'since'),
    until: stringFlag(flags, 'until'),
    minConfidence: stringFlag(flags, 'min-confidence'),
  };
  try {
    return parseSelection(input);
  } catch (error) {
    if (error instanceof NewsgraphError && error.code === 'BAD_USER_INPUT') {
      const message = error.message.replace(/^minConfidence:/, 'min-confidence:').replace(/^([a-z/-]+):/, (m) => `--${m.slice(0, -1).replace('/', '/--')}:`);
      throw new UsageError(`newsgraph export: ${message}`);
    }
    throw error;
  }
}

/** Writes a stream export to `file` via a temporary file, renamed only on success. */
async function exportToFile(run: (out: NodeJS.WritableStream) => Promise<ExportSummary>, file: string): Promise<ExportSummary> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.partial-${process.pid}`;
  const stream = createWriteStream(tmp, { encoding: 'utf8' });
  try {
    const summary = await run(stream);
    stream.end();
    await once(stream, 'finish');
    await rename(tmp, file);
    return summary;
  } catch (error) {
    stream.destroy();
    await rm(tmp, { force: true });
    throw error;
  }
}

export async function exportCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseCommand(exportSpec, argv, io);
  if (!args) return 0;
  const format = args.flags.format;
  const out = stringFlag(args.flags, 'out');
  if (!isExportFormat(format)) {
    throw new UsageError(
      `newsgraph export: --format expects one of ${EXPORT_FORMATS.join(', ')}, found ${format === undefined ? 'none' : JSON.stringify(format)}`,
    );
  }
  const info = exportFormatInfo(format);
  if (info.target === 'directory' && !out) throw new UsageError(`newsgraph export --format ${format}: expected --out DIR for the ${format} files, found none`);
  const dialect = args.flags['csv-dialect'];
  if (dialect !== undefined && !isCsvDialect(dialect)) {
    throw new UsageError(`newsgraph export: --csv-dialect expects one of ${CSV_DIALECTS.join(', ')}, found ${JSON.stringify(dialect)}`);
  }
  if (dialect !== undefined && format !== 'csv') throw new UsageError(`newsgraph export: --csv-dialect expects --format csv, found --format ${format}`);
  const selection = selectionFrom(args.flags);
  const config = configFrom(args, io);
  requireExistingStore(config, 'export');
  await withStore(config, async (store) => {
    let summary: ExportSummary;
    if (info.target === 'directory') summary = await exportGraph(store, format, { dir: out! }, selection, dialect ? { csvDialect: dialect } : {});
    else if (!out) summary = await exportGraph(store, format, io.stdout, selection);
    else summary = await exportToFile((stream) => exportGraph(store, format, stream, selection), out);
    if (summary.truncated) line(io.stderr, `warning: the neighbourhood of ${JSON.stringify(selection.entity)} was cut at its size limit; some entities are missing`);
    if (out) line(io.stderr, `wrote ${summary.entities} entities, ${summary.facts} facts to ${out}`);
  }, { readOnly: true });
  return 0;
}
