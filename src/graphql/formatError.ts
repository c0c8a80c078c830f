import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { isNewsgraphError, type NewsgraphError } from '../errors.js';

/** Message sent to clients for errors nobody raised on purpose (details go to the log only). */
export const INTERNAL_MESSAGE = 'internal error: the server failed to answer this query; see the server log';

type ScalarValue = string | number | boolean | null;

function scalarDetails(error: NewsgraphError): Record<string, ScalarValue> {
  const out: Record<string, ScalarValue> = {};
  for (const [k, v] of Object.entries(error.details)) {
    if (k === 'code' || k === 'stacktrace') continue;
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
  }
  return out;
}

/**
 * GraphQL's and Apollo's own errors (parse, validation, coercion, CSRF). Duck-typed because
 * `graphql` can be loaded twice (ESM and CJS builds), which defeats `instanceof`.
 */
function isGraphQLErrorLike(value: unknown): boolean {
  return value instanceof Error && 'extensions' in value && 'locations' in value;
}

function base(formatted: GraphQLFormattedError): Pick<GraphQLFormattedError, 'locations' | 'path'> {
  return {
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };
}

/**
 * Builds Apollo's `formatError`:
 * - a NewsgraphError keeps its message and gets `extensions.code = error.code` (+ scalar details);
 * - GraphQL's own errors (parse, validation, variable coercion, CSRF …) keep their message and code;
 * - anything else becomes `INTERNAL` with a generic message; the real error goes to `log`.
 * Stack traces are never sent.
 */
export function createFormatError(
  log: (line: string) => void = () => {},
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    // Follow wrappers (resolver located errors, Apollo's validation/plugin wrappers) to the cause.
    let original = unwrapResolverError(error);
    const chain: unknown[] = [original];
    while (isGraphQLErrorLike(original) && (original as { originalError?: unknown }).originalError) {
      original = (original as { originalError?: unknown }).originalError;
      chain.push(original);
    }
    if (isNewsgraphError(original)) {
      if (original.code === 'INTERNAL') log(`internal error: ${original.stack ?? original.message}`);
      return { message: original.message, ...base(formatted), extensions: { ...scalarDetails(original), code: original.code } };
    }
    if (isGraphQLErrorLike(chain[0])) {
      // Apollo wraps validation errors and overrides their code; a rule's own code wins.
      const innerCode = isGraphQLErrorLike(original) ? (original as { extensions: Record<string, unknown> }).extensions.code : undefined;
      const code = typeof innerCode === 'string' && innerCode !== 'INTERNAL_SERVER_ERROR' ? innerCode : formatted.extensions?.code;
      if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
        const { stacktrace: _drop, ...rest } = formatted.extensions ?? {};
        return { message: formatted.message, ...base(formatted), extensions: { ...rest, code } };
      }
    }
    const detail = original instanceof Error ? (original.stack ?? original.message) : String(original);
    log(`internal error: ${detail}`);
    return { message: INTERNAL_MESSAGE, ...base(formatted), extensions: { code: 'INTERNAL' } };
  };
}
