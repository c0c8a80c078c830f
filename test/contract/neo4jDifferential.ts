/**
 * Live Neo4j against the embedded store: random histories of batches, replacements and
 * deletions (shared names and aliases, hubs, facts stated by several articles) go to both
 * stores, then every entity, fact, name lookup, relation list, neighbourhood and path must agree.
 * This checks the incremental Cypher of cypher/write.cypher where no unit test can: the
 * aggregates kept by entity.add / entity.retract, the fact contribution lists, Alias cleanup
 * and orphan deletion. Orders the port leaves open are normalised (aliases of histories with
 * replacements as sets; a fact's articleIds and evidence by article id).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Neo4jConfig } from '../../src/config.js';
import type { ArticleGraph, StoredEntity, StoredFact } from '../../src/model/types.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { openEmbeddedStore } from '../../src/store/memory/EmbeddedStore.js';
import { openNeo4jStore } from '../../src/store/neo4j/Neo4jStore.js';
import { article } from './fixtures.js';

const NAMES = ['Ann', 'Ben', 'Cat', 'Dan', 'Eve'];
const ALIASES = ['A.', 'The Boss', 'ann', 'Georgia', 'ÉVE'];
const PREDICATES = ['MET', 'CALLED', 'VISITED'];

interface Spec {
  id: string;
  publishedAt: string | null;
  entities: { name: string; mentions: number; aliases: string[]; type: 'PERSON' | 'GPE' | 'OTHER' }[];
  facts: { s: number; p: string; o: number; confidence: number }[];
  salt: number;
}
const spec: fc.Arbitrary<Spec> = fc.record({
  id: fc.constantFrom('d1', 'd2', 'd3', 'd4', 'd5', 'd6'),
  publishedAt: fc.constantFrom(null, '2024-01-05', '2024-03-09'),
  entities: fc.uniqueArray(
    fc.record({ name: fc.constantFrom(...NAMES), mentions: fc.integer({ min: 1, max: 4 }), aliases: fc.uniqueArray(fc.constantFrom(...ALIASES), { maxLength: 2 }), type: fc.constantFrom('PERSON', 'GPE', 'OTHER' as const) }),
    { minLength: 2, maxLength: 4, selector: (e) => e.name },
  ),
  facts: fc.array(fc.record({ s: fc.nat(3), p: fc.constantFrom(...PREDICATES), o: fc.nat(3), confidence: fc.constantFrom(0.4, 0.7, 0.9) }), { maxLength: 4 }),
  salt: fc.nat(2),
});
type Op = { upsert: Spec[] } | { remove: string };
const ops = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: fc.uniqueArray(spec, { minLength: 1, maxLength: 3, selector: (a) => a.id }).map((upsert): Op => ({ upsert })) },
    { weight: 1, arbitrary: fc.constantFrom('d1', 'd2', 'd3').map((remove): Op => ({ remove })) },
  ),
  { minLength: 1, maxLength: 5 },
);

function graphOf(s: Spec): ArticleGraph {
  const names = s.entities.map((e) => e.name);
  const facts = s.facts
    .map((f) => ({ s: names[f.s % names.length] as string, p: f.p, o: names[f.o % names.length] as string, confidence: f.confidence }))
    .filter((f) => f.s !== f.o);
  return article(s.id, { hash: `${s.id}-${s.salt}-${JSON.stringify(s)}`, publishedAt: s.publishedAt, entities: s.entities, facts });
}

const byArticle = (f: StoredFact): StoredFact => ({
  ...f,
  articleIds: [...f.articleIds].sort(),
  evidence: [...f.evidence].sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start)),
});
const aliasSet = (e: StoredEntity | null): StoredEntity | null => (e ? { ...e, aliases: [...e.aliases].sort() } : null);

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** Everything both stores must answer alike. */
async function snapshot(store: GraphStore, exactAliases: boolean): Promise<unknown> {
  const entities = await collect(store.iterateEntities());
  const keys = entities.map((e) => e.key);
  const names = [...NAMES, ...ALIASES, 'nobody'];
  return {
    stats: await store.stats(),
    entities: exactAliases ? entities : entities.map(aliasSet),
    facts: (await collect(store.iterateFacts())).map(byArticle),
    articles: await collect(store.iterateArticles()),
    found: await Promise.all(names.map(async (n) => (await store.findEntity(n.toUpperCase()))?.key ?? null)),
    relations: await Promise.all(keys.map(async (k) => (await store.relations({ first: 50, entityKey: k, sort: 'CONFIDENCE' })).edges.map((e) => e.node.key))),
    neighbors: await Promise.all(keys.map(async (k) => (await store.neighbors(k, 3, 50)).map((n) => [n.entity.key, n.distance, n.via.key]))),
    paths: await Promise.all(keys.map(async (k) => (await store.shortestPaths(keys[0] as string, k, 4, 5)).map((p) => p.relations.map((r) => r.key)))),
    predicates: await store.predicateCounts(),
  };
}

export function describeNeo4jDifferential(config: Neo4jConfig): void {
  describe('Neo4j agrees with the embedded store after random histories', () => {
    it('entities, facts, lookups, relations, neighbours, paths', async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-diff-'));
      const neo = await openNeo4jStore(config);
      let run = 0;
      try {
        await fc.assert(
          fc.asyncProperty(ops, async (history) => {
            await neo.wipeAll();
            const embedded = await openEmbeddedStore(path.join(dir, String(run++)));
            let replaced = false;
            try {
              const seen = new Set<string>();
              for (const op of history) {
                if ('remove' in op) {
                  expect(await neo.deleteArticle(op.remove)).toBe(await embedded.deleteArticle(op.remove));
                  replaced = true;
                  continue;
                }
                const graphs = op.upsert.map(graphOf);
                if (graphs.some((g) => seen.has(g.article.id))) replaced = true;
                for (const g of graphs) seen.add(g.article.id);
                expect(await neo.upsertArticles(graphs)).toEqual(await embedded.upsertArticles(graphs));
              }
              expect(await snapshot(neo, !replaced)).toEqual(await snapshot(embedded, !replaced));
            } finally {
              await embedded.close();
            }
          }),
          { numRuns: 25 },
        );
      } finally {
        await neo.wipeAll();
        await neo.close();
        await rm(dir, { recursive: true, force: true });
      }
    }, 600_000);
  });
}
