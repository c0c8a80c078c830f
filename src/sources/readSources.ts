/**
 * Reads article inputs: files (.txt, .md, .markdown, .html, .htm), NDJSON (.ndjson,
 * .jsonl; one article per line, streamed), directories (recursive, hidden entries and
 * unsupported extensions skipped, sorted by path) and `-` for stdin (format sniffed).
 *
 * Per-input problems never throw: they come out as `{ ok: false, error }` and reading
 * continues with the next input (or the next NDJSON line).
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../model/types.js';
import { SourceError, describeValue } from '../errors.js';
import { decodeUtf8 } from './decodeUtf8.js';
import { htmlToText } from './htmlToText.js';
import { looksLikeNdjson, ndjsonLineToArticle } from './ndjsonLine.js';
import { parseArticleText } from './parseArticleText.js';

export type SourceResult = { ok: true; article: Article } | { ok: false; error: SourceError };

export interface ReadSourcesOptions {
  /** Stream read for the input `-` (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Largest accepted file (or NDJSON line, or stdin) in bytes; default 5 MiB. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.ndjson', '.jsonl'] as const;
export const STDIN_SOURCE = 'stdin';

type Kind = 'text' | 'markdown' | 'html' | 'ndjson';

function kindOf(file: string): Kind | null {
  switch (path.extname(file).toLowerCase()) {
    case '.txt':
      return 'text';
    case '.md':
    case '.markdown':
      return 'markdown';
    case '.html':
    case '.htm':
      return 'html';
    case '.ndjson':
    case '.jsonl':
      return 'ndjson';
    default:
      return null;
  }
}

const fail = (error: SourceError): SourceResult => ({ ok: false, error });

function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
}

function fsError(input: string, err: unknown): SourceError {
  const code = errnoCode(err);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new SourceError('SOURCE_NOT_FOUND', `${input}: expected an existing file, directory or "-", found no such path`, { source: input }, { cause: err });
  }
  const reason = err instanceof Error ? err.message : String(err);
  return new SourceError('BAD_INPUT', `${input}: expected a readable file or directory, found an error while reading (${reason})`, { source: input }, { cause: err });
}

/** Cleans decoded text of a known kind (not NDJSON) into one result. */
function articleFrom(text: string, source: string, kind: Exclude<Kind, 'ndjson'>): SourceResult {
  try {
    if (kind === 'html') {
      const page = htmlToText(text);
      return {
        ok: true,
        article: parseArticleText(page.text, source, {
          ...(page.title !== null ? { title: page.title } : {}),
          publishedAt: page.publishedAt,
          format: 'text',
        }),
      };
    }
    return { ok: true, article: parseArticleText(text, source, { format: kind }) };
  } catch (err) {
    if (err instanceof SourceError) return fail(err);
    throw err;
  }
}

function ndjsonResult(lineText: string, file: string, line: number): SourceResult {
  try {
    return { ok: true, article: ndjsonLineToArticle(lineText, file, line) };
  } catch (err) {
    if (err instanceof SourceError) return fail(err);
    throw err;
  }
}

interface ByteLine {
  line: number;
  /** Byte offset of the line start in the file. */
  offset: number;
  /** null when the line was longer than the limit (its bytes are discarded). */
  bytes: Buffer | null;
  length: number;
}

/** Splits a byte stream on `\n` without decoding; lines longer than `maxBytes` are reported, not kept. */
async function* byteLines(stream: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  let line = 1;
  let offset = 0;
  const emit = (): ByteLine => {
    const bytes = tooLong ? null : Buffer.concat(parts, length);
    const out: ByteLine = { line, offset, bytes: bytes && bytes.at(-1) === 0x0d ? bytes.subarray(0, -1) : bytes, length };
    offset += length + 1;
    line++;
    parts = [];
    length = 0;
    tooLong = false;
    return out;
  };
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    while (start <= buf.length) {
      const nl = buf.indexOf(0x0a, start);
      const end = nl === -1 ? buf.length : nl;
      const piece = buf.subarray(start, end);
      length += piece.length;
      if (!tooLong) {
        if (length > maxBytes) {
          tooLong = true;
          parts = [];
        } else if (piece.length > 0) parts.push(piece);
      }
      if (nl === -1) break;
      yield emit();
      start = nl + 1;
    }
  }
  if (length > 0) yield emit();
}

async function* readNdjsonStream(stream: AsyncIterable<Buffer | string>, file: string, maxBytes: number): AsyncGenerator<SourceResult> {
  let articles = 0;
  for await (const { line, offset, bytes, length } of byteLines(stream, maxBytes)) {
    if (bytes === null) {
      yield fail(new SourceError('INPUT_TOO_LARGE', `${file}: line ${line}: expected at most ${maxBytes} bytes per line, found ${length} bytes`, { source: file, line }));
      articles++;
      continue;
    }
    let text: string;
    try {
      text = decodeUtf8(bytes, file, { line, baseOffset: offset });
    } catch (err) {
      if (!(err instanceof SourceError)) throw err;
      yield fail(err);
      articles++;
      continue;
    }
    if (line === 1) text = text.replace(/^\uFEFF/, '');
    if (text.trim() === '') continue;
    articles++;
    yield ndjsonResult(text, file, line);
  }
  if (articles === 0) {
    yield fail(new SourceError('EMPTY_INPUT', `${file}: expected at least one NDJSON line with an article, found only blank lines or an empty file`, { source: file }));
  }
}

