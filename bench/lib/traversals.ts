/**
 * The read measurements the store benchmarks share: p50/p95 of name lookups, neighbours at
 * depth 1–3 (first 50) and shortest paths ≤ 4 hops, starting from entities drawn like the
 * synthetic articles draw them (hubs are asked about most), after a warm-up on another sample.
 */
import { entityKey } from '../../src/resolution/keys.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { createRng } from './rng.js';
import { measure, type Latency } from './stats.js';
import { SKEW, entityCountFor, entityName } from './synthetic.js';

export interface TraversalLatencies {
  lookup: Latency;
  neighbors: Record<'1' | '2' | '3', Latency>;
  path: Latency & { found: number };
}

export async function measureTraversals(store: GraphStore, facts: number, queries: number): Promise<TraversalLatencies> {
  const entityCount = entityCountFor(facts);
  const rng = createRng(7);
  const pick = (): number => rng.skewed(entityCount, SKEW);
  const names = Array.from({ length: queries }, () => entityName(pick()));
  const starts = Array.from({ length: queries }, () => entityKey(entityName(pick())));
  const pairs = Array.from({ length: queries }, () => [entityKey(entityName(pick())), entityKey(entityName(rng.int(entityCount)))] as const);

  // Warm up (JIT, page cache) on a separate sample.
  for (let i = 0; i < 30; i++) {
    const k = entityKey(entityName(pick()));
    await store.findEntity(entityName(pick()));
    await store.neighbors(k, 2, 50);
    await store.shortestPath(k, entityKey(entityName(rng.int(entityCount))), 4);
  }

  const lookup = await measure(names, (n) => store.findEntity(n));
  const neighbors = {
    '1': await measure(starts, (k) => store.neighbors(k, 1, 50)),
    '2': await measure(starts, (k) => store.neighbors(k, 2, 50)),
    '3': await measure(starts, (k) => store.neighbors(k, 3, 50)),
  };
  let found = 0;
  const path = await measure(pairs, async ([a, b]) => {
    if (await store.shortestPath(a, b, 4)) found++;
  });
  return { lookup, neighbors, path: { ...path, found } };
}
