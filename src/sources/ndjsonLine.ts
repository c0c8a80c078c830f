/**
 * One NDJSON line → Article (or a SourceError naming the file and line). Pure.
 * Line shape: `{ "text": string, "id"?: string|number, "title"?: string|null,
 * "publishedAt"?: ISO date or date-time|null, "source"?: string }`.
 */
import type { Article } from '../model/types.js';
import { SourceError, describeValue } from '../errors.js';
import { normalizeIsoDate } from './dates.js';
import { formatForSource, parseArticleText } from './parseArticleText.js';

function lineError(file: string, line: number, message: string): SourceError {
  return new SourceError('INVALID_NDJSON', `${file}: line ${line}: ${message}`, { source: file, line });
}

type SourceErrorCode = ConstructorParameters<typeof SourceError>[0];

const EXPECTED = 'expected a JSON object with a string "text"';

/** Parses one non-blank NDJSON line; throws SourceError. */
export function ndjsonLineToArticle(lineText: string, file: string, line: number): Article {
  let value: unknown;
  try {
    value = JSON.parse(lineText);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new SourceError('INVALID_NDJSON', `${file}: line ${line}: ${EXPECTED}, found invalid JSON (${reason})`, { source: file, line }, { cause });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw lineError(file, line, `${EXPECTED}, found ${describeValue(value)}`);
  }
  const record = value as Record<string, unknown>;
  const { text, id, title, publishedAt, source } = record;
  if (typeof text !== 'string') {
    throw lineError(file, line, `${EXPECTED}, found ${text === undefined ? 'an object without "text"' : `"text" as ${describeValue(text)}`}`);
  }
  if (id !== undefined && id !== null && typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) {
    throw lineError(file, line, `expected "id" to be a string or number, found ${describeValue(id)}`);
  }
  if (title !== undefined && title !== null && typeof title !== 'string') {
    throw lineError(file, line, `expected "title" to be a string or null, found ${describeValue(title)}`);
  }
  if (source !== undefined && source !== null && (typeof source !== 'string' || source.trim() === '')) {
    throw lineError(file, line, `expected "source" to be a non-empty string, found ${describeValue(source)}`);
  }
  let date: string | null = null;
  if (publishedAt !== undefined && publishedAt !== null) {
    date = typeof publishedAt === 'string' ? normalizeIsoDate(publishedAt) : null;
    if (date === null) {
      throw lineError(file, line, `expected "publishedAt" as an ISO date (YYYY-MM-DD or date-time), found ${describeValue(publishedAt)}`);
    }
  }
  const articleSource = typeof source === 'string' ? source.trim() : `${file}:${line}`;
  try {
    return parseArticleText(text, articleSource, {
      ...(id !== undefined && id !== null ? { id: String(id) } : {}),
      ...(title !== undefined ? { title } : {}),
      publishedAt: date,
      format: formatForSource(articleSource),
    });
  } catch (err) {
    if (err instanceof SourceError) {
      throw new SourceError(err.code as SourceErrorCode, `${file}: line ${line}: ${err.message.replace(`${articleSource}: `, '')}`, { source: file, line }, { cause: err });
    }
    throw err;
  }
}

/** True when every non-blank line parses as a JSON object (and there is at least one). */
export function looksLikeNdjson(text: string): boolean {
  let seen = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const v: unknown = JSON.parse(line);
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    } catch {
      return false;
    }
    seen++;
  }
  return seen > 0;
}