async function* readFileInput(file: string, size: number, maxBytes: number): AsyncGenerator<SourceResult> {
  const kind = kindOf(file);
  if (kind === null) {
    const ext = path.extname(file);
    yield fail(new SourceError('BAD_INPUT', `${file}: expected a file ending in ${SUPPORTED_EXTENSIONS.join(', ')}, found ${ext === '' ? 'no extension' : `"${ext}"`}`, { source: file }));
    return;
  }
  if (kind === 'ndjson') {
    try {
      yield* readNdjsonStream(createReadStream(file), file, maxBytes);
    } catch (err) {
      if (err instanceof SourceError) yield fail(err);
      else if (errnoCode(err) !== undefined) yield fail(fsError(file, err));
      else throw err;
    }
    return;
  }
  if (size > maxBytes) {
    yield fail(new SourceError('INPUT_TOO_LARGE', `${file}: expected at most ${maxBytes} bytes, found ${size} bytes`, { source: file, bytes: size }));
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    yield fail(fsError(file, err));
    return;
  }
  if (bytes.length === 0) {
    yield fail(new SourceError('EMPTY_INPUT', `${file}: expected article text, found an empty file`, { source: file }));
    return;
  }
  let text: string;
  try {
    text = decodeUtf8(bytes, file);
  } catch (err) {
    if (err instanceof SourceError) {
      yield fail(err);
      return;
    }
    throw err;
  }
  yield articleFrom(text, file, kind);
}

/** Supported files under `dir`, recursively, hidden entries skipped, sorted by path. */
async function listDirectory(dir: string, seen: Set<string>): Promise<string[]> {
  const real = await realpath(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const st = await stat(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue; // dangling link
      }
    }
    if (isDir) files.push(...(await listDirectory(full, seen)));
    else if (isFile && kindOf(entry.name) !== null) files.push(full);
  }
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function readAll(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer | { tooLarge: number }> {
  const parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    length += buf.length;
    if (length > maxBytes) return { tooLarge: length };
    parts.push(buf);
  }
  return Buffer.concat(parts, length);
}

async function* readStdin(stream: NodeJS.ReadableStream, maxBytes: number): AsyncGenerator<SourceResult> {
  let data: Buffer | { tooLarge: number };
  try {
    data = await readAll(stream, maxBytes);
  } catch (err) {
    yield fail(fsError(STDIN_SOURCE, err));
    return;
  }
  if (!Buffer.isBuffer(data)) {
    yield fail(new SourceError('INPUT_TOO_LARGE', `${STDIN_SOURCE}: expected at most ${maxBytes} bytes, found more than ${data.tooLarge - 1} bytes`, { source: STDIN_SOURCE }));
    return;
  }
  if (data.length === 0) {
    yield fail(new SourceError('EMPTY_INPUT', `${STDIN_SOURCE}: expected article text, found no input`, { source: STDIN_SOURCE }));
    return;
  }
  let text: string;
  try {
    text = decodeUtf8(data, STDIN_SOURCE).replace(/^\uFEFF/, '');
  } catch (err) {
    if (err instanceof SourceError) {
      yield fail(err);
      return;
    }
    throw err;
  }
  if (looksLikeNdjson(text)) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = (lines[i] ?? '').replace(/\r$/, '');
      if (line.trim() !== '') yield ndjsonResult(line, STDIN_SOURCE, i + 1);
    }
    return;
  }
  yield articleFrom(text, STDIN_SOURCE, text.trimStart().startsWith('<') ? 'html' : 'text');
}

function checkMaxBytes(value: number | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new SourceError('BAD_INPUT', `readSources: expected maxBytes to be a positive whole number, found ${describeValue(value)}`);
  }
  return value;
}

export async function* readSources(inputs: string[], options: ReadSourcesOptions = {}): AsyncGenerator<SourceResult> {
  const maxBytes = checkMaxBytes(options.maxBytes);
  for (const input of inputs) {
    if (input === '-') {
      yield* readStdin(options.stdin ?? process.stdin, maxBytes);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (err) {
      yield fail(fsError(input, err));
      continue;
    }
    if (info.isDirectory()) {
      let files: string[];
      try {
        files = await listDirectory(input, new Set());
      } catch (err) {
        yield fail(fsError(input, err));
        continue;
      }
      if (files.length === 0) {
        yield fail(new SourceError('EMPTY_INPUT', `${input}: expected a directory with ${SUPPORTED_EXTENSIONS.join(', ')} files, found none`, { source: input }));
        continue;
      }
      for (const file of files) {
        let size: number;
        try {
          size = (await stat(file)).size;
        } catch (err) {
          yield fail(fsError(file, err));
          continue;
        }
        yield* readFileInput(file, size, maxBytes);
      }
      continue;
    }
    if (!info.isFile()) {
      yield fail(new SourceError('BAD_INPUT', `${input}: expected a regular file, directory or "-", found another kind of file`, { source: input }));
      continue;
    }
    yield* readFileInput(input, info.size, maxBytes);
  }
}
