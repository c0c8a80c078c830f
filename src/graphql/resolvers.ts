/**
 * Thin resolvers: validate arguments, call the GraphStore port from the context, shape the
 * results. Entity and article lookups go through the per-request loaders (no N+1).
 */
import { describeValue, NewsgraphError, QueryError } from '../errors.js';
import {
  isEntityType,
  type EntityType,
  type Modality,
  type StoredArticle,
  type StoredEntity,
  type StoredEvidence,
  type StoredFact,
  type UpsertStatus,
} from '../model/types.js';
import type {
  ArticleMention,
  Connection,
  Cooccurrence,
  Direction,
  NeighborResult,
  PathResult,
  RelationSort,
  TimelineEntry,
} from '../store/GraphStore.js';
import type { GraphQLContext } from './context.js';
import { deleteArticle, ingestArticle, type DeletePayload, type IngestPayload } from './mutations.js';
import { predicateOntology, type PredicateInfo } from './predicateOntology.js';
import {
  confidenceArg,
  cursorArg,
  dateRangeArgs,
  depthArg,
  idArg,
  maxHopsArg,
  nameArg,
  optionalString,
  pageSize,
  predicateFilter,
  predicatesArg,
  queryArg,
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
const DEFAULT_PATHS = 10;
const DEFAULT_TIMELINE = 100;
const DEFAULT_SEARCH = 10;
const SORTS: readonly RelationSort[] = ['KEY', 'CONFIDENCE', 'DATE'];

function sortArg(value: unknown): RelationSort {
  if (value === null || value === undefined) return 'KEY';
  if (typeof value === 'string' && (SORTS as readonly string[]).includes(value)) return value as RelationSort;
  throw new QueryError('BAD_USER_INPUT', `sort expects ID, CONFIDENCE or DATE, found ${describeValue(value)}`, { argument: 'sort' });
}

/** The relation filters shared by Query.relations and Entity.relations. */
interface RelationFilterArgs {
  predicate?: string | null;
  predicates?: readonly string[] | null;
  minConfidence?: number | null;
  since?: string | null;
  until?: string | null;
  sort?: string | null;
}

function relationFilters(args: RelationFilterArgs) {
  return {
    ...predicateFilter(args.predicate, args.predicates),
    minConfidence: confidenceArg(args.minConfidence),
    ...dateRangeArgs(args.since, args.until),
    sort: sortArg(args.sort),
  };
}
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

/**
 * Resolves the optional `entity` filter argument to an entity key: null when the argument is
 * absent; NOT_FOUND when no entity has that name or alias (the API's one convention for names).
 */
async function entityFilterKey(ctx: GraphQLContext, value: unknown): Promise<string | null> {
  const entityName = optionalString(value, 'entity');
  return entityName === null ? null : (await findByName(ctx, entityName, 'entity')).key;
}

/**
 * Every argument that names an entity must name a known one: an unknown name (most likely a
 * typo) fails with NOT_FOUND naming the argument, in every field alike. Ids and keys are
 * different: they come from earlier answers, and an unknown one (deleted since) gives null.
 */
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
    async entity(_: unknown, args: { name: string }, ctx: GraphQLContext): Promise<StoredEntity> {
      const entity = await findByName(ctx, nameArg(args.name, 'name'), 'name');
      prime(ctx, [entity]);
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
    async relations(
      _: unknown,
      args: PageArgsIn &
        RelationFilterArgs & {
          subject?: string | null;
          object?: string | null;
          entity?: string | null;
          direction?: string | null;
          article?: string | null;
        },
      ctx: GraphQLContext,
    ): Promise<Connection<StoredFact>> {
      const paging = page(args);
      const filters = relationFilters(args);
      const subject = optionalString(args.subject, 'subject');
      const object = optionalString(args.object, 'object');
      const articleId = optionalString(args.article, 'article');
      const direction = directionArg(args.direction);
      const entityKey = await entityFilterKey(ctx, args.entity);
      await Promise.all([subject === null || findByName(ctx, subject, 'subject'), object === null || findByName(ctx, object, 'object')]);
      return ctx.store.relations({ ...paging, ...filters, subject, object, articleId, entityKey, direction });
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
    async articles(
      _: unknown,
      args: PageArgsIn & { entity?: string | null; since?: string | null; until?: string | null; search?: string | null },
      ctx: GraphQLContext,
    ): Promise<Connection<StoredArticle>> {
      const paging = page(args);
      const range = dateRangeArgs(args.since, args.until);
      const search = optionalString(args.search, 'search');
      const entityKey = await entityFilterKey(ctx, args.entity);
      const filtered = entityKey !== null || search !== null || range.since !== null || range.until !== null;
      const conn = filtered
        ? await ctx.store.searchArticles({ ...paging, ...range, entityKey, search })
        : await ctx.store.listArticles(paging);
      for (const edge of conn.edges) ctx.loaders.article.prime(edge.node.id, edge.node);
      return conn;
    },
    async paths(
      _: unknown,
      args: { from: string; to: string; maxHops?: number | null; first?: number | null },
      ctx: GraphQLContext,
    ): Promise<PathResult[]> {
      const fromName = nameArg(args.from, 'from');
      const toName = nameArg(args.to, 'to');
      const maxHops = maxHopsArg(args.maxHops ?? 3);
      const first = pageSize(args.first ?? DEFAULT_PATHS);
      const [from, to] = await Promise.all([findByName(ctx, fromName, 'from'), findByName(ctx, toName, 'to')]);
      const result = await ctx.store.shortestPaths(from.key, to.key, maxHops, first);
      prime(ctx, result.flatMap((p) => p.entities));
      return result;
    },
    async timeline(
      _: unknown,
      args: { name: string; since?: string | null; until?: string | null; first?: number | null },
      ctx: GraphQLContext,
    ): Promise<TimelineEntry[]> {
      const name = nameArg(args.name, 'name');
      const range = dateRangeArgs(args.since, args.until);
      const first = pageSize(args.first ?? DEFAULT_TIMELINE);
      const entity = await findByName(ctx, name, 'name');
      prime(ctx, [entity]);
      const entries = await ctx.store.timeline(entity.key, { ...range, first });
      for (const e of entries) ctx.loaders.article.prime(e.article.id, e.article);
      return entries;
    },
    async cooccurrences(
      _: unknown,
      args: { name: string; type?: string | null; first?: number | null },
      ctx: GraphQLContext,
    ): Promise<Cooccurrence[]> {
      const name = nameArg(args.name, 'name');
      const type = typeArg(args.type);
      const first = pageSize(args.first ?? DEFAULT_PAGE);
      const entity = await findByName(ctx, name, 'name');
      const rows = await ctx.store.cooccurrences(entity.key, { type, first });
      prime(ctx, [entity, ...rows.map((r) => r.entity)]);
      return rows;
    },
    async predicates(_: unknown, args: { usedOnly?: boolean | null }, ctx: GraphQLContext): Promise<PredicateInfo[]> {
      const all = predicateOntology(await ctx.store.predicateCounts());
      return args.usedOnly === true ? all.filter((p) => p.count > 0) : all;
    },
    async search(
      _: unknown,
      args: { query: string; first?: number | null },
      ctx: GraphQLContext,
    ): Promise<{ entities: Connection<StoredEntity>; articles: Connection<StoredArticle> }> {
      const query = queryArg(args.query, 'query');
      const first = pageSize(args.first ?? DEFAULT_SEARCH);
      const [entities, articles] = await Promise.all([
        ctx.store.searchEntities({ first, search: query }),
        ctx.store.searchArticles({ first, search: query }),
      ]);
      prime(ctx, entities.edges.map((e) => e.node));
      for (const edge of articles.edges) ctx.loaders.article.prime(edge.node.id, edge.node);
      return { entities, articles };
    },
    async stats(_: unknown, __: unknown, ctx: GraphQLContext) {
      return { ...(await ctx.store.stats()), store: ctx.store.description };
    },
  },

  Entity: {
    articleCount: async (e: StoredEntity, _: unknown, ctx: GraphQLContext): Promise<number> => {
      // A stored count when the store has one: a hub's article list is thousands of ids.
      const count = ctx.store.articleCount ? await ctx.store.articleCount(e.key) : null;
      return count ?? e.articleIds.length;
    },
    relations(
      e: StoredEntity,
      args: PageArgsIn & RelationFilterArgs & { direction?: string | null },
      ctx: GraphQLContext,
    ): Promise<Connection<StoredFact>> {
      return ctx.store.relations({
        ...page(args),
        ...relationFilters(args),
        entityKey: e.key,
        direction: directionArg(args.direction),
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
      prime(ctx, list.map((m) => m.entity));
      return list.map((m) => m.entity);
    },
    async mentions(a: StoredArticle, _: unknown, ctx: GraphQLContext): Promise<ArticleMention[]> {
      const list = await ctx.loaders.articleEntities.load(a.id);
      prime(ctx, list.map((m) => m.entity));
      return list;
    },
    relations(a: StoredArticle, args: PageArgsIn, ctx: GraphQLContext): Promise<Connection<StoredFact>> {
      return ctx.store.relations({ ...page(args), articleId: a.id });
    },
  },

  Mention: {
    count: (m: ArticleMention): number => m.mentions,
  },

  TimelineEntry: {
    relation: (t: TimelineEntry): StoredFact => t.fact,
  },

  Cooccurrence: {
    count: (c: Cooccurrence): number => c.articleIds.length,
    articles: (c: Cooccurrence, _: unknown, ctx: GraphQLContext) => loadArticles(ctx, c.articleIds),
  },

  Mutation: {
    ingestArticle: (_: unknown, args: { input: unknown }, ctx: GraphQLContext): Promise<IngestPayload> => ingestArticle(args.input, ctx),
    deleteArticle: (_: unknown, args: { id: unknown }, ctx: GraphQLContext): Promise<DeletePayload> => deleteArticle(args.id, ctx),
  },

  IngestArticlePayload: {
    async relations(p: IngestPayload, _: unknown, ctx: GraphQLContext): Promise<StoredFact[]> {
      const conn = await ctx.store.relations({ first: 500, articleId: p.article.id });
      return conn.edges.map((e) => e.node);
    },
  },

  UpsertStatus: {
    CREATED: 'created',
    UPDATED: 'updated',
    UNCHANGED: 'unchanged',
  } satisfies Record<string, UpsertStatus>,

  RelationSort: {
    ID: 'KEY',
    CONFIDENCE: 'CONFIDENCE',
    DATE: 'DATE',
  } satisfies Record<string, RelationSort>,

  /** GraphQL enum value → internal value. */
  Modality: {
    ASSERTED: 'asserted',
    PLANNED: 'planned',
    REPORTED: 'reported',
    POSSIBLE: 'possible',
  } satisfies Record<string, Modality>,
};
