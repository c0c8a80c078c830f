/**
 * Traversals of the embedded store over its LMDB adjacency (`pairs`) and entity order
 * (`entityOrder`), behind the small TraversalGraph interface so the same code runs on an
 * in-memory graph in tests. Pure: all reads go through the interface.
 *
 * Neighbours, layer by layer (breadth-first): a layer holds the `need` best unseen neighbours
 * of the frontier in entity order (mentionCount desc, key). Two ways to find them:
 * - read every frontier node's adjacency and sort the candidates — cheap when the frontier's
 *   degrees are small;
 * - walk the global entity order and keep the entities adjacent to the frontier, tested by
 *   point lookups of (frontier node, entity) pairs — cheap when the frontier holds hubs, whose
 *   best neighbours are near the top of the entity order, so a hub's thousands of facts are
 *   never read. The walk gives up (and reads the adjacency) once its lookups outnumber what
 *   reading the adjacency would cost.
 * A neighbour's `via` is the smallest fact key between it and the first frontier node (in
 * entity order) that reaches it.
 */
import { compareStrings } from './records.js';

/** A fact between two nodes: [id, key]. */
export type FactRef = readonly [id: number, key: string];

export interface TraversalNode {
  id: number;
  key: string;
  mentionCount: number;
  /** Facts touching the node. */
  degree: number;
}

export interface TraversalGraph {
  node(id: number): TraversalNode | null;
  /** Neighbours of a node (itself too when it has a self-loop), any order. */
  neighbourIds(id: number): Iterable<number>;
  /** Neighbours with the facts between them. */
  adjacency(id: number): Iterable<[number, readonly FactRef[]]>;
  /** The facts between two nodes (either direction). */
  pairFacts(u: number, v: number): readonly FactRef[];
  hasPair(u: number, v: number): boolean;
  /** Every entity id in entity order. */
  orderScan(): Iterable<number>;
}

export interface TraversalOptions {
  /** A frontier whose degrees sum to at most this is read whole. */
  fullReadDegree: number;
  /** Frontier nodes of at most this degree are read whole during an order walk. */
  smallDegree: number;
  /** The order walk gives up after this many lookups per fact of its large frontier nodes. */
  walkBudgetPerFact: number;
}

export const DEFAULT_TRAVERSAL: TraversalOptions = { fullReadDegree: 100, smallDegree: 16, walkBudgetPerFact: 2 };

export interface NeighborHit {
  id: number;
  distance: number;
  /** Fact id. */
  via: number;
}

export interface PathHit {
  nodes: number[];
  /** Fact ids. */
  facts: number[];
}

export function compareNodes(a: TraversalNode, b: TraversalNode): number {
  return b.mentionCount - a.mentionCount || compareStrings(a.key, b.key);
}

/** The id of the fact with the smallest key among the facts between two nodes. */
function smallestFact(facts: readonly FactRef[]): number {
  let best = facts[0] as FactRef;
  for (const f of facts) if (compareStrings(f[1], best[1]) < 0) best = f;
  return best[0];
}

/** A per-call memo of node lookups. */
function nodeMemo(g: TraversalGraph): (id: number) => TraversalNode | null {
  const memo = new Map<number, TraversalNode | null>();
  return (id) => {
    let n = memo.get(id);
    if (n === undefined) memo.set(id, (n = g.node(id)));
    return n;
  };
}

/** A neighbour reached first (in frontier order) from the frontier node of this rank, by these facts. */
interface Candidate {
  rank: number;
  facts: readonly FactRef[];
}

type Hit = [TraversalNode, number];

/** Unseen neighbours of `nodes` (first in order wins). */
function readLayer(g: TraversalGraph, nodes: readonly TraversalNode[], seen: ReadonlySet<number>, ranks: readonly number[]): Map<number, Candidate> {
  const layer = new Map<number, Candidate>();
  nodes.forEach((u, i) => {
    for (const [v, facts] of g.adjacency(u.id)) {
      if (!seen.has(v) && !layer.has(v)) layer.set(v, { rank: ranks[i] as number, facts });
    }
  });
  return layer;
}

function bestOf(g: TraversalGraph, layer: Map<number, Candidate>, need: number, node: (id: number) => TraversalNode | null): Hit[] {
  const rows: [TraversalNode, Candidate][] = [];
  for (const [id, c] of layer) {
    const n = node(id);
    if (n) rows.push([n, c]);
  }
  rows.sort((a, b) => compareNodes(a[0], b[0]));
  return rows.slice(0, need).map(([n, c]) => [n, smallestFact(c.facts)]);
}

