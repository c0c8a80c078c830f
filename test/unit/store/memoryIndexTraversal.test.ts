import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryIndex, compareEntityNodes, type EntityNode } from '../../../src/store/memory/MemoryIndex.js';

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

function build(g: Graph): MemoryIndex {
  const index = new MemoryIndex();
  g.counts.forEach((c, i) => index.setEntity(`e${i}`, 'PERSON', c, [`e${i}`]));
  g.facts.forEach(([s, o, p], id) => index.setFact(`f:e${s}:P${p}:e${o}`, `e${s}`, `e${o}`, `P${p}`, 0.5, id));
  return index;
}

/** The definition: full layers, each ordered like the entity list, cut to what is still needed. */
function referenceNeighbors(index: MemoryIndex, start: string, depth: number, first: number): { key: string; distance: number; via: string }[] {
  if (!index.entities.has(start)) return [];
  const seen = new Set([start]);
  const out: { key: string; distance: number; via: string }[] = [];
  let frontier = [start];
  for (let d = 1; d <= depth && frontier.length > 0 && out.length < first; d++) {
    const layer = new Map<string, { node: EntityNode; rank: number; via: string }>();
    frontier.forEach((u, rank) => {
      for (const f of index.facts.values()) {
        if (f.s !== u && f.o !== u) continue;
        const v = f.s === u ? f.o : f.s;
        if (seen.has(v)) continue;
        const hit = layer.get(v);
        if (!hit) layer.set(v, { node: index.entities.get(v) as EntityNode, rank, via: f.key });
        else if (hit.rank === rank && byCodeUnit(f.key, hit.via) < 0) hit.via = f.key;
      }
    });
    const hits = [...layer.values()].sort((a, b) => compareEntityNodes(a.node, b.node)).slice(0, first - out.length);
    for (const h of hits) {
      seen.add(h.node.key);
      out.push({ key: h.node.key, distance: d, via: h.via });
    }
    frontier = hits.map((h) => h.node.key);
  }
  return out;
}

function bfsDistance(index: MemoryIndex, from: string, to: string): number | null {
  const dist = new Map([[from, 0]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const u of frontier) {
      for (const f of index.facts.values()) {
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
  return dist.get(to) ?? null;
}

describe('MemoryIndex traversals', () => {
  it('neighbours equal the full-layer definition, by full scans right after writes and bounded scans of rank-sorted adjacency later', () => {
    fc.assert(
      fc.property(graphArb, fc.nat(13), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 6 }), (g, s, depth, first) => {
        const index = build(g);
        const start = `e${s % g.counts.length}`;
        const expected = referenceNeighbors(index, start, depth, first);
        // the first traversals after writes scan everything, the later ones read sorted prefixes
        for (let i = 0; i < 4; i++) expect(index.neighbors(start, depth, first)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('neighbours follow rank changes and removed facts after the adjacency was sorted', () => {
    const index = build({ counts: [1, 1, 2, 3], facts: [[0, 1, 0], [0, 2, 0], [0, 3, 1], [3, 0, 2]] });
    const repeat = (n: number): string[][] => Array.from({ length: n }, () => index.neighbors('e0', 1, 2).map((h) => h.key));
    expect(repeat(4)).toEqual(Array(4).fill(['e3', 'e2']));
    index.setEntity('e1', 'PERSON', 9, ['e1']);
    for (let i = 0; i < 4; i++) {
      expect(index.neighbors('e0', 1, 2)).toEqual([
        { key: 'e1', distance: 1, via: 'f:e0:P0:e1' },
        { key: 'e3', distance: 1, via: 'f:e0:P1:e3' },
      ]);
    }
    index.removeFact('f:e0:P0:e1');
    expect(repeat(4)).toEqual(Array(4).fill(['e3', 'e2']));
  });

  it('shortest paths are valid, as short as breadth-first search allows, and null beyond maxHops', () => {
    fc.assert(
      fc.property(graphArb, fc.nat(13), fc.nat(13), fc.integer({ min: 1, max: 4 }), (g, x, y, maxHops) => {
        const index = build(g);
        const from = `e${x % g.counts.length}`;
        const to = `e${y % g.counts.length}`;
        const expected = bfsDistance(index, from, to);
        const hit = index.shortestPath(from, to, maxHops);
        if (expected === null || expected > maxHops) {
          expect(hit).toBeNull();
          return;
        }
        expect(hit).not.toBeNull();
        const { nodes, facts } = hit as { nodes: string[]; facts: string[] };
        expect(facts.length).toBe(expected);
        expect(nodes[0]).toBe(from);
        expect(nodes[nodes.length - 1]).toBe(to);
        facts.forEach((k, i) => {
          const f = index.facts.get(k);
          expect(f).toBeDefined();
          expect([f?.s, f?.o].sort()).toEqual([nodes[i], nodes[i + 1]].sort());
        });
      }),
      { numRuns: 300 },
    );
  });
});
