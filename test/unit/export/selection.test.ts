import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNewsgraphError } from '../../../src/errors.js';
import { parseSelection, selectGraph, validateSelection, type GraphSelection } from '../../../src/export/GraphSelection.js';
import type { StoredEntity, StoredFact } from '../../../src/model/types.js';
import type { GraphStore } from '../../../src/store/GraphStore.js';
import { HOSTILE, openFixtureStore, type TestStore } from './exportFixtures.js';

let fixture: TestStore;
let store: GraphStore;
let allEntities: StoredEntity[];
let allFacts: StoredFact[];

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

interface Picked {
  names: string[];
  facts: string[];
  entities: StoredEntity[];
  raw: StoredFact[];
  articles: string[];
}

const nameOf = (key: string): string => allEntities.find((e) => e.key === key)!.name;
const triple = (f: StoredFact): string => `${nameOf(f.subject)} ${f.predicate} ${nameOf(f.object)}`;

async function pick(selection: GraphSelection): Promise<Picked> {
  const graph = await selectGraph(store, selection);
  const entities = await all(graph.entities());
  const selected = await all(graph.facts());
  const keys = new Set(entities.map((e) => e.key));
  for (const s of selected) {
    // Every exported edge has both of its nodes in the export, with matching entities.
    expect(keys.has(s.fact.subject) && keys.has(s.fact.object)).toBe(true);
    expect([s.subject.key, s.object.key]).toEqual([s.fact.subject, s.fact.object]);
  }
  return {
    names: entities.map((e) => e.name).sort(),
    facts: selected.map((s) => triple(s.fact)).sort(),
    entities,
    raw: selected.map((s) => s.fact),
    articles: (await all(graph.articles())).map((a) => a.id).sort(),
  };
}

const sorted = (xs: string[]): string[] => [...xs].sort();
const H = HOSTILE;

beforeAll(async () => {
  fixture = await openFixtureStore();
  store = fixture.store;
  allEntities = await all(store.iterateEntities());
  allFacts = await all(store.iterateFacts());
});
afterAll(async () => fixture.dispose());

describe('selectGraph', () => {
  it('without a selection yields the whole graph', async () => {
    const p = await pick({});
    expect(p.names).toEqual(sorted(allEntities.map((e) => e.name)));
    expect(p.facts).toEqual(sorted(allFacts.map(triple)));
    expect(p.articles).toEqual(['a1', 'a2', 'a3']);
  });

  it('--entity (by alias, any case) --depth N gives the neighbourhood and the facts among it', async () => {
    const d1 = await pick({ entity: "o'NEIL", depth: 1 });
    expect(d1.names).toEqual(sorted([H.quotes, H.markup, H.control]));
    expect(d1.facts).toEqual(sorted([`${H.quotes} MET ${H.markup}`, `${H.control} MET ${H.quotes}`]));
    expect(d1.articles).toEqual(['a1', 'a2']);
    const d2 = await pick({ entity: H.quotes, depth: 2 });
    expect(d2.names).toEqual(sorted([H.quotes, H.markup, H.control, H.cypher]));
    expect(d2.facts).toContain(`${H.markup} SIGNED ${H.cypher}`);
    expect(d2.facts).toHaveLength(3);
    const d3 = await pick({ entity: H.quotes, depth: 3 });
    expect(d3.names).toEqual(sorted([H.quotes, H.markup, H.control, H.cypher, H.emoji]));
    const lone = await pick({ entity: H.plain });
    expect(lone).toMatchObject({ names: [H.plain], facts: [], articles: ['a1'] });
  });

  it('a missing start entity is NOT_FOUND with the name in the message', async () => {
    const err = await selectGraph(store, { entity: 'Nobody Atall' }).catch((e: unknown) => e);
    expect(isNewsgraphError(err) && err.code).toBe('NOT_FOUND');
    expect((err as Error).message).toContain('"Nobody Atall"');
  });

  it('--predicate keeps only those facts and the entities they connect', async () => {
    const p = await pick({ predicates: ['MET'] });
    expect(p.facts).toEqual(sorted(allFacts.filter((f) => f.predicate === 'MET').map(triple)));
    expect(p.names).toEqual(sorted([H.quotes, H.markup, H.control]));
    const two = await pick({ predicates: ['VISITED', 'CRITICIZED'] });
    expect(two.names).toEqual(sorted([H.emoji, H.rtl, H.formula, H.lines]));
    expect(two.facts).toHaveLength(2);
  });

  it('--type keeps entities of those types and facts whose both ends match', async () => {
    const p = await pick({ types: ['PERSON'] });
    expect(p.names).toEqual(sorted(allEntities.filter((e) => e.type === 'PERSON').map((e) => e.name)));
    expect(p.names).toContain(H.plain);
    expect(p.facts).toEqual([`${H.control} MET ${H.quotes}`]);
    const orgs = await pick({ types: ['ORGANIZATION', 'GPE'] });
    const oracle = allFacts.filter((f) => ['ORGANIZATION', 'GPE'].includes(allEntities.find((e) => e.key === f.subject)!.type) && ['ORGANIZATION', 'GPE'].includes(allEntities.find((e) => e.key === f.object)!.type));
    expect(orgs.facts).toEqual(sorted(oracle.map(triple)));
    expect(orgs.facts).toEqual(sorted([`${H.markup} SIGNED ${H.cypher}`, `${H.cypher} ATTACKED ${H.emoji}`]));
  });

  it('--since/--until select by article date and trim articleIds and evidence to the range', async () => {
    const feb = await pick({ since: '2024-02-01' });
    expect(feb.articles).toEqual(['a2']);
    expect(feb.names).toEqual(sorted([H.markup, H.cypher, H.emoji, H.quotes]));
    for (const e of feb.entities) expect(e.articleIds).toEqual(['a2']);
    expect(feb.facts).toEqual(sorted([`${H.markup} SIGNED ${H.cypher}`, `${H.cypher} ATTACKED ${H.emoji}`, `${H.quotes} MET ${H.markup}`]));
    const met = feb.raw.find((f) => f.predicate === 'MET')!;
    expect(met.articleIds).toEqual(['a2']);
    expect(met.evidence.map((ev) => ev.articleId)).toEqual(['a2']);
    expect(met.evidence[0]!.sentence).toMatch(/^Again /);

    const jan = await pick({ until: '2024-01-31' });
    expect(jan.articles).toEqual(['a1']);
    expect(jan.facts).toEqual(sorted([`${H.quotes} MET ${H.markup}`, `${H.control} MET ${H.quotes}`]));
    const both = await pick({ since: '2024-01-10', until: '2024-01-10' });
    expect(both.articles).toEqual(['a1']);
    const none = await pick({ since: '2030-01-01' });
    expect(none).toMatchObject({ names: [], facts: [], articles: [] });
  });

  it('--min-confidence keeps facts at or above it and drops entities left without facts', async () => {
    const p = await pick({ minConfidence: 0.7 });
    expect(p.facts).toEqual(sorted(allFacts.filter((f) => f.confidence >= 0.7).map(triple)));
    expect(p.facts).toHaveLength(3);
    expect(p.names).toEqual(sorted([H.quotes, H.markup, H.cypher, H.emoji, H.rtl]));
  });

  it('filters combine with an entity neighbourhood', async () => {
    const p = await pick({ entity: H.cypher, depth: 2, predicates: ['SIGNED', 'ATTACKED', 'VISITED'] });
    expect(p.names).toEqual(sorted([H.cypher, H.markup, H.emoji, H.rtl]));
    expect(p.facts).toHaveLength(3);
    const typed = await pick({ entity: H.quotes, depth: 2, types: ['PERSON'] });
    expect(typed.names).toEqual(sorted([H.quotes, H.control]));
    expect(typed.facts).toEqual([`${H.control} MET ${H.quotes}`]);
  });
});

