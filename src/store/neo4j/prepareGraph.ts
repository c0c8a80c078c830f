/**
 * Validates one article's contribution before it reaches Cypher and folds duplicates
 * (the same entity key or fact key listed twice in one article) into one row each.
 */
import { QueryError, describeValue } from '../../errors.js';
import { isEntityType } from '../../model/types.js';
import type { ArticleGraph, ArticleMeta, GraphEntity, GraphFact, Modality } from '../../model/types.js';
import { assertRelType } from './identifiers.js';
import { mergeFact } from './merge.js';

export interface PreparedGraph {
  article: ArticleMeta;
  text: string;
  entities: GraphEntity[];
  facts: GraphFact[];
}

const MODALITIES: readonly Modality[] = ['asserted', 'planned', 'reported', 'possible'];

function bad(message: string, articleId: string): never {
  throw new QueryError('BAD_USER_INPUT', message, { articleId });
}

export function prepareGraph(graph: ArticleGraph): PreparedGraph {
  const meta = graph.article;
  if (typeof meta?.id !== 'string' || meta.id === '') bad(`article id expects a non-empty string, found ${describeValue(meta?.id)}`, String(meta?.id));
  const id = meta.id;
  if (typeof meta.hash !== 'string' || meta.hash === '') bad(`article ${id}: hash expects a non-empty string, found ${describeValue(meta.hash)}`, id);

  const entities = new Map<string, GraphEntity>();
  for (const e of graph.entities) {
    if (typeof e.key !== 'string' || e.key === '') bad(`article ${id}: entity key expects a non-empty string, found ${describeValue(e.key)}`, id);
    if (!isEntityType(e.type)) bad(`article ${id}: entity ${e.key} type expects one of PERSON, ORGANIZATION, GPE, …, found ${describeValue(e.type)}`, id);
    if (!Number.isInteger(e.mentions) || e.mentions < 0) bad(`article ${id}: entity ${e.key} mentions expects a whole number ≥ 0, found ${describeValue(e.mentions)}`, id);
    const seen = entities.get(e.key);
    if (seen) {
      entities.set(e.key, { ...seen, mentions: seen.mentions + e.mentions, aliases: [...new Set([...seen.aliases, ...e.aliases])] });
    } else {
      entities.set(e.key, { key: e.key, name: e.name, type: e.type, aliases: [...new Set(e.aliases)], mentions: e.mentions });
    }
  }

  const factGroups = new Map<string, GraphFact[]>();
  for (const f of graph.facts) {
    assertRelType(f.predicate);
    if (!entities.has(f.subject)) bad(`article ${id}: fact ${f.key} subject expects an entity key of the same article, found ${describeValue(f.subject)}`, id);
    if (!entities.has(f.object)) bad(`article ${id}: fact ${f.key} object expects an entity key of the same article, found ${describeValue(f.object)}`, id);
    if (!MODALITIES.includes(f.modality)) bad(`article ${id}: fact ${f.key} modality expects one of ${MODALITIES.join(', ')}, found ${describeValue(f.modality)}`, id);
    if (typeof f.confidence !== 'number' || !(f.confidence >= 0 && f.confidence <= 1)) {
      bad(`article ${id}: fact ${f.key} confidence expects a number from 0 to 1, found ${describeValue(f.confidence)}`, id);
    }
    const group = factGroups.get(f.key);
    if (group) group.push(f);
    else factGroups.set(f.key, [f]);
  }
  const facts: GraphFact[] = [];
  for (const group of factGroups.values()) {
    const first = group[0] as GraphFact;
    if (group.length === 1) {
      facts.push(first);
      continue;
    }
    const merged = mergeFact(group.map((f) => ({ articleId: id, verb: f.verb, qualifiers: f.qualifiers, confidence: f.confidence, modality: f.modality, evidence: f.evidence })));
    if (!merged) continue;
    facts.push({
      ...first,
      verb: merged.verb,
      qualifiers: merged.qualifiers,
      confidence: merged.confidence,
      modality: merged.modality,
      evidence: merged.evidence.map(({ sentence, start, end }) => ({ sentence, start, end })),
    });
  }
  return { article: meta, text: graph.text, entities: [...entities.values()], facts };
}

/** Splits graphs into runs with unique article ids (a repeated id starts a new run), keeping order. */
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
