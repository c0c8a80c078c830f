/**
 * The incremental entity aggregates of the Neo4j store, checked without a server: a plain
 * TypeScript model that applies the rows built by batchRows.entityRows exactly as
 * cypher/write.cypher `entity.add` adds them, and retracts articles as `entity.retract`,
 * `entity.reelect` and `entity.deleteOrphans` do. Random sequences of batches, replacements and
 * deletions must leave every entity as the embedded store has it. (The Cypher itself is checked
 * against a live server by the contract suite and test/contract/neo4jDifferential.test.ts.)
 *
 * Alias order is first-seen order in both stores, with one difference the port leaves open: a
 * batch retracts all its replaced articles before adding anything, while the embedded store
 * replaces each article in its turn, so an alias whose last use goes away and comes back within
 * one batch can move. Histories with replacements or deletions compare aliases as sets.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleGraph, EntityType, GraphEntity, StoredEntity } from '../../../src/model/types.js';
import { ENTITY_TYPES } from '../../../src/model/types.js';
import { openEmbeddedStore } from '../../../src/store/memory/EmbeddedStore.js';
import { COUNTED_TYPES, entityRows } from '../../../src/store/neo4j/batchRows.js';
import { prepareGraph } from '../../../src/store/neo4j/prepareGraph.js';

interface Mention {
  count: number;
  name: string;
  type: EntityType;
  aliases: string[];
}

interface Aggregate {
  name: string;
  nameMentions: number;
  mentionCount: number;
  articleIds: string[];
  typeMentions: number[];
  aliasNames: string[];
  aliasRefs: number[];
  /** MENTIONED_IN relationships by article id. */
  mentions: Map<string, Mention>;
}

const n = (v: unknown): number => Number(v);

function typeOf(typeMentions: readonly number[]): EntityType {
  let top = -1;
  typeMentions.forEach((m, t) => {
    if (m > 0 && (top < 0 || m > (typeMentions[top] as number))) top = t;
  });
  return top < 0 ? 'OTHER' : (COUNTED_TYPES[top] as EntityType);
}

/** entity.add for one batch, plus article.add's MENTIONED_IN relationships. */
function add(model: Map<string, Aggregate>, graphs: ArticleGraph[]): void {
  const prepared = graphs.map(prepareGraph);
  for (const row of entityRows(prepared)) {
    let e = model.get(row.key);
    if (!e) {
      e = { name: row.name, nameMentions: -1, mentionCount: 0, articleIds: [], typeMentions: COUNTED_TYPES.map(() => 0), aliasNames: [], aliasRefs: [], mentions: new Map() };
      model.set(row.key, e);
    }
    const better = n(row.nameMentions) > e.nameMentions || (n(row.nameMentions) === e.nameMentions && row.name < e.name);
    e.mentionCount += n(row.count);
    e.articleIds.push(...row.articleIds);
    e.typeMentions = e.typeMentions.map((m, t) => m + n(row.typeMentions[t]));
    const fresh = row.names.map((_, i) => i).filter((i) => !e.aliasNames.includes(row.names[i] as string));
    e.aliasRefs = e.aliasNames.map((name, j) => (e.aliasRefs[j] as number) + row.names.reduce((s, rn, i) => s + (rn === name ? n(row.nameRefs[i]) : 0), 0));
    e.aliasRefs.push(...fresh.map((i) => n(row.nameRefs[i])));
    e.aliasNames.push(...fresh.map((i) => row.names[i] as string));
    if (better) [e.name, e.nameMentions] = [row.name, n(row.nameMentions)];
  }
  for (const g of prepared) {
    for (const m of g.entities) model.get(m.key)?.mentions.set(g.article.id, { count: m.mentions, name: m.name, type: m.type, aliases: m.aliases });
  }
}

/** entity.retract, then entity.reelect and entity.deleteOrphans for what it returns. */
function retract(model: Map<string, Aggregate>, ids: readonly string[]): void {
  for (const [key, e] of model) {
    const ms = ids.filter((id) => e.mentions.has(id)).map((id) => e.mentions.get(id) as Mention);
    if (ms.length === 0) continue;
    const reelect = ms.some((m) => m.name === e.name && m.count === e.nameMentions);
    const refs = e.aliasNames.map((name, j) => (e.aliasRefs[j] as number) - ms.filter((m) => m.name === name || m.aliases.includes(name)).length);
    const keep = refs.map((_, j) => j).filter((j) => (refs[j] as number) > 0);
    e.mentionCount -= ms.reduce((s, m) => s + m.count, 0);
    e.articleIds = e.articleIds.filter((id) => !ids.includes(id));
    e.typeMentions = e.typeMentions.map((tm, t) => tm - ms.reduce((s, m) => s + (m.type === COUNTED_TYPES[t] ? m.count : 0), 0));
    e.aliasNames = keep.map((j) => e.aliasNames[j] as string);
    e.aliasRefs = keep.map((j) => refs[j] as number);
    for (const id of ids) e.mentions.delete(id);
    if (e.mentions.size === 0) {
      model.delete(key);
    } else if (reelect) {
      const best = [...e.mentions.values()].sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))[0] as Mention;
      [e.name, e.nameMentions] = [best.name, best.count];
    }
  }
}

