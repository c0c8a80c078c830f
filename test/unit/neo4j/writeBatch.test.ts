/**
 * The Neo4j store's write transactions against a fake transaction (no server). The fake keeps
 * a small simulated graph (which articles exist, which entities each mentions), answers the
 * statements the writer may run from it, and fails on any other statement, so a writer that
 * started reading other articles' contributions would fail here.
 */
import { describe, expect, it } from 'vitest';
import { cypherNames, loadCypher } from '../../../src/store/neo4j/cypherFiles.js';
import { deleteArticleIn, writeBatch } from '../../../src/store/neo4j/writeBatch.js';
import { prepareGraph } from '../../../src/store/neo4j/prepareGraph.js';
import type { PreparedGraph } from '../../../src/store/neo4j/prepareGraph.js';
import * as S from '../../../src/store/neo4j/statements.js';
import type { ArticleGraph, GraphEntity, GraphFact } from '../../../src/model/types.js';

type Row = Record<string, unknown>;

interface Call {
  name: string;
  relType: string | null;
  /** Rows sent ($rows, $ids or $keys). */
  sent: number;
  /** Rows the fake answered. */
  answered: number;
}

const NAMES_BY_TEXT = new Map(cypherNames().map((n) => [loadCypher(n), n]));

/** A simulated database: articles with their hash and mentioned entities. */
class FakeGraph {
  readonly articles = new Map<string, { hash: string; entities: string[] }>();
  calls: Call[] = [];

  private answer(name: string, params: Row): Row[] {
    const ids = (params.ids ?? []) as string[];
    switch (name) {
      case 'article.hashes':
        return ids.flatMap((id) => {
          const a = this.articles.get(id);
          return a ? [{ id, hash: a.hash }] : [];
        });
      case 'entity.retract': {
        const keys = new Set(ids.flatMap((id) => this.articles.get(id)?.entities ?? []));
        return [...keys].map((key) => ({ key, reelect: false, orphan: [...this.articles].every(([id, a]) => ids.includes(id) || !a.entities.includes(key)) }));
      }
      case 'article.add':
        for (const r of params.rows as { id: string; hash: string; mentions: { key: string }[] }[]) this.articles.set(r.id, { hash: r.hash, entities: r.mentions.map((m) => m.key) });
        return [];
      case 'article.delete':
        this.articles.delete(String(params.id));
        return [];
      case 'entity.add':
      case 'fact.add':
      case 'fact.retract':
      case 'entity.reelect':
      case 'entity.deleteOrphans':
        return [];
      default:
        throw new Error(`the writer ran a statement the fake does not expect: ${name}`);
    }
  }

