/**
 * Thin resolvers: validate arguments, call the GraphStore port from the context, shape the
 * results. Entity and article lookups go through the per-request loaders (no N+1).
 */
import { describeValue, NewsgraphError, QueryError } from '../errors.js';
import { isEntityType, type EntityType, type Modality, type StoredArticle, type StoredEntity, type StoredEvidence, type StoredFact } from '../model/types.js';
import type { Connection, Direction, NeighborResult, PathResult } from '../store/GraphStore.js';
import type { GraphQLContext } from './context.js';
import {
  confidenceArg,
  cursorArg,
  depthArg,
  idArg,
  maxHopsArg,
  nameArg,
  optionalString,
  pageSize,
} from './validateArgs.js';

interface PageArgsIn {
  first?: number | null;
  after?: string | null;
}

interface Qualifier {
  role: string;
  value: string;
}

const DEFAULT_PAGE = 20;
const DEFAULT_NEIGHBORS = 50;
const DIRECTIONS: readonly Direction[] = ['OUT', 'IN', 'BOTH'];

function page(args: PageArgsIn, fallback = DEFAULT_PAGE): { first: number; after: string | null } {
  return { first: pageSize(args.first ?? fallback), after: cursorArg(args.after) };
}

function typeArg(value: unknown): EntityType | null {
  if (value === null || value === undefined) return null;
  if (!isEntityType(value)) throw new QueryError('BAD_USER_INPUT', `type expects an EntityType, found ${describeValue(value)}`);
  return value;
}

function directionArg(value: unknown): Direction {
  if (value === null || value === undefined) return 'BOTH';
  if (typeof value === 'string' && (DIRECTIONS as readonly string[]).includes(value)) return value as Direction;
  throw new QueryError('BAD_USER_INPUT', `direction expects OUT, IN or BOTH, found ${describeValue(value)}`);
}

async function requireEntity(ctx: GraphQLContext, key: string, what: string): Promise<StoredEntity> {
  const entity = await ctx.loaders.entity.load(key);
  if (!entity) {
    throw new NewsgraphError('INTERNAL', `expected the ${what} entity ${JSON.stringify(key)} to exist in ${ctx.store.description}, found nothing`);
  }
  return entity;
}

async function requireArticle(ctx: GraphQLContext, id: string): Promise<StoredArticle> {
  const article = await ctx.loaders.article.load(id);
  if (!article) {
    throw new NewsgraphError('INTERNAL', `expected article ${JSON.stringify(id)} to exist in ${ctx.store.description}, found nothing`);
  }
  return article;
}

async function findByName(ctx: GraphQLContext, name: string, argName: string): Promise<StoredEntity> {
  const entity = await ctx.store.findEntity(name);
  if (!entity) {
    throw new QueryError('NOT_FOUND', `${argName} expects the name or alias of a known entity, found ${describeValue(name)}`, {
      argument: argName,
    });
  }
  return entity;
}

async function loadArticles(ctx: GraphQLContext, ids: readonly string[]): Promise<StoredArticle[]> {
  const found = await ctx.loaders.article.loadMany(ids);
  const out: StoredArticle[] = [];
  for (const item of found) {
    if (item instanceof Error) throw item;
    if (item) out.push(item);
  }
  return out;
}

/** Prime the entity loader with entities the store already returned. */
function prime(ctx: GraphQLContext, entities: Iterable<StoredEntity>): void {
  for (const e of entities) ctx.loaders.entity.prime(e.key, e);
}

