/**
 * Pure merge rules: how per-article contributions become one stored entity / fact.
 * The Neo4j store keeps each article's contribution and recomputes merged values with these
 * functions whenever an article is added, replaced or deleted, so the result never depends on
 * ingestion order.
 *
 * The rules are those of the embedded store (src/store/memory/records.ts), cross-checked by
 * test/unit/neo4j/merge.test.ts; contributions are taken in article-id order.
 * Entities: mentionCount = sum of mentions; name of the contribution with most mentions (ties:
 * smaller name); type = the non-OTHER type with most mentions (ties: ENTITY_TYPES order; OTHER
 * when there is none); aliases = every name and alias seen, first-seen order, minus the name.
 * Facts: contributions ranked by confidence desc then article id; the first gives confidence,
 * verb and modality; qualifiers = union in ranked order (first value wins); articleIds and
 * evidence in article-id order.
 */
import { ENTITY_TYPES } from '../../model/types.js';
import type { EntityType, Evidence, Modality, StoredEvidence } from '../../model/types.js';
import { normalizeName, shortHash } from '../../resolution/keys.js';

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
  /** lookupName(normalizeName(name)): range-indexed exact-match form. */
  nameLower: string;
  /** lookupName(normalizeName(alias)) for each alias, unique. */
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

/** Longest normalised name stored verbatim in range-indexed lookup properties (Neo4j range index keys are limited to ~8 kB). */
export const MAX_LOOKUP_BYTES = 2000;

/** The form of a normalised name stored in nameLower/aliasesLower and used for exact lookups. */
export function lookupName(normalized: string): string {
  if (Buffer.byteLength(normalized, 'utf8') <= MAX_LOOKUP_BYTES) return normalized;
  return `${normalized.slice(0, 64)}#${shortHash(normalized, 24)}`;
}

/** Joins normalised name and aliases so that `searchText CONTAINS s` ⇔ s is a substring of one of them (s has no newline). */
export function buildSearchText(nameLower: string, aliasesLower: readonly string[]): string {
  return [nameLower, ...aliasesLower].join('\n');
}

/** Merges an entity's contributions; null when no article mentions it any more. */
export function mergeEntity(key: string, contributions: readonly EntityContribution[]): MergedEntity | null {
  if (contributions.length === 0) return null;
  const sorted = [...contributions].sort(byArticleId);
  let name = '';
  let best = -1;
  let mentionCount = 0;
  const typeMentions = new Map<EntityType, number>();
  for (const c of sorted) {
    mentionCount += c.count;
    if (c.count > best || (c.count === best && c.name < name)) {
      best = c.count;
      name = c.name;
    }
    if (c.type !== 'OTHER') typeMentions.set(c.type, (typeMentions.get(c.type) ?? 0) + c.count);
  }
  let type: EntityType = 'OTHER';
  let typeBest = -1;
  for (const t of ENTITY_TYPES) {
    const m = typeMentions.get(t);
    if (m !== undefined && m > typeBest) {
      typeBest = m;
      type = t;
    }
  }
  const aliases = uniqueInOrder(sorted.flatMap((c) => [c.name, ...c.aliases])).filter((a) => a !== name);
  const normName = normalizeName(name);
  const normAliases = uniqueInOrder(aliases.map(normalizeName));
  const nameLower = lookupName(normName);
  const aliasesLower = uniqueInOrder(normAliases.map(lookupName));
  return {
    key,
    name,
    type,
    aliases,
    mentionCount,
    articleIds: uniqueInOrder(sorted.map((c) => c.articleId)),
    nameLower,
    aliasesLower,
    searchText: buildSearchText(normName, normAliases),
  };
}

/** Merges a fact's contributions; null when no article states it any more. */
export function mergeFact(contributions: readonly FactContribution[]): MergedFactValues | null {
  if (contributions.length === 0) return null;
  const sorted = [...contributions].sort(byArticleId);
  const ranked = [...sorted].sort((a, b) => b.confidence - a.confidence || byArticleId(a, b));
  const top = ranked[0] as FactContribution;
  const qualifiers: Record<string, string> = {};
  for (const c of ranked) {
    for (const [k, v] of Object.entries(c.qualifiers)) {
      if (!Object.hasOwn(qualifiers, k)) Object.defineProperty(qualifiers, k, { value: v, enumerable: true, writable: true, configurable: true });
    }
  }
  return {
    verb: top.verb,
    qualifiers,
    confidence: top.confidence,
    modality: top.modality,
    articleIds: uniqueInOrder(sorted.map((c) => c.articleId)),
    evidence: sorted.flatMap((c) => c.evidence.map((e) => ({ sentence: e.sentence, start: e.start, end: e.end, articleId: c.articleId }))),
  };
}
