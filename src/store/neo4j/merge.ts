/**
 * Pure merge rules: how per-article contributions become one stored entity / fact.
 * The Neo4j store keeps each article's contribution and recomputes merged values with these
 * functions whenever an article is added, replaced or deleted, so the result never depends on
 * ingestion order.
 *
 * Entities: mentionCount = sum of mentions; name and type from the contribution with most
 * mentions (ties: smaller article id); aliases = union in article-id order.
 * Facts: confidence = max; verb and modality from the most confident contribution (ties:
 * smaller article id); qualifiers = that contribution's, completed by the others in article-id
 * order; articleIds ascending; evidence grouped by article id ascending, in stated order.
 */
import type { EntityType, Evidence, Modality, StoredEvidence } from '../../model/types.js';
import { normalizeName } from '../../resolution/keys.js';

export interface EntityContribution {
  articleId: string;
  count: number;
  name: string;
  type: EntityType;
  aliases: string[];
}

export interface MergedEntity {
  key: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentionCount: number;
  articleIds: string[];
  nameLower: string;
  aliasesLower: string[];
  /** nameLower and aliasesLower joined by "\n": one CONTAINS test = substring of name or any alias. */
  searchText: string;
}

export interface FactContribution {
  articleId: string;
  verb: string;
  qualifiers: Record<string, string>;
  confidence: number;
  modality: Modality;
  evidence: Evidence[];
}

export interface MergedFactValues {
  verb: string;
  qualifiers: Record<string, string>;
  confidence: number;
  modality: Modality;
  articleIds: string[];
  evidence: StoredEvidence[];
}

const byArticleId = <T extends { articleId: string }>(a: T, b: T): number =>
  a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0;

function uniqueInOrder(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/** Joins normalised name and aliases so that `searchText CONTAINS s` ⇔ s is a substring of one of them (s has no newline). */
export function buildSearchText(nameLower: string, aliasesLower: readonly string[]): string {
  return [nameLower, ...aliasesLower].join('\n');
}

/** Merges an entity's contributions; null when no article mentions it any more. */
export function mergeEntity(key: string, contributions: readonly EntityContribution[]): MergedEntity | null {
  if (contributions.length === 0) return null;
  const sorted = [...contributions].sort(byArticleId);
  let primary = sorted[0] as EntityContribution;
  for (const c of sorted) if (c.count > primary.count) primary = c;
  const aliases = uniqueInOrder(sorted.flatMap((c) => c.aliases));
  const nameLower = normalizeName(primary.name);
  const aliasesLower = uniqueInOrder(aliases.map(normalizeName));
  return {
    key,
    name: primary.name,
    type: primary.type,
    aliases,
    mentionCount: sorted.reduce((sum, c) => sum + c.count, 0),
    articleIds: uniqueInOrder(sorted.map((c) => c.articleId)),
    nameLower,
    aliasesLower,
    searchText: buildSearchText(nameLower, aliasesLower),
  };
}

/** Merges a fact's contributions; null when no article states it any more. */
export function mergeFact(contributions: readonly FactContribution[]): MergedFactValues | null {
  if (contributions.length === 0) return null;
  const sorted = [...contributions].sort(byArticleId);
  let primary = sorted[0] as FactContribution;
  for (const c of sorted) if (c.confidence > primary.confidence) primary = c;
  const qualifiers: Record<string, string> = { ...primary.qualifiers };
  for (const c of sorted) {
    for (const [k, v] of Object.entries(c.qualifiers)) if (!(k in qualifiers)) qualifiers[k] = v;
  }
  return {
    verb: primary.verb,
    qualifiers,
    confidence: primary.confidence,
    modality: primary.modality,
    articleIds: uniqueInOrder(sorted.map((c) => c.articleId)),
    evidence: sorted.flatMap((c) => c.evidence.map((e) => ({ sentence: e.sentence, start: e.start, end: e.end, articleId: c.articleId }))),
  };
}
