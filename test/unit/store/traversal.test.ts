import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../../src/store/memory/EmbeddedStore.js';
import {
  allShortestPaths,
  compareNodes,
  neighbors,
  shortestPath,
  type FactRef,
  type TraversalGraph,
  type TraversalNode,
  type TraversalOptions,
} from '../../../src/store/memory/traversal.js';
import { article, factKeyOf, key } from '../../contract/fixtures.js';

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface Graph {
  /** mentionCount per entity e0 … e(n-1) */
  counts: number[];
  /** [subjectIndex, objectIndex, predicateIndex] */
  facts: [number, number, number][];
}

const graphArb: fc.Arbitrary<Graph> = fc.integer({ min: 1, max: 14 }).chain((n) =>
  fc.record({
    counts: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: n, maxLength: n }),
    facts: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.nat(2)), { maxLength: 40 }),
  }),
);

interface Fact {
  key: string;
  s: number;
  o: number;
}

/** The graph's distinct facts (the same subject, predicate and object is one fact). */
function factsOf(g: Graph): Fact[] {
  const byKey = new Map<string, Fact>();
  for (const [s, o, p] of g.facts) byKey.set(`f:e${s}:P${p}:e${o}`, { key: `f:e${s}:P${p}:e${o}`, s, o });
  return [...byKey.values()];
}

/** The key of fact `id` (an index into factsOf(g)). */
const keyOf = (g: Graph, id: number): string => (factsOf(g)[id] as Fact).key;

/** An in-memory TraversalGraph (fact ids are indexes into factsOf(g)): the interface the store implements over LMDB. */
function memoryGraph(g: Graph): TraversalGraph {
  const facts = factsOf(g);
  const adj = new Map<number, Map<number, FactRef[]>>();
  const link = (u: number, v: number, id: number): void => {
    const m = adj.get(u) ?? new Map<number, FactRef[]>();
    adj.set(u, m);
    m.set(v, [...(m.get(v) ?? []), [id, (facts[id] as Fact).key]]);
  };
  facts.forEach((f, id) => {
    link(f.s, f.o, id);
    if (f.s !== f.o) link(f.o, f.s, id);
  });
  const nodes = g.counts.map((mentionCount, id): TraversalNode => ({
    id,
    key: `e${id}`,
    mentionCount,
    degree: facts.filter((f) => f.s === id || f.o === id).length,
  }));
  return {
    node: (id) => nodes[id] ?? null,
    neighbourIds: (id) => adj.get(id)?.keys() ?? [],
    adjacency: (id) => adj.get(id)?.entries() ?? [],
    pairFacts: (u, v) => adj.get(u)?.get(v) ?? [],
    hasPair: (u, v) => adj.get(u)?.has(v) ?? false,
    orderScan: () => [...nodes].sort(compareNodes).map((n) => n.id),
  };
}

/** The definition: full layers, each ordered like the entity list, cut to what is still needed. */
function referenceNeighbors(g: Graph, start: number, depth: number, first: number): { id: number; distance: number; via: string }[] {
  const facts = factsOf(g);
  const node = (id: number): TraversalNode => ({ id, key: `e${id}`, mentionCount: g.counts[id] as number, degree: 0 });
  const seen = new Set([start]);
  const out: { id: number; distance: number; via: string }[] = [];
  let frontier = [start];
  for (let d = 1; d <= depth && frontier.length > 0 && out.length < first; d++) {
    const layer = new Map<number, { rank: number; via: string }>();
    frontier.forEach((u, rank) => {
      for (const f of facts) {
        if (f.s !== u && f.o !== u) continue;
        const v = f.s === u ? f.o : f.s;
        if (seen.has(v)) continue;
        const hit = layer.get(v);
        if (!hit) layer.set(v, { rank, via: f.key });
        else if (hit.rank === rank && byCodeUnit(f.key, hit.via) < 0) hit.via = f.key;
      }
    });
    const hits = [...layer.entries()].sort((a, b) => compareNodes(node(a[0]), node(b[0]))).slice(0, first - out.length);
    for (const [id, h] of hits) {
      seen.add(id);
      out.push({ id, distance: d, via: h.via });
    }
    frontier = hits.map(([id]) => id);
  }
  return out;
}

function distancesFrom(g: Graph, from: number): Map<number, number> {
  const facts = factsOf(g);
  const dist = new Map([[from, 0]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const u of frontier) {
      for (const f of facts) {
        if (f.s !== u && f.o !== u) continue;
        const v = f.s === u ? f.o : f.s;
        if (!dist.has(v)) {
          dist.set(v, (dist.get(u) as number) + 1);
          next.push(v);
        }
      }
    }
    frontier = next;
  }
  return dist;
}

/** Every shortest path by brute force, in the port's order. */
function referencePaths(g: Graph, from: number, to: number, maxHops: number): string[][] {
  const length = distancesFrom(g, from).get(to);
  if (length === undefined || length > maxHops) return [];
  const toDist = distancesFrom(g, to);
  const facts = factsOf(g);
  const out: string[][] = [];
  const walk = (u: number, trail: string[]): void => {
    if (trail.length === 2 * length) {
      out.push(trail);
      return;
    }
    for (const f of facts) {
      if (f.s !== u && f.o !== u) continue;
      const v = f.s === u ? f.o : f.s;
      if (toDist.get(v) === length - trail.length / 2 - 1) walk(v, [...trail, `e${v}`, f.key]);
    }
  };
  walk(from, []);
  // order: entities[1], relations[0], entities[2], relations[1], …
  return out.sort((a, b) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return byCodeUnit(a[i] as string, b[i] as string);
    return 0;
  });
}

