/**
 * Pure builders of the parameter objects for every statement in cypher/*.cypher.
 * The store only runs what these return, so a unit test can check that each statement's
 * `$params` and `row.*` fields are exactly supplied (test/unit/neo4j/statements.test.ts).
 */
import neo4j from 'neo4j-driver';
import type { Integer } from 'neo4j-driver';
import type { Direction } from '../GraphStore.js';
import type { PreparedGraph } from './prepareGraph.js';
import type { MergedEntity, MergedFactValues } from './merge.js';

export interface Statement {
  /** Section name in cypher/*.cypher. */
  name: string;
  params: Record<string, unknown>;
  /** Set only for statements templated with a validated relationship type. */
  relType?: string;
}

const st = (name: string, params: Record<string, unknown>, relType?: string): Statement =>
  relType === undefined ? { name, params } : { name, params, relType };

const limitParam = (n: number): Integer => neo4j.int(n);

/* ───────────── writes ───────────── */

export const articleHashes = (ids: string[]): Statement => st('article.hashes', { ids });
export const articleContributionKeys = (ids: string[]): Statement => st('article.contributionKeys', { ids });
export const articleClearMentions = (ids: string[]): Statement => st('article.clearMentions', { ids });
export const articleClearAssertions = (ids: string[]): Statement => st('article.clearAssertions', { ids });
export const articleDelete = (id: string): Statement => st('article.delete', { id });

export function articleUpsert(graphs: readonly PreparedGraph[]): Statement {
  return st('article.upsert', {
    rows: graphs.map((g) => ({
      id: g.article.id,
      title: g.article.title,
      source: g.article.source,
      publishedAt: g.article.publishedAt,
      hash: g.article.hash,
      text: g.text,
      entityCount: g.entities.length,
      factCount: g.facts.length,
    })),
  });
}

export function entityMention(graphs: readonly PreparedGraph[]): Statement {
  return st('entity.mention', {
    rows: graphs.flatMap((g) =>
      g.entities.map((e) => ({ articleId: g.article.id, key: e.key, name: e.name, type: e.type, aliases: e.aliases, count: e.mentions })),
    ),
  });
}

export const entityContributions = (keys: string[]): Statement => st('entity.contributions', { keys });

export function entityApply(entities: readonly MergedEntity[]): Statement {
  return st('entity.apply', {
    rows: entities.map((e) => ({
      key: e.key,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      mentionCount: e.mentionCount,
      nameLower: e.nameLower,
      aliasesLower: e.aliasesLower,
      searchText: e.searchText,
    })),
  });
}

export const entityDeleteOrphans = (keys: string[]): Statement => st('entity.deleteOrphans', { keys });

export function factAssert(graphs: readonly PreparedGraph[]): Statement {
  return st('fact.assert', {
    rows: graphs.flatMap((g) =>
      g.facts.map((f) => ({
        articleId: g.article.id,
        key: f.key,
        predicate: f.predicate,
        subject: f.subject,
        object: f.object,
        negated: f.negated,
        verb: f.verb,
        qualifiers: JSON.stringify(f.qualifiers),
        confidence: f.confidence,
        modality: f.modality,
        evidence: f.evidence.map((e) => JSON.stringify({ sentence: e.sentence, start: e.start, end: e.end })),
      })),
    ),
  });
}

export const factContributions = (keys: string[]): Statement => st('fact.contributions', { keys });
export const factDeleteViews = (keys: string[]): Statement => st('fact.deleteViews', { keys });
export const factDeleteUnasserted = (keys: string[]): Statement => st('fact.deleteUnasserted', { keys });

export interface FactIdentity {
  key: string;
  predicate: string;
  subject: string;
  object: string;
  negated: boolean;
}

export type MergedFactRow = FactIdentity & MergedFactValues;

function mergedFactRow(f: MergedFactRow): Record<string, unknown> {
  return {
    key: f.key,
    subject: f.subject,
    object: f.object,
    negated: f.negated,
    verb: f.verb,
    qualifiers: JSON.stringify(f.qualifiers),
    confidence: f.confidence,
    modality: f.modality,
    articleIds: f.articleIds,
    evidence: f.evidence.map((e) => JSON.stringify({ articleId: e.articleId, sentence: e.sentence, start: e.start, end: e.end })),
  };
}

export const factApply = (facts: readonly MergedFactRow[]): Statement => st('fact.apply', { rows: facts.map(mergedFactRow) });

/** One statement per predicate: the relationship type cannot be a parameter. Sorted by predicate. */
export function factCreateViews(facts: readonly MergedFactRow[]): Statement[] {
  const byPredicate = new Map<string, MergedFactRow[]>();
  for (const f of facts) {
    const list = byPredicate.get(f.predicate);
    if (list) list.push(f);
    else byPredicate.set(f.predicate, [f]);
  }
  return [...byPredicate.keys()].sort().map((p) => st('fact.createView', { rows: (byPredicate.get(p) ?? []).map(mergedFactRow) }, p));
}

