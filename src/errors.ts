/**
 * The one error hierarchy of newsgraph. Every error the library raises on purpose is a
 * NewsgraphError with a stable `code`; GraphQL maps `code` to `extensions.code`, the CLI
 * prints `message` and exits non-zero.
 *
 * Messages say what was expected and what was found.
 */

export const ERROR_CODES = [
  // input
  'BAD_INPUT',
  'SOURCE_NOT_FOUND',
  'EMPTY_INPUT',
  'BINARY_INPUT',
  'INVALID_ENCODING',
  'INVALID_NDJSON',
  'INPUT_TOO_LARGE',
  // configuration / usage
  'CONFIG_ERROR',
  'USAGE_ERROR',
  // queries
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'LIMIT_EXCEEDED',
  'UNAUTHENTICATED',
  'REQUEST_TIMEOUT',
  // stores
  'STORE_ERROR',
  'STORE_LOCKED',
  'STORE_UNAVAILABLE',
  'STORE_AUTH_FAILED',
  'DATABASE_NOT_FOUND',
  'CONSTRAINT_VIOLATION',
  'INVALID_IDENTIFIER',
  // extraction
  'EXTRACTION_ERROR',
  'MODEL_ERROR',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorDetails {
  /** File, URL or `stdin` the problem is in. */
  source?: string;
  /** 1-based line number inside `source`. */
  line?: number;
  [key: string]: unknown;
}

export class NewsgraphError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.details = details;
  }
}

/** Bad article input: missing file, empty, binary, invalid UTF-8, bad NDJSON line, too large. */
export class SourceError extends NewsgraphError {
  constructor(
    code: Extract<
      ErrorCode,
      'BAD_INPUT' | 'SOURCE_NOT_FOUND' | 'EMPTY_INPUT' | 'BINARY_INPUT' | 'INVALID_ENCODING' | 'INVALID_NDJSON' | 'INPUT_TOO_LARGE'
    >,
    message: string,
    details: ErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(code, message, details, options);
  }
}

/** Bad configuration or command-line usage. */
export class ConfigError extends NewsgraphError {
  constructor(message: string, details: ErrorDetails = {}) {
    super('CONFIG_ERROR', message, details);
  }
}

export class UsageError extends NewsgraphError {
  constructor(message: string, details: ErrorDetails = {}) {
    super('USAGE_ERROR', message, details);
  }
}

/**
 * Bad query arguments (GraphQL or store API). It is the caller's mistake, answered to the
 * caller and never logged with a stack, so it captures none: an API answering unknown names
 * (NOT_FOUND) at thousands of requests a second paid for capturing and formatting a stack
 * trace per error (graphql-js reads `stack` when it wraps the error).
 */
export class QueryError extends NewsgraphError {
  constructor(
    code: Extract<ErrorCode, 'BAD_USER_INPUT' | 'NOT_FOUND' | 'LIMIT_EXCEEDED' | 'UNAUTHENTICATED' | 'REQUEST_TIMEOUT'>,
    message: string,
    details: ErrorDetails = {},
  ) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(code, message, details);
    } finally {
      Error.stackTraceLimit = limit;
    }
    // A plain value: reading `stack` then formats nothing.
    Object.defineProperty(this, 'stack', { value: `${this.name}: ${message}`, writable: true, configurable: true });
  }
}

/** Storage failures; adapters map driver/engine errors to these codes. */
export class StoreError extends NewsgraphError {
  constructor(
    code: Extract<
      ErrorCode,
      | 'STORE_ERROR'
      | 'STORE_LOCKED'
      | 'STORE_UNAVAILABLE'
      | 'STORE_AUTH_FAILED'
      | 'DATABASE_NOT_FOUND'
      | 'CONSTRAINT_VIOLATION'
      | 'INVALID_IDENTIFIER'
    >,
    message: string,
    details: ErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(code, message, details, options);
  }
}

export class ExtractionError extends NewsgraphError {
  constructor(message: string, details: ErrorDetails = {}, options?: { cause?: unknown }) {
    super('EXTRACTION_ERROR', message, details, options);
  }
}

/** A trained model file (models/*.bin) is missing, damaged or of another format version. */
export class ModelError extends NewsgraphError {
  constructor(message: string, details: ErrorDetails = {}, options?: { cause?: unknown }) {
    super('MODEL_ERROR', message, details, options);
  }
}

export function isNewsgraphError(value: unknown): value is NewsgraphError {
  return value instanceof NewsgraphError;
}

/** Wraps anything thrown into a NewsgraphError (INTERNAL unless it already is one). */
export function toNewsgraphError(value: unknown): NewsgraphError {
  if (value instanceof NewsgraphError) return value;
  const message = value instanceof Error ? value.message : String(value);
  return new NewsgraphError('INTERNAL', `internal error: ${message}`, {}, { cause: value });
}

/** Describes a found value briefly for "expected …, found …" messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}…` : value;
    return `the string ${JSON.stringify(shown)}`;
  }
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