const FULL_READ: TraversalOptions = { fullReadDegree: Infinity, smallDegree: 0, walkBudgetPerFact: 1 };
const WALK: TraversalOptions = { fullReadDegree: 0, smallDegree: 1, walkBudgetPerFact: 1000 };
const WALK_ALL_LARGE: TraversalOptions = { fullReadDegree: 0, smallDegree: 0, walkBudgetPerFact: 1000 };
const WALK_GIVES_UP: TraversalOptions = { fullReadDegree: 0, smallDegree: 0, walkBudgetPerFact: 0.3 };

describe('traversals', () => {
  it('neighbours equal the full-layer definition, read whole, by an order walk, and by a walk that gives up', () => {
    fc.assert(
      fc.property(graphArb, fc.nat(13), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 6 }), (g, s, depth, first) => {
        const graph = memoryGraph(g);
        const start = s % g.counts.length;
        const expected = referenceNeighbors(g, start, depth, first);
        for (const options of [FULL_READ, WALK, WALK_ALL_LARGE, WALK_GIVES_UP]) {
          expect(neighbors(graph, start, depth, first, options).map((h) => ({ ...h, via: keyOf(g, h.via) }))).toEqual(expected);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a shortest path is valid, as short as breadth-first search allows, and null beyond maxHops', () => {
    fc.assert(
      fc.property(graphArb, fc.nat(13), fc.nat(13), fc.integer({ min: 1, max: 4 }), (g, x, y, maxHops) => {
        const graph = memoryGraph(g);
        const [from, to] = [x % g.counts.length, y % g.counts.length];
        const expected = distancesFrom(g, from).get(to);
        const hit = shortestPath(graph, from, to, maxHops);
        if (expected === undefined || expected > maxHops) {
          expect(hit).toBeNull();
          return;
        }
        expect(hit?.facts.length).toBe(expected);
        expect(hit?.nodes[0]).toBe(from);
        expect(hit?.nodes[hit.nodes.length - 1]).toBe(to);
        hit?.facts.forEach((id, i) => expect(graph.pairFacts(hit.nodes[i] as number, hit.nodes[i + 1] as number).map((f) => f[0])).toContain(id));
      }),
      { numRuns: 400 },
    );
  });

  it('all shortest paths equal a brute-force enumeration, in order, cut at first', () => {
    fc.assert(
      fc.property(graphArb, fc.nat(13), fc.nat(13), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 8 }), (g, x, y, maxHops, first) => {
        const [from, to] = [x % g.counts.length, y % g.counts.length];
        const graph = memoryGraph(g);
        const got = allShortestPaths(graph, from, to, maxHops, first).map((p) => p.nodes.slice(1).flatMap((n, i) => [`e${n}`, keyOf(g, p.facts[i] as number)]));
        const expected = from === to ? [[]] : referencePaths(g, from, to, maxHops).slice(0, first);
        expect(got).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('the store answers like the definition over its LMDB indexes, with either neighbour strategy', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-traversal-'));
    try {
      await fc.assert(
        fc.asyncProperty(graphArb, fc.nat(13), fc.integer({ min: 1, max: 3 }), fc.constantFrom(FULL_READ, WALK, WALK_GIVES_UP), async (g, s, depth, options) => {
          fs.rmSync(dir, { recursive: true, force: true });
          const store = await EmbeddedStore.open(dir, { traversal: options });
          try {
            const name = (i: number): string => `N${i}`;
            // one article per entity sets its mentionCount; facts go in articles naming both ends
            await store.upsertArticles(g.counts.map((mentions, i) => article(`e${i}`, { entities: [{ name: name(i), mentions }] })));
            await store.upsertArticles(
              g.facts.map(([a, b, p], i) => article(`f${i}`, { entities: [{ name: name(a), mentions: 0 }, { name: name(b), mentions: 0 }], facts: [{ s: name(a), p: `P${p}`, o: name(b) }] })),
            );
            const start = s % g.counts.length;
            const got = (await store.neighbors(key(name(start)), depth, 5)).map((n) => [n.entity.key, n.distance, n.via.key]);
            const keyed: Graph = { counts: g.counts, facts: g.facts };
            const expected = referenceNeighbors(keyed, start, depth, 5);
            // the store's keys and fact keys differ from the reference's: compare through the names
            expect(got.map(([k, d]) => [k, d])).toEqual(expected.map((h) => [key(name(h.id)), h.distance]));
            for (const [k, , via] of got) {
              const i = Number(String(k).slice(1));
              const viaFacts = g.facts.filter(([a, b]) => (a === i || b === i)).map(([a, b, p]) => factKeyOf(name(a), `P${p}`, name(b)));
              expect(viaFacts).toContain(via);
            }
          } finally {
            await store.close();
          }
        }),
        { numRuns: 40 },
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
