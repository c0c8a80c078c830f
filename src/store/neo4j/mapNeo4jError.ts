/**
 * Maps neo4j-driver errors to StoreError codes with messages that say what to check.
 * NewsgraphErrors pass through unchanged; anything unknown becomes STORE_ERROR.
 */
import { Neo4jError } from 'neo4j-driver';
import { NewsgraphError, StoreError } from '../../errors.js';

export interface Neo4jErrorContext {
  uri: string;
  user: string;
  database: string | undefined;
}

function codeOf(error: unknown): string | undefined {
  if (error instanceof Neo4jError) return error.code;
  if (typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string') {
    return (error as { code: string }).code;
  }
  return undefined;
}

export function mapNeo4jError(error: unknown, ctx: Neo4jErrorContext): NewsgraphError {
  if (error instanceof NewsgraphError) return error;
  const code = codeOf(error) ?? '';
  const detail = error instanceof Error ? error.message : String(error);
  const details = { uri: ctx.uri, neo4jCode: code, database: ctx.database ?? null };
  const options = { cause: error };
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new StoreError(
      'STORE_UNAVAILABLE',
      `cannot reach Neo4j at ${ctx.uri}: is the server running? check NEO4J_URI (driver said: ${detail})`,
      details,
      options,
    );
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new StoreError(
      'STORE_AUTH_FAILED',
      `Neo4j at ${ctx.uri} rejected user ${JSON.stringify(ctx.user)}: check NEO4J_USER/NEO4J_PASSWORD`,
      details,
      options,
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StoreError(
      'DATABASE_NOT_FOUND',
      `expected database ${JSON.stringify(ctx.database ?? '(server default)')} on Neo4j at ${ctx.uri}, found none: create it or check NEO4J_DATABASE`,
      details,
      options,
    );
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new StoreError('CONSTRAINT_VIOLATION', `Neo4j at ${ctx.uri} rejected a write that breaks a constraint: ${detail}`, details, options);
  }
  return new StoreError('STORE_ERROR', `Neo4j at ${ctx.uri} failed${code ? ` (${code})` : ''}: ${detail}`, details, options);
}
