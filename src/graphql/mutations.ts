/**
 * The two mutations: `ingestArticle` (validate → injected ingester → stored article) and
 * `deleteArticle`. Both need mutation access, decided per request from the bearer token.
 */
import { ConfigError, describeValue, isNewsgraphError, QueryError } from '../errors.js';
import type { StoredArticle, UpsertStatus } from '../model/types.js';
import { checkIsoDate } from '../store/GraphStore.js';
import type { GraphQLContext, IngestInput } from './context.js';
import { idArg } from './validateArgs.js';

export interface IngestPayload {
  status: UpsertStatus;
  article: StoredArticle;
}

export interface DeletePayload {
  id: string;
  deleted: boolean;
}

/** Longest accepted title, source or id. */
export const MAX_META_LENGTH = 2_000;

/** Throws UNAUTHENTICATED unless this request may run mutations. */
export function requireMutationAccess(ctx: GraphQLContext, mutation: string): void {
  switch (ctx.access.kind) {
    case 'allowed':
      return;
    case 'disabled':
      throw new QueryError('UNAUTHENTICATED', `${mutation} expects a server started with an API token (NEWSGRAPH_API_TOKEN), found mutations disabled`);
    case 'missing':
      throw new QueryError('UNAUTHENTICATED', `${mutation} expects an "Authorization: Bearer <token>" header, found none`);
    case 'invalid':
      throw new QueryError('UNAUTHENTICATED', `${mutation} expects the server's API token as the bearer token, found a different one`);
  }
}

function optionalMeta(value: unknown, name: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new QueryError('BAD_USER_INPUT', `input.${name} expects a string, found ${describeValue(value)}`, { argument: name });
  if (value.trim() === '') return null;
  if (value.length > MAX_META_LENGTH) {
    throw new QueryError('LIMIT_EXCEEDED', `input.${name} expects at most ${MAX_META_LENGTH} characters, found ${value.length}`, {
      argument: name,
      limit: MAX_META_LENGTH,
    });
  }
  return value;
}

/** Validates the GraphQL input object into an IngestInput (pure). */
export function ingestInputArg(input: unknown, maxChars: number): IngestInput {
  if (typeof input !== 'object' || input === null) {
    throw new QueryError('BAD_USER_INPUT', `input expects an object with text, found ${describeValue(input)}`, { argument: 'input' });
  }
  const raw = input as Record<string, unknown>;
  const text = raw.text;
  if (typeof text !== 'string' || text.trim() === '') {
    throw new QueryError('BAD_USER_INPUT', `input.text expects non-blank article text, found ${describeValue(text)}`, { argument: 'text' });
  }
  if (text.length > maxChars) {
    throw new QueryError('LIMIT_EXCEEDED', `input.text expects at most ${maxChars} characters, found ${text.length}`, { argument: 'text', limit: maxChars });
  }
  const publishedAt = optionalMeta(raw.publishedAt, 'publishedAt');
  if (publishedAt !== null) checkIsoDate(publishedAt, 'input.publishedAt');
  const id = optionalMeta(raw.id, 'id');
  return {
    text,
    title: optionalMeta(raw.title, 'title'),
    publishedAt,
    source: optionalMeta(raw.source, 'source') ?? 'graphql',
    id: id === null ? null : id.trim(),
  };
}

export async function ingestArticle(input: unknown, ctx: GraphQLContext): Promise<IngestPayload> {
  requireMutationAccess(ctx, 'ingestArticle');
  const ingest = ctx.ingest;
  if (!ingest) throw new ConfigError('ingestArticle expects a server started with an article ingester, found none (use `newsgraph serve`)');
  const article = ingestInputArg(input, ctx.maxIngestChars);
  let result;
  try {
    result = await ingest(article);
  } catch (error) {
    if (isNewsgraphError(error)) {
      if (error.code === 'EMPTY_INPUT' || error.code === 'BAD_INPUT' || error.code === 'BINARY_INPUT' || error.code === 'INVALID_ENCODING') {
        throw new QueryError('BAD_USER_INPUT', `input.text: ${error.message}`, { argument: 'text' });
      }
      if (error.code === 'INPUT_TOO_LARGE') throw new QueryError('LIMIT_EXCEEDED', `input.text: ${error.message}`, { argument: 'text' });
    }
    throw error;
  }
  ctx.loaders.article.clearAll();
  ctx.loaders.entity.clearAll();
  const stored = await ctx.store.getArticle(result.id);
  if (!stored) throw new QueryError('NOT_FOUND', `expected article ${JSON.stringify(result.id)} to be stored after ingest, found nothing`);
  ctx.loaders.article.prime(stored.id, stored);
  return { status: result.status, article: stored };
}

export async function deleteArticle(id: unknown, ctx: GraphQLContext): Promise<DeletePayload> {
  requireMutationAccess(ctx, 'deleteArticle');
  const articleId = idArg(id, 'id');
  const deleted = await ctx.store.deleteArticle(articleId);
  ctx.loaders.article.clearAll();
  ctx.loaders.entity.clearAll();
  return { id: articleId, deleted };
}
