/**
 * `GET /export?format=F[&entity=…&depth=…&predicate=…&type=…&since=…&until=…&minConfidence=…]`:
 * the `newsgraph export` formats and selection, streamed with the format's content type.
 * csv writes several files, so it is refused with 400 (use `newsgraph export --format csv`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isNewsgraphError, toNewsgraphError, type ErrorCode } from '../errors.js';
import { EXPORT_FORMATS, exportFormatInfo, exportGraph, isExportFormat } from '../export/exportGraph.js';
import { parseSelection, type SelectionInput } from '../export/GraphSelection.js';
import type { GraphStore } from '../store/GraphStore.js';

export const EXPORT_PATH = '/export';

const SELECTION_PARAMS = ['entity', 'depth', 'predicate', 'type', 'since', 'until', 'minConfidence'] as const;
const KNOWN_PARAMS = new Set<string>(['format', ...SELECTION_PARAMS]);

export interface ExportError {
  status: number;
  code: ErrorCode;
  message: string;
}

function statusOf(code: ErrorCode): number {
  if (code === 'NOT_FOUND') return 404;
  if (code === 'BAD_USER_INPUT' || code === 'USAGE_ERROR' || code === 'LIMIT_EXCEEDED') return 400;
  if (code === 'STORE_UNAVAILABLE') return 503;
  return 500;
}

/** Streams an export, or returns the error to send when nothing was written yet. */
export async function handleExport(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  store: GraphStore,
  log: (line: string) => void,
): Promise<ExportError | null> {
  const format = url.searchParams.get('format') ?? '';
  if (!isExportFormat(format)) {
    return { status: 400, code: 'BAD_USER_INPUT', message: `format expects one of ${EXPORT_FORMATS.join(', ')}, found ${JSON.stringify(format)}` };
  }
  const info = exportFormatInfo(format);
  if (info.target !== 'stream') {
    return {
      status: 400,
      code: 'BAD_USER_INPUT',
      message: `format ${format} writes several files and is not served over HTTP; expected one of ${EXPORT_FORMATS.filter((f) => exportFormatInfo(f).target === 'stream').join(', ')} (use \`newsgraph export --format ${format} --out DIR\` for ${format})`,
    };
  }
  for (const name of url.searchParams.keys()) {
    if (!KNOWN_PARAMS.has(name)) {
      return { status: 400, code: 'BAD_USER_INPUT', message: `${url.pathname} expects parameters among ${[...KNOWN_PARAMS].join(', ')}, found ${JSON.stringify(name)}` };
    }
  }
  const input: SelectionInput = {};
  for (const name of SELECTION_PARAMS) {
    const v = url.searchParams.get(name);
    if (v !== null) input[name] = v;
  }
  let selection;
  try {
    selection = parseSelection(input);
  } catch (error) {
    const e = toNewsgraphError(error);
    return { status: statusOf(e.code), code: e.code, message: e.message };
  }
  res.statusCode = 200;
  res.setHeader('Content-Type', `${info.mediaType}; charset=utf-8`);
  res.setHeader('Content-Disposition', `attachment; filename="newsgraph.${info.extension}"`);
  res.setHeader('Cache-Control', 'no-store');
  let aborted = false;
  req.on('close', () => {
    if (!res.writableFinished) aborted = true;
  });
  try {
    await exportGraph(store, format, res, selection);
  } catch (error) {
    if (!res.headersSent) {
      res.removeHeader('Content-Disposition');
      const e = toNewsgraphError(error);
      if (!isNewsgraphError(error) || e.code === 'INTERNAL') log(`export failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return { status: statusOf(e.code), code: e.code, message: e.code === 'INTERNAL' ? 'internal error: see the server log' : e.message };
    }
    if (!aborted) log(`export failed after the response started: ${error instanceof Error ? error.message : String(error)}`);
    res.destroy();
    return null;
  }
  res.end();
  return null;
}
