/**
 * The GraphQL bench's query types: for each, a request body builder (used by the load
 * generator, in its own process) and the store calls its resolvers make (timed in the server
 * process with the same seeded inputs), so HTTP latency can be set against store latency.
 */
import { normalizeName } from '../../src/resolution/keys.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { createRng } from './rng.js';
import { SKEW, entityCountFor, entityName } from './synthetic.js';

export const QUERY_NAMES = ['entity', 'neighbors', 'path', 'relations', 'entities'] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

interface Inputs {
  name: () => string;
  pair: () => [string, string];
}

function inputs(facts: number, seed: number): Inputs {
  const rng = createRng(seed);
  const count = entityCountFor(facts);
  return {
    name: () => entityName(rng.skewed(count, SKEW)),
    pair: () => [entityName(rng.skewed(count, SKEW)), entityName(rng.int(count))],
  };
}

const DOCUMENTS: Record<QueryName, string> = {
  entity: 'query($n:String!){ entity(name:$n){ key name type mentionCount articleCount aliases } }',
  neighbors: 'query($n:String!){ neighbors(name:$n, depth:2, first:20){ distance entity{ name type } via{ predicate } } }',
  path: 'query($a:String!,$b:String!){ path(from:$a, to:$b, maxHops:4){ length entities{ name } relations{ predicate } } }',
  relations: 'query($n:String!){ relations(subject:$n, first:10){ totalCount edges{ node{ predicate confidence object{ name } } } } }',
  entities: 'query{ entities(first:20, type:PERSON){ totalCount edges{ node{ name mentionCount } } } }',
};

/** A generator of request bodies for one query type (seeded: the same sequence every run). */
export function bodies(query: QueryName, facts: number, seed = 11): () => string {
  const next = inputs(facts, seed);
  const body = (variables: Record<string, unknown>): string => JSON.stringify({ query: DOCUMENTS[query], variables });
  switch (query) {
    case 'path':
      return () => {
        const [a, b] = next.pair();
        return body({ a, b });
      };
    case 'entities':
      return () => body({});
    default:
      return () => body({ n: next.name() });
  }
}

/** The store calls the resolvers make for one request of this type (same inputs as `bodies`). */
export function storeCalls(query: QueryName, facts: number, store: GraphStore, seed = 11): () => Promise<unknown> {
  const next = inputs(facts, seed);
  const find = async (name: string): Promise<string | null> => (await store.findEntity(normalizeName(name)))?.key ?? null;
  switch (query) {
    case 'entity':
      return async () => {
        const entity = await store.findEntity(next.name());
        if (!entity) return null;
        return (store.articleCount ? await store.articleCount(entity.key) : null) ?? entity.articleIds.length;
      };
    case 'neighbors':
      return async () => {
        const key = await find(next.name());
        return key === null ? null : store.neighbors(key, 2, 20);
      };
    case 'path':
      return async () => {
        const [a, b] = next.pair();
        const [from, to] = await Promise.all([find(a), find(b)]);
        return from === null || to === null ? null : store.shortestPath(from, to, 4);
      };
    case 'relations':
      return async () => {
        const page = await store.relations({ subject: next.name(), first: 10 });
        return store.getEntities(page.edges.map((e) => e.node.object));
      };
    case 'entities':
      return () => store.searchEntities({ first: 20, type: 'PERSON' });
  }
}
