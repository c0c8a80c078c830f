/**
 * Contract cases of the API queries (issue 6): relation filters and sorts, article search,
 * per-article mentions, timelines, co-occurrences, all shortest paths, predicate counts.
 * Registered inside describeGraphStoreContract, so both stores run them.
 */
import { beforeEach, expect, it } from 'vitest';
import { isNewsgraphError } from '../../src/errors.js';
import type { Connection, GraphStore, PageArgs, RelationQuery } from '../../src/store/GraphStore.js';
import { article, factKeyOf, key } from './fixtures.js';

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  const caught = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  expect(caught, `expected a rejection with code ${code}`).not.toBeNull();
  expect(isNewsgraphError(caught)).toBe(true);
  expect((caught as { code: string }).code).toBe(code);
}

async function walkAll<T>(fetch: (args: PageArgs) => Promise<Connection<T>>, first: number): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i++) {
    const page: Connection<T> = await fetch({ first, after });
    out.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor;
  }
  throw new Error('pagination did not end');
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Fixture (dates on the articles):
 *   a1 2024-01-10: Ann(3) Bob(1) Acme(2);  Ann MET Bob 0.9, Bob LEADS Acme 0.5
 *   a2 2024-02-20: Ann(1) Acme(4) Delta(1); Ann VISITED Delta 0.7, Ann CRITICIZED Acme 0.6
 *   a3 undated:    Bob(2) Delta(1);         Bob VISITED Delta 0.95   (lead "A quiet harbour report.")
 *   a4 2024-03-05: Ann(1) Delta(2);         Ann VISITED Delta 0.8
 * Totals: Acme 6, Ann 5, Delta 4, Bob 3 mentions.
 */
function fixture() {
  return [
    article('a1', {
      publishedAt: '2024-01-10',
      entities: [{ name: 'Ann', type: 'PERSON', mentions: 3 }, { name: 'Bob', type: 'PERSON' }, { name: 'Acme', type: 'ORGANIZATION', mentions: 2 }],
      facts: [
        { s: 'Ann', p: 'MET', o: 'Bob', confidence: 0.9 },
        { s: 'Bob', p: 'LEADS', o: 'Acme', confidence: 0.5 },
      ],
    }),
    article('a2', {
      publishedAt: '2024-02-20',
      entities: [{ name: 'Ann', type: 'PERSON' }, { name: 'Acme', type: 'ORGANIZATION', mentions: 4 }, { name: 'Delta', type: 'GPE' }],
      facts: [
        { s: 'Ann', p: 'VISITED', o: 'Delta', confidence: 0.7 },
        { s: 'Ann', p: 'CRITICIZED', o: 'Acme', confidence: 0.6 },
      ],
    }),
    article('a3', {
      publishedAt: null,
      lead: 'A quiet harbour report.',
      entities: [{ name: 'Bob', type: 'PERSON', mentions: 2 }, { name: 'Delta', type: 'GPE' }],
      facts: [{ s: 'Bob', p: 'VISITED', o: 'Delta', confidence: 0.95 }],
    }),
    article('a4', {
      publishedAt: '2024-03-05',
      entities: [{ name: 'Ann', type: 'PERSON' }, { name: 'Delta', type: 'GPE', mentions: 2 }],
      facts: [{ s: 'Ann', p: 'VISITED', o: 'Delta', confidence: 0.8 }],
    }),
  ];
}

const F = {
  annMetBob: factKeyOf('Ann', 'MET', 'Bob'),
  bobLeadsAcme: factKeyOf('Bob', 'LEADS', 'Acme'),
  annVisitedDelta: factKeyOf('Ann', 'VISITED', 'Delta'),
  annCriticizedAcme: factKeyOf('Ann', 'CRITICIZED', 'Acme'),
  bobVisitedDelta: factKeyOf('Bob', 'VISITED', 'Delta'),
};