function view(key: string, e: Aggregate): StoredEntity {
  return {
    key,
    name: e.name,
    type: typeOf(e.typeMentions),
    aliases: e.aliasNames.filter((a) => a !== e.name),
    mentionCount: e.mentionCount,
    articleIds: [...new Set(e.articleIds)].sort(),
  };
}

/* ───────────── random histories ───────────── */

const KEYS = ['k1', 'k2', 'k3'];
const NAMES = ['Kim', 'kim', 'Putin', 'V. Putin', 'Ann', '__proto__', 'Zoë'];
const mention: fc.Arbitrary<GraphEntity> = fc.record({
  key: fc.constantFrom(...KEYS),
  name: fc.constantFrom(...NAMES),
  type: fc.constantFrom(...ENTITY_TYPES),
  aliases: fc.uniqueArray(fc.constantFrom(...NAMES), { maxLength: 2 }),
  mentions: fc.integer({ min: 0, max: 4 }),
});
interface ArticleSpec {
  id: string;
  version: number;
  entities: GraphEntity[];
}
const articleSpec: fc.Arbitrary<ArticleSpec> = fc.record({ id: fc.constantFrom('a1', 'a2', 'a3', 'a4', 'a5'), version: fc.nat(3), entities: fc.array(mention, { minLength: 1, maxLength: 3 }) });
type Op = { kind: 'upsert'; articles: ArticleSpec[] } | { kind: 'delete'; id: string };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('upsert' as const), articles: fc.uniqueArray(articleSpec, { minLength: 1, maxLength: 3, selector: (a) => a.id }) }),
  fc.record({ kind: fc.constant('delete' as const), id: fc.constantFrom('a1', 'a2', 'a3', 'a4', 'a5') }),
);

function graphOf(a: ArticleSpec): ArticleGraph {
  return {
    article: { id: a.id, title: null, source: `${a.id}.txt`, publishedAt: null, hash: `${a.id}-v${a.version}-${JSON.stringify(a.entities)}` },
    text: '',
    entities: a.entities.map((e) => ({ key: e.key, name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions })),
    facts: [],
  };
}

const bySet = (e: StoredEntity): StoredEntity => ({ ...e, aliases: [...e.aliases].sort() });

/** Runs each history on a fresh embedded store and on the model; compares every entity. */
async function checkHistories(histories: fc.Arbitrary<Op[]>, exactAliasOrder: boolean): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-aggregates-'));
  let run = 0;
  try {
    await fc.assert(
      fc.asyncProperty(histories, async (history) => {
        const store = await openEmbeddedStore(path.join(dir, String(run++)));
        const model = new Map<string, Aggregate>();
        const hashes = new Map<string, string>();
        try {
          for (const o of history) {
            if (o.kind === 'delete') {
              await store.deleteArticle(o.id);
              if (hashes.delete(o.id)) retract(model, [o.id]);
              continue;
            }
            const graphs = o.articles.map(graphOf).filter((g) => hashes.get(g.article.id) !== g.article.hash);
            await store.upsertArticles(o.articles.map(graphOf));
            retract(model, graphs.filter((g) => hashes.has(g.article.id)).map((g) => g.article.id));
            add(model, graphs);
            for (const g of graphs) hashes.set(g.article.id, g.article.hash);
          }
          const expected = (await store.getEntities(KEYS)).filter((e): e is StoredEntity => e !== null);
          const actual = [...model.entries()].map(([k, e]) => view(k, e)).sort((a, b) => (a.key < b.key ? -1 : 1));
          if (exactAliasOrder) expect(actual).toEqual(expected);
          else expect(actual.map(bySet)).toEqual(expected.map(bySet));
        } finally {
          await store.close();
        }
      }),
      { numRuns: 60 },
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('incremental entity aggregates (model of entity.add / entity.retract)', () => {
  it('equal the embedded store after any history of batches, replacements and deletions', async () => {
    await checkHistories(fc.array(op, { minLength: 1, maxLength: 6 }), false);
  });

  it('keep first-seen alias order exactly while articles are only added', async () => {
    const fresh = fc.uniqueArray(articleSpec, { minLength: 1, maxLength: 5, selector: (a) => a.id });
    await checkHistories(
      fresh.map((articles) => articles.map((a): Op => ({ kind: 'upsert', articles: [a] }))),
      true,
    );
  });
});
