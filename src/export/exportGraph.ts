/**
 * The export format registry, used by `newsgraph export` and by any other front end (an HTTP
 * `/export` endpoint): `exportGraph(store, format, out, selection)`.
 */
import { UsageError } from '../errors.js';
import type { GraphStore } from '../store/GraphStore.js';
import { writeCsvFiles, type CsvOptions } from './exportCsv.js';
import { exportCypher } from './exportCypher.js';
import { exportGexf } from './exportGexf.js';
import { exportGraphml } from './exportGraphml.js';
import { exportJson } from './exportJson.js';
import { exportJsonld } from './exportJsonld.js';
import { exportNdjson } from './exportNdjson.js';
import type { ExportSummary } from './exportSummary.js';
import type { GraphSelection } from './GraphSelection.js';

export const EXPORT_FORMATS = ['json', 'ndjson', 'csv', 'graphml', 'gexf', 'cypher', 'jsonld'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

type StreamExporter = (store: GraphStore, out: NodeJS.WritableStream, selection: GraphSelection) => Promise<ExportSummary>;

export interface ExportFormatInfo {
  format: ExportFormat;
  /** One line for help texts. */
  description: string;
  /** `stream`: one document to a writable stream; `directory`: several files in a directory. */
  target: 'stream' | 'directory';
  mediaType: string;
  extension: string;
}

interface FormatEntry extends ExportFormatInfo {
  run?: StreamExporter;
}

const FORMATS: Readonly<Record<ExportFormat, FormatEntry>> = {
  json: { format: 'json', target: 'stream', mediaType: 'application/json', extension: 'json', description: 'the extraction output contract, one entry per article', run: exportJson },
  ndjson: { format: 'ndjson', target: 'stream', mediaType: 'application/x-ndjson', extension: 'ndjson', description: 'one fact per line with subject/object names and types and evidence', run: exportNdjson },
  csv: { format: 'csv', target: 'directory', mediaType: 'text/csv', extension: 'csv', description: 'entities/articles/mentions/relationships CSV files for neo4j-admin database import' },
  graphml: { format: 'graphml', target: 'stream', mediaType: 'application/graphml+xml', extension: 'graphml', description: 'GraphML with typed attributes (Gephi, yEd, networkx, Cytoscape)', run: exportGraphml },
  gexf: { format: 'gexf', target: 'stream', mediaType: 'application/gexf+xml', extension: 'gexf', description: 'GEXF 1.3 with attribute declarations (Gephi)', run: exportGexf },
  cypher: { format: 'cypher', target: 'stream', mediaType: 'application/x-cypher-query', extension: 'cypher', description: 'a self-contained Cypher script for cypher-shell -f that recreates the graph', run: exportCypher },
  jsonld: { format: 'jsonld', target: 'stream', mediaType: 'application/ld+json', extension: 'jsonld', description: 'JSON-LD with schema.org types; each fact a schema:Claim with its evidence', run: exportJsonld },
};

export function exportFormatInfo(format: ExportFormat): ExportFormatInfo {
  const { run: _run, ...info } = FORMATS[format];
  return info;
}

/** Where an export goes: a writable stream, or a directory for multi-file formats (csv). */
export type ExportTarget = NodeJS.WritableStream | { dir: string };

function isDirTarget(target: ExportTarget): target is { dir: string } {
  return typeof (target as { dir?: unknown }).dir === 'string';
}

/**
 * Exports the selected part of the graph in `format`. Stream formats need a writable stream
 * (which is not ended); `csv` needs `{ dir }`. Throws UsageError for an unknown format or a
 * target of the wrong kind, QueryError for a bad selection or a missing start entity.
 */
export interface ExportOptions {
  /** CSV cell dialect (csv only): `spreadsheet` (default, formula cells neutralised) or `neo4j-admin` (verbatim). */
  csvDialect?: CsvOptions['dialect'];
}

export async function exportGraph(
  store: GraphStore,
  format: string,
  out: ExportTarget,
  selection: GraphSelection = {},
  options: ExportOptions = {},
): Promise<ExportSummary> {
  if (!isExportFormat(format)) throw new UsageError(`export: expected a format among ${EXPORT_FORMATS.join(', ')}, found ${JSON.stringify(format)}`);
  const entry = FORMATS[format];
  if (entry.target === 'directory') {
    if (!isDirTarget(out)) throw new UsageError(`export --format ${format}: expected an output directory, found a stream`);
    return (await writeCsvFiles(store, out.dir, selection, options.csvDialect ? { dialect: options.csvDialect } : {})).summary;
  }
  if (isDirTarget(out) || !entry.run) throw new UsageError(`export --format ${format}: expected an output stream or file, found a directory target`);
  return entry.run(store, out, selection);
}