export const wipeAll = (): Statement => st('admin.wipeAll', {});

/* ───────────── reads ───────────── */

export const articleGet = (id: string): Statement => st('article.get', { id });
export const articleText = (id: string): Statement => st('article.text', { id });
export const articleCount = (): Statement => st('article.count', {});
export const articleOfEntity = (key: string): Statement => st('article.ofEntity', { key });

export function articlePage(after: { publishedAt: string | null; id: string } | null, limit: number): Statement {
  return st('article.page', { afterPublishedAt: after?.publishedAt ?? null, afterId: after?.id ?? null, limit: limitParam(limit) });
}

export const entityGetMany = (keys: readonly string[]): Statement => st('entity.getMany', { keys: [...keys] });
/** `normalized` = normalizeName(name); `lookup` = lookupName(normalized). */
export const entityFind = (normalized: string, lookup: string): Statement => st('entity.find', { name: normalized, lookup });
export const entityIncidentFacts = (keys: readonly string[]): Statement => st('entity.incidentFacts', { keys: [...keys] });

export interface EntityFilter {
  type: string | null;
  /** Normalised (lower-case) substring, or null. */
  search: string | null;
}

export function entityPage(filter: EntityFilter, after: { mentionCount: number; key: string } | null, limit: number): Statement {
  return st('entity.page', {
    type: filter.type,
    search: filter.search,
    afterMentionCount: after?.mentionCount ?? null,
    afterKey: after?.key ?? null,
    limit: limitParam(limit),
  });
}

export const entityCount = (filter: EntityFilter): Statement => st('entity.count', { type: filter.type, search: filter.search });

export interface FactFilter {
  predicate: string | null;
  subjectKey: string | null;
  objectKey: string | null;
  entityKey: string | null;
  direction: Direction;
  articleId: string | null;
  minConfidence: number | null;
  /** Upper-case predicates (any of them), or null/absent. */
  predicates?: string[] | null;
  /** Inclusive ISO dates on the publishedAt of the stating articles, or null/absent. */
  since?: string | null;
  until?: string | null;
}

const factFilterParams = (f: FactFilter): Record<string, unknown> => ({
  predicates: f.predicates && f.predicates.length > 0 ? f.predicates : null,
  since: f.since ?? null,
  until: f.until ?? null,
  predicate: f.predicate,
  subjectKey: f.subjectKey,
  objectKey: f.objectKey,
  entityKey: f.entityKey,
  direction: f.direction,
  articleId: f.articleId,
  minConfidence: f.minConfidence,
});

export const factGetMany = (keys: readonly string[]): Statement => st('fact.getMany', { keys: [...keys] });
export const factPage = (filter: FactFilter, afterKey: string | null, limit: number): Statement =>
  st('fact.page', { ...factFilterParams(filter), afterKey, limit: limitParam(limit) });
export const factCount = (filter: FactFilter): Statement => st('fact.count', factFilterParams(filter));

export const shortestPathStatement = (fromKey: string, toKey: string): Statement => st('path.shortest', { fromKey, toKey });
export const statsCounts = (): Statement => st('stats.counts', {});

/* ───────────── API queries (cypher/api.cypher) ───────────── */

/** Relation page ordered by confidence desc or latest article date desc (nulls last), then key. */
export function factPageSorted(
  filter: FactFilter,
  sort: 'CONFIDENCE' | 'DATE',
  after: { value: number | string | null; key: string } | null,
  limit: number,
): Statement {
  return st(sort === 'CONFIDENCE' ? 'fact.pageByConfidence' : 'fact.pageByDate', {
    ...factFilterParams(filter),
    afterValue: after?.value ?? null,
    afterKey: after?.key ?? null,
    limit: limitParam(limit),
  });
}

export interface ArticleFilter {
  since: string | null;
  until: string | null;
  entityKey: string | null;
  /** Lower-case substring of title or text, or null. */
  search: string | null;
}

export function articleSearch(filter: ArticleFilter, after: { publishedAt: string | null; id: string } | null, limit: number): Statement {
  return st('article.search', {
    ...filter,
    afterPublishedAt: after?.publishedAt ?? null,
    afterId: after?.id ?? null,
    limit: limitParam(limit),
  });
}

export const articleSearchCount = (filter: ArticleFilter): Statement => st('article.searchCount', { ...filter });
export const articleEntities = (id: string): Statement => st('article.entities', { id });
export const entityTimeline = (key: string, since: string | null, until: string | null): Statement => st('entity.timeline', { key, since, until });
export const entityCooccurrences = (key: string, type: string | null): Statement => st('entity.cooccurrences', { key, type });
/** `limit` caps the number of shortest paths read (they are sorted afterwards). */
export const allShortestPaths = (fromKey: string, toKey: string, limit: number): Statement =>
  st('path.allShortest', { fromKey, toKey, limit: limitParam(limit) });
export const predicateCounts = (): Statement => st('fact.predicateCounts', {});