/** One layer to find: the `need` best unseen neighbours of `frontier` (in entity order). */
interface LayerQuery {
  g: TraversalGraph;
  frontier: readonly TraversalNode[];
  seen: ReadonlySet<number>;
  need: number;
  options: TraversalOptions;
  node: (id: number) => TraversalNode | null;
}

/** The layer by walking the entity order; null when the walk exceeded its budget. */
function walkLayer({ g, frontier, seen, need, options, node }: LayerQuery): Hit[] | null {
  const small = frontier.map((u) => u.degree <= options.smallDegree);
  const smallNodes = frontier.filter((_, i) => small[i]);
  const smallRanks = frontier.map((_, i) => i).filter((i) => small[i]);
  const fromSmall = readLayer(g, smallNodes, seen, smallRanks);
  let budget = 0;
  frontier.forEach((u, i) => (budget += small[i] ? 0 : u.degree * options.walkBudgetPerFact));
  const hits: Hit[] = [];
  let lookups = 0;
  for (const id of g.orderScan()) {
    if (++lookups > budget) return null;
    if (seen.has(id)) continue;
    const viaSmall = fromSmall.get(id);
    let facts: readonly FactRef[] | null = null;
    for (let rank = 0; rank < frontier.length && facts === null; rank++) {
      if (small[rank]) {
        if (viaSmall?.rank === rank) facts = viaSmall.facts;
        continue;
      }
      lookups++;
      const u = (frontier[rank] as TraversalNode).id;
      if (g.hasPair(u, id)) facts = g.pairFacts(u, id);
    }
    const n = facts === null ? null : node(id);
    if (n && facts !== null) hits.push([n, smallestFact(facts)]);
    if (hits.length >= need) return hits;
  }
  return hits;
}

function layerOf(q: LayerQuery): Hit[] {
  const { g, frontier, seen, need, options, node } = q;
  let degrees = 0;
  for (const u of frontier) degrees += u.degree;
  if (degrees > options.fullReadDegree && frontier.some((u) => u.degree > options.smallDegree)) {
    const walked = walkLayer(q);
    if (walked) return walked;
  }
  return bestOf(g, readLayer(g, frontier, seen, frontier.map((_, i) => i)), need, node);
}

/** Breadth-first neighbourhood of `start`: at most `first` entities up to `depth` hops, nearest first. */
export function neighbors(g: TraversalGraph, start: number, depth: number, first: number, options: TraversalOptions = DEFAULT_TRAVERSAL): NeighborHit[] {
  const node = nodeMemo(g);
  const startNode = node(start);
  if (!startNode) return [];
  const seen = new Set<number>([start]);
  const out: NeighborHit[] = [];
  let frontier: TraversalNode[] = [startNode];
  for (let distance = 1; distance <= depth && frontier.length > 0 && out.length < first; distance++) {
    const hits = layerOf({ g, frontier, seen, need: first - out.length, options, node });
    for (const [n, via] of hits) {
      seen.add(n.id);
      out.push({ id: n.id, distance, via });
    }
    frontier = hits.map(([n]) => n);
  }
  return out;
}

/* ───────────── paths ───────────── */

/** One side of a bidirectional search: node → previous node toward the origin (-1 at the origin), and distances. */
interface Side {
  parent: Map<number, number>;
  dist: Map<number, number>;
  frontier: number[];
  radius: number;
}

function side(origin: number): Side {
  return { parent: new Map([[origin, -1]]), dist: new Map([[origin, 0]]), frontier: [origin], radius: 0 };
}

function degreeSum(ids: readonly number[], node: (id: number) => TraversalNode | null): number {
  let sum = 0;
  for (const id of ids) sum += node(id)?.degree ?? 0;
  return sum;
}

/**
 * Expands the side whose frontier has fewer facts by one layer. With `stopAtMeeting`, returns
 * the first node also reached by the other side; otherwise finishes the layer and returns
 * whether any node of it was reached by the other side.
 */
function expand(g: TraversalGraph, sides: [Side, Side], node: (id: number) => TraversalNode | null, stopAtMeeting: boolean): number | boolean {
  const forward = degreeSum(sides[0].frontier, node) <= degreeSum(sides[1].frontier, node);
  const [mine, other] = forward ? sides : [sides[1], sides[0]];
  const next: number[] = [];
  let met = false;
  mine.radius++;
  for (const u of mine.frontier) {
    for (const v of g.neighbourIds(u)) {
      if (mine.parent.has(v)) continue;
      mine.parent.set(v, u);
      mine.dist.set(v, mine.radius);
      if (other.parent.has(v)) {
        if (stopAtMeeting) return v;
        met = true;
      }
      next.push(v);
    }
  }
  mine.frontier = next;
  return met;
}

