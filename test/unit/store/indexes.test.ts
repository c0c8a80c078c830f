import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleGraph, EntityType } from '../../../src/model/types.js';
import { openEmbeddedStore } from '../../../src/store/memory/EmbeddedStore.js';
import { article } from '../../contract/fixtures.js';
import { auditIndexes } from '../../helpers/indexAudit.js';
import { dump } from '../../helpers/storeDump.js';

const NAMES = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon'];
const TYPES: EntityType[] = ['PERSON', 'ORGANIZATION', 'GPE', 'OTHER'];

const articleArb: fc.Arbitrary<ArticleGraph> = fc
  .record({
    id: fc.constantFrom('a1', 'a2', 'a3', 'a4'),
    hash: fc.constantFrom('h1', 'h2'),
    date: fc.constantFrom('2024-01-01', '2024-02-01', null),
    entities: fc.uniqueArray(
      fc.record({ name: fc.constantFrom(...NAMES), mentions: fc.integer({ min: 1, max: 4 }), type: fc.constantFrom(...TYPES), alias: fc.constantFrom('', 'AKA', 'X') }),
      { minLength: 1, maxLength: 4, selector: (e) => e.name },
    ),
    facts: fc.array(fc.tuple(fc.nat(3), fc.nat(3), fc.constantFrom('MET', 'CALLED', 'led'), fc.constantFrom(0.5, 0.7, 0.9)), { maxLength: 5 }),
  })
  .map(({ id, hash, date, entities, facts }) =>
    article(id, {
      hash,
      publishedAt: date,
      entities: entities.map((e) => ({ name: e.name, mentions: e.mentions, type: e.type, aliases: e.alias === '' ? [] : [`${e.alias} ${e.name}`] })),
      facts: facts.map(([s, o, p, confidence]) => ({
        s: (entities[s % entities.length] as { name: string }).name,
        o: (entities[o % entities.length] as { name: string }).name,
        p,
        confidence,
      })),
    }),
  );

type Op = { upsert: ArticleGraph[] } | { delete: string };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.array(articleArb, { minLength: 1, maxLength: 3 }).map((upsert) => ({ upsert })) },
  { weight: 1, arbitrary: fc.constantFrom('a1', 'a2', 'a3', 'a4').map((id) => ({ delete: id })) },
);

/** Alias order follows the order names were first seen, which differs from a fresh ingest; the set does not. */
function sortAliases(value: unknown): unknown {
  const d = value as { entities: { aliases: string[] }[] };
  for (const e of d.entities) e.aliases.sort();
  return d;
}

describe('embedded store indexes', () => {
  let tmp = '';
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-indexes-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('after any sequence of upserts, updates and deletes, every index matches the records and the graph equals one ingested fresh', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 8 }), async (ops) => {
        const dir = path.join(tmp, `r${run++}`);
        const store = await openEmbeddedStore(dir);
        const final = new Map<string, ArticleGraph>();
        for (const op of ops) {
          if ('delete' in op) {
            await store.deleteArticle(op.delete);
            final.delete(op.delete);
          } else {
            const results = await store.upsertArticles(op.upsert);
            op.upsert.forEach((g, i) => {
              if (results[i]?.status !== 'unchanged') final.set(g.article.id, g);
            });
          }
        }
        const got = sortAliases(await dump(store));
        await store.close();
        expect(await auditIndexes(dir)).toEqual([]);
        const fresh = await openEmbeddedStore(path.join(tmp, `f${run}`));
        try {
          await fresh.upsertArticles([...final.values()]);
          expect(got).toEqual(sortAliases(await dump(fresh)));
        } finally {
          await fresh.close();
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
