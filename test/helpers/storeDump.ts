/**
 * Everything the GraphStore port answers about a (small) store, in a JSON-comparable form:
 * the format-2 fixture's `expected.json` was written with it, and the migration test
 * compares a migrated store's dump against that file.
 */
import { entityKey } from '../../src/resolution/keys.js';
import type { GraphStore } from '../../src/store/GraphStore.js';

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** Everything the port answers about the store, in a JSON-comparable form. */
export async function dump(store: GraphStore): Promise<unknown> {
  const entities = await collect(store.iterateEntities());
  const facts = await collect(store.iterateFacts());
  const articles = await collect(store.iterateArticles());
  const keys = entities.map((e) => e.key);
  const names = [...new Set(entities.flatMap((e) => [e.name, ...e.aliases]))].sort();
  return {
    stats: await store.stats(),
    predicateCounts: await store.predicateCounts(),
    articles,
    texts: Object.fromEntries(await Promise.all(articles.map(async (a) => [a.id, await store.getArticleText(a.id)]))),
    entities,
    facts,
    findEntity: Object.fromEntries(await Promise.all(names.map(async (n) => [n, (await store.findEntity(n))?.key ?? null]))),
    neighbors: Object.fromEntries(
      await Promise.all(keys.map(async (k) => [k, (await store.neighbors(k, 3, 50)).map((n) => [n.entity.key, n.distance, n.via.key])])),
    ),
    paths: await Promise.all(
      keys.slice(0, 8).flatMap((a) => keys.slice(-8).map(async (b) => [a, b, (await store.shortestPath(a, b, 4))?.length ?? null])),
    ),
    entityPage: (await store.searchEntities({ first: 10 })).edges.map((e) => [e.cursor, e.node.key]),
    relationPage: (await store.relations({ first: 10 })).edges.map((e) => [e.cursor, e.node.key]),
    acmeRelations: (await store.relations({ first: 50, entityKey: entityKey('Acme Corp') })).edges.map((e) => e.node.key),
    articlePage: (await store.listArticles({ first: 10 })).edges.map((e) => [e.cursor, e.node.id]),
  };
}
