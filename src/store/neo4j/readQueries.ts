/**
 * Read transaction bodies of the Neo4j store: each runs a fixed-shape statement from an index
 * seek (cypher/read.cypher, cypher/api.cypher) and converts its rows. Pure apart from the
 * transaction, so unit tests can drive them with a fake one.
 */
import type { PathResult, NeighborResult, TimelineEntry } from '../GraphStore.js';
import type { StoredEntity, StoredFact } from '../../model/types.js';
import { normalizeName } from '../../resolution/keys.js';
import { lookupName } from './merge.js';
import { toStoredArticle, toStoredEntity, toStoredFact } from './records.js';
import { runStatement } from './runStatement.js';
import type { Row, Tx } from './runStatement.js';
import * as S from './statements.js';
import type { Statement } from './statements.js';

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Nodes by key, one statement for all keys; absent keys are missing from the map. */
async function fetchByKey<T extends { key: string }>(tx: Tx, keys: readonly string[], statement: Statement, convert: (row: Row) => T): Promise<Map<string, T>> {
  const out = new Map<string, T>();
  if (keys.length === 0) return out;
  for (const row of await runStatement(tx, statement)) {
    const node = convert(row);
    out.set(node.key, node);
  }
  return out;
}

export const fetchEntities = (tx: Tx, keys: readonly string[]): Promise<Map<string, StoredEntity>> =>
  fetchByKey(tx, keys, S.entityGetMany(keys), (r) => toStoredEntity(r.entity));

export const fetchFacts = (tx: Tx, keys: readonly string[]): Promise<Map<string, StoredFact>> => fetchByKey(tx, keys, S.factGetMany(keys), (r) => toStoredFact(r.fact));

/** Entity by name or alias (case-insensitive, normalised): one seek on the Alias lookup key. */
export async function findEntityIn(tx: Tx, name: string): Promise<StoredEntity | null> {
  const norm = normalizeName(name);
  if (norm === '') return null;
  const rows = await runStatement(tx, S.entityFind(lookupName(norm)));
  return rows[0] ? toStoredEntity(rows[0].entity) : null;
}

/** Breadth-first neighbourhood in one statement; rows come back with their rank. */
export async function neighborsIn(tx: Tx, key: string, depth: number, first: number): Promise<NeighborResult[]> {
  const rows = await runStatement(tx, S.entityNeighbors(key, depth, first));
  return rows
    .map((r) => ({ idx: Number(r.idx), entity: toStoredEntity(r.entity), distance: Number(r.distance), via: toStoredFact(r.fact) }))
    .sort((a, b) => a.idx - b.idx)
    .map(({ entity, distance, via }) => ({ entity, distance, via }));
}

/** One shortest path of at most maxHops facts, entities and facts included, in one statement. */
export async function shortestPathIn(tx: Tx, fromKey: string, toKey: string, maxHops: number): Promise<PathResult | null> {
  const row = (await runStatement(tx, S.shortestPath(fromKey, toKey, maxHops)))[0];
  if (!row) return null;
  const entities = (row.entities as unknown[]).map(toStoredEntity);
  const byKey = new Map((row.facts as unknown[]).map(toStoredFact).map((f) => [f.key, f]));
  const relations = (row.factKeys as string[]).map((k) => byKey.get(k));
  if (relations.some((f) => f === undefined) || relations.length > maxHops) return null;
  return { length: relations.length, entities, relations: relations as StoredFact[] };
}

/** The port's order of paths: (entities[1], relations[0], entities[2], relations[1], …). */
export function comparePathKeys(a: { nodes: string[]; facts: string[] }, b: { nodes: string[]; facts: string[] }): number {
  const n = Math.min(a.facts.length, b.facts.length);
  for (let i = 0; i < n; i++) {
    const c = cmp(a.nodes[i + 1] as string, b.nodes[i + 1] as string) || cmp(a.facts[i] as string, b.facts[i] as string);
    if (c !== 0) return c;
  }
  return a.facts.length - b.facts.length;
}

/** Most shortest paths read from Neo4j before sorting (bounds memory on dense graphs). */
const MAX_SHORTEST_PATHS_READ = 10_000;

export async function shortestPathsIn(tx: Tx, fromKey: string, toKey: string, maxHops: number, first: number): Promise<PathResult[]> {
  const rows = await runStatement(tx, S.allShortestPaths(fromKey, toKey, maxHops, MAX_SHORTEST_PATHS_READ));
  const seen = new Set<string>();
  const hits = rows
    .map((r) => ({ nodes: r.entityKeys as string[], facts: r.factKeys as string[] }))
    .filter((h) => {
      const id = JSON.stringify(h);
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .sort(comparePathKeys)
    .slice(0, first);
  const entities = await fetchEntities(tx, [...new Set(hits.flatMap((h) => h.nodes))]);
  const facts = await fetchFacts(tx, [...new Set(hits.flatMap((h) => h.facts))]);
  const out: PathResult[] = [];
  for (const h of hits) {
    const es = h.nodes.map((k) => entities.get(k));
    const fs = h.facts.map((k) => facts.get(k));
    if (es.some((e) => !e) || fs.some((f) => !f)) continue;
    out.push({ length: h.facts.length, entities: es as StoredEntity[], relations: fs as StoredFact[] });
  }
  return out;
}

/** Facts of an entity per stating article: date ascending (undated last), then article id, then fact key. */
export async function timelineIn(tx: Tx, key: string, since: string | null, until: string | null, first: number): Promise<TimelineEntry[]> {
  const rows = await runStatement(tx, S.entityTimeline(key, since, until, first));
  const entries = rows.map((r) => {
    const article = toStoredArticle(r.article);
    return { date: article.publishedAt, article, fact: toStoredFact(r.fact) };
  });
  return entries.sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return cmp(a.date, b.date);
    }
    return cmp(a.article.id, b.article.id) || cmp(a.fact.key, b.fact.key);
  });
}
