/**
 * Serialised record shapes of the embedded store and the pure functions deriving the public
 * Stored* views from them. Records use arrays rather than objects with data-defined keys, so
 * any string (even `__proto__`) survives msgpack byte-exact.
 */
import {
  ENTITY_TYPES,
  type ArticleGraph,
  type EntityType,
  type Evidence,
  type Modality,
  type StoredArticle,
  type StoredEntity,
  type StoredEvidence,
  type StoredFact,
} from '../../model/types.js';

export type Pairs = [string, string][];
export type EvidenceRec = [sentence: string, start: number, end: number];

/** One article's contribution to an entity. */
export type EntityArtRec = [articleId: string, name: string, type: EntityType, mentions: number, aliases: string[]];
/** One article's contribution to a fact. */
export type FactArtRec = [
  articleId: string,
  confidence: number,
  verb: string,
  modality: Modality,
  qualifiers: Pairs,
  evidence: EvidenceRec[],
];

/** Aggregate entity: derived views are computed from the per-article contributions. */
export interface EntityRec {
  key: string;
  arts: EntityArtRec[];
}

/** Aggregate fact. */
export interface FactRec {
  key: string;
  s: string;
  p: string;
  o: string;
  neg: boolean;
  arts: FactArtRec[];
}

/** The article's full contribution: the unit of truth (text is stored separately). */
export interface ArticleRec {
  id: string;
  title: string | null;
  source: string;
  publishedAt: string | null;
  hash: string;
  /** [key, name, type, mentions, aliases] */
  entities: [string, string, EntityType, number, string[]][];
  /** [key, subject, predicate, object, negated, confidence, verb, modality, qualifiers, evidence] */
  facts: [string, string, string, string, boolean, number, string, Modality, Pairs, EvidenceRec[]][];
}

export function toPairs(record: Record<string, string>): Pairs {
  return Object.entries(record);
}

/** Builds an object from pairs without prototype surprises (`__proto__` becomes an own key). */
export function fromPairs(pairs: Pairs): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of pairs) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

const evidenceRec = (e: Evidence): EvidenceRec => [e.sentence, e.start, e.end];

/** Converts a (normalised) ArticleGraph into its record. */
export function articleRecord(graph: ArticleGraph): ArticleRec {
  const a = graph.article;
  return {
    id: a.id,
    title: a.title,
    source: a.source,
    publishedAt: a.publishedAt,
    hash: a.hash,
    entities: graph.entities.map((e) => [e.key, e.name, e.type, e.mentions, e.aliases]),
    facts: graph.facts.map((f) => [
      f.key,
      f.subject,
      f.predicate,
      f.object,
      f.negated,
      f.confidence,
      f.verb,
      f.modality,
      toPairs(f.qualifiers),
      f.evidence.map(evidenceRec),
    ]),
  };
}

export function storedArticle(rec: ArticleRec): StoredArticle {
  return {
    id: rec.id,
    title: rec.title,
    source: rec.source,
    publishedAt: rec.publishedAt,
    hash: rec.hash,
    entityCount: rec.entities.length,
    factCount: rec.facts.length,
  };
}

/** Code-unit order, the one string order used for every sort of the embedded store. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface EntitySummary {
  name: string;
  type: EntityType;
  aliases: string[];
  mentionCount: number;
}

/**
 * Merges an entity's per-article contributions: name of the article with most mentions
 * (ties: smaller name), most frequent non-OTHER type by mentions (ties: ENTITY_TYPES order),
 * aliases = every name and alias seen, first-seen order, without the chosen name.
 */
export function summarizeEntity(arts: readonly EntityArtRec[]): EntitySummary {
  let name = '';
  let best = -1;
  let mentionCount = 0;
  const typeMentions = new Map<EntityType, number>();
  for (const [, n, t, m] of arts) {
    mentionCount += m;
    if (m > best || (m === best && compareStrings(n, name) < 0)) {
      best = m;
      name = n;
    }
    if (t !== 'OTHER') typeMentions.set(t, (typeMentions.get(t) ?? 0) + m);
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
  const aliases = new Set<string>();
  for (const [, n, , , als] of arts) {
    aliases.add(n);
    for (const al of als) aliases.add(al);
  }
  aliases.delete(name);
  return { name, type, aliases: [...aliases], mentionCount };
}

export function storedEntity(rec: EntityRec): StoredEntity {
  const s = summarizeEntity(rec.arts);
  return {
    key: rec.key,
    name: s.name,
    type: s.type,
    aliases: s.aliases,
    mentionCount: s.mentionCount,
    articleIds: rec.arts.map((a) => a[0]),
  };
}

/** Highest confidence over the contributions. */
export function factConfidence(arts: readonly FactArtRec[]): number {
  let c = 0;
  for (const a of arts) if (a[1] > c) c = a[1];
  return c;
}

/** Contributions by confidence desc, then article id: the first one gives verb and modality. */
function rankedArts(arts: readonly FactArtRec[]): FactArtRec[] {
  return [...arts].sort((x, y) => y[1] - x[1] || compareStrings(x[0], y[0]));
}

export function storedFact(rec: FactRec): StoredFact {
  const ranked = rankedArts(rec.arts);
  const top = ranked[0];
  const qualifiers: Pairs = [];
  const seen = new Set<string>();
  for (const a of ranked) {
    for (const [k, v] of a[4]) {
      if (!seen.has(k)) {
        seen.add(k);
        qualifiers.push([k, v]);
      }
    }
  }
  const evidence: StoredEvidence[] = [];
  for (const a of rec.arts) for (const [sentence, start, end] of a[5]) evidence.push({ sentence, start, end, articleId: a[0] });
  return {
    key: rec.key,
    subject: rec.s,
    predicate: rec.p,
    verb: top ? top[2] : '',
    object: rec.o,
    qualifiers: fromPairs(qualifiers),
    confidence: top ? top[1] : 0,
    negated: rec.neg,
    modality: top ? top[3] : 'asserted',
    articleIds: rec.arts.map((a) => a[0]),
    evidence,
  };
}