export function apiQueryCases(getStore: () => GraphStore): void {
  let store: GraphStore;
  beforeEach(async () => {
    store = getStore();
    await store.upsertArticles(fixture());
  });

  const relationKeys = async (q: Omit<RelationQuery, 'first' | 'after'>, first = 500): Promise<string[]> =>
    (await walkAll((p) => store.relations({ ...q, ...p }), first)).map((f) => f.key);

  it('api: sorts relations by confidence or latest article date, stable across pages', async () => {
    const byConfidence = [F.bobVisitedDelta, F.annMetBob, F.annVisitedDelta, F.annCriticizedAcme, F.bobLeadsAcme];
    expect(await relationKeys({ sort: 'CONFIDENCE' })).toEqual(byConfidence);
    expect(await relationKeys({ sort: 'CONFIDENCE' }, 2)).toEqual(byConfidence);
    const jan = [F.annMetBob, F.bobLeadsAcme].sort(cmp);
    const byDate = [F.annVisitedDelta, F.annCriticizedAcme, ...jan, F.bobVisitedDelta];
    expect(await relationKeys({ sort: 'DATE' })).toEqual(byDate);
    expect(await relationKeys({ sort: 'DATE' }, 1)).toEqual(byDate);
    expect(await relationKeys({ sort: 'KEY' })).toEqual(Object.values(F).sort(cmp));
    const page = await store.relations({ first: 2, sort: 'CONFIDENCE', minConfidence: 0.7 });
    expect(page.totalCount).toBe(3);
    expect(page.edges.map((e) => e.node.key)).toEqual([F.bobVisitedDelta, F.annMetBob]);
    const keyCursor = (await store.relations({ first: 1 })).pageInfo.endCursor;
    await expectCode(store.relations({ first: 1, sort: 'CONFIDENCE', after: keyCursor }), 'BAD_USER_INPUT');
  });

  it('api: filters relations by date range and predicate lists', async () => {
    expect(await relationKeys({ since: '2024-02-01' })).toEqual([F.annVisitedDelta, F.annCriticizedAcme].sort(cmp));
    expect(await relationKeys({ until: '2024-01-31' })).toEqual([F.annMetBob, F.bobLeadsAcme].sort(cmp));
    expect(await relationKeys({ since: '2024-02-21', until: '2024-03-05' })).toEqual([F.annVisitedDelta]);
    expect(await relationKeys({ since: '2025-01-01' })).toEqual([]);
    expect(await relationKeys({ predicates: ['met', 'VISITED'] })).toEqual([F.annMetBob, F.annVisitedDelta, F.bobVisitedDelta].sort(cmp));
    expect(await relationKeys({ predicates: ['met', 'VISITED'], entityKey: key('Ann'), direction: 'OUT' })).toEqual([F.annMetBob, F.annVisitedDelta].sort(cmp));
    expect(await relationKeys({ predicates: ['VISITED'], since: '2024-01-01', sort: 'CONFIDENCE' })).toEqual([F.annVisitedDelta]);
    const counted = await store.relations({ first: 1, predicates: ['VISITED', 'LEADS'] });
    expect(counted.totalCount).toBe(3);
    await expectCode(store.relations({ first: 5, since: '2024-13-01' }), 'BAD_USER_INPUT');
    await expectCode(store.relations({ first: 5, since: '2024-03-01', until: '2024-02-01' }), 'BAD_USER_INPUT');
  });

  it('api: searches articles by date range, entity and text, paging in article order', async () => {
    const ids = async (q: Parameters<GraphStore['searchArticles']>[0]): Promise<string[]> => (await store.searchArticles(q)).edges.map((e) => e.node.id);
    expect(await ids({ first: 10 })).toEqual(['a4', 'a2', 'a1', 'a3']);
    expect(await ids({ first: 10, since: '2024-02-01' })).toEqual(['a4', 'a2']);
    expect(await ids({ first: 10, until: '2024-02-01' })).toEqual(['a1']);
    expect(await ids({ first: 10, entityKey: key('Bob') })).toEqual(['a1', 'a3']);
    expect(await ids({ first: 10, search: 'QUIET harbour' })).toEqual(['a3']);
    expect(await ids({ first: 10, search: 'title of a2' })).toEqual(['a2']);
    expect(await ids({ first: 10, entityKey: 'no such key' })).toEqual([]);
    const paged = await walkAll((p) => store.searchArticles({ ...p, entityKey: key('Ann') }), 1);
    expect(paged.map((a) => a.id)).toEqual(['a4', 'a2', 'a1']);
    const first = await store.searchArticles({ first: 1, since: '2024-01-01' });
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    await expectCode(store.searchArticles({ first: 501 }), 'LIMIT_EXCEEDED');
  });

  it('api: lists the entities of an article with their mentions there', async () => {
    const rows = await store.articleEntities('a2');
    expect(rows.map((r) => [r.entity.key, r.mentions])).toEqual([
      [key('Acme'), 4],
      [key('Ann'), 1],
      [key('Delta'), 1],
    ]);
    expect(rows[0]?.entity).toMatchObject({ name: 'Acme', mentionCount: 6, type: 'ORGANIZATION' });
    expect(await store.articleEntities('missing')).toEqual([]);
  });

  it('api: builds an entity timeline ordered by date, undated last', async () => {
    const entries = await store.timeline(key('Ann'), { first: 50 });
    const a2facts = [F.annVisitedDelta, F.annCriticizedAcme].sort(cmp);
    expect(entries.map((e) => [e.date, e.article.id, e.fact.key])).toEqual([
      ['2024-01-10', 'a1', F.annMetBob],
      ['2024-02-20', 'a2', a2facts[0]],
      ['2024-02-20', 'a2', a2facts[1]],
      ['2024-03-05', 'a4', F.annVisitedDelta],
    ]);
    expect(entries[3]?.fact.articleIds.sort()).toEqual(['a2', 'a4']);
    const ranged = await store.timeline(key('Ann'), { first: 2, since: '2024-02-01', until: '2024-12-31' });
    expect(ranged.map((e) => e.article.id)).toEqual(['a2', 'a2']);
    const bob = await store.timeline(key('Bob'), { first: 50 });
    expect(bob.map((e) => e.date)).toEqual(['2024-01-10', '2024-01-10', null]);
    expect(bob[2]?.fact.key).toBe(F.bobVisitedDelta);
    expect(await store.timeline('no such key', { first: 5 })).toEqual([]);
    await expectCode(store.timeline(key('Ann'), { first: 5, until: '10/03/2024' }), 'BAD_USER_INPUT');
  });

  it('api: counts co-occurring entities by shared articles', async () => {
    const rows = await store.cooccurrences(key('Ann'), { first: 10 });
    expect(rows.map((r) => [r.entity.key, r.articleIds])).toEqual([
      [key('Acme'), ['a2', 'a1']],
      [key('Delta'), ['a4', 'a2']],
      [key('Bob'), ['a1']],
    ]);
    expect((await store.cooccurrences(key('Ann'), { first: 10, type: 'PERSON' })).map((r) => r.entity.name)).toEqual(['Bob']);
    expect((await store.cooccurrences(key('Ann'), { first: 1 })).map((r) => r.entity.name)).toEqual(['Acme']);
    expect(await store.cooccurrences('no such key', { first: 3 })).toEqual([]);
  });

  it('api: returns every shortest path in a stable order', async () => {
    const paths = await store.shortestPaths(key('Acme'), key('Delta'), 4, 10);
    const expected = [
      [key('Ann'), [F.annCriticizedAcme, F.annVisitedDelta]],
      [key('Bob'), [F.bobLeadsAcme, F.bobVisitedDelta]],
    ].sort((x, y) => cmp(x[0] as string, y[0] as string));
    expect(paths.map((p) => [p.entities[1]?.key, p.relations.map((r) => r.key)])).toEqual(expected);
    for (const p of paths) {
      expect(p.length).toBe(2);
      expect(p.entities.map((e) => e.key)[0]).toBe(key('Acme'));
      expect(p.entities.map((e) => e.key)[2]).toBe(key('Delta'));
    }
    expect((await store.shortestPaths(key('Acme'), key('Delta'), 4, 1)).map((p) => p.entities[1]?.key)).toEqual([expected[0]?.[0]]);
    expect(await store.shortestPaths(key('Acme'), key('Delta'), 1, 10)).toEqual([]);
    const direct = await store.shortestPaths(key('Ann'), key('Acme'), 3, 10);
    expect(direct.map((p) => p.relations.map((r) => r.key))).toEqual([[F.annCriticizedAcme]]);
    const self = await store.shortestPaths(key('Ann'), key('Ann'), 2, 5);
    expect(self.map((p) => [p.length, p.entities.map((e) => e.key)])).toEqual([[0, [key('Ann')]]]);
    await expectCode(store.shortestPaths(key('Ann'), key('Acme'), 5, 1), 'LIMIT_EXCEEDED');
  });

  it('api: counts facts per predicate and follows deletions', async () => {
    expect(await store.predicateCounts()).toEqual([
      { predicate: 'VISITED', count: 2 },
      { predicate: 'CRITICIZED', count: 1 },
      { predicate: 'LEADS', count: 1 },
      { predicate: 'MET', count: 1 },
    ]);
    expect(await store.deleteArticle('a2')).toBe(true);
    expect(await store.predicateCounts()).toEqual([
      { predicate: 'VISITED', count: 2 },
      { predicate: 'LEADS', count: 1 },
      { predicate: 'MET', count: 1 },
    ]);
    expect((await store.timeline(key('Ann'), { first: 10 })).map((e) => e.article.id)).toEqual(['a1', 'a4']);
  });
}