describe('parseSelection', () => {
  it('parses the textual form, normalising predicates and types', () => {
    expect(parseSelection({ entity: ' Kim ', depth: '2', predicate: 'met, visited', type: 'person,Gpe', since: '2024-01-01', until: '2024-12-31', minConfidence: '0.5' })).toEqual({
      entity: 'Kim',
      depth: 2,
      predicates: ['MET', 'MEET', 'VISITED', 'VISIT'],
      types: ['PERSON', 'GPE'],
      since: '2024-01-01',
      until: '2024-12-31',
      minConfidence: 0.5,
      maxEntities: 500,
    });
    expect(parseSelection({ entity: 'X' }).depth).toBe(1);
  });

  it('rejects malformed values saying what was expected and what was found', () => {
    const cases: [Parameters<typeof parseSelection>[0], RegExp][] = [
      [{ since: '2024-02-30' }, /since: expected an ISO date YYYY-MM-DD, found "2024-02-30"/],
      [{ until: 'yesterday' }, /until: expected an ISO date/],
      [{ since: '2024-05-01', until: '2024-01-01' }, /expected since ≤ until, found 2024-05-01 after 2024-01-01/],
      [{ depth: '2' }, /depth: expected together with an entity/],
      [{ entity: 'X', depth: '9' }, /depth: expected a whole number from 1 to 3, found 9/],
      [{ entity: 'X', depth: 'two' }, /found "two"/],
      [{ type: 'PERSON,ROBOT' }, /type: expected one of PERSON, .*found "ROBOT"/],
      [{ predicate: 'MET,has-part' }, /predicate: expected UPPER_SNAKE names .*found "HAS-PART"/],
      [{ predicate: ' , ' }, /predicate: expected at least one/],
      [{ minConfidence: '1.5' }, /minConfidence: expected a number from 0 to 1, found 1.5/],
      [{ minConfidence: 'high' }, /found "high"/],
      [{ entity: '   ' }, /entity: expected a name or alias, found an empty string/],
    ];
    for (const [input, message] of cases) {
      let caught: unknown;
      try {
        parseSelection(input);
      } catch (e) {
        caught = e;
      }
      expect(isNewsgraphError(caught) && caught.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect((caught as Error).message).toMatch(message);
    }
    expect(() => validateSelection({ entity: 'x', maxEntities: 501 })).toThrow(/maxEntities: expected a whole number from 1 to 500/);
  });
});
