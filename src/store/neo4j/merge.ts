/**
 * Pure merge rules of a fact's per-article contributions, applied when a Fact node is read
 * (records.ts): the node keeps every stating article's contribution, so the merged fact never
 * depends on the order the articles came in. The rules are those of the embedded store
 * (src/store/memory/records.ts storedFact), cross-checked by test/unit/neo4j/merge.test.ts:
 * contributions ranked by confidence desc then article id; the first gives confidence, verb and
 * modality; qualifiers = union in ranked order (first value wins); articleIds and evidence in
 * article-id order.
 *
 * Also the lookup form of names (Alias nodes, entity.find).
 */
import type { Evidence, Modality, StoredEvidence } from '../../model/types.js';
import { shortHash } from '../../resolution/keys.js';

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

/** Longest normalised name stored verbatim as an Alias lookup key (Neo4j range index keys are limited to ~8 kB). */
export const MAX_LOOKUP_BYTES = 2000;

/** The form of a normalised name kept in Alias.lookup and used for exact name and alias lookups. */
export function lookupName(normalized: string): string {
  if (Buffer.byteLength(normalized, 'utf8') <= MAX_LOOKUP_BYTES) return normalized;
  return `${normalized.slice(0, 64)}#${shortHash(normalized, 24)}`;
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
