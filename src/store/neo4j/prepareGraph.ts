/**
 * Validates one article's contribution before it reaches Cypher and folds duplicates (the
 * same entity key or fact key listed twice in one article) into one row each. The rules and
 * CONSTRAINT_VIOLATION errors are shared with the embedded store (../validateArticleGraph.ts);
 * predicates must also be valid relationship types (INVALID_IDENTIFIER), since they become
 * Neo4j relationship types.
 */
import type { ArticleGraph } from '../../model/types.js';
import { normalizeArticleGraph } from '../validateArticleGraph.js';
import { assertRelType } from './identifiers.js';

/** A validated article graph with duplicate entity and fact keys folded, ready for Cypher. */
export type PreparedGraph = ArticleGraph;

export function prepareGraph(graph: ArticleGraph): PreparedGraph {
  return normalizeArticleGraph(graph, { checkPredicate: assertRelType });
}

/** Splits graphs into runs with unique article ids (a repeated id starts a new run) of at most maxSize, keeping order. */
export function chunkUniqueIds<T extends { article: { id: string } }>(graphs: readonly T[], maxSize: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let ids = new Set<string>();
  for (const g of graphs) {
    if (current.length >= maxSize || ids.has(g.article.id)) {
      chunks.push(current);
      current = [];
      ids = new Set();
    }
    current.push(g);
    ids.add(g.article.id);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