  readonly tx = {
    run: async (text: string, params: Row) => {
      const relType = /CREATE \(s\)-\[:`(\w+)`/.exec(text)?.[1] ?? null;
      const name = NAMES_BY_TEXT.get(text) ?? (relType ? 'fact.add' : 'unknown');
      const rows = this.answer(name, params);
      const sent = ((params.rows ?? params.ids ?? params.keys ?? []) as unknown[]).length;
      this.calls.push({ name, relType, sent, answered: rows.length });
      return { records: rows.map((r) => ({ toObject: () => r })) };
    },
  } as never;
}

const PREDICATES = ['MET', 'VISITED', 'SIGNED'];

/** An article mentioning the hub and two entities of its own, with three facts. */
function article(id: string, hash = `h-${id}`): PreparedGraph {
  const entities: GraphEntity[] = [
    { key: 'hub', name: 'Hub', type: 'GPE', aliases: ['The Hub'], mentions: 3 },
    { key: `${id}-x`, name: `X ${id}`, type: 'PERSON', aliases: [], mentions: 1 },
    { key: `${id}-y`, name: `Y ${id}`, type: 'ORGANIZATION', aliases: [], mentions: 1 },
  ];
  const fact = (p: string, s: string, o: string): GraphFact => ({
    key: `${s}|${p}|${o}`, subject: s, predicate: p, verb: p.toLowerCase(), object: o, qualifiers: {}, confidence: 0.7, negated: false, modality: 'asserted',
    evidence: [{ sentence: `${s} ${p} ${o}.`, start: 0, end: 5 }],
  });
  const facts = [fact('MET', `${id}-x`, 'hub'), fact('VISITED', 'hub', `${id}-y`), fact('SIGNED', `${id}-x`, `${id}-y`)];
  const g: ArticleGraph = { article: { id, title: null, source: `${id}.txt`, publishedAt: '2024-05-01', hash }, text: 'x', entities, facts };
  return prepareGraph(g);
}

/** A fake holding `earlier` articles that all mention the hub, written batch by batch. */
async function graphWithHistory(earlier: number): Promise<FakeGraph> {
  const fake = new FakeGraph();
  const all = Array.from({ length: earlier }, (_, i) => article(`old-${i}`));
  for (let i = 0; i < all.length; i += 500) await writeBatch(fake.tx, all.slice(i, i + 500));
  fake.calls = [];
  return fake;
}

describe('a batch write costs a fixed number of statements', () => {
  const batch = Array.from({ length: 40 }, (_, i) => article(`new-${i}`));

  it('one hash lookup, entity.add, article.add and one fact.add per predicate, however many earlier articles mention an entity', async () => {
    const runs: Call[][] = [];
    for (const earlier of [0, 1, 2_000]) {
      const fake = await graphWithHistory(earlier);
      expect(await writeBatch(fake.tx, batch)).toEqual(batch.map(() => 'created'));
      runs.push(fake.calls);
    }
    const [none, one, many] = runs as [Call[], Call[], Call[]];
    expect(one.map((c) => [c.name, c.relType])).toEqual([
      ['article.hashes', null],
      ['entity.add', null],
      ['article.add', null],
      ...[...PREDICATES].sort().map((p) => ['fact.add', p]),
    ]);
    // Same statements, same rows sent, nothing more read back: 1 vs 2,000 earlier hub articles.
    expect(many).toEqual(one);
    expect(none).toEqual(one);
    expect(one.reduce((n, c) => n + c.answered, 0)).toBe(0);
    // The hub is one row of entity.add, however many of the batch's articles mention it.
    expect(one.find((c) => c.name === 'entity.add')?.sent).toBe(1 + 2 * batch.length);
  });

  it('re-ingesting unchanged articles costs the hash lookup only', async () => {
    const fake = await graphWithHistory(0);
    await writeBatch(fake.tx, batch);
    fake.calls = [];
    expect(await writeBatch(fake.tx, batch)).toEqual(batch.map(() => 'unchanged'));
    expect(fake.calls.map((c) => c.name)).toEqual(['article.hashes']);
  });

  it('a replaced article is retracted first, at a cost that does not grow with the hub either', async () => {
    const runs: Call[][] = [];
    for (const earlier of [2, 1_500]) {
      const fake = await graphWithHistory(earlier);
      expect(await writeBatch(fake.tx, [article('old-0', 'changed'), article('fresh')])).toEqual(['updated', 'created']);
      runs.push(fake.calls);
    }
    const [few, many] = runs as [Call[], Call[]];
    expect(few.map((c) => c.name)).toEqual(['article.hashes', 'fact.retract', 'entity.retract', 'entity.deleteOrphans', 'entity.add', 'article.add', 'fact.add', 'fact.add', 'fact.add']);
    expect(many).toEqual(few);
    expect(few.find((c) => c.name === 'entity.deleteOrphans')?.sent).toBe(2);
  });
});

describe('deleteArticle (fake transaction)', () => {
  it('retracts, then deletes; an unknown id costs one lookup and returns false', async () => {
    const fake = await graphWithHistory(3);
    expect(await deleteArticleIn(fake.tx, 'nope')).toBe(false);
    expect(fake.calls.map((c) => c.name)).toEqual(['article.hashes']);
    fake.calls = [];
    expect(await deleteArticleIn(fake.tx, 'old-1')).toBe(true);
    expect(fake.calls.map((c) => c.name)).toEqual(['article.hashes', 'fact.retract', 'entity.retract', 'entity.deleteOrphans', 'article.delete']);
    expect(fake.articles.has('old-1')).toBe(false);
  });

  it('re-elects the name of an entity whose naming article went away, unless it is gone', async () => {
    const fake = new FakeGraph();
    const replies: Row[] = [{ key: 'a', reelect: true, orphan: false }, { key: 'b', reelect: true, orphan: true }, { key: 'c', reelect: false, orphan: false }];
    const calls: { name: string; params: Row }[] = [];
    const tx = {
      run: async (text: string, params: Row) => {
        const name = NAMES_BY_TEXT.get(text) ?? 'unknown';
        calls.push({ name, params });
        const rows = name === 'article.hashes' ? [{ id: 'x', hash: 'h' }] : name === 'entity.retract' ? replies : [];
        return { records: rows.map((r) => ({ toObject: () => r })) };
      },
    } as never;
    expect(fake.articles.size).toBe(0);
    expect(await deleteArticleIn(tx, 'x')).toBe(true);
    expect(calls.find((c) => c.name === 'entity.reelect')?.params.keys).toEqual(['a']);
    expect(calls.find((c) => c.name === 'entity.deleteOrphans')?.params.keys).toEqual(['b']);
  });
});

describe('fact.add templating', () => {
  it('rejects a predicate that is not a valid relationship type before any Cypher is built', () => {
    expect(() => S.statementText({ name: 'fact.add', params: {}, relType: 'MET]->() DETACH DELETE' })).toThrow(expect.objectContaining({ code: 'INVALID_IDENTIFIER' }));
    const g = article('a');
    expect(() => prepareGraph({ ...g, facts: [{ ...(g.facts[0] as GraphFact), predicate: 'met' }] })).toThrow(expect.objectContaining({ code: 'INVALID_IDENTIFIER' }));
  });
});
