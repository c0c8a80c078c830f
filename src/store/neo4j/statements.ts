/**
 * Pure builders of every statement the store runs: a named section of cypher/*.cypher (or a
 * list statement composed by listQuery.ts) and exactly the `$parameters` it uses, which
 * test/unit/neo4j/cypherStatements.test.ts checks for each of them.
 */
import neo4j from 'neo4j-driver';
import type { Integer } from 'neo4j-driver';
import { loadCypher } from './cypherFiles.js';
import { renderWithMaxHops, renderWithRelType } from './identifiers.js';
import { COUNTED_TYPES, articleRows, entityRows, factRowsByPredicate } from './batchRows.js';
import type { PreparedGraph } from './prepareGraph.js';

export interface Statement {
  /** Section name in cypher/*.cypher, or a descriptive name of a composed list statement. */
  name: string;
  params: Record<string, unknown>;
  /** Set only for statements templated with a validated relationship type. */
  relType?: string;
  /** Set only for statements templated with a validated hop bound. */
  maxHops?: number;
  /** Full text of a composed statement (listQuery.ts); absent for named sections. */
  text?: string;
}

const st = (name: string, params: Record<string, unknown>): Statement => ({ name, params });

export const limitParam = (n: number): Integer => neo4j.int(n);

/** The Cypher text a statement runs. */
export function statementText(s: Statement): string {
  if (s.text !== undefined) return s.text;
  let text = loadCypher(s.name);
  if (s.relType !== undefined) text = renderWithRelType(text, s.relType);
  if (s.maxHops !== undefined) text = renderWithMaxHops(text, s.maxHops);
  return text;
}

/* ───────────── writes (cypher/write.cypher) ───────────── */

export const articleHashes = (ids: readonly string[]): Statement => st('article.hashes', { ids: [...ids] });
export const articleDelete = (id: string): Statement => st('article.delete', { id });
export const factRetract = (ids: readonly string[]): Statement => st('fact.retract', { ids: [...ids] });
export const entityRetract = (ids: readonly string[]): Statement => st('entity.retract', { ids: [...ids], types: [...COUNTED_TYPES] });
export const entityReelect = (keys: readonly string[]): Statement => st('entity.reelect', { keys: [...keys] });
export const entityDeleteOrphans = (keys: readonly string[]): Statement => st('entity.deleteOrphans', { keys: [...keys] });
export const legacyAssertions = (): Statement => st('model.legacyAssertions', {});

/** Null when the batch mentions no entity. */
export function entityAdd(graphs: readonly PreparedGraph[]): Statement | null {
  const rows = entityRows(graphs);
  return rows.length === 0 ? null : st('entity.add', { rows, types: [...COUNTED_TYPES] });
}

export const articleAdd = (graphs: readonly PreparedGraph[]): Statement => st('article.add', { rows: articleRows(graphs) });

/** One statement per predicate of the batch (the relationship type cannot be a parameter), sorted by predicate. */
export function factAdds(graphs: readonly PreparedGraph[]): Statement[] {
  return [...factRowsByPredicate(graphs).entries()].map(([predicate, rows]) => ({ name: 'fact.add', params: { rows }, relType: predicate }));
}

export const wipeAll = (): Statement => st('admin.wipeAll', {});

/* ───────────── reads (cypher/read.cypher, cypher/api.cypher) ───────────── */

export const articleGet = (id: string): Statement => st('article.get', { id });
export const articleText = (id: string): Statement => st('article.text', { id });
export const articleOfEntity = (key: string): Statement => st('article.ofEntity', { key });
export const articleEntities = (id: string): Statement => st('article.entities', { id });
export const entityGetMany = (keys: readonly string[]): Statement => st('entity.getMany', { keys: [...keys] });
/** `lookup` = lookupName(normalizeName(name)). */
export const entityFind = (lookup: string): Statement => st('entity.find', { lookup });
export const factGetMany = (keys: readonly string[]): Statement => st('fact.getMany', { keys: [...keys] });
export const statsCounts = (): Statement => st('stats.counts', {});
export const predicateCounts = (): Statement => st('fact.predicateCounts', {});

export function entityNeighbors(key: string, depth: number, first: number): Statement {
  return st('entity.neighbors', { key, depth: neo4j.int(depth), first: neo4j.int(first) });
}

export function shortestPath(fromKey: string, toKey: string, maxHops: number): Statement {
  return { name: 'path.shortest', params: { fromKey, toKey }, maxHops };
}

/** `limit` caps the number of shortest paths read (they are sorted afterwards). */
export function allShortestPaths(fromKey: string, toKey: string, maxHops: number, limit: number): Statement {
  return { name: 'path.allShortest', params: { fromKey, toKey, limit: limitParam(limit) }, maxHops };
}

/** The highest string the stores' dates are compared with: '\uffff' is above every ISO date. */
export const MAX_STRING = '\uffff';

/** Facts of an entity per stating article, dates within [since, until] (undated only without a range). */
export function entityTimeline(key: string, since: string | null, until: string | null, limit: number): Statement {
  return st('entity.timeline', {
    key,
    lower: since ?? '',
    upper: until ?? MAX_STRING,
    includeUndated: since === null && until === null,
    limit: limitParam(limit),
  });
}

export function entityCooccurrences(key: string, type: string | null, limit: number): Statement {
  return type === null
    ? st('entity.cooccurrences', { key, limit: limitParam(limit) })
    : st('entity.cooccurrencesOfType', { key, type, limit: limitParam(limit) });
}