export const resolvers = {
  Query: {
    async entity(_: unknown, args: { name: string }, ctx: GraphQLContext): Promise<StoredEntity | null> {
      const entity = await ctx.store.findEntity(nameArg(args.name, 'name'));
      if (entity) prime(ctx, [entity]);
      return entity;
    },
    entityByKey(_: unknown, args: { key: string }, ctx: GraphQLContext): Promise<StoredEntity | null> {
      return ctx.loaders.entity.load(idArg(args.key, 'key'));
    },
    async entities(
      _: unknown,
      args: PageArgsIn & { search?: string | null; type?: string | null },
      ctx: GraphQLContext,
    ): Promise<Connection<StoredEntity>> {
      const conn = await ctx.store.searchEntities({
        ...page(args),
        search: optionalString(args.search, 'search'),
        type: typeArg(args.type),
      });
      prime(ctx, conn.edges.map((e) => e.node));
      return conn;
    },
    relation(_: unknown, args: { id: string }, ctx: GraphQLContext): Promise<StoredFact | null> {
      return ctx.store.getFact(idArg(args.id, 'id'));
    },
    relations(
      _: unknown,
      args: PageArgsIn & {
        subject?: string | null;
        predicate?: string | null;
        object?: string | null;
        article?: string | null;
        minConfidence?: number | null;
      },
      ctx: GraphQLContext,
    ): Promise<Connection<StoredFact>> {
      return ctx.store.relations({
        ...page(args),
        subject: optionalString(args.subject, 'subject'),
        predicate: optionalString(args.predicate, 'predicate'),
        object: optionalString(args.object, 'object'),
        articleId: optionalString(args.article, 'article'),
        minConfidence: confidenceArg(args.minConfidence),
      });
    },
    async neighbors(
      _: unknown,
      args: { name: string; depth?: number | null; first?: number | null },
      ctx: GraphQLContext,
    ): Promise<NeighborResult[]> {
      const name = nameArg(args.name, 'name');
      const depth = depthArg(args.depth ?? 1);
      const first = pageSize(args.first ?? DEFAULT_NEIGHBORS);
      const start = await findByName(ctx, name, 'name');
      const result = await ctx.store.neighbors(start.key, depth, first);
      prime(ctx, [start, ...result.map((n) => n.entity)]);
      return result;
    },
    async path(
      _: unknown,
      args: { from: string; to: string; maxHops?: number | null },
      ctx: GraphQLContext,
    ): Promise<PathResult | null> {
      const fromName = nameArg(args.from, 'from');
      const toName = nameArg(args.to, 'to');
      const maxHops = maxHopsArg(args.maxHops ?? 3);
      const [from, to] = await Promise.all([findByName(ctx, fromName, 'from'), findByName(ctx, toName, 'to')]);
      const result = await ctx.store.shortestPath(from.key, to.key, maxHops);
      if (result) prime(ctx, result.entities);
      return result;
    },
    article(_: unknown, args: { id: string }, ctx: GraphQLContext): Promise<StoredArticle | null> {
      return ctx.loaders.article.load(idArg(args.id, 'id'));
    },
    async articles(_: unknown, args: PageArgsIn, ctx: GraphQLContext): Promise<Connection<StoredArticle>> {
      const conn = await ctx.store.listArticles(page(args));
      for (const edge of conn.edges) ctx.loaders.article.prime(edge.node.id, edge.node);
      return conn;
    },
    async stats(_: unknown, __: unknown, ctx: GraphQLContext) {
      return { ...(await ctx.store.stats()), store: ctx.store.description };
    },
  },

  Entity: {
    articleCount: (e: StoredEntity): number => e.articleIds.length,
    relations(
      e: StoredEntity,
      args: PageArgsIn & { direction?: string | null; predicate?: string | null },
      ctx: GraphQLContext,
    ): Promise<Connection<StoredFact>> {
      return ctx.store.relations({
        ...page(args),
        entityKey: e.key,
        direction: directionArg(args.direction),
        predicate: optionalString(args.predicate, 'predicate'),
      });
    },
    async articles(e: StoredEntity, _: unknown, ctx: GraphQLContext): Promise<StoredArticle[]> {
      const list = await ctx.loaders.entityArticles.load(e.key);
      for (const a of list) ctx.loaders.article.prime(a.id, a);
      return list;
    },
  },

  Relation: {
    id: (f: StoredFact): string => f.key,
    subject: (f: StoredFact, _: unknown, ctx: GraphQLContext) => requireEntity(ctx, f.subject, 'subject'),
    object: (f: StoredFact, _: unknown, ctx: GraphQLContext) => requireEntity(ctx, f.object, 'object'),
    qualifiers: (f: StoredFact): Qualifier[] =>
      Object.entries(f.qualifiers)
        .map(([role, value]) => ({ role, value }))
        .sort((a, b) => (a.role < b.role ? -1 : a.role > b.role ? 1 : 0)),
    negated: (f: StoredFact): boolean => f.negated === true,
    modality: (f: StoredFact): Modality => f.modality ?? 'asserted',
    articles: (f: StoredFact, _: unknown, ctx: GraphQLContext) => loadArticles(ctx, f.articleIds),
  },

  Evidence: {
    article: (ev: StoredEvidence, _: unknown, ctx: GraphQLContext) => requireArticle(ctx, ev.articleId),
  },

  Article: {
    text: (a: StoredArticle, _: unknown, ctx: GraphQLContext) => ctx.loaders.articleText.load(a.id),
    async entities(a: StoredArticle, _: unknown, ctx: GraphQLContext): Promise<StoredEntity[]> {
      const list = await ctx.loaders.articleEntities.load(a.id);
      prime(ctx, list);
      return list;
    },
    relations(a: StoredArticle, args: PageArgsIn, ctx: GraphQLContext): Promise<Connection<StoredFact>> {
      return ctx.store.relations({ ...page(args), articleId: a.id });
    },
  },

  /** GraphQL enum value → internal value. */
  Modality: {
    ASSERTED: 'asserted',
    PLANNED: 'planned',
    REPORTED: 'reported',
    POSSIBLE: 'possible',
  } satisfies Record<string, Modality>,
};
