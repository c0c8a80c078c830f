/**
 * The GraphStore contract: every store (embedded, Neo4j) runs these cases.
 *
 * `factory` gives a fresh, empty store per test and a `cleanup` that closes it (it must
 * tolerate a store the suite already closed). With `options.reopen`, persistence is tested:
 * the suite closes its store, calls `reopen()` for a new handle on the same data and closes
 * that handle itself.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isNewsgraphError } from '../../src/errors.js';
import type { ArticleGraph, StoredEntity, StoredFact } from '../../src/model/types.js';
import type { Connection, GraphStore, PageArgs } from '../../src/store/GraphStore.js';
import { apiQueryCases } from './apiQueriesContract.js';
import { article, chain, factKeyOf, key } from './fixtures.js';

export interface ContractFactory {
  (): Promise<{ store: GraphStore; cleanup: () => Promise<void> }>;
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  let caught: unknown = null;
  try {
    await promise;
  } catch (err) {
    caught = err;
  }
  expect(caught, `expected a rejection with code ${code}`).not.toBeNull();
  expect(isNewsgraphError(caught)).toBe(true);
  expect((caught as { code: string }).code).toBe(code);
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** Walks every page; checks cursors and page sizes on the way. */
async function walk<T>(fetch: (args: PageArgs) => Promise<Connection<T>>, first: number): Promise<{ nodes: T[]; totals: number[] }> {
  const nodes: T[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 1000; guard++) {
    const page: Connection<T> = await fetch({ first, after });
    totals.push(page.totalCount);
    expect(page.edges.length).toBeLessThanOrEqual(first);
    nodes.push(...page.edges.map((e) => e.node));
    if (page.edges.length > 0) expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1]?.cursor);
    if (!page.pageInfo.hasNextPage) return { nodes, totals };
    expect(page.edges.length).toBe(first);
    after = page.pageInfo.endCursor;
  }
  throw new Error('pagination did not end');
}

const byKey = (a: { key: string }, b: { key: string }): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const sorted = (xs: readonly string[]): string[] => [...xs].sort();

/** Ten kB name, and names that break naive escaping in Cypher, HTML, JSON and JS. */
export const HOSTILE_NAMES: readonly string[] = [
  `O'Brien "the \\ quoted"`,
  'back`tick` }) // comment',
  'MATCH (n) DETACH DELETE n',
  '<script>alert(1)</script>',
  'Zoë Ünïcödé 北京 🚀👩🏽‍🚀',
  'مرحبا بالعالم עברית',
  '${injection} {{mustache}} %s %n',
  `long ${'x'.repeat(10_000)} end`,
];

