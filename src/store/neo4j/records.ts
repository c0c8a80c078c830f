/**
 * Converts driver record values (plain objects; integers are JS numbers because the driver
 * runs with disableLosslessIntegers) into the store's output types. Pure.
 */
import { StoreError, describeValue } from '../../errors.js';
import { isEntityType } from '../../model/types.js';
import type { EntityType, Evidence, Modality, StoredArticle, StoredEntity, StoredFact } from '../../model/types.js';
import { mergeFact } from './merge.js';
import type { FactContribution } from './merge.js';

type Row = Record<string, unknown>;

function corrupt(what: string, value: unknown): never {
  throw new StoreError('STORE_ERROR', `stored ${what} expects a valid value, found ${describeValue(value)}`);
}

function str(value: unknown, what: string): string {
  return typeof value === 'string' ? value : corrupt(what, value);
}
function strOrNull(value: unknown, what: string): string | null {
  return value === null || value === undefined ? null : str(value, what);
}
function num(value: unknown, what: string): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return corrupt(what, value);
}
function strList(value: unknown, what: string): string[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) return corrupt(what, value);
  return value.map((v) => str(v, what));
}
function entityType(value: unknown): EntityType {
  return isEntityType(value) ? value : corrupt('entity type', value);
}
function modality(value: unknown): Modality {
  return value === 'asserted' || value === 'planned' || value === 'reported' || value === 'possible' ? value : 'asserted';
}
function json(value: unknown, what: string): unknown {
  try {
    return JSON.parse(str(value, what));
  } catch (error) {
    if (error instanceof StoreError) throw error;
    return corrupt(what, value);
  }
}
function qualifiers(value: unknown): Record<string, string> {
  if (value === null || value === undefined) return {};
  const parsed = json(value, 'fact qualifiers');
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return corrupt('fact qualifiers', value);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(parsed)) Object.defineProperty(out, k, { value: String(v), enumerable: true, writable: true, configurable: true });
  return out;
}
function evidenceItem(e: unknown, value: unknown): Evidence {
  if (typeof e !== 'object' || e === null) return corrupt('evidence', value);
  const r = e as Row;
  return { sentence: str(r.sentence, 'evidence sentence'), start: num(r.start, 'evidence start'), end: num(r.end, 'evidence end') };
}
/** One article's evidence: a JSON array of {sentence, start, end}. */
function evidenceList(value: unknown): Evidence[] {
  const parsed = json(value, 'evidence');
  if (!Array.isArray(parsed)) return corrupt('evidence list', value);
  return parsed.map((e) => evidenceItem(e, value));
}

const sortedUnique = (ids: string[]): string[] => [...new Set(ids)].sort();

export function toStoredArticle(value: unknown): StoredArticle {
  const a = value as Row;
  if (typeof a !== 'object' || a === null) return corrupt('article', value);
  return {
    id: str(a.id, 'article id'),
    title: strOrNull(a.title, 'article title'),
    source: str(a.source, 'article source'),
    publishedAt: strOrNull(a.publishedAt, 'article publishedAt'),
    hash: str(a.hash, 'article hash'),
    entityCount: num(a.entityCount ?? 0, 'article entityCount'),
    factCount: num(a.factCount ?? 0, 'article factCount'),
  };
}

export function toStoredEntity(value: unknown): StoredEntity {
  const e = value as Row;
  if (typeof e !== 'object' || e === null) return corrupt('entity', value);
  return {
    key: str(e.key, 'entity key'),
    name: str(e.name, 'entity name'),
    type: entityType(e.type),
    aliases: strList(e.aliases, 'entity aliases'),
    mentionCount: num(e.mentionCount ?? 0, 'entity mentionCount'),
    articleIds: sortedUnique(strList(e.articleIds, 'entity articleIds')),
  };
}

/**
 * A Fact node's properties → the merged StoredFact. The node keeps one element per stating
 * article in parallel lists (articleIds[i] states verbs[i], confidences[i] …); merging them is
 * mergeFact's job, the same rules whatever order the articles were added in.
 */
export function toStoredFact(value: unknown): StoredFact {
  const f = value as Row;
  if (typeof f !== 'object' || f === null) return corrupt('fact', value);
  const articleIds = strList(f.articleIds, 'fact articleIds');
  const verbs = strList(f.verbs, 'fact verbs');
  const modalities = strList(f.modalities, 'fact modalities');
  const qualifierSets = strList(f.qualifiers, 'fact qualifiers');
  const evidenceSets = strList(f.evidence, 'fact evidence');
  const confidences = Array.isArray(f.confidences) ? f.confidences : corrupt('fact confidences', f.confidences);
  const lengths = [verbs, modalities, qualifierSets, evidenceSets, confidences].map((l) => l.length);
  if (lengths.some((n) => n !== articleIds.length)) return corrupt(`fact contribution lists (${articleIds.length} articles)`, lengths);
  const contributions: FactContribution[] = articleIds.map((articleId, i) => ({
    articleId,
    verb: verbs[i] as string,
    qualifiers: qualifiers(qualifierSets[i]),
    confidence: num(confidences[i], 'fact confidence'),
    modality: modality(modalities[i]),
    evidence: evidenceList(evidenceSets[i]),
  }));
  const merged = mergeFact(contributions);
  if (!merged) return corrupt('fact with at least one stating article', f.key);
  return {
    key: str(f.key, 'fact key'),
    subject: str(f.subject, 'fact subject'),
    predicate: str(f.predicate, 'fact predicate'),
    verb: merged.verb,
    object: str(f.object, 'fact object'),
    qualifiers: merged.qualifiers,
    confidence: merged.confidence,
    negated: f.negated === true,
    modality: merged.modality,
    articleIds: merged.articleIds,
    evidence: merged.evidence,
  };
}
