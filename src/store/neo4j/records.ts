/**
 * Converts driver record values (plain objects; integers are JS numbers because the driver
 * runs with disableLosslessIntegers) into the store's output types. Pure.
 */
import { StoreError, describeValue } from '../../errors.js';
import { isEntityType } from '../../model/types.js';
import type { EntityType, Evidence, Modality, StoredArticle, StoredEntity, StoredEvidence, StoredFact } from '../../model/types.js';
import type { EntityContribution, FactContribution } from './merge.js';

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
function evidence(value: unknown): Evidence {
  const e = json(value, 'evidence') as Row;
  if (typeof e !== 'object' || e === null) return corrupt('evidence', value);
  return { sentence: str(e.sentence, 'evidence sentence'), start: num(e.start, 'evidence start'), end: num(e.end, 'evidence end') };
}
function storedEvidence(value: unknown): StoredEvidence {
  const e = json(value, 'evidence') as Row;
  return { articleId: str(e?.articleId, 'evidence articleId'), ...evidence(value) };
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

export function toStoredFact(value: unknown): StoredFact {
  const f = value as Row;
  if (typeof f !== 'object' || f === null) return corrupt('fact', value);
  return {
    key: str(f.key, 'fact key'),
    subject: str(f.subject, 'fact subject'),
    predicate: str(f.predicate, 'fact predicate'),
    verb: str(f.verb ?? '', 'fact verb'),
    object: str(f.object, 'fact object'),
    qualifiers: qualifiers(f.qualifiers),
    confidence: num(f.confidence ?? 0, 'fact confidence'),
    negated: f.negated === true,
    modality: modality(f.modality),
    articleIds: strList(f.articleIds, 'fact articleIds'),
    evidence: strList(f.evidence, 'fact evidence').map(storedEvidence),
  };
}

/** Rows of entity.contributions → contributions per entity key. */
export function toEntityContributions(rows: readonly Row[]): Map<string, EntityContribution[]> {
  const out = new Map<string, EntityContribution[]>();
  for (const r of rows) {
    const key = str(r.key, 'entity key');
    const list = out.get(key) ?? [];
    list.push({
      articleId: str(r.articleId, 'mention article id'),
      count: num(r.mentions ?? 0, 'mention count'),
      name: str(r.name, 'mention name'),
      type: entityType(r.type),
      aliases: strList(r.aliases, 'mention aliases'),
    });
    out.set(key, list);
  }
  return out;
}

export interface FactContributionsOf {
  key: string;
  predicate: string;
  subject: string;
  object: string;
  negated: boolean;
  contributions: FactContribution[];
}

/** Rows of fact.contributions → identity and contributions per fact key (facts with none keep an empty list). */
export function toFactContributions(rows: readonly Row[]): Map<string, FactContributionsOf> {
  const out = new Map<string, FactContributionsOf>();
  for (const r of rows) {
    const key = str(r.key, 'fact key');
    let entry = out.get(key);
    if (!entry) {
      entry = {
        key,
        predicate: str(r.predicate, 'fact predicate'),
        subject: str(r.subject, 'fact subject'),
        object: str(r.object, 'fact object'),
        negated: r.negated === true,
        contributions: [],
      };
      out.set(key, entry);
    }
    if (r.articleId === null || r.articleId === undefined) continue;
    entry.contributions.push({
      articleId: str(r.articleId, 'assertion article id'),
      verb: str(r.verb ?? '', 'assertion verb'),
      qualifiers: qualifiers(r.qualifiers),
      confidence: num(r.confidence ?? 0, 'assertion confidence'),
      modality: modality(r.modality),
      evidence: strList(r.evidence, 'assertion evidence').map(evidence),
    });
  }
  return out;
}