export function describeGraphStoreContract(
  name: string,
  factory: ContractFactory,
  options: { reopen?: () => Promise<GraphStore> } = {},
): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      ({ store, cleanup } = await factory());
    });
    afterEach(async () => {
      await cleanup();
    });

    it('stores an article and reads back article, text, entities and facts', async () => {
      const g = article('a1', {
        title: 'Summit',
        publishedAt: '2023-09-13',
        lead: 'Leaders met.',
        entities: [
          { name: 'Kim Jong Un', type: 'PERSON', mentions: 4, aliases: ['Kim'] },
          { name: 'Vladimir Putin', type: 'PERSON', mentions: 3, aliases: ['Putin'] },
          { name: 'Vostochny', type: 'FACILITY' },
        ],
        facts: [
          { s: 'Kim Jong Un', p: 'MET', verb: 'meet', o: 'Vladimir Putin', confidence: 0.82, qualifiers: { at: 'Vostochny', date: '2023-09-13' } },
          { s: 'Vladimir Putin', p: 'VISITED', o: 'Vostochny', confidence: 0.6, negated: true, modality: 'reported' },
        ],
      });
      expect(await store.upsertArticles([g])).toEqual([{ id: 'a1', status: 'created' }]);

      expect(await store.getArticle('a1')).toEqual({ ...g.article, entityCount: 3, factCount: 2 });
      expect(await store.getArticleText('a1')).toBe(g.text);
      expect(await store.getArticle('nope')).toBeNull();
      expect(await store.getArticleText('nope')).toBeNull();

      const kim = await store.getEntity(key('Kim Jong Un'));
      expect(kim).toEqual({ key: key('Kim Jong Un'), name: 'Kim Jong Un', type: 'PERSON', aliases: ['Kim'], mentionCount: 4, articleIds: ['a1'] });
      const batch = await store.getEntities([key('Vostochny'), 'missing', key('Kim Jong Un')]);
      expect(batch.map((e) => e?.name ?? null)).toEqual(['Vostochny', null, 'Kim Jong Un']);
      expect(batch[0]?.type).toBe('FACILITY');

      const met = await store.getFact(factKeyOf('Kim Jong Un', 'MET', 'Vladimir Putin'));
      const f0 = g.facts[0] as ArticleGraph['facts'][number];
      expect(met).toEqual({
        key: f0.key,
        subject: key('Kim Jong Un'),
        predicate: 'MET',
        verb: 'meet',
        object: key('Vladimir Putin'),
        qualifiers: { at: 'Vostochny', date: '2023-09-13' },
        confidence: 0.82,
        negated: false,
        modality: 'asserted',
        articleIds: ['a1'],
        evidence: f0.evidence.map((e) => ({ ...e, articleId: 'a1' })),
      });
      const ev = met?.evidence[0];
      expect(ev && g.text.slice(ev.start, ev.end)).toBe(ev?.sentence);
      const visited = await store.getFact(factKeyOf('Vladimir Putin', 'VISITED', 'Vostochny', true));
      expect(visited?.negated).toBe(true);
      expect(visited?.modality).toBe('reported');
      expect(await store.getFact('missing')).toBeNull();
      expect(await store.entityArticles(key('Vostochny'))).toEqual([{ ...g.article, entityCount: 3, factCount: 2 }]);
      expect(await store.stats()).toEqual({ articles: 1, entities: 3, relations: 2 });
    });

    it('re-ingesting an unchanged article is a no-op', async () => {
      const g = article('a1', { entities: ['Alpha', 'Beta'], facts: [{ s: 'Alpha', p: 'MET', o: 'Beta' }] });
      await store.upsertArticles([g]);
      const before = await store.stats();
      expect(await store.upsertArticles([g, g])).toEqual([
        { id: 'a1', status: 'unchanged' },
        { id: 'a1', status: 'unchanged' },
      ]);
      expect(await store.stats()).toEqual(before);
      const fact = await store.getFact(factKeyOf('Alpha', 'MET', 'Beta'));
      expect(fact?.evidence).toHaveLength(1);
      expect((await store.getEntity(key('Alpha')))?.mentionCount).toBe(1);
    });

    it('a changed hash replaces everything the article contributed', async () => {
      await store.upsertArticles([
        article('a1', { hash: 'v1', entities: ['Alpha', 'Beta', 'Gamma'], facts: [{ s: 'Alpha', p: 'MET', o: 'Beta' }, { s: 'Beta', p: 'ATTACKED', o: 'Gamma' }] }),
      ]);
      const v2 = article('a1', { hash: 'v2', title: 'New title', entities: [{ name: 'Alpha', mentions: 5 }, 'Delta'], facts: [{ s: 'Alpha', p: 'CALLED', o: 'Delta' }] });
      expect(await store.upsertArticles([v2])).toEqual([{ id: 'a1', status: 'updated' }]);
      expect(await store.getFact(factKeyOf('Alpha', 'MET', 'Beta'))).toBeNull();
      expect(await store.getFact(factKeyOf('Beta', 'ATTACKED', 'Gamma'))).toBeNull();
      expect((await store.getFact(factKeyOf('Alpha', 'CALLED', 'Delta')))?.articleIds).toEqual(['a1']);
      expect(await store.getEntity(key('Beta'))).toBeNull();
      expect(await store.getEntity(key('Gamma'))).toBeNull();
      expect((await store.getEntity(key('Alpha')))?.mentionCount).toBe(5);
      expect((await store.getArticle('a1'))?.title).toBe('New title');
      expect(await store.getArticleText('a1')).toBe(v2.text);
      expect(await store.stats()).toEqual({ articles: 1, entities: 2, relations: 1 });
      expect((await store.relations({ first: 10 })).edges.map((e) => e.node.key)).toEqual([factKeyOf('Alpha', 'CALLED', 'Delta')]);
    });

    it('deleting an article removes its contribution and orphaned entities only', async () => {
      await store.upsertArticles([
        article('a1', { entities: [{ name: 'Shared', mentions: 2 }, 'Other', 'Orphan'], facts: [{ s: 'Shared', p: 'MET', o: 'Other', confidence: 0.9 }, { s: 'Orphan', p: 'CALLED', o: 'Shared' }] }),
        article('a2', { entities: [{ name: 'Shared', mentions: 3 }, 'Other'], facts: [{ s: 'Shared', p: 'MET', o: 'Other', confidence: 0.4 }] }),
      ]);
      expect((await store.getFact(factKeyOf('Shared', 'MET', 'Other')))?.confidence).toBe(0.9);
      expect(await store.deleteArticle('a1')).toBe(true);
      expect(await store.deleteArticle('a1')).toBe(false);
      expect(await store.deleteArticle('never-there')).toBe(false);
      expect(await store.getArticle('a1')).toBeNull();
      expect(await store.getArticleText('a1')).toBeNull();
      expect(await store.getEntity(key('Orphan'))).toBeNull();
      expect(await store.findEntity('Orphan')).toBeNull();
      expect(await store.getFact(factKeyOf('Orphan', 'CALLED', 'Shared'))).toBeNull();
      const shared = await store.getEntity(key('Shared'));
      expect(shared?.articleIds).toEqual(['a2']);
      expect(shared?.mentionCount).toBe(3);
      const met = await store.getFact(factKeyOf('Shared', 'MET', 'Other'));
      expect(met?.articleIds).toEqual(['a2']);
      expect(met?.evidence.map((e) => e.articleId)).toEqual(['a2']);
      expect(met?.confidence).toBe(0.4);
      expect(await store.stats()).toEqual({ articles: 1, entities: 2, relations: 1 });
      expect(await store.neighbors(key('Shared'), 1, 10).then((r) => r.map((n) => n.entity.key))).toEqual([key('Other')]);
    });

    it('merges an entity across articles: aliases, mentions, articles, type, name', async () => {
      await store.upsertArticles([
        article('a1', { entities: [{ name: 'Vladimir Putin', type: 'PERSON', mentions: 5, aliases: ['Putin', 'President Putin'] }] }),
        article('a2', { entities: [{ name: 'vladimir putin', type: 'OTHER', mentions: 2, aliases: ['V. Putin'] }] }),
        article('a3', { entities: [{ name: 'Vladimir  Putin', type: 'ORGANIZATION', mentions: 1, aliases: ['Putin'] }] }),
      ]);
      const e = await store.getEntity(key('Vladimir Putin'));
      expect(e?.name).toBe('Vladimir Putin');
      expect(e?.type).toBe('PERSON');
      expect(e?.mentionCount).toBe(8);
      expect(sorted(e?.articleIds ?? [])).toEqual(['a1', 'a2', 'a3']);
      for (const alias of ['Putin', 'President Putin', 'V. Putin']) expect(e?.aliases).toContain(alias);
      expect(e?.aliases).not.toContain('Vladimir Putin');
      expect(new Set(e?.aliases).size).toBe(e?.aliases.length);
      expect(await store.stats()).toEqual({ articles: 3, entities: 1, relations: 0 });
      const arts = await store.entityArticles(key('Vladimir Putin'));
      expect(arts.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
    });

    it('finds entities by name or alias, case-insensitively; the most mentioned wins', async () => {
      await store.upsertArticles([
        article('a1', { entities: [{ name: 'Georgia State', type: 'GPE', mentions: 2, aliases: ['Georgia'] }] }),
        article('a2', { entities: [{ name: 'Georgia Country', type: 'GPE', mentions: 7, aliases: ['Georgia', 'Sakartvelo'] }] }),
      ]);
      expect((await store.findEntity('SAKARTVELO'))?.key).toBe(key('Georgia Country'));
      expect((await store.findEntity('  georgia   state '))?.key).toBe(key('Georgia State'));
      expect((await store.findEntity('georgia'))?.key).toBe(key('Georgia Country'));
      expect(await store.findEntity('Georg')).toBeNull();
      await store.upsertArticles([article('a3', { entities: [{ name: 'Georgia State', mentions: 10 }] })]);
      expect((await store.findEntity('Georgia'))?.key).toBe(key('Georgia State'));
    });

    it('searches entities by substring of name or alias and by type', async () => {
      await store.upsertArticles([
        article('a1', {
          entities: [
            { name: 'Alice Walker', type: 'PERSON', mentions: 3 },
            { name: 'Bob Stone', type: 'PERSON', mentions: 2, aliases: ['Walkie'] },
            { name: 'Walker Industries', type: 'ORGANIZATION', mentions: 1 },
            { name: 'Paris', type: 'GPE', mentions: 5 },
          ],
        }),
      ]);
      const names = async (q: { search?: string; type?: StoredEntity['type'] }): Promise<string[]> =>
        (await store.searchEntities({ first: 50, ...q })).edges.map((e) => e.node.name);
      expect(await names({ search: 'WALK' })).toEqual(['Alice Walker', 'Bob Stone', 'Walker Industries']);
      expect(await names({ search: 'walk', type: 'PERSON' })).toEqual(['Alice Walker', 'Bob Stone']);
      expect(await names({ type: 'GPE' })).toEqual(['Paris']);
      expect(await names({})).toEqual(['Paris', 'Alice Walker', 'Bob Stone', 'Walker Industries']);
      expect(await names({ search: 'zzz' })).toEqual([]);
      const page = await store.searchEntities({ first: 1, search: 'walk' });
      expect(page.totalCount).toBe(3);
      expect(page.pageInfo.hasNextPage).toBe(true);
    });

    it('filters relations by subject, predicate, object, entity and direction, article, confidence', async () => {
      await store.upsertArticles([
        article('a1', {
          entities: [{ name: 'Ann', aliases: ['Annie'] }, 'Ben', 'Cat'],
          facts: [
            { s: 'Ann', p: 'MET', o: 'Ben', confidence: 0.9 },
            { s: 'Ben', p: 'MET', o: 'Cat', confidence: 0.5 },
            { s: 'Cat', p: 'CALLED', o: 'Ann', confidence: 0.3 },
          ],
        }),
        article('a2', { entities: ['Ann', 'Cat'], facts: [{ s: 'Ann', p: 'VISITED', o: 'Cat', confidence: 0.7 }] }),
      ]);
      const annMetBen = factKeyOf('Ann', 'MET', 'Ben');
      const benMetCat = factKeyOf('Ben', 'MET', 'Cat');
      const catCalledAnn = factKeyOf('Cat', 'CALLED', 'Ann');
      const annVisitedCat = factKeyOf('Ann', 'VISITED', 'Cat');
      const keys = async (q: Omit<Parameters<GraphStore['relations']>[0], 'first'>): Promise<string[]> => {
        const c = await store.relations({ first: 50, ...q });
        expect(c.totalCount).toBe(c.edges.length);
        return c.edges.map((e) => e.node.key);
      };
      expect(await keys({})).toEqual(sorted([annMetBen, benMetCat, catCalledAnn, annVisitedCat]));
      expect(await keys({ subject: 'annie' })).toEqual(sorted([annMetBen, annVisitedCat]));
      expect(await keys({ predicate: 'met' })).toEqual(sorted([annMetBen, benMetCat]));
      expect(await keys({ object: 'CAT' })).toEqual(sorted([benMetCat, annVisitedCat]));
      expect(await keys({ subject: 'Ann', object: 'Cat' })).toEqual([annVisitedCat]);
      expect(await keys({ entityKey: key('Ann'), direction: 'OUT' })).toEqual(sorted([annMetBen, annVisitedCat]));
      expect(await keys({ entityKey: key('Ann'), direction: 'IN' })).toEqual([catCalledAnn]);
      expect(await keys({ entityKey: key('Ann') })).toEqual(sorted([annMetBen, annVisitedCat, catCalledAnn]));
      expect(await keys({ entityKey: key('Ann'), direction: 'BOTH', predicate: 'Met' })).toEqual([annMetBen]);
      expect(await keys({ articleId: 'a2' })).toEqual([annVisitedCat]);
      expect(await keys({ articleId: 'missing' })).toEqual([]);
      expect(await keys({ minConfidence: 0.6 })).toEqual(sorted([annMetBen, annVisitedCat]));
      expect(await keys({ minConfidence: 0.7, subject: 'Ann' })).toEqual(sorted([annMetBen, annVisitedCat]));
      expect(await keys({ subject: 'Nobody' })).toEqual([]);
      expect(await keys({ predicate: 'NEVER_USED' })).toEqual([]);
      await expectCode(store.relations({ first: 5, minConfidence: 1.5 }), 'BAD_USER_INPUT');
    });

    it('paginates entities, relations and articles in stable order with opaque cursors', async () => {
      const graphs: ArticleGraph[] = [];
      for (let i = 0; i < 23; i++) {
        graphs.push(
          article(`art-${String(i).padStart(2, '0')}`, {
            publishedAt: i % 5 === 0 ? null : `2024-0${1 + (i % 3)}-1${i % 7}`,
            entities: [{ name: `Person ${i}`, mentions: 1 + (i % 4) }, { name: `Place ${i}`, mentions: 1 }, 'Hub'],
            facts: [{ s: `Person ${i}`, p: 'VISITED', o: `Place ${i}` }, { s: `Person ${i}`, p: 'MET', o: 'Hub' }],
          }),
        );
      }
      await store.upsertArticles(graphs);
      const entities = await walk((a) => store.searchEntities(a), 5);
      expect(new Set(entities.totals)).toEqual(new Set([47]));
      expect(entities.nodes).toHaveLength(47);
      const expectedEntities = [...entities.nodes].sort((a, b) => b.mentionCount - a.mentionCount || byKey(a, b));
      expect(entities.nodes.map((e) => e.key)).toEqual(expectedEntities.map((e) => e.key));
      expect(entities.nodes[0]?.key).toBe(key('Hub'));
      expect(entities.nodes[0]?.mentionCount).toBe(23);

      const facts = await walk((a) => store.relations(a), 7);
      expect(facts.nodes.map((f) => f.key)).toEqual(sorted(graphs.flatMap((g) => g.facts.map((f) => f.key))));
      expect(new Set(facts.totals)).toEqual(new Set([46]));

      const arts = await walk((a) => store.listArticles(a), 4);
      const expectedArticles = graphs
        .map((g) => g.article)
        .sort((a, b) =>
          a.publishedAt === b.publishedAt
            ? a.id.localeCompare(b.id)
            : a.publishedAt === null
              ? 1
              : b.publishedAt === null
                ? -1
                : b.publishedAt.localeCompare(a.publishedAt),
        );
      expect(arts.nodes.map((a) => a.id)).toEqual(expectedArticles.map((a) => a.id));
      expect(arts.totals.every((t) => t === 23)).toBe(true);

      const filtered = await walk((a) => store.searchEntities({ ...a, search: 'person 1' }), 3);
      expect(filtered.nodes.map((e) => e.name).sort()).toEqual(['Person 1', ...Array.from({ length: 10 }, (_, i) => `Person 1${i}`)].sort());

      const last = await store.relations({ first: 500 });
      expect(last.pageInfo.hasNextPage).toBe(false);
      const beyond = await store.relations({ first: 5, after: last.pageInfo.endCursor });
      expect(beyond.edges).toEqual([]);
      expect(beyond.pageInfo.hasNextPage).toBe(false);
    });

    it('rejects bad cursors and page sizes with precise codes', async () => {
      await store.upsertArticles([article('a1', { entities: ['Alpha', 'Beta'], facts: [{ s: 'Alpha', p: 'MET', o: 'Beta' }] })]);
      await expectCode(store.searchEntities({ first: 5, after: 'not a cursor!' }), 'BAD_USER_INPUT');
      await expectCode(store.relations({ first: 5, after: 'Zm9v' }), 'BAD_USER_INPUT');
      await expectCode(store.listArticles({ first: 5, after: '' }), 'BAD_USER_INPUT');
      const entityPage = await store.searchEntities({ first: 1 });
      await expectCode(store.relations({ first: 5, after: entityPage.pageInfo.endCursor }), 'BAD_USER_INPUT');
      await expectCode(store.searchEntities({ first: 0 }), 'BAD_USER_INPUT');
      await expectCode(store.searchEntities({ first: 2.5 }), 'BAD_USER_INPUT');
      await expectCode(store.relations({ first: 501 }), 'LIMIT_EXCEEDED');
      await expectCode(store.listArticles({ first: 10_000 }), 'LIMIT_EXCEEDED');
      try {
        await store.searchEntities({ first: 5, after: 'bad!' });
      } catch (err) {
        expect((err as Error).message).toMatch(/expected a cursor returned by a previous page, found/);
      }
    });

    it('finds neighbours breadth-first up to depth 3, nearest first, with the fact that reached them', async () => {
      // A - B - C - D - E chain, plus A - X and a fact pointing into A.
      await store.upsertArticles([
        ...chain(['A1', 'B1', 'C1', 'D1', 'E1']),
        article('side', { entities: ['X1', 'A1'], facts: [{ s: 'X1', p: 'CALLED', o: 'A1' }] }),
      ]);
      const dist = async (depth: number, first = 50): Promise<Record<string, number>> => {
        const res = await store.neighbors(key('A1'), depth, first);
        const out: Record<string, number> = {};
        const distances = res.map((r) => r.distance);
        expect(distances).toEqual([...distances].sort((a, b) => a - b));
        for (const r of res) {
          out[r.entity.key] = r.distance;
          const ends = [r.via.subject, r.via.object];
          expect(ends).toContain(r.entity.key);
          const other = ends[0] === r.entity.key ? ends[1] : ends[0];
          const otherDistance = other === key('A1') ? 0 : out[other as string];
          expect(otherDistance).toBe(r.distance - 1);
        }
        return out;
      };
      expect(await dist(1)).toEqual({ [key('B1')]: 1, [key('X1')]: 1 });
      expect(await dist(2)).toEqual({ [key('B1')]: 1, [key('X1')]: 1, [key('C1')]: 2 });
      expect(await dist(3)).toEqual({ [key('B1')]: 1, [key('X1')]: 1, [key('C1')]: 2, [key('D1')]: 3 });
      const limited = await store.neighbors(key('A1'), 3, 2);
      expect(limited.map((r) => r.distance)).toEqual([1, 1]);
      expect(await store.neighbors('no such key', 2, 10)).toEqual([]);
      await expectCode(store.neighbors(key('A1'), 4, 10), 'LIMIT_EXCEEDED');
      await expectCode(store.neighbors(key('A1'), 0, 10), 'BAD_USER_INPUT');
      await expectCode(store.neighbors(key('A1'), 1, 501), 'LIMIT_EXCEEDED');
    });

    it('finds shortest undirected paths within maxHops', async () => {
      await store.upsertArticles([
        ...chain(['P0', 'P1', 'P2', 'P3', 'P4', 'P5']),
        article('shortcut', { entities: ['P4', 'P1'], facts: [{ s: 'P4', p: 'CALLED', o: 'P1' }] }),
        article('island', { entities: ['Q0', 'Q1'], facts: [{ s: 'Q0', p: 'MET', o: 'Q1' }] }),
      ]);
      const check = (path: Awaited<ReturnType<GraphStore['shortestPath']>>, from: string, to: string, length: number): void => {
        expect(path).not.toBeNull();
        if (!path) return;
        expect(path.length).toBe(length);
        expect(path.relations).toHaveLength(length);
        expect(path.entities).toHaveLength(length + 1);
        expect(path.entities[0]?.key).toBe(key(from));
        expect(path.entities[length]?.key).toBe(key(to));
        path.relations.forEach((f: StoredFact, i) => {
          expect(sorted([f.subject, f.object])).toEqual(sorted([path.entities[i]?.key as string, path.entities[i + 1]?.key as string]));
        });
      };
      check(await store.shortestPath(key('P0'), key('P5'), 4), 'P0', 'P5', 3);
      check(await store.shortestPath(key('P5'), key('P0'), 3), 'P5', 'P0', 3);
      check(await store.shortestPath(key('P1'), key('P2'), 1), 'P1', 'P2', 1);
      check(await store.shortestPath(key('P0'), key('P4'), 2), 'P0', 'P4', 2);
      expect(await store.shortestPath(key('P0'), key('P5'), 2)).toBeNull();
      expect(await store.shortestPath(key('P0'), key('Q1'), 4)).toBeNull();
      expect(await store.shortestPath(key('P0'), 'no such key', 4)).toBeNull();
      await expectCode(store.shortestPath(key('P0'), key('P5'), 5), 'LIMIT_EXCEEDED');
      await expectCode(store.shortestPath(key('P0'), key('P5'), 0), 'BAD_USER_INPUT');
    });

    it('reports stats and streams everything in list order', async () => {
      const graphs = [
        article('s1', { publishedAt: '2024-02-01', entities: [{ name: 'One', mentions: 3 }, 'Two'], facts: [{ s: 'One', p: 'MET', o: 'Two' }] }),
        article('s2', { publishedAt: null, entities: ['Two', 'Three'], facts: [{ s: 'Two', p: 'CALLED', o: 'Three' }, { s: 'Three', p: 'MET', o: 'Two' }] }),
        article('s3', { publishedAt: '2024-03-01', entities: ['Four'] }),
      ];
      await store.upsertArticles(graphs);
      expect(await store.stats()).toEqual({ articles: 3, entities: 4, relations: 3 });
      expect((await collect(store.iterateArticles())).map((a) => a.id)).toEqual(['s3', 's1', 's2']);
      const ents = await collect(store.iterateEntities());
      expect(ents.map((e) => e.key)).toEqual((await store.searchEntities({ first: 500 })).edges.map((e) => e.node.key));
      expect(ents[0]?.key).toBe(key('One'));
      const facts = await collect(store.iterateFacts());
      expect(facts.map((f) => f.key)).toEqual(sorted(graphs.flatMap((g) => g.facts.map((f) => f.key))));
      expect(facts.every((f) => f.evidence.length === 1)).toBe(true);
    });

    it('rejects a fact whose subject is not an entity of the article, writing nothing', async () => {
      const bad = article('bad', { entities: ['Alpha', 'Beta'], facts: [{ s: 'Alpha', p: 'MET', o: 'Beta' }] });
      (bad.facts[0] as { subject: string }).subject = key('Ghost');
      const good = article('good', { entities: ['Alpha'] });
      let caught: unknown = null;
      await store.upsertArticles([good, bad]).catch((err: unknown) => (caught = err));
      expect(isNewsgraphError(caught)).toBe(true);
      expect(await store.getArticle('bad')).toBeNull();
      expect(await store.getEntity(key('Beta'))).toBeNull();
    });

    it('stores hostile names, ids and text byte-exact', async () => {
      const names = HOSTILE_NAMES;
      const g = article(`id "quoted" ' \`}) // MATCH (n) DETACH DELETE n 🚀`, {
        title: '<script>alert("t")</script>',
        lead: 'Text with emoji 👩🏽‍🚀 and RTL مرحبا and quotes \' " `.',
        entities: names.map((n, i) => ({ name: n, aliases: [`${n} alias`], mentions: 1 + i })),
        facts: names.slice(1).map((n, i) => ({ s: names[i] as string, p: 'MET', o: n, qualifiers: { at: names[(i + 2) % names.length] as string } })),
      });
      const id = g.article.id;
      expect(await store.upsertArticles([g])).toEqual([{ id, status: 'created' }]);
      expect(await store.getArticle(id)).toMatchObject({ id, title: g.article.title });
      expect(await store.getArticleText(id)).toBe(g.text);
      for (const n of names) {
        const e = await store.getEntity(key(n));
        expect(e?.name).toBe(n);
        expect(e?.aliases).toEqual([`${n} alias`]);
        expect((await store.findEntity(n))?.name).toBe(n);
        expect((await store.findEntity(`${n} alias`.toUpperCase()))?.key).toBe(key(n));
      }
      const facts = await collect(store.iterateFacts());
      expect(facts).toHaveLength(names.length - 1);
      for (const f of g.facts) {
        const stored = await store.getFact(f.key);
        expect(stored?.qualifiers).toEqual(f.qualifiers);
        expect(stored?.evidence[0]?.sentence).toBe(f.evidence[0]?.sentence);
      }
      expect(await store.stats()).toEqual({ articles: 1, entities: names.length, relations: names.length - 1 });
      const path = await store.shortestPath(key(names[0] as string), key(names[3] as string), 4);
      expect(path?.entities.map((e) => e.name)).toEqual(names.slice(0, 4));
      expect(await store.deleteArticle(id)).toBe(true);
      expect(await store.stats()).toEqual({ articles: 0, entities: 0, relations: 0 });
    });

    describe('API queries', () => {
      apiQueryCases(() => store);
    });

    it.skipIf(!options.reopen)('keeps everything across close and reopen', async () => {
      const graphs = [
        ...chain(['R0', 'R1', 'R2', 'R3']),
        article('r-extra', { entities: [{ name: 'R0', aliases: ['Arr Zero'], mentions: 4 }, { name: HOSTILE_NAMES[4] as string }], facts: [{ s: 'R0', p: 'VISITED', o: HOSTILE_NAMES[4] as string }] }),
      ];
      await store.upsertArticles(graphs);
      const before = {
        stats: await store.stats(),
        entities: await collect(store.iterateEntities()),
        facts: await collect(store.iterateFacts()),
        articles: await collect(store.iterateArticles()),
      };
      await store.close();
      const reopened = await (options.reopen as () => Promise<GraphStore>)();
      try {
        expect(await reopened.stats()).toEqual(before.stats);
        expect(await collect(reopened.iterateEntities())).toEqual(before.entities);
        expect(await collect(reopened.iterateFacts())).toEqual(before.facts);
        expect(await collect(reopened.iterateArticles())).toEqual(before.articles);
        expect((await reopened.findEntity('arr zero'))?.key).toBe(key('R0'));
        expect(await reopened.getArticleText('r-extra')).toBe(graphs[3]?.text);
        expect((await reopened.shortestPath(key('R0'), key('R3'), 4))?.length).toBe(3);
        expect((await reopened.neighbors(key('R0'), 1, 10)).map((n) => n.entity.key).sort()).toEqual(sorted([key('R1'), key(HOSTILE_NAMES[4] as string)]));
        expect(await reopened.upsertArticles([graphs[0] as ArticleGraph])).toEqual([{ id: graphs[0]?.article.id, status: 'unchanged' }]);
        expect(await reopened.deleteArticle('r-extra')).toBe(true);
        expect((await reopened.stats()).relations).toBe(before.stats.relations - 1);
      } finally {
        await reopened.close();
      }
    });
  });
}