function pathTo(meet: number, sides: [Side, Side]): number[] {
  const nodes = [meet];
  for (let n = sides[0].parent.get(meet) ?? -1; n !== -1; n = sides[0].parent.get(n) ?? -1) nodes.unshift(n);
  for (let n = sides[1].parent.get(meet) ?? -1; n !== -1; n = sides[1].parent.get(n) ?? -1) nodes.push(n);
  return nodes;
}

/** A shortest undirected path of at most maxHops facts (bidirectional breadth-first search), or null. */
export function shortestPath(g: TraversalGraph, from: number, to: number, maxHops: number): PathHit | null {
  const node = nodeMemo(g);
  if (!node(from) || !node(to)) return null;
  if (from === to) return { nodes: [from], facts: [] };
  const sides: [Side, Side] = [side(from), side(to)];
  for (let hops = 0; hops < maxHops && sides[0].frontier.length > 0 && sides[1].frontier.length > 0; hops++) {
    const meet = expand(g, sides, node, true);
    if (typeof meet === 'number') {
      const nodes = pathTo(meet, sides);
      const facts = nodes.slice(1).map((v, i) => smallestFact(g.pairFacts(nodes[i] as number, v)));
      return { nodes, facts };
    }
  }
  return null;
}

/**
 * Every shortest path of at most maxHops facts (at most `first`), ordered by (entities[1],
 * relations[0], entities[2], …) keys. The two searches stop at the first layer where they meet
 * (length L = radius F + radius B); the enumeration then follows nodes one step nearer along
 * the forward distances up to the meeting layer (only nodes that lead to it), and the backward
 * distances after it.
 */
export function allShortestPaths(g: TraversalGraph, from: number, to: number, maxHops: number, first: number): PathHit[] {
  const node = nodeMemo(g);
  if (!node(from) || !node(to)) return [];
  if (from === to) return [{ nodes: [from], facts: [] }];
  const sides: [Side, Side] = [side(from), side(to)];
  let met = false;
  for (let hops = 0; hops < maxHops && !met && sides[0].frontier.length > 0 && sides[1].frontier.length > 0; hops++) {
    met = expand(g, sides, node, false) === true;
  }
  if (!met) return [];
  const [f, b] = sides;
  const length = f.radius + b.radius;
  const useful = usefulForward(g, f, b);
  const out: PathHit[] = [];
  const nodes = [from];
  const facts: number[] = [];
  const fits = (v: number, position: number): boolean =>
    position <= f.radius ? f.dist.get(v) === position && useful.has(v) : b.dist.get(v) === length - position;
  const step = (u: number, i: number): void => {
    if (i === length) {
      out.push({ nodes: [...nodes], facts: [...facts] });
      return;
    }
    const options: [string, string, number, number][] = [];
    for (const [v, pair] of g.adjacency(u)) {
      if (!fits(v, i + 1)) continue;
      const key = node(v)?.key;
      if (key !== undefined) for (const [fact, factKey] of pair) options.push([key, factKey, v, fact]);
    }
    options.sort((x, y) => compareStrings(x[0], y[0]) || compareStrings(x[1], y[1]));
    for (const [, , v, fact] of options) {
      nodes.push(v);
      facts.push(fact);
      step(v, i + 1);
      nodes.pop();
      facts.pop();
      if (out.length >= first) return;
    }
  };
  step(from, 0);
  return out;
}

/** Nodes within the forward radius that lie on a shortest path: the meeting layer and, level by level back, their predecessors. */
function usefulForward(g: TraversalGraph, f: Side, b: Side): Set<number> {
  let level: number[] = [];
  for (const [v, d] of f.dist) if (d === f.radius && b.dist.get(v) === b.radius) level.push(v);
  const useful = new Set(level);
  for (let d = f.radius - 1; d >= 0; d--) {
    const prev: number[] = [];
    for (const u of level) {
      for (const w of g.neighbourIds(u)) {
        if (f.dist.get(w) === d && !useful.has(w)) {
          useful.add(w);
          prev.push(w);
        }
      }
    }
    level = prev;
  }
  return useful;
}
